"""A 三公 news item that names a total by its word alone before the items that make it ("…“三公”经费的预算数和预算执行数
一致。具体来看,预算总数为2893.78万元,其中因公出国(境)费1391.37万元;公务用车购置及运行费1238.93万元…;公务接待费263.48万元。"):
the amount is the 三公 total. Invented figures; ``off`` is added to the total as printed.
"""

from __future__ import annotations

import random
from decimal import Decimal

WORDS = ("预算总数", "支出总额", "预算合计")


def whole_word(seed: int, off: Decimal = Decimal(0)) -> list[str]:
    rng = random.Random(seed)
    abroad, cars, guests = (Decimal(rng.randrange(lo, hi)) / 100 for lo, hi in ((1000, 200000), (5000, 200000),
                                                                                (1000, 50000)))
    year = 2012 + seed % 6
    word = WORDS[seed % len(WORDS)]
    return [f"某部{year}年“三公”经费预算公开",
            f"在部门预算中单列的一张《“三公”经费财政拨款预算表》显示,该部{year - 1}年“三公”经费的预算数和预算执行数一致。"
            f"具体来看,{word}为{abroad + cars + guests + off}万元,其中因公出国(境)费{abroad}万元;公务用车购置及运行费{cars}万元,"
            f"其中购置费为零;公务接待费{guests}万元。"]
