"""A 三公 budget table with its 说明 under it stating the total and each item, one figure of the TABLE slipped
(``slip``: the row whose table cell is printed ten units of its last place off — "合计", "公务接待费", "因公出国(境)费",
"公务用车运行费"). The 说明 keeps the true figures, so the slip is the one cell both the sum and the 说明 contradict.
Invented figures. Shapes: ``pipes`` (one row a line) and ``cells`` (one cell a line, each closed by a pipe)."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("pipes", "cells")
SLIPS = ("合计", "公务接待费", "因公出国(境)费", "公务用车运行费")


def told_items(seed: int, shape: str, slip: str | None) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the slipped cell's figure."""
    rng = random.Random(seed)

    def money(lo: int, hi: int) -> Decimal:
        return Decimal(rng.randrange(lo * 100, hi * 100)) / 100
    abroad, guests, run, buy = money(1, 9), money(2, 20), money(3, 30), money(5, 40)
    cars = run + buy
    total = abroad + guests + cars
    year = 2016 + seed % 8
    rows = [("合计", total), ("因公出国(境)费", abroad), ("公务接待费", guests), ("公务用车购置及运行费", cars),
            ("其中:公务用车运行费", run), ("公务用车购置费", buy)]
    printed = [(name, v + Decimal("0.10") if slip and name.endswith(slip) else v) for name, v in rows]
    lines = [f"某县某局{year}年“三公”经费预算情况", f"一、{year}年“三公”经费支出预算表", "单位:万元"]
    at = 0
    if shape == "pipes":
        lines.append("项目 | 预算数 |")
        for name, v in printed:
            lines.append(f"{name} | {v} |")
            at = len(lines) if slip and name.endswith(slip) else at
    else:
        lines += ["项目 |", "预算数 |"]
        for name, v in printed:
            lines += [f"{name} |", f"{v} |"]
            at = len(lines) if slip and name.endswith(slip) else at
    lines += [f"二、{year}年“三公”经费支出预算情况说明",
              f"某局{year}年“三公”经费支出预算为{total}万元。其中:因公出国(境)费支出预算为{abroad}万元,公务接待费支出预算为"
              f"{guests}万元,公务用车购置及运行费支出预算为{cars}万元,其中公务用车运行费{run}万元,公务用车购置费{buy}万元。"]
    return lines, at
