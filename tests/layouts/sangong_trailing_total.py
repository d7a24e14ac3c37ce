"""A 三公 statement in prose that gives the three items first and their total after them, by the words that gather
them and no 三公 word of its own ("…公务用车运行维护费8万元;合计10.5万元", "…以上三项共计15.65万元", "上述各项合计…"): the
total is the three items' when the sentence has listed all three before it. The ``two`` variant lists only two items
before its 合计 (the vehicles in a sentence of their own): that 合计 is no 三公 total and is never read as one.
Invented figures; ``slip`` is added to the total as printed.
"""

from __future__ import annotations

import random
from decimal import Decimal

WORDS = ("合计", "以上三项共计", "上述各项合计", "以上三项合计", "三项共计")  # (三项共计: s34)


def trailing_total(seed: int, words: str, slip: Decimal = Decimal(0), two: bool = False) -> tuple[list[str], Decimal, int]:
    """The lines, the total as it should read, and the line (1-based) of the total."""
    rng = random.Random(seed)
    year = 2016 + seed % 8
    abroad = Decimal(rng.choice((0, rng.randrange(100, 900)))) / 100
    guests, run = Decimal(rng.randrange(50, 2000)) / 100, Decimal(rng.randrange(100, 3000)) / 100
    total = abroad + guests + run
    sep = ";" if seed % 2 else ","
    if two:
        body = (f"{year}年因公出国(境)费{abroad}万元{sep}公务接待费{guests}万元{sep}{words}{abroad + guests + slip}万元。"
                f"公务用车购置及运行费{run}万元,与上年持平。")
    else:
        body = (f"{year}年“三公”经费预算安排如下:因公出国(境)费{abroad}万元{sep}公务接待费{guests}万元{sep}公务用车购置及运行费"
                f"{run}万元{sep}{words}{total + slip}万元,主要用于公务接待和车辆运行。")
    return [f"某局{year}年“三公”经费预算情况", body], total, 2
