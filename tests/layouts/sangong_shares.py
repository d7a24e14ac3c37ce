"""A 三公 statement in words that gives each item's share of the 三公 total, the vehicles' two parts after a 其中 of
their own (Guangzhou district news: "…公务用车购置及运行维护费3545万元,占“三公”经费总额78.6%,…。其中:公务用车购置费710万元,
占“三公”经费总额15.7%…;公务接待费554万元,占“三公”经费总额12.3%"): every share, the parts' and the reception's too,
is of the total the words name, not of the vehicles' figure their 其中 follows. Invented figures; ``slip`` adds to one
share as printed (``at``: the item whose share it is).
"""

from __future__ import annotations

import random
from decimal import Decimal

ITEMS = ("因公出国(境)费用", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费")
WHOLES = ("占“三公”经费总额", "占“三公”经费的", "占三公经费支出总额的")


def shares(seed: int, slip: Decimal = Decimal(0), at: str = "公务接待费") -> list[str]:
    """The lines of the statement (the shares on line 2)."""
    rng = random.Random(seed)
    abroad, buy, run, guests = (Decimal(rng.randrange(lo, hi)) for lo, hi in ((20, 400), (100, 900), (900, 3000),
                                                                              (200, 1200)))
    cars = buy + run
    total = abroad + cars + guests
    year = 2013 + seed % 7
    whole = WHOLES[seed % len(WHOLES)]
    amounts = dict(zip(ITEMS, (abroad, cars, buy, run, guests)))

    def said(item: str) -> str:
        share = (amounts[item] / total * 100).quantize(Decimal("0.1")) + (slip if item == at else 0)
        return f"{item}{amounts[item]}万元,{whole}{share}%"
    return [f"某区{year}年“三公”经费决算情况",
            f"某区{year}年区“三公”经费总计为{total}万元。其中:{said(ITEMS[0])};{said(ITEMS[1])}。其中:{said(ITEMS[2])}。"
            f"{said(ITEMS[3])};{said(ITEMS[4])}。",
            "“三公”经费下降的主要原因是严格执行中央八项规定。"]
