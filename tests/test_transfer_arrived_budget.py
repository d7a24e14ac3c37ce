"""A transfer report that states its funds only as the money that arrived (到位资金A万元 / 资金到位A万元), its spending
and its rate (``recognise.transfer_arrived``): the arrived amount is the budget where spending ÷ it gives the stated
rate to its printed digits; where it does not (the rate is of something else), or two arrived amounts would, the
budget stays missing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path

WORDINGS = [
    "2023年度到位资金{a}万元，其中中央资金{c}万元，省级资金{p}万元；实际使用{e}万元，资金使用率{r}%。",
    "资金到位{a}万元，到位率100%；资金支出{e}万元，执行率{r}%。",
    "该项目资金共到位{a}万元，截至年底已支出{e}万元，支出进度{r}%。",
]


def _funds(tmp_path: Path, sentence: str) -> tuple[Decimal | None, Decimal | None]:
    p = tmp_path / "report.txt"
    p.write_text("\n".join(["某某县2023年度农业相关转移支付资金绩效自评报告", "一、绩效目标分解下达情况", sentence,
                            "二、绩效目标完成情况", "项目完成情况良好，达到预期目标。"]) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.extra.get("form") for d in docs] == ["transfer"]
    row = docs[0].funds["total"]
    return row.annual_budget.value, row.executed.value


@pytest.mark.parametrize("wording", WORDINGS)
@pytest.mark.parametrize(("a", "e", "r"), [("1000", "950", "95"), ("286.4", "250.12", "87.33")])
def test_the_arrived_money_the_rate_confirms_is_the_budget(tmp_path: Path, wording: str, a: str, e: str,
                                                            r: str) -> None:
    c = (Decimal(a) * Decimal("0.8")).quantize(Decimal("0.01"))
    sentence = wording.format(a=a, c=c, p=Decimal(a) - c, e=e, r=r)
    assert _funds(tmp_path, sentence) == (Decimal(a), Decimal(e))


def test_a_rate_that_does_not_divide_out_leaves_the_budget_missing(tmp_path: Path) -> None:
    assert _funds(tmp_path, "资金到位1000万元；资金支出950万元，执行率90%。") == (None, Decimal("950"))
