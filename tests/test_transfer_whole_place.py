"""A 直达资金 report stating the whole city's sum, its parts to the rounding of the 亿元 figures, the city level's and
the counties' sums, and the central part's spending and rate (福州 2021年1-4月: 全市财政直达资金总额62.33亿元, 其中中央
48.67亿元 + 地方13.65亿元 = 62.32; 全市中央直达资金总量为48.67亿元,支出19.28亿元,支付率为39.62%): the whole's sum is
the budget, the list agreeing within its rounding; the central part's rate is not the whole's, and no spending of the
whole is read (two spendings are said, neither the whole's)."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write


def _report(seed: int) -> tuple[str, Decimal]:
    rng = random.Random(seed)
    central_exact = Decimal(rng.randint(300000, 600000)) / 10000
    local_exact = Decimal(rng.randint(100000, 200000)) / 10000
    cent = Decimal("0.01")
    whole = (central_exact + local_exact).quantize(cent, ROUND_HALF_UP)
    central, local = central_exact.quantize(cent, ROUND_HALF_UP), local_exact.quantize(cent, ROUND_HALF_UP)
    city = (whole * Decimal(rng.randint(40, 60)) / 100).quantize(cent)
    counties = whole - city
    spent = (central * Decimal(rng.randint(30, 60)) / 100).quantize(cent)
    text = ("2021年1-4月直达资金预算执行情况\n一、直达资金分配情况\n"
            f"截至2021年4月底,全市财政直达资金总额{whole}亿元,分配率97.40%。其中:中央安排直达资金全市{central}亿元,"
            f"分配率99.93%;地方安排直达资金{local}亿元,分配率88.40%。\n"
            f"市本级直达资金{city}亿元,分配率95.39%。\n县区直达资金合计{counties}亿元,分配率为99.80%。\n"
            "二、直达资金支付情况\n"
            f"截至2021年4月底,全市中央直达资金总量为{central}亿元,支出{spent}亿元,支付率为"
            f"{(spent / central * 100).quantize(cent, ROUND_HALF_UP)}%。\n"
            f"市本级中央直达资金支出{(spent / 2).quantize(cent)}亿元,县区支出进度较快。\n")
    return text, whole


@pytest.mark.parametrize("seed", range(6))
def test_the_whole_s_sum_is_read_and_the_part_s_rate_is_not(tmp_path: Path, seed: int) -> None:
    text, whole = _report(seed)
    (doc,) = read_path(write(tmp_path, text)).documents
    row = doc.funds["total"]
    assert row.annual_budget.dec == whole
    assert row.rate.dec is None and row.executed.dec is None
