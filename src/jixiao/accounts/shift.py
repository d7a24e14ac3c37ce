"""Rows shifted against their codes (错行): a run of values each printed one row off its code.

Seed 003's 支出决算表 prints, from 2010504 to 2080502, in every row the figures of the row above (2010502's
2.00 stands at 2010504, 2080502's 10.99 is gone). Each column is tried with every run moved back by one row,
up or down; the run that makes at least two more sum identities hold, with the fewest failures left, is the
shift. The caller reports it once and checks the identities on the corrected values.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jixiao.accounts.identity import num
from jixiao.core.numbers import ZERO
from jixiao.core.records import Val

Identity = tuple[int, list[int]]  # (row index of the total, row indices of its parts)


@dataclass(frozen=True, slots=True)
class Shift:
    """Rows ``first``..``last`` (indices into the table's rows) hold the value of the row ``direction`` away
    (+1: the row below's value belongs to this row, i.e. each printed value belongs to the row above)."""

    first: int
    last: int
    direction: int
    before: int  # identities failing as printed
    after: int  # identities failing once corrected


def failures(identities: list[Identity], vals: list[Val], tolerance: Decimal) -> int:
    return residual(identities, vals, tolerance)[0]


def residual(
    identities: list[Identity], vals: list[Val], tolerance: Decimal, lost: int | None = None
) -> tuple[int, Decimal]:
    """How many identities fail, and the sum of their differences (the smaller, the better the fit).

    Failures that one value for the ``lost`` row (the value a shift pushed out) would all mend are
    explained, not counted.
    """
    bad, left = 0, ZERO
    implied: list[tuple[Decimal, Decimal]] = []
    for total, parts in identities:
        diff = num(vals[total]) - sum((num(vals[p]) for p in parts), ZERO)
        if abs(diff) > tolerance * max(len(parts), 1):
            if lost is not None and (lost == total or lost in parts):
                implied.append((-diff if lost == total else diff, abs(diff)))
            else:
                bad += 1
                left += abs(diff)
    if implied and any(abs(v - implied[0][0]) > tolerance * 2 for v, _ in implied):
        bad += len(implied)
        left += sum((d for _, d in implied), ZERO)
    return bad, left


def corrected(vals: list[Val], rows: list[int], a: int, b: int, d: int) -> list[Val]:
    """Values moved back by one row over positions a..b of ``rows``; the value pushed out is lost (blank)."""
    new = list(vals)
    if d == 1:
        for j in range(a, b):
            new[rows[j]] = vals[rows[j + 1]]
        new[rows[b]] = Val(None, None, vals[rows[b]].source)
    else:
        for j in range(a + 1, b + 1):
            new[rows[j]] = vals[rows[j - 1]]
        new[rows[a]] = Val(None, None, vals[rows[a]].source)
    return new


def find_shift(
    identities: list[Identity],
    vals: list[Val],
    rows: list[int],
    tolerance: Decimal,
    reference: list[Decimal | None] | None = None,
) -> Shift | None:
    """The best run to move back, or None when no run makes at least two more identities hold.

    Sums alone cannot always tell where a run ends (a value that fits two rows of the same 款); ``reference``
    — the same codes' values in another table, by row — breaks such ties: the run matching it most wins.
    """
    before = failures(identities, vals, tolerance)
    if before < 2:
        return None
    best: tuple[tuple[int, Decimal, int, int], Shift] | None = None
    for d in (1, -1):
        for a in range(len(rows)):
            for b in range(a + 1, len(rows)):
                new = corrected(vals, rows, a, b, d)
                after, left = residual(identities, new, tolerance, rows[b] if d == 1 else rows[a])
                if after > before - 2:
                    continue
                agree = sum(1 for i, r in enumerate(reference or []) if r is not None and new[i].dec == r)
                key = (after, left, -agree, b - a)
                if best is None or key < best[0]:
                    best = (key, Shift(rows[a], rows[b], d, before, after))
    return best[1] if best else None
