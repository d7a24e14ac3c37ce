"""A notice whose province sends one sum and whose own finance adds another, then states every level's total
(长白山's 918万元 + 179万元, 各级财政衔接资金共计1097万元, then how it is shared: 33万元 to one district, 其余1064万元): the every-level total is the budget, over what the province
sent; a total whose words name no level (累计争取…项目资金共计48亿元 = 27 + 21) is no such whole."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write


def _notice(seed: int) -> tuple[str, Decimal]:
    rng = random.Random(seed)
    central, provincial, own = (Decimal(rng.randint(10, 900)) for _ in range(3))
    sent = central + provincial
    border = Decimal(rng.randint(5, 9))
    text = ("关于转发提前下达2023年度各级财政衔接推进乡村振兴补助资金分配方案的通知\n"
            f"根据省乡村振兴局下发的计划表,省财政厅提前下达给我区2023年财政衔接推进乡村振兴补助资金{sent}万元,其中中央专项资金"
            f"{central}万元,省级专项资金{provincial}万元。按照相关规定,管委会财政提前下达2023年财政衔接推进乡村振兴补助资金"
            f"{own}万元。各级财政衔接资金共计{sent + own}万元。为确保各级专项资金及时下拨和安排使用,现将分配方案公示如下。\n"
            f"拟将边境和革命老区补助{border}万元全部分配给池南区,其余{sent + own - border}万元按因素法分配到各区。\n")
    return text, sent + own


@pytest.mark.parametrize("seed", range(6))
def test_every_level_s_total_is_the_budget(tmp_path: Path, seed: int) -> None:
    text, whole = _notice(seed)
    (doc,) = read_path(write(tmp_path, text)).documents
    assert doc.funds["total"].annual_budget.dec == whole


def test_a_project_s_total_is_no_level_s(tmp_path: Path) -> None:
    text = ("甘肃:2023年中央生态环境专项资金已提前下达20亿元\n2023年中央生态环境专项资金已提前下达甘肃省共计20亿元,"
            "较2022年增加5.73亿元。另给予每个市州3亿元/年、连续3年、共计27亿元的中央大气污染防治资金支持,加上2021年争取到的"
            "兰州市21亿元定额奖补,已累计争取北方地区冬季清洁取暖项目资金共计48亿元。\n")
    (doc,) = read_path(write(tmp_path, text)).documents
    assert doc.funds["total"].annual_budget.dec == Decimal(20)
