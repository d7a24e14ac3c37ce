"""A 三公 决算表 one cell a line whose header row and 合计 label were lost in extraction (a tall merged cell): the first
row is two bare figures (预算数, 决算数) before the first item's label, each item's label then its two figures, blank
lines between (``blank``) or not (``bare``). Invented figures that hold; ``off``: the leading figures do not add up
(then nothing says they are the total)."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("blank", "bare")


def headless(seed: int, shape: str, off: bool = False) -> tuple[str, tuple[Decimal, Decimal]]:
    rng = random.Random(seed)

    def pair() -> tuple[Decimal, Decimal]:
        return Decimal(rng.randrange(0, 900)) / 100, Decimal(rng.randrange(0, 900)) / 100

    abroad, reception, running = (Decimal(0), Decimal(0)), pair(), pair()
    cars = running
    total = tuple(abroad[k] + reception[k] + cars[k] for k in (0, 1))
    lead = (total[0] + 1, total[1]) if off else total
    rows = [("", lead), ("因公出国(境)费", abroad), ("公务接待费", reception), ("公务用车购置及运行维护费", cars),
            ("  其中:公务用车购置费", (Decimal(0), Decimal(0))), ("        公务用车运行维护费", running)]
    cells = [c for label, (a, b) in rows for c in ([label] if label else []) + [f"{a:.2f}", f"{b:.2f}"]]
    lines = [x for c in cells for x in ([c, ""] if shape == "blank" else [c])]
    text = ["某县职业学校2022年度一般公共预算财政拨款“三公”经费支出决算公开", "",
            "一、2022年度一般公共预算财政拨款“三公”经费支出决算表", "", "单位:万元", "", " ", "", *lines,
            "注:本表反映单位本年度一般公共预算财政拨款“三公”经费支出预决算情况。"]
    return "\n".join(text) + "\n", (total[0], total[1])
