"""A 三公 table printed with the items as column heads and one row per year, then a row of the change (a district's
决算 page: 年度 | 合计 | 因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费 (合计 | 车辆购置 | 车辆运行), rows "2015年",
"2016年" and "2016年比2015年增减%"): the later year is this year's, the earlier last year's. Invented figures; the
shapes: ``cells`` (one cell a line with a lone "|" between, as the page's text gives it) and ``pipes`` (a row a line).
``slip`` adds to the 公务接待费's rate as printed.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

SHAPES = ("cells", "pipes")
HEADS = ("年度", "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费", "合计", "车辆购置", "车辆运行")


def year_rows(seed: int, shape: str, slip: Decimal = Decimal(0)) -> tuple[list[str], dict[str, Decimal]]:
    """The lines, and this year's figures by head (合计 the 三公 total)."""
    rng = random.Random(seed)
    year = 2014 + seed % 8

    def figures() -> list[Decimal]:
        abroad, guests, buy, run = (Decimal(rng.randrange(lo, hi)) for lo, hi in ((0, 90), (300, 1500), (10, 200),
                                                                                 (400, 1300)))
        return [abroad + guests + buy + run, abroad, guests, buy + run, buy, run]
    last, this = figures(), figures()
    rates = [((b - a) / a * 100).quantize(Decimal("0.01"), ROUND_HALF_UP) if a else Decimal(0)
             for a, b in zip(last, this)]
    rates[2] += slip
    rows = [list(HEADS), [f"{year - 1}年", *map(str, last)], [f"{year}年", *map(str, this)],
            [f"{year}年比{year - 1}年增减%", *map(str, rates)]]
    lines = [f"{year}年决算数与{year - 1}年决算数对比情况"]
    if shape == "cells":
        for r in rows:
            for c in r:
                lines += [c, "|"]
    else:
        lines += [" | ".join(r) + " |" for r in rows]
    return lines, dict(zip(("合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费"), this))
