"""A form's total score under 总得分 (项目总得分 99分 above the form, or 总得分 | 96 below it), and a department's
report stating its score as 经自评，得分92.5分: read wherever the label stands, and a planted total found
(generators in ``tests/layouts``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one as _one
from layouts.files import write as _write
from layouts.grid import VARIANTS, rows
from layouts.model import invent
from layouts.render import RENDERERS


def _form(seed: int, label: str, above: bool, planted: bool = False) -> tuple[list[list[str]], Decimal]:
    """The department form with its 总分 row replaced by ``label`` and the score (in the title block or last)."""
    p = invent(60 + seed)
    grid = rows(p, VARIANTS["department"])[:-1]
    score = p.total + 1 if planted else p.total
    cell = [label, f"{score}分" if seed % 2 else f"{score}"]
    grid = [grid[0], cell, *grid[1:]] if above else [*grid, cell]
    return grid, p.total


@pytest.mark.parametrize("label", ["总得分", "项目总得分", "自评总得分"])
@pytest.mark.parametrize("above", [True, False])
@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "row_lines"])
def test_a_total_under_zongdefen(tmp_path: Path, layout: str, above: bool, label: str) -> None:
    grid, total = _form(len(label), label, above)
    doc = _one(tmp_path, RENDERERS[layout](grid))
    assert doc.total_score.dec == total


def test_a_planted_total_under_zongdefen_is_found(tmp_path: Path) -> None:
    grid, _ = _form(2, "总得分", above=False, planted=True)
    result = audit_paths([str(_write(tmp_path, RENDERERS["pipes"](grid)))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}


def test_a_total_above_the_form_is_not_checked_against_rows_that_may_go_on(tmp_path: Path) -> None:
    """总得分 in the title block and no total row after the indicators: the rows may go on past the page, so the
    sum is said to be unverifiable, never an error."""
    grid, _ = _form(2, "总得分", above=True, planted=True)
    result = audit_paths([str(_write(tmp_path, RENDERERS["pipes"](grid)))])
    assert not [f for f in result.findings if f.severity == "error"]
    assert any(f.kind == "cannot_verify" and "总分" in f.message for f in result.findings)


HEAD = "某某县教育局2022年度部门整体支出绩效自评报告\n一、部门基本情况\n本局内设机构8个。\n二、部门整体支出绩效情况\n"


@pytest.mark.parametrize("said", ["经自评，得分92.5分。", "经自评,总得分为92.5分。", "经综合评价，得分92.5分。"])
def test_a_reports_score_said_after_jing_ziping(tmp_path: Path, said: str) -> None:
    text = (HEAD + "年初预算数1200万元，全年预算数1350.6万元，全年执行数1320.2万元，执行率97.75%。" + said
            + "\n三、存在问题\n无。\n")
    doc = _one(tmp_path, text)
    assert doc.total_score.dec == Decimal("92.5")
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (Decimal("1350.6"),
                                                                                      Decimal("1320.2"))


def test_an_indicators_score_in_a_report_is_no_total(tmp_path: Path) -> None:
    """预算执行率指标得分10分: a bare 得分 names an indicator's, never the report's total."""
    text = HEAD + "全年预算数1350.6万元，全年执行数1320.2万元，执行率97.75%，预算执行率指标得分10分。\n"
    assert _one(tmp_path, text).total_score.value is None
