"""A 三公 table with last year's and this year's amounts in whole 万元 and the 增减幅度 worked out from the unrounded
figures, as a spreadsheet prints it (a county's 决算情况统计表: 项目 | 上年决算数 | 本年决算数 | 增减金额 | 增减幅度): a
small item's rate then differs from the rounded amounts' by more than its last digit (12 and 90 printed, −86.62% from
12.04 and 89.99), and no rounding of the amounts reaches a rate planted several points off. Invented figures.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

ITEMS = ("合计", "1.因公出国(境)费", "2.公务接待费", "3.公务用车购置及运行费", "其中:(1)公务用车购置费", "(2)公务用车运行费")


def table(seed: int, off: Decimal = Decimal(0), at: int = 1) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the row ``at`` (an index into ``ITEMS``) whose rate is ``off`` points off."""
    rng = random.Random(seed)

    def money(lo: int, hi: int) -> Decimal:
        return Decimal(rng.randrange(lo * 100, hi * 100)) / 100

    last = {1: money(60, 120), 2: money(800, 1500), 4: money(40, 90), 5: money(1000, 1400)}
    this = {1: money(8, 20), 2: money(800, 1500), 4: money(20, 60), 5: money(900, 1300)}
    for year in (last, this):
        year[3] = year[4] + year[5]
        year[0] = year[1] + year[2] + year[3]
    lines = ["某县“三公”经费决算情况统计表", "单位:万元", "项目 | 上年决算数 | 本年决算数 | 增减金额 | 增减幅度 |"]
    for k, label in enumerate(ITEMS):
        a, b = last[k].quantize(Decimal(1), ROUND_HALF_UP), this[k].quantize(Decimal(1), ROUND_HALF_UP)
        rate = ((this[k] - last[k]) / last[k] * 100).quantize(Decimal("0.01"), ROUND_HALF_UP) + (off if k == at else 0)
        lines.append(f"{label} | {a} | {b} | {b - a} | {rate}% |")
    # the sums as printed: the rounded items' (a spreadsheet's rounding of each cell, the totals summed after)
    return lines, 4 + at
