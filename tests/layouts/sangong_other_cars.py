"""三公 statements whose vehicles' item has lines besides 购置费 and 运行费 (Hunan's 公务用车制度改革 pages: "公务用车
购置及运行维护费11167万元(其中,公务用车购置费255万元,公务用车运行维护费7922万元,其他交通工具购置144万元,其他交通费用2846万元)"):
the vehicles' figure is the sum of all its lines. Invented figures; ``off`` is added to the vehicles' figure as printed.

- ``table``: a 预算表 in pipes, the vehicles' four lines under it;
- ``sentence``: the same in one sentence, the four lines in brackets.
"""

from __future__ import annotations

import random
from decimal import Decimal

LAYOUTS = ("table", "sentence")


def _figures(seed: int) -> tuple[int, list[Decimal]]:
    rng = random.Random(seed)
    return 2014 + seed % 6, [Decimal(rng.randrange(lo, hi)) for lo, hi in
                              ((10, 400), (1000, 8000), (50, 600), (2000, 9000), (20, 300), (500, 3000))]


def table(seed: int, off: Decimal = Decimal(0)) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the vehicles' figure."""
    year, (abroad, guests, buy, run, other_buy, other) = _figures(seed)
    cars = buy + run + other_buy + other
    total = abroad + guests + cars
    return ([f"某局{year}年“三公”经费预算表", "单位:万元", "项目 | 预算数 |", f"合计 | {total + off} |",
             f"1.因公出国(境)费 | {abroad} |", f"2.公务接待费 | {guests} |", f"3.公务用车购置及运行维护费 | {cars + off} |",
             f"其中:公务用车购置费 | {buy} |", f"公务用车运行维护费 | {run} |", f"其他交通工具购置 | {other_buy} |",
             f"其他交通费用 | {other} |"], 7)


def sentence(seed: int, off: Decimal = Decimal(0)) -> tuple[list[str], int]:
    year, (abroad, guests, buy, run, other_buy, other) = _figures(seed)
    cars = buy + run + other_buy + other
    total = abroad + guests + cars
    return ([f"{year}年市本级财政拨款“三公”经费情况说明",
             f"经某市财政局汇总,{year}年“三公”经费预算为{total + off}万元,其中,公务接待费{guests}万元,因公出国(境)费"
             f"{abroad}万元,公务用车购置及运行维护费{cars + off}万元(其中,公务用车购置费{buy}万元,公务用车运行维护费{run}万元,"
             f"其他交通工具购置{other_buy}万元,其他交通费用{other}万元)。"], 2)
