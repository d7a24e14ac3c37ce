"""A 三公 决算表 (预算数 / 决算数) whose 情况说明 names each item in one clause and states its change in the next
sentence or clause without naming it again ("1.公务接待费预算为B万元,支出决算为F万元;与2031年度预算相比,减少D万元。"),
as county pages write them. Invented figures (``layouts.sangong_words.invent``); the stop between the two (；, ;, 。)
and the comparison's words (与…年度预算相比, 较年初预算, 比预算) vary with the seed. ``plant``: the 公务接待费's change
stated 1.00 万元 off; ``two``: the sentence before the change names two items (its subject is then not known).
"""

from __future__ import annotations

import random
from decimal import Decimal

from layouts.sangong import SHAPES
from layouts.sangong_words import SAID_ROWS, Said, rows

_STOPS = ("；", ";", "。")
_AGAINST = ("与{y}年度预算相比,", "较年初预算", "比预算", "与年初预算相比")


def _fmt(d: Decimal) -> str:
    return f"{d:.2f}"


def text(s: Said, seed: int, plant: bool = False, two: bool = False) -> tuple[str, int]:
    """The page and the 1-based line of the 公务接待费's sentence."""
    rng = random.Random(seed)
    y = s.year
    stop, against = rng.choice(_STOPS), rng.choice(_AGAINST).format(y=y)

    def change(item: str) -> str:
        d = s.final[item] - s.budget[item] - (Decimal(1) if plant and item == "公务接待费" else 0)
        return ("增加" if d > 0 else "减少") + f"{_fmt(abs(d))}万元" if d else "持平"

    said = []
    for k, (item, label) in enumerate(SAID_ROWS.items(), 1):
        named = label + ("和因公出国(境)费" if two and item == "公务接待费" else "")
        said.append(f"{k}.{named}预算为{_fmt(s.budget[item])}万元,支出决算为{_fmt(s.final[item])}万元{stop}"
                    f"{against}{change(item)}。")
    head = [f"一、{y}年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元"]
    table = SHAPES[sorted(SHAPES)[seed % len(SHAPES)]](rows(s))
    notes = [f"二、{y}年度一般公共预算财政拨款“三公”经费支出情况说明", "具体情况如下:", *said]
    lines = [*head, *table, *notes]
    return "\n".join(lines) + "\n", len(lines) - len(said) + 1 + list(SAID_ROWS).index("公务接待费")
