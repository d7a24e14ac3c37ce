"""The levels of a pure list of weighted labels, told by their sums alone.

Where a table's labels stand side by side with no rule text and no score between them (部门决策(25分) 目标任务(15分)
相关性(5分) 明确性(5分) 合理性(5分) 预算编制(10分) …), nothing in the text says which label opens a group: only the
weights do. A label is a group when the labels after it make its weight exactly, each of them a row or a group
of its own, and every first level is a group. Several readings may make the sums (a label followed by one of
the same weight is a group of one row, or its sibling): of the readings found trying either, and first levels
as large or as small as they can be, the one whose rows stand most at one depth is kept.
The text may end inside the last group (a table cut off).

``parse`` gives, for each label, the index of its parent (None for a first level), or None when the weights
allow no such reading (``cut``: whether the text may end inside a group, i.e. no total row closes the table).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

MAX_LABELS = 400  # a longer list is not read by its sums (the search grows with its length squared)


def parse(weights: Sequence[Decimal], cut: bool = True) -> list[int | None] | None:
    """The reading whose rows stand most at one depth (a table's rows are its last level), then with the fewest
    first levels, of those the preferences below give."""
    if not weights or len(weights) > MAX_LABELS:
        return None
    # a text that may end inside a group is also read as ending where the groups close: of the readings, the
    # one whose rows stand most at one depth is kept
    found = [p for ends_inside in dict.fromkeys((cut, False)) for chain in (False, True) for largest in (True, False)
             if (p := _parse(weights, ends_inside, chain, largest)) is not None]
    return max(found, key=_regular, default=None)


def _regular(parent: list[int | None]) -> tuple[int, int]:
    def depth(i: int) -> int:
        up = parent[i]
        return 0 if up is None else 1 + depth(up)

    groups = {p for p in parent if p is not None}
    depths = Counter(depth(i) for i in range(len(parent)) if i not in groups)
    return max(depths.values(), default=0), -sum(p is None for p in parent)


def _parse(weights: Sequence[Decimal], cut: bool, chain: bool, largest: bool) -> list[int | None] | None:
    """One reading: ``chain``: a label followed by one of the same weight is tried as its group first;
    ``largest``: each first level as large as the weights let it be (else as small)."""
    n = len(weights)

    @cache
    def ends(i: int, budget: Decimal) -> frozenset[int]:
        """Where a run of sibling subtrees from label ``i`` making ``budget`` can end (at the text's end when it
        is cut off)."""
        if budget == 0:
            return frozenset({i})
        if i >= n:
            return frozenset({n} if cut else ())
        if weights[i] > budget:
            return frozenset()
        return frozenset(e for s in subtree(i) for e in ends(s, budget - weights[i]))

    @cache
    def subtree(i: int) -> tuple[int, ...]:
        """Where the subtree of label ``i`` can end, in the order tried: as a row, or as a group of its rows."""
        if i + 1 >= n or weights[i + 1] > weights[i]:
            return (i + 1,)
        grouped = sorted(e for e in ends(i + 1, weights[i]) if e > i + 1)
        return (i + 1, *grouped) if weights[i + 1] == weights[i] and not chain else (*grouped, i + 1)

    @cache
    def roots_from(i: int) -> bool:
        return i >= n or any(e > i + 1 and roots_from(e) for e in subtree(i))

    if not roots_from(0):
        return None
    parent: list[int | None] = [None] * n

    def rows(j: int, budget: Decimal, stop: int, up: int) -> None:
        """Place the siblings from ``j`` that make ``budget`` and end at ``stop``, under ``up``."""
        while budget > 0 and j < n:
            e = next(e for e in subtree(j) if stop in ends(e, budget - weights[j]) or (e == stop and j + 1 >= n))
            place(j, e, up)
            budget -= weights[j]
            j = e

    def place(i: int, stop: int, up: int | None) -> None:
        parent[i] = up
        if stop > i + 1:
            rows(i + 1, weights[i], stop, i)

    i = 0
    while i < n:
        e = (max if largest else min)(e for e in subtree(i) if e > i + 1 and roots_from(e))
        place(i, e, None)
        i = e
    return parent
