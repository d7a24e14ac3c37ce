"""The pieces the prose readers share (``recognise.common``, ``recognise.reportwords``): one sentence end, one prose
amount with its unit (元, 万元, 亿元), the year cut out of a title, and the department's budget that is never money
left over, added, taken back or outside the budget."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read.recognise import deptsaid
from jixiao.read.recognise.common import around_years, sentence_end, sentence_start
from jixiao.read.recognise.deptreport import _named
from layouts.files import one


@pytest.mark.parametrize(("text", "at", "start", "end"), [
    ("甲。乙丙！丁", 3, 2, 5),
    ("甲。乙丙；丁", 4, 2, 6),  # ；ends a clause, not the sentence
    ("乙丙?丁", 0, 0, 3),
])
def test_a_sentence_ends_at_its_marks(text: str, at: int, start: int, end: int) -> None:
    assert sentence_start(text, at) == start
    assert sentence_end(text, at) == end


def test_a_sentence_end_looked_for_only_so_far() -> None:
    text = "甲" * 50 + "。"
    assert sentence_end(text, 0, hi=10) == 10
    assert sentence_start(text, 40, lo=30) == 30


@pytest.mark.parametrize(("title", "words"), [
    ("南县财政局2020年度部门整体支出绩效自评报告", ["南县财政局", "部门整体支出绩效自评报告"]),
    ("南县财政局（2020年度）部门整体支出绩效自评报告", ["南县财政局", "部门整体支出绩效自评报告"]),
])
def test_the_words_around_a_titles_year(title: str, words: list[str]) -> None:
    assert around_years(title) == words


def test_a_bracketed_year_leaves_the_unit_named() -> None:
    assert _named("南县财政局（2020年度）部门整体支出绩效自评报告") == "南县财政局"


@pytest.mark.parametrize("said", ["预算结余资金50万元", "预算追加资金20万元", "预算外资金30万元", "预算指标收回资金10万元",
                                  "预 算 结 余 资 金 50 万 元"])
def test_money_left_over_added_taken_back_or_outside_is_no_budget(said: str) -> None:
    assert deptsaid.BUDGET.search(said) is None


@pytest.mark.parametrize(("said", "amount"), [("部门预算财政安排公共财政拨款资金共157.71万元", "157.71"),
                                              ("预算安排资金100万元", "100")])
def test_the_budget_granted_is_read(said: str, amount: str) -> None:
    m = deptsaid.BUDGET.search(said)
    assert m is not None and m.group(3) == amount


TRANSFER = "示例县2023年度中央财政就业补助资金转移支付绩效自评报告\n一、绩效目标分解下达情况\n{}\n自评得分95分。\n"


@pytest.mark.parametrize(("said", "unit", "budget", "executed"), [
    ("2023年共下达就业补助资金1,250,000.00元，实际支出1,200,000.00元，预算执行率96%。", "元", "1250000.00", "1200000.00"),
    ("2023年共下达就业补助资金125万元，实际支出120万元，预算执行率96%。", "万元", "125", "120"),
    ("2023年共下达就业补助资金1.25亿元，实际支出1.2亿元，预算执行率96%。", "亿元", "1.25", "1.2"),
    ("2023年共下达就业补助资金１２５万元，实际支出１２０万元，预算执行率９６%。", "万元", "125", "120"),
])
def test_a_transfer_report_in_any_money_unit(tmp_path: Path, said: str, unit: str, budget: str,
                                             executed: str) -> None:
    doc = one(tmp_path, TRANSFER.format(said))
    total = doc.funds["total"]
    assert (doc.money_unit, total.annual_budget.dec, total.executed.dec, total.rate.dec) == (
        unit, Decimal(budget), Decimal(executed), Decimal(96))


def test_spending_in_another_unit_than_the_budget_is_not_read(tmp_path: Path) -> None:
    doc = one(tmp_path, TRANSFER.format("2023年共下达就业补助资金125万元，实际支出1,200,000元。"))
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec) == (Decimal(125), None)
    assert any("单位" in p.message for p in doc.problems)


def test_parts_in_another_unit_state_no_sum() -> None:
    from jixiao.core.source import Source
    from jixiao.read.recognise.transfer_said import said_sums
    from jixiao.read.recognise.transfer_text import Flat

    text = "下达资金100万元，其中：甲项目600000元，乙项目400000元。\n下达资金80万元，其中：甲50万元，乙30万元。"
    said = said_sums(Flat.join([(text, Source("t.txt", 1))]))
    assert [(s.total.text, [p.text for p in s.parts]) for s in said] == [("80", ["50", "30"])]
