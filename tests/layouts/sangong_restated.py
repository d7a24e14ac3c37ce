"""A 三公 budget statement that gives the total and each item in its opening sentence, then each item again in a
numbered paragraph of its own (a county 政协's page); ``slip``: the item whose opening figure is printed off by ten
units of its last place (the numbered paragraph keeps the true figure). Invented figures."""

from __future__ import annotations

import random
from decimal import Decimal

ITEMS = ("公务接待费", "公务用车运行维护费")


def restated(seed: int, slip: str | None) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the opening sentence."""
    rng = random.Random(seed)
    guests, run = Decimal(rng.randrange(50, 300)) / 10, Decimal(rng.randrange(20, 200)) / 10
    total = guests + run
    year = 2016 + seed % 7
    g = guests + (Decimal(1) if slip == "公务接待费" else 0)
    r = run + (Decimal(1) if slip == "公务用车运行维护费" else 0)
    return ([f"某县政协机关{year}年“三公”经费预算数为{total}万元,其中:因公出国(境)费0万元,公务接待费{g}万元,"
             f"公务用车购置及运行维护费{r}万元(公务用车购置费0万元,公务用车运行维护费{r}万元)。",
             f"1.因公出国(境)费预算0万元,{year}年无出国计划。",
             f"2.公务接待费用预算{guests}万元,主要用于上级来县视察调研等接待。",
             f"3.公务用车购置及运行维护费预算{run}万元,主要用于车辆燃油、维修、保险等。"], 1)
