"""三公 tables across the page with counts among the amounts' heads (公务用车保有量(辆), 国内公务接待批次, 因公出国(境)团组数):
one row of heads, one row of figures; the counts' figures are no amounts. Invented figures; ``where``: the counts after
the items ("end") or between them ("between"); ``off`` is added to the 合计 as printed. Shapes: ``pipes`` (a row a
line) and ``cells`` (a cell a line, each closed by a pipe)."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("pipes", "cells")
WHERE = ("end", "between")


def counts_aside(seed: int, shape: str, where: str, off: Decimal = Decimal(0)) -> tuple[list[str], dict[str, Decimal]]:
    rng = random.Random(seed)
    guests, cars = Decimal(rng.randrange(100, 900)) / 10, Decimal(rng.randrange(300, 3000)) / 10
    total = guests + cars
    held, visits = rng.randrange(2, 40), rng.randrange(20, 400)
    heads = [("合计", str(total + off)), ("因公出国(境)费", "0"), ("公务用车购置及运行费", str(cars)), ("公务接待费", str(guests))]
    counts = [("公务用车保有量(辆)", str(held)), ("国内公务接待批次", str(visits))]
    cols = heads + counts if where == "end" else heads[:3] + counts[:1] + heads[3:] + counts[1:]
    year = 2016 + seed % 8
    lines = [f"某局{year}年“三公”经费支出决算表", "单位:万元"]
    if shape == "pipes":
        lines += [" | ".join(h for h, _ in cols) + " |", " | ".join(v for _, v in cols) + " |"]
    else:
        lines += [f"{h} |" for h, _ in cols] + [f"{v} |" for _, v in cols]
    return lines, {"合计": total + off, "公务接待费": guests, "公务用车购置及运行费": cars}
