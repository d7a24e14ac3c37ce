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
    Runs are tried growing one row at a time, updating only the identities of the two rows that change, so
    a table of n rows costs O(n²) small updates.
    """
    before = failures(identities, vals, tolerance)
    if before < 2:
        return None
    search = _Search(identities, vals, tolerance, reference)
    best: tuple[tuple[int, Decimal, int, int], Shift] | None = None
    m = len(rows)
    for d in (1, -1):
        for a in range(m - 1):
            search.reset()
            search.set(rows[a], None)  # the run's first state: row a's value pushed out
            for b in range(a + 1, m):
                if d == 1:
                    search.set(rows[b - 1], vals[rows[b]].dec)
                    search.set(rows[b], None)
                    lost = rows[b]
                else:
                    search.set(rows[b], vals[rows[b - 1]].dec)
                    lost = rows[a]
                if b - a < 2:
                    # a run of two is one value moved and one lost: no better an explanation than one value
                    # misprinted, which the sums then report as it is; a shift needs three rows or more
                    continue
                after, left = search.residual(lost)
                if after > before - 2:
                    continue
                key = (after, left, -search.agree, b - a)
                if best is None or key < best[0]:
                    best = (key, Shift(rows[a], rows[b], d, before, after))
    return best[1] if best else None


class _Search:
    """The identities' differences under a changing assignment of values to rows."""

    def __init__(self, identities: list[Identity], vals: list[Val], tolerance: Decimal,
                 reference: list[Decimal | None] | None) -> None:
        self.shown = [v.dec for v in vals]
        self.limit = [tolerance * max(len(parts), 1) for _, parts in identities]
        self.coef: dict[int, list[tuple[int, int]]] = {}
        for k, (total, parts) in enumerate(identities):
            self.coef.setdefault(total, []).append((k, 1))
            for p in parts:
                self.coef.setdefault(p, []).append((k, -1))
        self.base = [
            (self.shown[t] or ZERO) - sum((self.shown[p] or ZERO for p in parts), ZERO) for t, parts in identities
        ]
        self.ref = reference or [None] * len(vals)
        self.tolerance = tolerance
        self.reset()

    def reset(self) -> None:
        self.cur = list(self.shown)
        self.diff = list(self.base)
        self.failing = sum(1 for k, x in enumerate(self.diff) if abs(x) > self.limit[k])
        self.left = sum((abs(x) for k, x in enumerate(self.diff) if abs(x) > self.limit[k]), ZERO)
        self.agree = sum(1 for i, r in enumerate(self.ref) if r is not None and self.cur[i] == r)

    def set(self, row: int, value: Decimal | None) -> None:
        old = self.cur[row]
        if self.ref[row] is not None:
            self.agree += (value == self.ref[row]) - (old == self.ref[row])
        self.cur[row] = value
        delta = (value or ZERO) - (old or ZERO)
        if delta == ZERO:
            return
        for k, c in self.coef.get(row, ()):
            was = self.diff[k]
            now = was + c * delta
            self.diff[k] = now
            if abs(was) > self.limit[k]:
                self.failing -= 1
                self.left -= abs(was)
            if abs(now) > self.limit[k]:
                self.failing += 1
                self.left += abs(now)

    def residual(self, lost: int) -> tuple[int, Decimal]:
        """As ``residual``: failures one value for the lost row would all mend are not counted."""
        bad, left = self.failing, self.left
        implied: list[tuple[Decimal, Decimal]] = []
        for k, c in self.coef.get(lost, ()):
            x = self.diff[k]
            if abs(x) > self.limit[k]:
                bad -= 1
                left -= abs(x)
                implied.append((-c * x, abs(x)))
        if implied and any(abs(v - implied[0][0]) > self.tolerance * 2 for v, _ in implied):
            bad += len(implied)
            left += sum((d for _, d in implied), ZERO)
        return bad, left
