"""An indicator system stated level by level, one sentence a level (设立2个一级指标，分别是业务考评占分值80分，财务考核
占分值20分。设立4个二级指标，分别是任务完成情况占分值50分，…。设立13个三级指标，…): which row belongs to which group
is not said; it is told by the order and the sums. Each level's items, in order, are cut into runs that make the
weights of the level above, matched from the front while the sums hold and from the back while they hold: a level
whose runs all match is confirmed; where exactly one group is left between the two ends, the items between are its
rows and its weight that they do not make is a located finding (the audit's sum check of a closed group). Two
groups or more left unmatched: the level is not confirmed, and the reading stops at the level above.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.recognise.common import close_by_total, problem
from jixiao.read.recognise.labeltree import LEVELS_FROM_WEIGHTS
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.transfer_text import Flat


class Weighted(Protocol):
    name: str
    weight: Decimal
    printed: str
    start: int
    end: int
    at: int


_SENTENCE_END = re.compile(r"[。\n]")


@dataclass
class Levels:
    lists: list[list[Weighted]]  # the levels' items, the first the top level, the last the rows
    parents: list[dict[int, Weighted]]  # for each level below the first: its items' parent (by id)
    unmade: list[Weighted]  # groups whose rows do not make their weight (at most one a level)
    unplaced: tuple[int, Decimal, Decimal] | None  # a level not placed: its items, their sum, the level above's


def _lists(text: str, items: Sequence[Weighted]) -> list[list[Weighted]]:
    out: list[list[Weighted]] = [[items[0]]]
    for a, b in zip(items, items[1:], strict=False):
        if _SENTENCE_END.search(text, a.end, b.start):
            out.append([])
        out[-1].append(b)
    return out


def _runs(parents: list[Weighted], children: list[Weighted]) -> tuple[list[list[Weighted]], int | None] | None:
    """The children cut into one run a parent, in order: from the front while each run makes its parent's weight,
    then from the back; with one parent left between, it takes the children between (its index returned when they
    do not make it). None when two parents or more are left unmatched."""
    def take(ps: list[Weighted], cs: list[Weighted]) -> list[list[Weighted]]:
        runs: list[list[Weighted]] = []
        i = 0
        for p in ps:
            run: list[Weighted] = []
            total = Decimal(0)
            while i < len(cs) and total < p.weight:
                run.append(cs[i])
                total += cs[i].weight
                i += 1
            if total != p.weight or not run:
                break
            runs.append(run)
        return runs

    front = take(parents, children)
    if len(front) == len(parents) and sum(len(r) for r in front) == len(children):
        return front, None
    back = [list(reversed(r)) for r in take(list(reversed(parents)), list(reversed(children)))][::-1]
    splits = []  # (runs from the front, runs from the back) leaving one parent and some children between
    for k in range(len(front) + 1):
        m = len(parents) - 1 - k
        if 0 <= m <= len(back):
            used = sum(len(r) for r in front[:k]) + sum(len(r) for r in back[len(back) - m :])
            if used < len(children):
                splits.append((k, m))
    if len(splits) != 1:
        return None  # no parent or several could be the one the rows do not make: not placed
    k, m = splits[0]
    tail = back[len(back) - m :]
    middle = children[sum(len(r) for r in front[:k]) : len(children) - sum(len(r) for r in tail)]
    return [*front[:k], middle, *tail], k


def level_lists(text: str, items: Sequence[Weighted], total: Decimal | None) -> Levels | None:
    """The levels of items listed one sentence a level, confirmed by their sums (the first level by the stated
    total where there is one); None where the items stand in one sentence or the second level does not confirm."""
    if len(items) < 4:
        return None
    lists = _lists(text, items)
    if len(lists) < 2 or (total is not None and sum((c.weight for c in lists[0]), Decimal(0)) != total):
        return None
    parents: list[dict[int, Weighted]] = []
    unmade: list[Weighted] = []
    unplaced: tuple[int, Decimal, Decimal] | None = None
    for up, down in zip(lists, lists[1:], strict=False):
        cut = _runs(up, down)
        if cut is None:
            unplaced = (len(down), sum((c.weight for c in down), Decimal(0)), sum((c.weight for c in up), Decimal(0)))
            break
        runs, bad = cut
        parents.append({id(c): p for p, run in zip(up, runs, strict=True) for c in run})
        if bad is not None and sum((c.weight for c in runs[bad]), Decimal(0)) != up[bad].weight:
            unmade.append(up[bad])
    if not parents and total is None:
        return None  # (the first level alone is read where the stated total confirms it)
    return Levels(lists[: len(parents) + 1], parents, unmade, unplaced)


def by_levels(flat: Flat, shares: Sequence[Weighted], totals: list[tuple[Decimal, str, int]]) -> Document | None:
    """The rule document of the items listed one sentence a level (``shares``: 名称占分值N分), where their sums
    confirm it (``totals``: the totals the text states, the one before the items checked against the first level)."""
    stated = next((t for t in totals if shares and t[2] < shares[0].start), None)
    levels = level_lists(flat.text, shares, stated[0] if stated else None) if shares else None
    if levels is None:
        return None
    rows: list[IndicatorRow] = []

    def label(c: Weighted) -> Val:
        return Val(f"{c.name}({c.printed}分)", c.name, flat.source_at(c.at))

    for c in levels.lists[-1]:
        ind = IndicatorRow(source=flat.source_at(c.start))
        ind.level3 = Val(c.name, c.name, flat.source_at(c.start))
        ind.weight = Val(c.weight, c.printed, flat.source_at(c.at))
        above: list[Weighted] = []
        node: Weighted = c
        for up in reversed(levels.parents):
            node = up[id(node)]
            above.insert(0, node)
        if above:
            ind.level1 = label(above[0])
        if len(above) > 1:
            ind.level2 = label(above[1])
        rows.append(ind)
    groups = [c for level in levels.lists[:-1] for c in level]
    doc = rules_document(
        flat.text[: shares[0].start][-400:], flat.source_at(shares[0].start), rows,
        [f"{g.name}({g.printed}分)" for g in groups],
        "指标体系逐级列在句子中（名称占分值N分）：各级按顺序由上级分值之和确认所属", "the indicator system listed "
        "level by level in sentences (name 占分值 N分): each item placed under the level above by order and sums")
    doc.extra[LEVELS_FROM_WEIGHTS] = True  # placed by order and sums: a sum that fails is a suspect, not an error
    for g in levels.unmade:
        doc.problems.append(problem(f"“{g.name}”({g.printed}分)之下各项（按顺序）之和与其分值不符",
                                    f"the items under {g.name} ({g.printed}) do not make its weight", flat.source_at(g.at)))
    if levels.unplaced is not None:
        n, got, want = levels.unplaced
        doc.problems.append(problem(f"下一级的{n}项分值之和为{got}，与上一级之和{want}不符，按顺序无法唯一确定各项所属，未读取",
                                    f"the next level's {n} items make {got}, not the {want} of the level above: "
                                    "not placed by order, not read", doc.source))
    close_by_total(doc, Val(stated[0], stated[1], flat.source_at(stated[2])) if stated else None, warn=True)
    return doc


__all__ = ["Levels", "by_levels", "level_lists"]
