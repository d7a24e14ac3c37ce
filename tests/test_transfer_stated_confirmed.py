"""A transfer's news whose headline and lead round the sum its text states exactly, the lead saying it of the whole
place (一季度广西下达…资金627亿元; 我区共下达…627亿元; 累计筹措下达…627.43亿元,其中…501.47亿元…125.96亿元): the exact
sum is the budget; and of several spending rates the text states (a part's 支出进度已达90.82%, the whole's 整体支出进度
为57.52%), the one the stated spending ÷ budget gives is the rate, none where no single one does."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write


def _news(seed: int, whole_rate: bool = True) -> tuple[str, Decimal, Decimal, Decimal]:
    rng = random.Random(seed)
    central = Decimal(rng.randint(20000, 60000)) / 100
    local = Decimal(rng.randint(5000, 20000)) / 100
    budget = central + local
    spent = (budget * Decimal(rng.randint(40, 90)) / 100).quantize(Decimal("0.1"))
    rate = (spent / budget * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    coarse = budget.quantize(Decimal(1), ROUND_HALF_UP)
    part = Decimal(rng.randint(6000, 9900)) / 100
    text = (f"一季度东江下达为民办实事资金{coarse}亿元\n来源:东江日报 2021-04-23\n"
            f"本报讯 记者从省财政厅获悉,今年一季度,我省共下达为民办实事财政资金{coarse}亿元,下达进度88.74%。\n"
            f"截至3月31日,累计筹措下达财政资金{budget}亿元,其中中央财政补助{central}亿元,省本级财政安排{local}亿元。\n"
            f"截至3月31日,各项目资金实际支出{spent}亿元," + (f"整体支出进度为{rate}%;" if whole_rate else "")
            + f"部分项目如健康惠民项目支出进度已达{part}%。\n")
    return text, budget, spent, rate


@pytest.mark.parametrize("seed", range(6))
def test_the_exact_sum_and_the_whole_s_rate_are_read(tmp_path: Path, seed: int) -> None:
    text, budget, spent, rate = _news(seed)
    (doc,) = read_path(write(tmp_path, text)).documents
    row = doc.funds["total"]
    assert (row.annual_budget.dec, row.executed.dec, row.rate.dec) == (budget, spent, rate)


def test_a_part_s_rate_alone_is_not_the_whole_s(tmp_path: Path) -> None:
    text, budget, spent, _ = _news(2, whole_rate=False)
    (doc,) = read_path(write(tmp_path, text)).documents
    row = doc.funds["total"]
    assert (row.annual_budget.dec, row.executed.dec, row.rate.dec) == (budget, spent, None)
