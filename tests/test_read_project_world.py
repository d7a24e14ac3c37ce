"""Project forms as the world prints them beyond the generators' clean tables: each case a generated form (invented
figures, a planted mistake) in a layout a real page showed, read by labels and the form's own arithmetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import write
from layouts.grid import VARIANTS, rows
from layouts.model import invent
from layouts.render import RENDERERS

# The opening of a 部门决算 page: its 目录 names the project forms it prints after its tables.
CONTENTS = ("2021年度某某县某某局部门决算\n目录\n第一部分 部门概况\n第二部分 2021年度部门决算表\n一、收入支出决算总表\n"
            "二、收入决算表\n十五、2021年度项目支出绩效自评表\n第三部分 2021年度部门决算情况说明\n\n")


@pytest.mark.parametrize("layout", ["lone_pipes", "cell_lines", "pipes"])
def test_a_project_form_after_a_final_accounts_contents_is_read_and_its_mistake_found(
        tmp_path: Path, layout: str) -> None:
    # one cell a run of lines closed by "|": the form's labels alone were once taken for a 决算 table's rows
    # (the 目录 above names 决算 tables), which read no figure and kept the form from being read
    p = invent(5, mistake="total")
    result = audit_paths([str(write(tmp_path, CONTENTS + RENDERERS[layout](rows(p, VARIANTS["national"]))))])
    (doc,) = result.documents
    assert doc.type == "project_self_evaluation" and doc.title == p.name
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec, total.score.dec) == (
        p.budget, p.executed, p.rate, p.exec_score)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert doc.total_score.dec == p.total
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}


def _named(label: str) -> object:
    """The form's name row under another label (专项资金名称 | X, or 项目名称：X in one cell)."""
    def rename(rs: list[list[str]]) -> list[list[str]]:
        return [([label + r[1]] if label.endswith("：") else [label, *r[1:]]) if r and r[0] == "项目名称" else r
                for r in rs]
    return rename


def _from_funds(rs: list[list[str]]) -> list[list[str]]:
    """An excerpt that begins inside the form, at its funds block: no title, no name row, no units."""
    return rs[next(k for k, r in enumerate(rs) if r and r[0].startswith("项目资金")):]


@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "row_lines", "lone_pipes"])
@pytest.mark.parametrize("cut", ["专项资金名称", "项目(政策)名称", "项目名称：", "from_funds"])
def test_a_form_read_by_its_blocks_whatever_its_name_label_or_without_one(tmp_path: Path, layout: str,
                                                                          cut: str) -> None:
    p = invent(9, mistake="rate")
    shape = _from_funds if cut == "from_funds" else _named(cut)
    result = audit_paths([str(write(tmp_path, RENDERERS[layout](shape(rows(p, VARIANTS["national"])))))])  # type: ignore[operator]
    (doc,) = result.documents
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec, total.score.dec) == (
        p.budget, p.executed, p.rate, p.exec_score)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert doc.total_score.dec == p.total
    assert {f.kind for f in result.findings if f.severity == "error"} == {"execution_rate"}  # 1.50 points too high
    if cut == "from_funds":  # what the excerpt does not hold is said, not invented
        assert doc.title is None and any("项目名称" in x.message or "表格结构已丢失" in x.message for x in doc.problems)
    else:
        assert doc.title == p.name


@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "row_lines"])
def test_a_score_table_without_target_columns_is_not_taken_for_a_headless_project_form(tmp_path: Path,
                                                                                        layout: str) -> None:
    from layouts.scores import invent_scores, score_rows

    result = audit_paths([str(write(tmp_path, RENDERERS[layout](score_rows(invent_scores(4)))))])
    assert all(d.type != "project_self_evaluation" for d in result.documents)
