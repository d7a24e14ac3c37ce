"""A 三公 table with no 说明, the vehicles' purchase printed 0 (``buy``: or a figure) and the running line printed
``off`` from its true figure (the subtotal and the 合计 printed right). Invented figures; shapes ``pipes`` (a row a
line) and ``cells`` (a cell a line)."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("pipes", "cells")


def sole_part(seed: int, shape: str, off: Decimal, buy: bool = False) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the running's figure."""
    rng = random.Random(seed)
    guests, run = Decimal(rng.randrange(100, 900)) / 10, Decimal(rng.randrange(300, 3000)) / 10
    purchase = Decimal(rng.randrange(100, 500)) / 10 if buy else Decimal(0)
    cars = run + purchase
    rows = [("合计", guests + cars), ("1、因公出国(境)费用", Decimal(0)), ("2、公务接待费", guests), ("3、公务用车费", cars),
            ("其中:(1)公务用车运行维护费", run + off), ("(2)公务用车购置", purchase)]
    year = 2015 + seed % 8
    lines = [f"某县某局{year}年度“三公”经费预算情况表", "单位:万元"]
    at = 0
    if shape == "pipes":
        lines.append("项目 | 本年预算数 |")
        for name, v in rows:
            lines.append(f"{name} | {v} |")
            at = len(lines) if "运行" in name else at
    else:
        lines += ["项目 |", "本年预算数 |"]
        for name, v in rows:
            lines += [f"{name} |", f"{v} |"]
            at = len(lines) if "运行" in name else at
    return lines, at
