"""A county's 三公 决算 table one cell a line (blank lines between cells), its header this year's and last year's
决算数 and the change under a group head (…比上年增、减情况 over 增、减额 | 增、减幅度), its total row printing NO label
(the four figures straight after the header), 因公出国(境)费 with only its two amounts (the change cells blank);
before it the 说明 giving the budget, the final and last year's final of the total. Invented figures; ``change_off``
is added to the reception's printed change."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal


def _pct(a: Decimal, b: Decimal) -> str:
    return f"{((a - b) / b * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


def headless_years(seed: int, change_off: Decimal = Decimal(0)) -> list[str]:
    rng = random.Random(seed)

    def money(lo: int, hi: int) -> Decimal:
        return Decimal(rng.randrange(lo * 100, hi * 100)) / 100
    g1, g0, r1, r0, b1, b0 = money(100, 300), money(100, 300), money(300, 600), money(300, 600), money(10, 80), money(10, 80)
    c1, c0 = r1 + b1, r0 + b0
    t1, t0 = g1 + c1, g0 + c0
    budget = t1 + money(1, 50)
    year = 2019 + seed % 5
    cells = [f"{year}年决算数", f"{year - 1}年决算数", f"{year}年决算比上年增、减情况", "增、减额", "增、减幅度",
             str(t1), str(t0), str(t1 - t0), _pct(t1, t0),
             "1、因公出国(境)费", "0", "0", "", "",
             "2、公务接待费", str(g1), str(g0), str(g1 - g0 + change_off), _pct(g1, g0),
             "3、公务用车购置及运行维护费", str(c1), str(c0), str(c1 - c0), _pct(c1, c0),
             "其中:(1)公务用车运行维护费", str(r1), str(r0), str(r1 - r0), _pct(r1, r0),
             "2)公务用车购置", str(b1), str(b0), str(b1 - b0), _pct(b1, b0)]
    lines = [f"某县{year}年“三公”经费决算情况说明", "",
             f"某县{year}“三公”经费预算数为{budget}万元,决算支出数为{t1}万元。其中:公务接待费决算支出数为{g1}万元,"
             f"公务用车购置及运行维护费决算支出数为{c1}万元。", "",
             f"某县{year}“三公”经费决算财政拨款情况统计表", "", "单位:万元", ""]
    for c in cells:
        lines += [c, ""]
    return lines
