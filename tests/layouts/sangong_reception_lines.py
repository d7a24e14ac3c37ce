"""A 三公 决算表 whose 公务接待费 prints its own lines under it (其中:外事接待费, 国内公务接待费), before the vehicles'
rows: the table goes on past them. Invented figures with two decimals; ``off`` is added to the domestic line's
决算数 as printed. Shapes: ``pipes`` (a row a line) and ``cells`` (one cell a line ending in " |").
"""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("pipes", "cells")
LINES = (("外事接待费", "其中:外事接待费"), ("国内接待费", "国内公务接待费"))


def reception_lines(seed: int, shape: str, off: Decimal = Decimal(0)) -> tuple[list[str], int, dict[str, Decimal]]:
    """The lines, the line (1-based) of the domestic reception, and this year's figures of the items by name."""
    rng = random.Random(seed)

    def money(lo: int, hi: int) -> Decimal:
        return Decimal(rng.randrange(lo * 100, hi * 100)) / 100
    foreign, domestic, abroad, buy, run = money(0, 5), money(2, 30), money(0, 20), money(0, 40), money(5, 60)
    guests, cars = foreign + domestic, buy + run
    total = abroad + guests + cars
    words = LINES[seed % 2]
    rows = [("项目", "决算数"), ("合计", total), ("1.因公出国(境)费", abroad), ("2.公务接待费", guests),
            (words[0] if seed % 3 else LINES[0][1], foreign), (words[1] if seed % 3 else LINES[1][1], domestic + off),
            ("3.公务用车购置及运行费", cars), ("其中:公务用车购置费", buy), ("公务用车运行费", run)]
    head = [f"某局{2016 + seed % 7}年“三公”经费支出决算表", "单位:万元"]
    if shape == "pipes":
        body = [f"{a} | {b} |" for a, b in rows]
        at = len(head) + 6
    else:
        body = [f"{x} |" for a, b in rows for x in (a, b)]
        at = len(head) + 2 * 5 + 2
    return head + body, at, {"合计": total, "公务接待费": guests, "公务用车购置及运行费": cars, "公务用车运行费": run}
