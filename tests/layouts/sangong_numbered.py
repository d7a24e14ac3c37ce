"""A standalone “三公”经费 table down the page with a 序号 column before its items (序号 | 项目 | 金额), as county
pages print a budget's 三公 table: in pipes (``pipes``), or each row's cells on one line apart by tabs (``tabs``).
Invented figures that hold; ``plant`` prints the 合计 one 万元 too high."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("pipes", "tabs")
ITEMS = ("“三公”经费合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行维护费", "其中:公务用车购置费", "公务用车运行维护费")
KEYS = ("合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费")


def numbered(seed: int, shape: str, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    buy, run, meet = (Decimal(rng.randrange(0, 3000)) / 100 for _ in range(3))
    fig = dict(zip(KEYS, (buy + run + meet, Decimal(0), meet, buy + run, buy, run), strict=True))
    printed = {**fig, "合计": fig["合计"] + (1 if plant else 0)}
    rows = [["序号", "项目", "金额"], *([str(k + 1), name, f"{printed[key]:.2f}"]
                                     for k, (name, key) in enumerate(zip(ITEMS, KEYS, strict=True)))]
    lines = ["| " + " | ".join(r) + " |" for r in rows] if shape == "pipes" else ["\t".join(r) for r in rows]
    return "\n".join(["某县林业局2024年“三公”经费预算表", "单位:万元", *lines]) + "\n", fig
