"""三公 tables whose 合计 is not the plain sum of the three items as printed, by the page's own wording:

- ``units``: the table is in 元 ("单位:元") but its total row names 万元 ("合计(万元) | 18.5"), or the table is in 万元 and
  one item row names 元 ("公务接待费(元) | 40000"): rows in different units;
- ``office``: a “三公”经费及机关运行经费 table whose 合计 takes the 机关运行经费 line in too.

Invented figures; ``off`` is added to the reception as printed (a slip the sums must still show, as a suspect at
least). Shapes: ``total_wan`` and ``item_yuan`` for units.
"""

from __future__ import annotations

import random
from decimal import Decimal

UNIT_SHAPES = ("total_wan", "item_yuan")


def _money(rng: random.Random, lo: int, hi: int) -> Decimal:
    return Decimal(rng.randrange(lo, hi)) * 100  # 元, whole hundreds


def units(seed: int, shape: str, off: Decimal = Decimal(0)) -> list[str]:
    rng = random.Random(seed)
    guests, run = _money(rng, 100, 900), _money(rng, 300, 3000)
    total = guests + run  # 元
    year = 2017 + seed % 7
    wan = lambda v: (v / 10000).normalize()  # noqa: E731
    if shape == "total_wan":
        return [f"某局{year}年“三公”经费支出决算表", "单位:元", "项目 | 决算数 |", f"合计(万元) | {wan(total)} |",
                "因公出国(境)费 | 0 |", f"公务接待费 | {guests + off} |", f"公务用车购置及运行费 | {run} |",
                "其中:公务用车购置费 | 0 |", f"公务用车运行费 | {run} |"]
    return [f"某局{year}年“三公”经费支出决算表", "单位:万元", "项目 | 决算数 |", f"合计 | {wan(total)} |",
            "因公出国(境)费 | 0 |", f"公务接待费(元) | {guests + off} |", f"公务用车购置及运行费 | {wan(run)} |",
            "其中:公务用车购置费 | 0 |", f"公务用车运行费 | {wan(run)} |"]


def office(seed: int, off: Decimal = Decimal(0)) -> list[str]:
    rng = random.Random(seed)
    guests, run, costs = (Decimal(rng.randrange(10, 90)) / 10, Decimal(rng.randrange(30, 300)) / 10,
                          Decimal(rng.randrange(500, 3000)) / 10)
    total = guests + run + costs
    year = 2017 + seed % 7
    return [f"某局{year}年“三公”经费及机关运行经费支出决算表", "单位:万元", "项目 | 决算数 |", f"合计 | {total} |",
            "因公出国(境)费 | 0 |", f"公务接待费 | {guests + off} |", f"公务用车购置及运行费 | {run} |",
            "其中:公务用车购置费 | 0 |", f"公务用车运行费 | {run} |", f"机关运行经费 | {costs} |"]
