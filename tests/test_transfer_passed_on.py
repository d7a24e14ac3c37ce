"""A transfer report by a level that passes the money on (a province, a city): the amounts it sent down to the levels
below (将提前下达资金3.86亿元下达至有关市、县, 示例补助资金120万元已全部下达到各县, …下达给各乡镇) are its spending's side,
never its budget, however the sentence is worded (至 folded to a range's dash as files are read); where the report
states its own budget, that is read, and where it states none, nothing is (never the amount passed on, in any unit)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.model import transfer_budget

HEAD = "示例省2024年度中央财政示例补助资金绩效自评报告\n一、绩效目标分解下达情况\n"
PASSED = ("将资金{}下达至有关市、县", "示例补助资金{}已全部下达到各县", "{}均下达至各设区市", "其余{}全额下达给各乡镇",
          "将提前下达资金{}下达至有关市县", "正式下达资金{}分配到各县（市、区）")
UNITS = (("2.33", "亿元"), ("1,250", "万元"), ("88.5", "万元"), ("3,000,000", "元"))
OWN = ("省财政厅下达我省示例补助资金{}", "全年预算资金{}")


@pytest.mark.parametrize("passed", range(len(PASSED)))
@pytest.mark.parametrize("unit", range(len(UNITS)))
def test_the_amount_passed_on_is_notransfer_budget(tmp_path: Path, passed: int, unit: int) -> None:
    amount, u = UNITS[unit]
    assert transfer_budget(tmp_path, HEAD + f"2024年，{PASSED[passed].format(amount + u)}。\n") is None


@pytest.mark.parametrize("own", range(len(OWN)))
@pytest.mark.parametrize("passed", range(len(PASSED)))
def test_the_own_budget_is_read_beside_it(tmp_path: Path, passed: int, own: int) -> None:
    text = HEAD + f"2024年，{OWN[own].format('1500万元')}，{PASSED[passed].format('1200万元')}。\n"
    assert transfer_budget(tmp_path, text) == Decimal("1500")
