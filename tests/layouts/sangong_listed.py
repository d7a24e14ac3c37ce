"""A 三公 final statement that gives, on one line, the year's budget and then its spending, each total with the items
its 其中 lists (the vehicles by their running costs alone), each spent item with its completion and its change on
last year, and then restates the items in paragraphs of their own (so the items are said several times and no label
says the spending's stage: 昆明's 市人大 layout), with invented figures. Plants: ``over`` (a spent item raised so the
items listed add to more than their total)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

_HEADS = ("一、“三公”经费财政拨款支出决算总体情况", "一、“三公”经费支出决算总体情况")
_NAMES = ("因公出国(境)费", "公务用车运行维护费", "国内公务接待费")


@dataclass
class Listed:
    lines: list[str]
    line: int  # the line that lists the totals and their items (1-based)


def _cents(rng: random.Random, lo: int, hi: int) -> Decimal:
    return Decimal(rng.randrange(lo, hi)) / 100


def invent(seed: int, plant: str | None = None) -> Listed:
    rng = random.Random(seed)
    year = rng.randint(2030, 2036)
    budget = {n: Decimal(rng.randrange(5, 150)) for n in _NAMES}
    spent = {n: _cents(rng, 300, 12000) for n in _NAMES}
    last = {n: spent[n] + _cents(rng, 10, 3000) for n in _NAMES}
    total_b, total_s = sum(budget.values(), Decimal(0)), sum(spent.values(), Decimal(0))
    shown = dict(spent)
    if plant == "over":
        shown[_NAMES[0]] += Decimal(10)
    said = []
    for n in _NAMES:
        done = (shown[n] / budget[n] * 100).quantize(Decimal("0.01"))
        said.append(f"{n}支出{shown[n]}万元,完成预算的{done}%,{n}支出较{year - 1}年{n}减少{last[n] - spent[n]}万元,"
                    "减少原因主要是厉行节约")
    rate = (total_s / total_b * 100).quantize(Decimal("0.01"))
    lines = [rng.choice(_HEADS),
             f"{year}年,本单位“三公”经费预算为{total_b}万元,其中:" + "、".join(f"{n}{budget[n]}万元" for n in _NAMES)
             + f"。“三公”经费支出为{total_s}万元,完成预算的{rate}%,其中:" + ";".join(said) + "。",
             "二、“三公”经费财政拨款支出决算具体情况",
             *(f"{k}. {n}支出{shown[n]}万元,较上年有所减少。" for k, n in enumerate(_NAMES, 1))]
    return Listed(lines, 2)
