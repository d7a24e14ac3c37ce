"""A 三公 statement in prose, each item a paragraph of its own (a district's news): the total with its growth, then
因公出国(境), the vehicles with their purchase and running after 其中 on the next paragraph, and the reception. The
vehicles' figure is printed wrong (``slip``: "point", the thousands comma printed as a point, 4,647 → 4.647; "off", ten
more), or the total too (``total_off``), so that the two sums do or do not agree on which figure is wrong. Invented
figures in whole 万元 (over a thousand for the vehicles)."""

from __future__ import annotations

import random

SLIPS = ("point", "off")


def vehicles_slip(seed: int, slip: str | None, total_off: int = 0) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the vehicles' figure."""
    rng = random.Random(seed)
    abroad, guests, buy, run = (rng.randrange(50, 300), rng.randrange(300, 900), rng.randrange(500, 1500),
                                rng.randrange(2000, 4000))
    cars = buy + run
    total = abroad + guests + cars + total_off
    year = 2012 + seed % 6
    shown = {"point": f"{cars // 1000}.{cars % 1000:03d}", "off": f"{cars + 10:,}", None: f"{cars:,}"}[slip]
    lines = [f"关于某区{year}年“三公”经费决算支出情况说明", "",
             f"我区{year}年“三公”经费支出总数为{total:,}万元,比上年增长{rng.randrange(2, 30)}.{rng.randrange(10, 99)}%。", "",
             "其中:", "", f"1.因公出国(境)支出{abroad}万元,比上年下降{rng.randrange(2, 30)}.{rng.randrange(10, 99)}%。", "",
             f"2.公务用车购置及运行维护支出{shown}万元,比上年增长{rng.randrange(2, 30)}.{rng.randrange(10, 99)}%。", "",
             f"其中:公务用车购置支出{buy:,}万元;公务用车运行维护支出{run:,}万元。", "",
             f"3.公务接待支出{guests}万元。"]
    return lines, 9
