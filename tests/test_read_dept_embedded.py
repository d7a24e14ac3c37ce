"""A department-wide self-evaluation form bound into a final account (部门决算): the page opens with the accounts'
目录 (which names the form among its annexes), their outline, and then the form ("附件1 部门整体支出绩效自评表").
The accounts reader claims the file; the form must still be read, its funds, indicators and total, and a planted
mistake found, in every text layout (forms from ``tests/layouts/deptvariants``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.deptvariants import Variant, ab_rows, invent_variant, task_rows
from layouts.files import write
from layouts.render import RENDERERS

LAYOUTS = ["pipes", "pipes_collapsed", "row_lines", "cell_lines", "flattened", "lone_pipes"]
FORMS = {"tasks": task_rows, "ab": ab_rows}


def _accounts_page(unit: str, year: int) -> list[list[str]]:
    """The 决算 page before the form: its title, 目录 (naming the form as an annex) and outline."""
    return [[f"{unit}{year}年度部门决算"], ["目录"], ["第一部分 部门概况"], ["一、部门职责"], ["二、机构设置"],
            [f"第二部分 {year}年度部门决算表"], ["一、收入支出决算总表"], ["二、收入决算表"], ["三、支出决算表"],
            [f"第三部分 {year}年度部门决算情况说明"], ["第四部分 名词解释"], ["第五部分 附件"],
            [f"附件1：{year}年度部门整体支出绩效自评表"], ["第一部分 部门概况"], ["一、部门职责"],
            ["负责全县有关工作，保障机构正常运转。"], ["附件1"]]


def _text(form: str, layout: str, mistake: str | None = None) -> tuple[str, Variant]:
    v = invent_variant(11, mistake)
    return RENDERERS[layout](_accounts_page(v.unit, v.year) + FORMS[form](v)), v


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_form_after_the_accounts_contents_is_read(tmp_path: Path, layout: str, form: str) -> None:
    text, v = _text(form, layout)
    rr = read_path(write(tmp_path, text))
    forms = [d for d in rr.documents if d.type == "project_self_evaluation"]
    assert len(forms) == 1, [(d.type, d.title) for d in rr.documents]
    doc = forms[0]
    assert doc.header["部门"].value == v.unit
    t = doc.funds["total"]
    assert (t.executed.dec, t.weight.dec, t.score.dec) == (v.executed, Decimal(10), v.execution_score)
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (n, w, s) for _, _, n, w, s in v.indicators]
    assert doc.total_score.dec == v.total_score
    assert [f for f in audit_paths([str(write(tmp_path, text, "a.txt"))]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_planted_total_in_the_bound_form_is_found(tmp_path: Path, layout: str) -> None:
    text, v = _text("tasks", layout, "total")
    found = [f for f in audit_paths([str(write(tmp_path, text))]).findings if f.kind == "total_sum"]
    assert [(f.severity, f.row, f.reported) for f in found] == [("error", "总分", str(v.total_score + 1))]


def test_a_contents_that_only_names_the_form_gives_no_form(tmp_path: Path) -> None:
    """The 目录 lists 部门整体支出绩效自评表 but the page ends before it: nothing is read as a form."""
    v = invent_variant(12)
    rr = read_path(write(tmp_path, RENDERERS["row_lines"](_accounts_page(v.unit, v.year))))
    assert [d.type for d in rr.documents if d.type == "project_self_evaluation"] == []


def test_a_bound_form_whose_cells_ran_together_is_read(tmp_path: Path) -> None:
    """The 决算 page's annex a 部门整体绩效自评表 whose cells ran together (a preview): read by the run-together
    reader (``deptrun``), its total and rows."""
    from layouts.deptrun import ROWS, invent_run, run_rows
    from layouts.render import one_run

    f = invent_run(2)
    text = RENDERERS["row_lines"](_accounts_page(f.unit, f.year)) + one_run(run_rows(f))
    forms = [d for d in read_path(write(tmp_path, text)).documents if d.type == "project_self_evaluation"]
    assert len(forms) == 1 and "部门整体" in (forms[0].title or "")
    assert forms[0].total_score.dec == f.total and len(forms[0].indicators) == len(ROWS)
