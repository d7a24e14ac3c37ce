"""A 三公 statement whose total is said with its word right before the amount ("三公经费总计18.7万元", "“三公”经费共计
18.7万元"), its items after 其中. Invented figures; ``word``: 总计 or 共计."""

from __future__ import annotations

import random
from decimal import Decimal

WORDS = ("总计", "共计")


def total_word(seed: int, word: str) -> tuple[list[str], str, Decimal]:
    """The lines, the total's label as printed, and the total."""
    rng = random.Random(seed)
    guests, cars = Decimal(rng.randrange(10, 90)) / 10, Decimal(rng.randrange(30, 300)) / 10
    year = 2016 + seed % 8
    label = ("三公经费" if seed % 2 else "“三公”经费") + word
    return ([f"某局{year}年“三公”经费决算情况说明",
             f"{year}年{label}{guests + cars}万元,其中:因公出国(境)费0万元,公务接待费{guests}万元,公务用车购置及运行费{cars}万元。"],
            label, guests + cars)
