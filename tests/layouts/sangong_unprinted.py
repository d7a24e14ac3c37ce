"""三公 budget tables whose wholes are left blank above printed parts, with the 说明 that follows them.

Township and bureau pages print the items and the vehicles' 运行费 and 购置费 lines yet leave the 合计 row and the
公务用车购置及运行费 subtotal empty (``blank``: "total", "vehicles" or both). Invented figures. Shapes: ``cells`` (one
cell per line, each ending in a pipe, the way a converter writes a web table), ``pipes`` (one row per line);
``prior``: a 上年预算数 column beside this year's. The 说明 states the total and, after 其中, each item; ``told_off``
is added to the total it states (a total that leaves the vehicles out: ``told_off = -vehicles``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

SHAPES = ("cells", "pipes")
BLANKS = ("total", "vehicles", "both")


@dataclass(frozen=True)
class Unprinted:
    lines: list[str]
    total: Decimal  # the items' sum (this year)
    told_line: int  # the 说明's line stating the total (1-based)


def unprinted(seed: int, shape: str, blank: str, prior: bool, told_off: Decimal | None = None) -> Unprinted:
    rng = random.Random(seed)

    def money(lo: int, hi: int) -> Decimal:
        return Decimal(rng.randrange(lo * 100, hi * 100)) / 100
    guests, run, buy = money(2, 20), money(3, 30), money(10, 40)
    cars = run + buy
    total = guests + cars
    last = [money(2, 20), money(3, 30), Decimal(0)]
    year = 2016 + seed % 8
    head = ["项目", f"{year}年预算数"] + (["上年预算数"] if prior else [])
    no_total = blank in ("total", "both")
    no_cars = blank in ("vehicles", "both")
    rows = [("合计", "" if no_total else str(total), "" if no_total else str(sum(last))),
            ("因公出国(境)费", "", ""),
            ("公务接待费", str(guests), str(last[0])),
            ("公务用车购置及运行费", "" if no_cars else str(cars), "" if no_cars else str(last[1])),
            ("其中:公务用车运行维护费", str(run), str(last[1])),
            ("公务用车购置", str(buy), "0")]
    lines = [f"某乡人民政府{year}年财政拨款安排“三公”经费预算情况", "一、“三公”经费预算财政拨款情况表", "单位:万元"]
    width = len(head)
    if shape == "cells":
        lines += [f"{c} |" for c in head]
        for r in rows:
            lines += [f"{c} |" for c in r[:width]]
    else:
        lines += [" | ".join(head) + " |"] + [" | ".join(r[:width]) + " |" for r in rows]
    told = total + (told_off or Decimal(0))
    lines += ["二、“三公”经费财政拨款支出情况说明",
              f"某乡人民政府{year}年“三公”经费支出预算为{told}万元。其中:因公出国(境)费支出预算为0万元,"
              f"公务接待费支出预算为{guests}万元,公务用车购置及运行费支出预算为{cars}万元。"]
    return Unprinted(lines, total, len(lines))
