"""A transfer report that recites every grant its county got for the same works (``transfer_fundname``): the fund its
title names (…年度中央示例发展资金绩效自评报告, the title perhaps wrapped before 绩效自评报告), a matching grant's, another
level's, with no word of total: the amount granted under the title's own fund name is the budget, however many times
it is said, whatever its 其中 parts add up to; a clause spending it is no grant; where two clauses grant the title's fund
different amounts, nothing is read. Generated with invented amounts, three fund names and two units."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.model import transfer_budget

FUNDS = ("中央示例发展资金", "示例补助经费", "城市示例管网补助资金")
UNITS = (("万元", "2263", "791", "5", "2100"), ("元", "1,250,000", "300,000", "8,000", "1,200,000"))


def _text(fund: str, unit: int, *, wrapped: bool, repeat: bool, clash: bool = False) -> str:
    u, a, b, c, e = UNITS[unit]
    title = f"示例县2023年度{fund}\n绩效自评报告" if wrapped else f"示例县2023年度{fund}绩效自评报告"
    lines = [title,
             f"示例市财政局示财指〔2023〕10号文件《关于下达2023年{fund}预算的通知》,下达示例县2023年{fund}{a}{u}。",
             f"示例市财政局示财指〔2023〕19号文件《关于下达2023年示例衔接资金(配套{fund}项目)的通知》,下达示例县2023年资金{b}{u}。",
             f"示例市财政局示财指〔2023〕41号文件,下达示例县2023年省级示例资金{c}{u}。"]
    if repeat:  # (said again with parts that do not add up: a text's slip is not the reader's to mend)
        lines.append(f"下达示例县2023年{fund}{a}{u}。其中:甲工程{b}{u},乙工程{c}{u}。")
    if clash:
        lines.append(f"追加下达示例县2023年{fund}{c}{u}。")
    lines.append(f"截至年底,已支出{fund}{e}{u}。")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("repeat", (False, True))
@pytest.mark.parametrize("wrapped", (False, True))
@pytest.mark.parametrize("unit", range(len(UNITS)))
@pytest.mark.parametrize("fund", FUNDS)
def test_the_titles_fund_is_thetransfer_budget(tmp_path: Path, fund: str, unit: int, wrapped: bool, repeat: bool) -> None:
    text = _text(fund, unit, wrapped=wrapped, repeat=repeat)
    assert transfer_budget(tmp_path, text) == Decimal(UNITS[unit][1].replace(",", ""))


@pytest.mark.parametrize("fund", FUNDS)
def test_two_grants_of_the_titles_fund_give_none(tmp_path: Path, fund: str) -> None:
    assert transfer_budget(tmp_path, _text(fund, 0, wrapped=False, repeat=False, clash=True)) is None
