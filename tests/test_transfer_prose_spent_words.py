"""A transfer's self-evaluation report in prose: the spending said as 实际形成支出 (云南 航空护林 2024: "实际形成支出
E万元,支出率x%", its parts by level after it) is the spending; and of several 执行率 — each sub-project's, then the
whole's ("①…执行率30.88%;②…执行率100%…目前共支付资金E万元,资金执行率x%") — the one the stated spending ÷ budget
gives is the rate. A rate no stated sums give is still not read."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write


def _total(tmp_path: Path, lines: list[str]) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    (doc,) = read_path(write(tmp_path, "\n".join(lines) + "\n", "report.txt")).documents
    t = doc.funds["total"]
    return t.annual_budget.dec, t.executed.dec, t.rate.dec


@pytest.mark.parametrize("seed", range(4))
def test_spending_formed_is_the_spending(tmp_path: Path, seed: int) -> None:
    budget, spent = Decimal("14856.17") + seed, Decimal("14474.11553") + seed
    rate = (spent / budget * 100).quantize(Decimal("0.01"))
    lines = [f"{2031 + seed}年度中央财政航空护林补助资金绩效自评报告", "一、资金投入情况",
             f"{2031 + seed}年共投入森林草原航空消防租机补助经费预算{budget}万元,上述资金均按要求全部下达。",
             f"中央财政安排和省级财政配套的{budget}万元资金全部拨付到位,资金到位率100%。实际形成支出{spent}万元,支出率{rate}%。"
             f"其中,中央财政安排资金支出{spent - 3174}万元,省级财政配套资金支出3174万元。"]
    assert _total(tmp_path, lines) == (budget, spent, rate)


@pytest.mark.parametrize(("whole_rate", "read"), [(None, True), ("99.99", False)])
def test_of_several_rates_the_one_the_sums_give(tmp_path: Path, whole_rate: str | None, read: bool) -> None:
    budget, spent = Decimal("4871.71"), Decimal("1696.76")
    rate = whole_rate or str((spent / budget * 100).quantize(Decimal("0.01")))
    lines = ["某区2031年专项转移支付绩效自评报告", "一、资金到位情况",
             f"2031年度上级安排某区林业生态保护恢复资金{budget}万元,应到位{budget}万元,实际到位{spent}万元。",
             "分项目如下:①森林防火专业队能力建设补助应到位68万元,实际支付21万元,执行率30.88%;"
             "②生态护林员项目应到位1605万元,实际支付1605万元,执行率100%。",
             "二、资金使用情况", f"目前共支付资金{spent}万元,资金执行率{rate}%。"]
    got = _total(tmp_path, lines)
    assert got[:2] == (budget, spent)
    assert got[2] == (Decimal(rate) if read else None)
