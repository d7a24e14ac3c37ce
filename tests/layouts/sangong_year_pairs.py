"""A 三公 预算对比增减说明 that gives each item's two years' budgets in one sentence and the change in the next, with no
comparison words of its own (Guangdong county bureaus: "其中:1、公务接待费2016年预算8万元,2015年预算12.35万元;对比减少4.35万元;
减少率35.22%,原因…。2、公务车辆运行2016年预算25万元,2015年预算45.2万元;对比减少20.20万元,减少率44.69%。"): the change is
the later year's budget less the earlier's. The second item is named as the bureau wrote it (公务车辆运行), which names no
item the reader knows: its change must never be taken for the first item's. Invented figures; ``slip`` is added to the
earlier year's reception budget as printed.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal


def year_pairs(seed: int, slip: Decimal = Decimal(0)) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the reception's sentences."""
    rng = random.Random(seed)
    year = 2014 + seed % 6
    guests = (Decimal(rng.randrange(300, 1500)) / 100, Decimal(rng.randrange(800, 2000)) / 100)  # this, last
    cars = (Decimal(rng.randrange(1000, 3000)) / 100, Decimal(rng.randrange(3000, 5000)) / 100)
    total = (guests[0] + cars[0], guests[1] + cars[1])

    def rate(pair: tuple[Decimal, Decimal]) -> Decimal:
        return ((pair[1] - pair[0]) / pair[1] * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return ([f"某市某局{year}年“三公经费”预算对比增减说明",
             f"{year}年三公经费预算拨入{total[0]}万元,{year - 1}年三公经费预算拨入{total[1]}万元,与上年对比减少"
             f"{total[1] - total[0]}万元。主要原因是八项规定厉行节约及公务用车改革。其中:1、公务接待费{year}年预算{guests[0]}万元,"
             f"{year - 1}年预算{guests[1] + slip}万元;对比减少{guests[1] - guests[0]}万元;减少率{rate(guests)}%,原因执行八项规定"
             f"厉行节约。2、公务车辆运行{year}年预算{cars[0]}万元,{year - 1}年预算{cars[1]}万元;对比减少{cars[1] - cars[0]}万元,"
             f"减少率{rate(cars)}%。原因是公车改革。"], 2)
