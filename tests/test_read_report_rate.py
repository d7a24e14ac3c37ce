"""A report's budget or spending stated in words that name neither, found by the rate the report states beside it:
the one amount of the text that spending ÷ budget = rate confirms is read and the choice said; a part's amount is
never taken; where the printed rate fits no amount nothing is taken for the missing figure and no error is raised
A project's report and a department's (generator in ``tests/layouts/reportrate``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.reportrate import budget_unnamed, dept_budget_unnamed, invent_rate_report, spent_unnamed

SHAPES = {"budget_unnamed": budget_unnamed, "spent_unnamed": spent_unnamed, "dept_budget_unnamed": dept_budget_unnamed}


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_amount_the_rate_confirms_is_read(tmp_path: Path, shape: str, seed: int) -> None:
    r = invent_rate_report(seed)
    doc = one(tmp_path, SHAPES[shape](r), "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec) == (r.budget, r.executed, r.rate)
    assert any("执行率" in p.message and "确定" in p.message for p in doc.problems)  # the choice is said
    assert not any(p.message.startswith("报告未说明预算数") for p in doc.problems)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_rate_no_amount_fits_takes_nothing(tmp_path: Path, shape: str) -> None:
    r = invent_rate_report(3, planted="rate")
    doc = one(tmp_path, SHAPES[shape](r))
    t = doc.funds["total"]
    missing = t.executed if shape == "spent_unnamed" else t.annual_budget
    assert missing.value is None  # never the part's amount, nor any other
    found = list(audit_paths([str(write(tmp_path, SHAPES[shape](r)))]).findings)
    assert [f for f in found if f.severity == "error"] == []


@pytest.mark.parametrize(("planned", "spent", "rate"), [("120", "110", "91.67"), ("86.5", "80.2", "92.72")])
def test_the_money_put_in_is_the_spending(tmp_path: Path, planned: str, spent: str, rate: str) -> None:
    """项目计划投入资金A万元，实际投入B万元，资金执行率x%: 实际投入 is what was spent, and the rate confirms the plan as the
    budget (the budget's words, 计划投入, name no budget)."""
    text = "\n".join(["某某局2023年度农村道路养护项目支出绩效自评报告", "一、项目基本情况", "项目由某某局实施。",
                      "二、项目资金使用情况", f"项目计划投入资金{planned}万元，实际投入{spent}万元，资金执行率{rate}%。",
                      "三、绩效目标完成情况", "完成道路养护50公里，达到预期目标。"]) + "\n"
    t = one(tmp_path, text, "project_self_evaluation").funds["total"]
    assert (str(t.annual_budget.dec), str(t.executed.dec), str(t.rate.dec)) == (planned, spent, rate)


@pytest.mark.parametrize(("budget", "paid", "rate", "read"), [
    ("280", "269.30", "96", True), ("1500", "1320.5", "88.03", True), ("600", "450", "75", True),
    ("280", "269.30", "90", False)])
def test_the_rate_paid_out_at_is_the_rate_of_a_spending_that_was_paid(tmp_path: Path, budget: str, paid: str,
                                                                      rate: str, read: bool) -> None:
    """"…补贴资金280万元…截止评价点,该项目已拨付资金269.30万元,资金拨付率96%" (西平 2023): no rate of spending is
    stated; the spending is what was paid out, so the rate it was paid at is the execution rate, where spending ÷
    budget gives it to its printed digits; a 拨付率 the figures do not make is not read."""
    text = (f"2031年示例县优质小麦种植补贴项目绩效自评报告\n一、项目基本情况\n该项目年度预算资金{budget}万元,"
            "用于对脱贫户种植优质小麦进行补贴。\n二、项目执行情况\n"
            f"截止评价点,该项目已拨付资金{paid}万元,资金拨付率{rate}%,绩效目标基本完成。\n")
    doc = one(tmp_path, text, "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.annual_budget.text, t.executed.text) == (f"{budget}万元", f"{paid}万元")
    assert t.rate.text == (f"{rate}%" if read else None)
