"""A 三公 statement in prose that gives its total and only some of the items (the vehicles by their running costs
alone, an item left unsaid), generated with invented figures in the wordings pages use, with mistakes planted:
``over`` (an item raised so the items stated add to more than the total), ``short`` (the total raised above its
items). With an item stated as 0 (the text names its empty items) the items are all the total's."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

PLANTS = ("over", "short")
_HEADS = ("{year}年“三公”经费预算情况说明", "{year}年度“三公”经费支出预算情况")
_LEADS = ("{year}年一般公共预算“三公”经费支出预算为{total}{unit},其中:", "经汇总,{year}年“三公”经费预算总计{total}{unit},其中:")
_SEPS = (",", ";", "、")


@dataclass
class Partial:
    year: int
    total: Decimal  # as printed
    items: dict[str, Decimal]  # as printed
    lines: list[str]
    line: int  # the total's line (1-based)


def invent(seed: int, zero: bool, plant: str | None = None) -> Partial:
    """``zero``: the text states 因公出国(境)费 as 0 (and so names every item); otherwise it leaves it unsaid."""
    rng = random.Random(seed)
    year, unit, sep = rng.randint(2030, 2036), rng.choice(("万元", "元")), rng.choice(_SEPS)
    scale = Decimal(1) if unit == "万元" else Decimal(10000)
    reception = Decimal(rng.randrange(100, 2000)) / 100 * scale
    running = Decimal(rng.randrange(100, 3000)) / 100 * scale
    items = {"公务接待费": reception, "公务用车运行维护费": running}
    if zero:
        items = {"因公出国(境)费": Decimal("0.00"), **items}
    total = sum(items.values(), Decimal(0))
    if plant == "over":
        items["公务接待费"] += Decimal(10) * scale
    elif plant == "short":
        total += Decimal(10) * scale
    said = sep.join(f"{name}{value}{unit}" for name, value in items.items())
    lines = [rng.choice(_HEADS).format(year=year),
             rng.choice(_LEADS).format(year=year, total=total, unit=unit) + said + "。",
             "“三公”经费预算严格按照厉行节约的要求编制。"]
    return Partial(year, total, items, lines, 2)
