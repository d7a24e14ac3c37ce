"""Two levels among one kind of weighted names (``ruletable_confirmed``): an outline whose every line is a name and
its weight in the same way (一保障指标10分 / 二工作质量指标66分 / 1.重视教育6分 / 2.行政执法15分 …), so that the
groups are found with their rows, not apart from them.

A name is a group where the names after it make its weight exactly (two or more, up to the next group); the rest
stand at the top level as rows of their own. Such a reading is kept only where a second sum confirms it: the top
level (each group and each row outside a group) makes the total the text states (满分100分, 百分制), or every name
falls in a group and two groups or more are made. A flat reading the total confirms is tried first (its rows are
siblings; ``ruletable_confirmed._read``): nesting never overrides it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol, TypeVar


class Weighted(Protocol):
    weight: Decimal


W = TypeVar("W", bound=Weighted)


def nest(rows: list[W]) -> list[tuple[W, list[W]]]:
    """In order, each name the names after it make exactly (at least two of them), with those names; names no
    group takes stay out. The first way found is taken: a group's rows run from it up to the weight made."""
    out: list[tuple[W, list[W]]] = []
    i = 0
    while i < len(rows):
        total, j = Decimal(0), i + 1
        while j < len(rows) and total < rows[i].weight:
            total += rows[j].weight
            j += 1
        if j - i - 1 >= 2 and total == rows[i].weight:
            out.append((rows[i], rows[i + 1 : j]))
            i = j
        else:
            i += 1
    return out


def confirmed(rows: list[W], totals: list[Decimal]) -> tuple[list[tuple[W, list[W]]], Decimal | None] | None:
    """The groups ``nest`` finds where a second sum confirms them (the top level makes a stated total, which is
    returned; or every name is in a group and there are two groups or more), else None."""
    groups = nest(rows)
    if not groups:
        return None
    inside = {id(r) for _, run in groups for r in run} | {id(g) for g, _ in groups}
    tops = [r.weight for r in rows if id(r) not in inside or any(r is g for g, _ in groups)]
    top = sum(tops, Decimal(0))
    for t in totals:
        if len(tops) >= 2 and top == t:
            return groups, t
    if len(groups) >= 2 and len(inside) == len(rows):
        return groups, None
    if len(groups) >= _RUN_OF_GROUPS and _cut_outline(rows, groups, inside):
        return groups, None
    return None


_RUN_OF_GROUPS = 3  # groups each made exactly, one after another, that confirm an outline whose whole the text cuts


def _cut_outline(rows: list[W], groups: list[tuple[W, list[W]]], inside: set[int]) -> bool:
    """Whether the names no group takes are only a higher level's heading before the groups (单位层面(60分) over
    groups that fall short of it) and the tail after the last group (the text cut inside its group): an outline whose
    groups follow one another with nothing between them."""
    first = next(k for k, r in enumerate(rows) if r is groups[0][0])
    last = next(k for k, r in enumerate(rows) if r is groups[-1][1][-1])
    between = [r for r in rows[first : last + 1] if id(r) not in inside]
    heads = rows[:first]
    made = sum((g.weight for g, _ in groups), Decimal(0))
    return not between and all(h.weight > made for h in heads) and len(heads) <= 1


__all__ = ["confirmed", "nest"]
