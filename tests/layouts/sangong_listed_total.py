"""A 三公 news paragraph that names the total by listing the three items before its amount ("…用财政拨款开支的因公
出国(境)经费、公务用车购置及运行费、公务接待费决算支出94.7亿元。其中,因公出国(境)经费17.73亿元,…"): that amount is the
三公 total, not the last item's. A mirror's doubled ",、" may stand between the items. Also a list said of each
("因公出国(境)费、公务用车购置费均为0万元"), which is no total. Invented figures; ``off`` is added to the total as printed.
"""

from __future__ import annotations

import random
from decimal import Decimal


def listed_total(seed: int, off: Decimal = Decimal(0)) -> list[str]:
    rng = random.Random(seed)
    abroad, cars, guests = (Decimal(rng.randrange(lo, hi)) / 100 for lo, hi in ((500, 3000), (3000, 9000), (500, 2500)))
    total = abroad + cars + guests
    sep = ("、", ",、")[seed % 2]
    year = 2010 + seed % 6
    return [f"中央本级“三公”经费{year}年决算情况",
            f"经财政部汇总,{year}年中央本级,包括中央行政单位、事业单位和其他单位用财政拨款开支的因公出国(境)经费{sep}"
            f"公务用车购置及运行费{sep}公务接待费决算支出{total + off}亿元。其中,因公出国(境)经费{abroad}亿元,公务用车购置及运行费"
            f"{cars}亿元,公务接待费{guests}亿元。"]


def each_nil(seed: int) -> list[str]:
    rng = random.Random(seed)
    guests, run = (Decimal(rng.randrange(lo, hi)) / 10 for lo, hi in ((10, 200), (50, 400)))
    return [f"某局{2016 + seed % 6}年“三公”经费预算情况说明",
            f"“三公”经费预算{guests + run}万元,其中:因公出国(境)费、公务用车购置费均为0万元,公务接待费{guests}万元,"
            f"公务用车运行维护费{run}万元。"]
