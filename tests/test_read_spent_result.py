"""实际完成 and a bare 决算数 state what was spent only as the budget's own statement continued (…预算950万元，实际完成
940万元): an indicator's result (销售收入目标1000万元，实际完成1200万元) or the income's 决算数 elsewhere is never the
spending, so never a 超预算执行 (review 2 finding 7). Generated reports, invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write

DEPT = "某局{y}年度部门整体支出绩效自评报告\n一、部门基本情况\n本局为县政府工作部门，内设5个科室。\n二、部门预算及执行情况\n"
VERDICT = "\n三、自评结论\n经自评，本局部门整体支出绩效自评得分92分，等级为优。\n"
PROJECT = ("某县{y}年中小企业发展专项资金项目绩效自评报告\n一、项目基本情况\n本项目年度预算{b}万元，用于支持企业技术改造。\n"
           "二、绩效目标完成情况\n")


def _flagged(tmp_path: Path, text: str) -> list[str]:
    return [f.kind for f in audit_paths([str(write(tmp_path, text, "a.txt"))]).findings
            if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("budget", ("全年预算", "年初预算"))
def test_the_incomes_final_account_is_not_the_spending(tmp_path: Path, budget: str) -> None:
    text = DEPT.format(y=2023) + f"2023年度部门{budget}730万元。2023年度收入决算数810万元，支出决算数722万元。" + VERDICT
    t = one(tmp_path, text).funds["total"]
    assert t.executed.dec == Decimal("722")
    assert _flagged(tmp_path, text) == []


@pytest.mark.parametrize("what", ("招商引资到位资金", "固定资产投资", "新增销售收入"))
def test_an_indicators_result_is_not_the_spending(tmp_path: Path, what: str) -> None:
    dept = DEPT.format(y=2023) + f"2023年度部门全年预算730万元。\n三、部门履职情况\n全年{what}目标4100万元，实际完成4360万元。" + VERDICT
    assert one(tmp_path, dept).funds["total"].executed.dec != Decimal("4360")
    assert _flagged(tmp_path, dept) == []
    proj = PROJECT.format(y=2023, b=90) + f"带动企业{what}目标1300万元，实际完成1450万元。" + VERDICT
    assert one(tmp_path, proj).funds["total"].executed.dec != Decimal("1450")
    assert _flagged(tmp_path, proj) == []


@pytest.mark.parametrize("word", ("实际完成", "决算数"))
def test_the_word_right_after_the_budget_is_still_the_spending(tmp_path: Path, word: str) -> None:
    """The wording the words were added for still reads, and an overspending so stated is still found."""
    text = DEPT.format(y=2023) + f"2023年度部门全年预算730万元，{word}745万元。" + VERDICT
    t = one(tmp_path, text).funds["total"]
    assert (t.annual_budget.dec, t.executed.dec) == (Decimal("730"), Decimal("745"))
    assert _flagged(tmp_path, text)
