"""Funds blocks that print the budget's making and its balance beside the record's columns (福建's 财政资金安排和使用
情况: 年初预算安排金额① | 历年结余结转② | 年中调整金额③ | 小计④ | 年度拨付金额⑤ | 支出实现率⑥ | 本年度结余金额⑦ |
资金结余率⑧), under a department-wide form or a project's: the 年初 budget, the 小计 as the year's budget, the amount
paid out as executed and the 支出实现率 as the rate are read in every text layout, the columns beside them are not
taken for fields, and a rate that is not 拨付 ÷ 小计 is found (generator in ``tests/layouts/fundsalloc``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.fundsalloc import alloc_rows, invent_alloc
from layouts.render import RENDERERS


@pytest.mark.parametrize("layout", sorted(RENDERERS))
@pytest.mark.parametrize(("kind", "yuan"), [("dept", True), ("dept", False), ("project", False)])
def test_the_allocation_block_is_read_under_its_own_columns(tmp_path: Path, layout: str, kind: str, yuan: bool) -> None:
    form = invent_alloc(7, kind, yuan)
    doc = one(tmp_path, RENDERERS[layout](alloc_rows(form)))
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec) == (
        form.initial, form.budget, form.paid, form.rate)
    assert t.weight.value is None and t.score.value is None  # the block has no 分值 / 得分: none taken from 结余
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (n, w, s) for _, _, n, w, s in form.indicators]
    assert ("部门" in doc.header) == (kind == "dept")  # a department's form says so
    found = list(audit_paths([str(write(tmp_path, RENDERERS[layout](alloc_rows(form))))]).findings)
    assert [f for f in found if f.severity == "error"] == []


@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_a_rate_that_is_not_paid_over_budget_is_found(tmp_path: Path, layout: str) -> None:
    form = invent_alloc(11, "dept", planted="rate")
    found = list(audit_paths([str(write(tmp_path, RENDERERS[layout](alloc_rows(form))))]).findings)
    assert any(f.kind == "execution_rate" and f.severity == "error" for f in found), [
        (f.kind, f.severity, f.message) for f in found]


def test_the_columns_beside_the_fields_are_known_by_their_meaning() -> None:
    from jixiao.read.recognise.fundsaside import header_column

    before: list[str] = []
    for label in ("年初部门预算安排金额①", "历年结余结转②", "年中调整金额③", "小计④=①+②+③", "年度拨付金额⑤",
                  "支出实现率(%)⑥=⑤/④", "本年度结余金额⑦=④-⑤", "资金结余率(%)⑧=⑦/④"):
        col = header_column(label, before)
        assert col is not None, label
        before.append(col)
    assert before == ["initial_budget", "aside1", "aside2", "annual_budget", "executed", "rate", "aside3", "aside4"]
    assert header_column("小计", []) is None  # a 小计 with no budget parts before it is no budget


@pytest.mark.parametrize("every", [3, 4, 5])
@pytest.mark.parametrize("layout", ["flattened", "row_lines", "cell_lines"])
@pytest.mark.parametrize("kind", ["dept", "project"])
def test_labels_broken_by_pdf_spaces_are_read_by_their_meaning(tmp_path: Path, every: int, layout: str,
                                                               kind: str) -> None:
    """PDF text breaks the labels' runs of characters wherever a glyph run ended (年初部门 预算安排 金额, 年度拨付
    金额, 支出实现 率(%)): labels known by their meaning, not by a list, are read across the spaces all the same."""
    from layouts import degrade

    form = invent_alloc(5, kind)
    doc = one(tmp_path, degrade.pdf_spaces(RENDERERS[layout](alloc_rows(form)), every=every))
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec) == (
        form.initial, form.budget, form.paid, form.rate)


def test_funds_labels_side_by_side_stay_apart() -> None:
    from jixiao.read.despace_funds import close_funds_labels

    assert close_funds_labels("年初部门 预算安排 金额 年度拨付 金额") == "年初部门预算安排金额 年度拨付金额"
    assert close_funds_labels("支出实现 率(%) 资金结余 率(%)") == "支出实现率(%) 资金结余率(%)"
    for kept in ("年初预算数 全年预算数", "执行率 得分", "全年执行数 合计", "部门 整体 支出", "执行率 权重"):
        assert close_funds_labels(kept) == kept
