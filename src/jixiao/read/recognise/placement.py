"""Placing a row's numbers under its columns when blank cells vanished, by the form's own arithmetic.

A funds row printed with fewer numbers than its header has columns, or with its numbers run together
(``202010100.00%10``), admits several placements. Each is tried against the relations the form holds
(rate = executed ÷ budget × 100, score = weight × min(rate, 100%), a sub-row equal to the total row); the
placement that no relation contradicts and most relations confirm is taken, and the choice is recorded.
Where none is consistent the numbers are read in label order and the inconsistency said; where several
fit equally, the columns they disagree on are left missing. Never a guess.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import HUNDRED
from jixiao.read.recognise.tokens import BLOB, number

_MAX_SPLITS = 400  # candidate readings of one row's run-together digits
_MAX_STEPS = 20_000  # steps of the search for them: a bound on hostile runs
MAX_RUN = 64  # the longest run split: a whole funds row of amounts, rate, weight and score run together
MONEY = ("initial_budget", "annual_budget", "executed")
REPEATED = "one repeated"  # ``Placed.how`` of a row with one number more than its columns, a repeat (``_repeated``)
TEMPLATE = "weight"  # the column a form's template prints itself: never blank on the total row
ASIDE = "aside"  # the prefix of a column the record has no field for (结余率, 历年结余结转: ``fundsaside``)


@dataclass(frozen=True, slots=True)
class Item:
    """One number as read: its text (``100.00%``) and value."""

    text: str
    value: Decimal

    @property
    def percent(self) -> bool:
        return self.text.endswith("%")


@dataclass(slots=True)
class Placed:
    """The outcome: field → item, how it was chosen (``how``: "as printed", "by arithmetic", "by template",
    "label order", "ambiguous", ``REPEATED``), and the fields left missing because several
    placements fitted."""

    values: dict[str, Item]
    how: str
    undecided: tuple[str, ...] = ()
    candidates: int = 1


def decimals(text: str) -> int:
    t = text.rstrip("%")
    return len(t.split(".", 1)[1]) if "." in t else 0


def close(published: Item, exact: Decimal) -> bool:
    """Less than one unit of the published figure's last digit away: what rounding half-up, truncating or
    rounding up can give (a whole unit is no rounding: 0 is not 1.00 printed whole)."""
    return abs(published.value - exact) < Decimal(1).scaleb(-decimals(published.text))


def _fraction(rate: Item) -> bool:
    """A rate that may be printed as a fraction: no percent sign, decimals, at most 2 (200%)."""
    return not rate.percent and "." in rate.text and rate.value <= 2


def _near(amounts: list[Item]) -> bool:
    """A row's amounts of one order of size: the largest at most a hundred times the smallest (zeros aside)."""
    sizes = [a.value for a in amounts if a.value > 0]
    return not sizes or max(sizes) <= min(sizes) * HUNDRED


def judge(values: dict[str, Item], total: dict[str, Item] | None = None, base: str = "annual_budget") -> tuple[int, int]:
    """(relations contradicted, relations confirmed) of one placement; ``base`` is the column the form divides
    by (全年预算数, or 年初预算数 where the form has no other budget column)."""
    bad = good = 0
    budget = values.get("annual_budget") or values.get("initial_budget")
    executed, rate = values.get("executed"), values.get("rate")
    weight, score = values.get("weight"), values.get("score")
    in_percent = rate.value if rate is not None else None
    if rate is not None and budget is not None and executed is not None and budget.value > 0 \
            and (executed.value > 0 or rate.value > 0):  # a zero spent at a 0% rate: digits split into zeros
        exact = executed.value / budget.value
        # the form's rate is 全年执行数 ÷ 全年预算数: only its base column confirms it (a lone budget that fits the
        # rate is the annual one, whose 年初预算数 cell vanished, rather than the other way round)
        if close(rate, exact * HUNDRED):
            good += budget is values.get(base)
        elif _fraction(rate) and close(rate, exact) or rate.text == "1" and exact == 1:
            # 执行率(B/A) printed as the fraction: 0.1 for 94÷650 (audit: rate_as_fraction), 1 for all spent
            good += budget is values.get(base)
            in_percent = exact * HUNDRED  # printed too coarsely to score from (0.1 for 14.46%)
        else:
            bad += 1
    # no rate column ((A)/(B) forms: 得分 = 执行数 ÷ 预算数 × 分值): the rate the amounts imply may confirm the score
    implied = executed.value / budget.value * HUNDRED if (
        rate is None and budget is not None and budget is values.get(base) and executed is not None
        and budget.value > 0) else None
    if weight is not None and score is not None:
        if score.value > weight.value:
            bad += 1
        elif in_percent is not None:
            if close(score, weight.value * min(in_percent, HUNDRED) / HUNDRED):
                good += 1
            else:
                bad += 1
        elif implied is not None and close(score, weight.value * min(implied, HUNDRED) / HUNDRED) and (
                decimals(score.text) > 0 or score.value == weight.value):
            good += 1  # (never against it: a form may score its execution otherwise; a whole number rounds too much)
    if weight is not None and (not (0 < weight.value <= HUNDRED) or decimals(weight.text) > 2):
        bad += 1  # a weight is printed in points with at most two decimals (10, 12.5, 10.00), never 10.5010
    if score is not None and (score.value > HUNDRED or score.percent):
        bad += 1  # a score is points too: never an amount (4072.14) nor a percentage
    if rate is not None and (not rate.percent or total is not None) and rate.value > 1000:
        bad += 1  # nor a part's rate in thousands of percent (3030100%: its digits run together)
    amounts = [values[k] for k in MONEY if k in values]
    if len(amounts) >= 2 and len({decimals(a.text) for a in amounts}) == 1 and _near(amounts):
        good += 1  # the row's amounts printed alike (2456.18 2456.18, not 2456.1 82456.1; 30 30, not 30 3010)
    for k, it in values.items():
        if it.percent and k != "rate" and not k.startswith(ASIDE):
            bad += 1
        if total is not None and k in total and k in MONEY:
            good += total[k].value == it.value
            bad += it.value > total[k].value >= 0  # a part of the funds is never more than their total
            # a form prints its amounts with one number of decimals: a reading that keeps it is confirmed
            good += decimals(total[k].text) == decimals(it.text)
    return bad, good


def _natural(piece: str) -> int:
    """The cost of a piece: the shapes forms print cost least (2456.18, 100%, 100.00%), one decimal more, a whole
    number or more decimals most, so that the readings a long run of digits admits are met likeliest first."""
    if re.fullmatch(r"\d+(?:\.\d{1,2})?%|\d+\.\d{2}", piece):
        return 0
    return 1 if re.fullmatch(r"\d+\.\d", piece) else 2


def _pieces(text: str, at: int, last: bool) -> list[tuple[int, int, Item]]:
    """The numbers that may start at ``at`` of run-together digits, as (cost, end, item), cheapest first; ``last``:
    only the one that takes the rest of the run."""
    n, out = len(text), []
    for j in range(n if last else at + 1, n + 1):
        piece = text[at:j]
        if j < n and text[j] in ".%":
            continue  # a number does not end right before a point, and the percent sign belongs to this number
        if piece.count(".") > 1 or piece.endswith(".") or piece.startswith(".") or "%" in piece[:-1]:
            continue
        if len(piece.rstrip("%")) > 1 and piece[0] == "0" and piece[1] != ".":
            continue
        v = number(piece)
        if v is not None:
            out.append((_natural(piece), j, Item(piece, v)))
    return sorted(out, key=lambda w: w[:2])


def splits(text: str, most: int = 8) -> Iterator[list[Item]]:
    """Readings of run-together digits as at most ``most`` numbers (no leading zeros, a percent sign ends one),
    cheapest first by the sum of their pieces' costs (``_natural``): the reading a form prints (22057 | 20049.81
    | 10 | 90.90% | 9) is met before the cap of ``_MAX_SPLITS`` readings, however many readings begin with a
    short whole number. A run longer than ``MAX_RUN`` is no row of a form and is not searched (3000 digits took
    minutes); the search takes at most ``_MAX_STEPS`` steps."""
    if len(text) > MAX_RUN or not BLOB.match(text):
        return
    n = len(text)
    pieces = functools.cache(functools.partial(_pieces, text))  # (each start's pieces worked out once)

    # best first: an entry is the k-th cheapest piece at ``at`` after the numbers ``done`` (which cost ``spent``);
    # taking it queues its next sibling and its own first piece after it, so a step queues at most two entries
    queue: list[tuple[int, int, int, int, int, tuple[Item, ...]]] = []
    order = itertools.count()

    def offer(spent: int, at: int, k: int, done: tuple[Item, ...]) -> None:
        options = pieces(at, len(done) + 1 == most)
        if k < len(options):
            heapq.heappush(queue, (spent + options[k][0], next(order), spent, at, k, done))

    offer(0, 0, 0, ())
    found = 0
    for _ in range(_MAX_STEPS):
        if not queue or found == _MAX_SPLITS:
            return
        cost, _, spent, at, k, done = heapq.heappop(queue)
        offer(spent, at, k + 1, done)
        _, end, item = pieces(at, len(done) + 1 == most)[k]
        if end == n:
            found += 1
            yield [*done, item]
        else:
            offer(cost, end, 0, (*done, item))


def place(texts: Sequence[str], columns: Sequence[str], total: dict[str, Item] | None = None,
          whole: bool = False) -> Placed:
    """The numbers of one row (texts as read, some perhaps run together) placed under ``columns``; ``whole``: each
    text is one number (printed with its unit, 3405.63万), never several run together."""
    readings: list[list[Item]] = [[]]
    for t in texts:
        v = number(t)
        room = len(columns) - len(texts) + 1
        options = [[Item(t, v)]] if v is not None else list(splits(t, room))
        if v is not None and len(texts) == 1 and len(columns) > 1 and len(t) >= 4 and not whole:
            options += [s for s in splits(t, room) if len(s) > 1]  # one number, or several run together?
        readings = [r + o for r in readings for o in options][:_MAX_SPLITS]
    candidates: list[tuple[dict[str, Item], tuple[int, int]]] = []
    base = "annual_budget" if "annual_budget" in columns else "initial_budget"
    for items in readings:
        if not items or len(items) > len(columns):
            continue
        for cols in itertools.combinations(columns, len(items)):
            values = dict(zip(cols, items))
            candidates.append((values, judge(values, total, base)))
    if not candidates and (twice := _repeated(readings, columns, total)) is not None:
        return twice
    if not candidates:  # more numbers than columns: a column was not understood, nothing is placed
        items = readings[0] if readings and len(readings[0]) <= len(columns) else []
        return Placed(dict(zip(columns, items)), "label order")
    if len(candidates) == 1:
        values, (bad, _) = candidates[0]
        if bad == 0:
            return Placed(values, "as printed")
        return Placed(_label_order(list(values.values()), list(values), _apart(texts)), "label order")
    consistent = [c for c in candidates if c[1][0] == 0]
    if not consistent and total is not None and len(readings) > 1:
        return Placed({}, "label order", candidates=len(candidates))  # a part's digits no cut makes consistent
    if not consistent:
        first = _one_split(readings, len(columns)) or _rate_split([v for v, _ in candidates], base)
        return Placed(_label_order(first, list(columns), _apart(texts)), "label order", candidates=len(candidates))
    best = max(g for _, (_, g) in consistent)
    top = [v for v, (_, g) in consistent if g == best]
    if len(top) == 1:
        return Placed(top[0], "by arithmetic" if best else "ambiguous", candidates=len(candidates))
    rated = [v for v in top if _rate_holds(v, base)]
    if len(rated) == 1:  # the one that ties three numbers (执行率 = 执行数 ÷ 预算数) over those that leave it unchecked
        return Placed(rated[0], "by arithmetic", candidates=len(candidates))
    printed = [v for v in top if TEMPLATE in v]
    if len(printed) == 1:  # the template prints 分值; the author fills the rest
        return Placed(printed[0], "by template", candidates=len(candidates))
    agreed = {k: it for k, it in top[0].items() if all(t.get(k) == it for t in top[1:])}
    undecided = tuple(sorted({k for t in top for k in t} - set(agreed)))
    return Placed(agreed, "ambiguous", undecided, len(candidates))


def _repeated(readings: list[list[Item]], columns: Sequence[str], total: dict[str, Item] | None) -> Placed | None:
    """One number more than the columns, and it repeats its neighbour ("年度资金总额: 28.1 28.1 28.1 28.1 10 100% 10"
    under 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分, 霍山's: a column the header does not name, or a cell
    printed twice): the row read without one of the two, wherever the pair stands, when every such reading places
    the same values and the form's arithmetic confirms it. None otherwise (nothing placed, as before)."""
    if len(readings) != 1 or len(readings[0]) != len(columns) + 1:
        return None
    items = readings[0]
    got = [place([i.text for i in items[:k] + items[k + 1:]], columns, total, whole=True)
           for k in range(len(items) - 1) if items[k].text == items[k + 1].text]
    if not got or any(p.how not in ("as printed", "by arithmetic") or p.undecided or p.values != got[0].values
                      for p in got):
        return None
    return Placed(got[0].values, REPEATED, candidates=len(got))


def _apart(texts: Sequence[str]) -> int:
    """How many of a row's first numbers were printed apart, each one number (a lone text may be a run)."""
    return 0 if len(texts) == 1 else next((k for k, t in enumerate(texts) if number(t) is None), len(texts))


def _label_order(items: list[Item], columns: list[str], apart: int) -> dict[str, Item]:
    """The numbers in the order of the labels. Where cells vanished (fewer numbers than columns) the rate, the
    one number with a percent sign, anchors them: the numbers before it stand under the columns just before
    the rate (the cells that vanish are the first ones, 年初预算数), those after it under the columns after it.
    Without that anchor, or when the numbers do not fit around it, none is placed: a number under a column
    it may not belong to would be checked as if it did."""
    rates = [k for k, it in enumerate(items) if it.percent]
    if len(items) == len(columns):
        if all(columns[k] == "rate" for k in rates):
            return dict(zip(columns, items))
        # a percent figure under another column than the rate: the digits run together were cut wrong, and only
        # the ``apart`` numbers printed apart before them stand under their labels (100100%10 is not read)
        return dict(zip(columns[:apart], items[:apart]))
    if len(rates) != 1 or "rate" not in columns:
        return {}
    at, col = rates[0], columns.index("rate")
    before, after = items[:at], items[at + 1 :]
    if len(before) > col or len(after) > len(columns) - col - 1:
        return {}
    out = dict(zip(columns[col - len(before) : col], before))
    out["rate"] = items[at]
    out.update(zip(columns[col + 1 :], after))
    return out


def _rate_split(placements: list[dict[str, Item]], base: str) -> list[Item]:
    """When no placement is consistent and the numbers ran together: the one split of them that some placement
    confirms by the form's first relation (执行率 = 全年执行数 ÷ 全年预算数, within the rate's printed digits),
    as printed; none when no split or several are so confirmed. The split is then read in label order and
    whatever else does not hold (a score printed 9 for 10 × 97.80%) is the audit's to report."""
    confirmed = {tuple(v.values()) for v in placements if _rate_holds(v, base)}  # the numbers in their order
    return list(next(iter(confirmed))) if len(confirmed) == 1 else []


def _rate_holds(values: dict[str, Item], base: str) -> bool:
    """执行率 = 全年执行数 ÷ 全年预算数 within the rate's printed digits, the two amounts printed as money is (at
    most two decimals: 2456.1810 is an amount run into a weight, not an amount)."""
    budget, executed, rate = values.get(base), values.get("executed"), values.get("rate")
    return (budget is not None and executed is not None and rate is not None and rate.percent
            and budget.value > 0 and executed.value > 0 and decimals(budget.text) <= 2
            and decimals(executed.text) <= 2 and close(rate, executed.value / budget.value * HUNDRED))


def _one_split(readings: list[list[Item]], columns: int) -> list[Item]:
    """The reading to take in label order when no placement is consistent: the numbers as printed when they
    were apart; when they ran together, the one split that fills every column with numbers printed alike (as
    many decimals each), else none (nothing is read rather than numbers cut at a guess)."""
    if len(readings) == 1:
        return readings[0]
    full = [r for r in readings if len(r) == columns]
    alike = [r for r in full if len({decimals(i.text) for i in r}) == 1]
    if len(alike) == 1:
        return alike[0]
    return full[0] if len(full) == 1 else []
