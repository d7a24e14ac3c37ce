"""Placing a 转移支付 funds row's numbers under its columns when blank cells vanished, by the form's arithmetic.

The transfer forms' funds block has more columns than the project form's, and prints its own relations:
全年预算数(A), 统筹整合资金数(B), 扣除统筹整合资金后预算金额(C), 全年到位资金(D), 预算到位(D/C×100%),
全年执行资金(E), 预算执行(E/C×100%) in the 2024 layout; 全年预算数(A), 全年执行数(B), 预算执行率(B/A×100%)
before. A row printed with fewer numbers than columns (B left blank), or with its numbers run together
(``390390100%``), admits several placements; each is judged by the relations the header prints (a rate's
``(X/Y×100%)``, else executed ÷ budget), by C = A − B, and by agreement with the total row. The placement no
relation contradicts and most relations confirm is taken, and how it was chosen is recorded; where several fit
equally, the columns they disagree on stay missing; where none fits, nothing is placed. Never a guess.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.numbers import HUNDRED
from jixiao.core.source import Source
from jixiao.read.recognise.placement import MAX_RUN, Item, decimals, splits
from jixiao.read.recognise.tokens import number

RATES = frozenset({"rate", "arrival_rate"})
MONEY = frozenset({"initial_budget", "annual_budget", "pooled", "net_budget", "arrived", "executed"})
_MAX = 2000  # candidate placements of one row


@dataclass(frozen=True, slots=True)
class Relations:
    """What the header says ties the columns: rate key → (numerator key, denominator key), and C = A − B."""

    rates: dict[str, tuple[str, str]] = field(default_factory=dict)
    differences: tuple[tuple[str, str, str], ...] = ()  # (result, minuend, subtrahend)


@dataclass(slots=True)
class Placed:
    """Column key → (item, source); how it was chosen ("as printed", "by arithmetic", "ambiguous", "none")."""

    values: dict[str, tuple[Item, Source]]
    how: str
    undecided: tuple[str, ...] = ()


def _close(published: Item, exact: Decimal) -> bool:
    """Within one unit of the published figure's last digit (rounded, truncated or printed whole)."""
    return abs(published.value - exact) <= Decimal(1).scaleb(-decimals(published.text))


def _amount(values: dict[str, Item], key: str, rel: Relations) -> Decimal | None:
    """A money column's value in a placement; a difference column left blank is its minuend less its
    subtrahend (C blank: A − B, B blank counting as 0)."""
    if key in values:
        return values[key].value
    for res, a, b in rel.differences:
        if res == key and a in values:
            return values[a].value - (values[b].value if b in values else Decimal(0))
    return None


def judge(values: dict[str, Item], rel: Relations, total: dict[str, Decimal] | None = None) -> tuple[int, int]:
    """(relations contradicted, relations confirmed) of one placement."""
    bad = good = 0
    for key, item in values.items():
        if item.percent and key not in RATES:
            bad += 1
        if key in RATES and item.value > 1000:
            bad += 1
    for res, a, b in rel.differences:
        if res not in values and a in values and _amount(values, res, rel) <= 0 < values[a].value:  # type: ignore[operator]
            bad += 1  # nothing left after the deduction: the blank was not the deduction's
        if res in values and a in values:
            exact = values[a].value - (values[b].value if b in values else Decimal(0))
            if values[res].value == exact:
                good += 1
            else:
                bad += 1
    for key, (num, den) in rel.rates.items():
        r = values.get(key)
        n, d = _amount(values, num, rel), _amount(values, den, rel)
        if r is None or n is None or d is None or d <= 0:
            continue
        exact = n / d
        if r.value == 0 and n != 0:
            continue  # (a rate of 0 beside some spending confirms nothing: 1.4 ÷ 3536.5 rounds to 0%)
        if _close(r, exact * HUNDRED) or (not r.percent and r.value <= 2 and _close(r, exact)):
            good += 1
        else:
            bad += 1
    if "weight" in values and "score" in values and values["score"].value > values["weight"].value:
        bad += 1
    amounts = [values[k] for k in values if k in MONEY]
    if len(amounts) >= 2 and len({decimals(a.text) for a in amounts}) == 1:
        good += 1
    if total:
        good += sum(1 for k, it in values.items() if k in MONEY and total.get(k) == it.value)
    return bad, good


def place(texts: Sequence[tuple[str, Source]], columns: Sequence[str], rel: Relations,
          total: dict[str, Decimal] | None = None) -> Placed:
    """The numbers of one row (as printed, some perhaps run together) placed under ``columns``.

    A row printed with fewer numbers than columns may have run two amounts together beside a number printed apart
    (``25002400 96%``: the budget and the spending, then the rate). Where the row read as printed confirms no rate,
    its whole numbers are read again as possibly several, and that reading is taken only where the form's own rate
    (executed ÷ budget, or the relation its header prints) confirms it, uniquely and without a bare 0 cut out of
    the digits (``_apart``)."""
    first = _place(texts, columns, rel, total, False)
    if len(texts) < 2 or len(texts) >= len(columns) or _rate_confirmed(first, rel):
        return first
    again = _place(texts, columns, rel, total, True)
    kept = all(again.values.get(k, (None,))[0] == it for k, (it, _) in first.values.items())
    if again.how == "by arithmetic" and not again.undecided and _rate_confirmed(again, rel, every=True) and not _bare_zeros(
            again.values) and len(again.values) > len(first.values) and kept:
        return again
    return first


def _rate_confirmed(placed: Placed, rel: Relations, every: bool = False) -> bool:
    """Whether a placement holds a rate its own row's amounts make (executed ÷ budget, or the printed relation);
    ``every``: and each rate it places is so made (a rate placed beside no amount of its own, 68.00% under 执行率 with
    no 执行数, is no reading: 146.49 cut into 14 and 6.49 to make the other rate is a guess)."""
    values = {k: it for k, (it, _) in placed.values.items()}
    held = []
    for key, (num, den) in rel.rates.items():
        if (r := values.get(key)) is None:
            continue
        n, d = _amount(values, num, rel), _amount(values, den, rel)
        held.append(n is not None and d is not None and d > 0 and _close(r, n / d * HUNDRED))
    return any(held) and (all(held) or not every)


def _place(texts: Sequence[tuple[str, Source]], columns: Sequence[str], rel: Relations,
           total: dict[str, Decimal] | None, apart: bool) -> Placed:
    """``place`` with ``apart``: a whole number printed beside others may be several run together."""
    if not texts:
        return Placed({}, "as printed")
    readings: list[list[tuple[Item, Source]]] = [[]]
    for t, src in texts:
        v = number(t)
        room = len(columns) - len(texts) + 1
        if len(t) > MAX_RUN:  # no row of a form runs so many digits together: not split (``placement.splits``)
            options = [[Item(t, v)]] if v is not None else []
        else:
            options = [[Item(t, v)]] if v is not None else list(splits(t, max(room, 1)))
        if v is not None and room > 1 and 4 <= len(t.rstrip("%")) <= MAX_RUN and "," not in t:
            if len(texts) == 1:  # one number, or several run together?
                options += [s for s in splits(t, room) if len(s) > 1]
            elif apart and not t.endswith("%"):  # … beside others: amounts of two digits or more each
                options += [s for s in splits(t, room) if len(s) > 1 and all(_digits(i.text) > 1 for i in s)]
        readings = [r + [(it, src) for it in o] for r in readings for o in options][:_MAX]
    scored: list[tuple[dict[str, tuple[Item, Source]], int, int]] = []
    for items in readings:
        if not items or len(items) > len(columns):
            continue
        for cols in itertools.islice(itertools.combinations(columns, len(items)), _MAX):
            values = dict(zip(cols, items))
            bad, good = judge({k: it for k, (it, _) in values.items()}, rel, total)
            scored.append((values, bad, good))
    if not scored:
        return Placed({}, "none")
    printed_apart = len(readings) == 1
    if len(scored) == 1 and printed_apart:
        return Placed(scored[0][0], "as printed")
    consistent = [s for s in scored if s[1] == 0]
    if not printed_apart:  # digits run together: a rate they place must be one the row's amounts make
        consistent = [s for s in consistent if not set(s[0]) & set(rel.rates) or _rate_confirmed(Placed(s[0], ""), rel)]
    if not consistent:
        return _least_inconsistent(scored) if printed_apart else Placed({}, "none")
    best = max(g for _, _, g in consistent)
    top = [v for v, _, g in consistent if g == best]
    if len(top) > 1 and not printed_apart:  # digits run together: a bare 0 cut out of them is the least likely
        fewest = min(map(_bare_zeros, top))
        top = [v for v in top if _bare_zeros(v) == fewest]
    if len(top) > 1 and not printed_apart:  # … and a rate confirmed to more digits (92.93%) than another (3%)
        most = max(_rate_digits(v, rel) for v in top)
        top = [v for v in top if _rate_digits(v, rel) == most]
    if len(top) == 1:
        return Placed(top[0], "by arithmetic" if best else "ambiguous")
    agreed = {k: it for k, it in top[0].items() if all(t.get(k) == it for t in top[1:])}
    undecided = tuple(sorted({k for t in top for k in t} - set(agreed)))
    return Placed(agreed, "ambiguous", undecided)


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _rate_digits(values: dict[str, tuple[Item, Source]], rel: Relations) -> int:
    """The digits of the rates a placement prints (the evidence its arithmetic gives: 92.93% confirms four)."""
    return sum(_digits(values[k][0].text) for k in rel.rates if k in values)


def _bare_zeros(values: dict[str, tuple[Item, Source]]) -> int:
    return sum(1 for it, _ in values.values() if it.value == 0 and "." not in it.text)


def _least_inconsistent(scored: list[tuple[dict[str, tuple[Item, Source]], int, int]]) -> Placed:
    """Numbers printed apart that no placement makes consistent: the one placement that breaks a single
    relation and confirms the most (the row then says its inconsistency, which the audit reports), else none."""
    ones = [s for s in scored if s[1] == 1]
    if not ones:
        return Placed({}, "none")
    best = max(g for _, _, g in ones)
    top = [v for v, _, g in ones if g == best]
    return Placed(top[0], "inconsistent") if len(top) == 1 else Placed({}, "none")
