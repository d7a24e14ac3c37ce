"""舍入惯例 — which rounding a document's own funds figures follow.

Published forms round the execution rate (执行率) and the execution score (得分) in different ways: seed 001
truncates both to two decimals, seed 004 rounds the rate up (进位) and the score half-up. Rather than flag
every form that differs from the national default, the audit infers the convention that explains most of a
file's forms and then reports only the forms that depart from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from jixiao.core.i18n import count_en
from jixiao.core.numbers import HUNDRED
from jixiao.core.records import Document, FundsRow
from jixiao.core.rounding import Rounding
from jixiao.rules import RULES, RuleContext
from jixiao.rules.packed import FastFn

# Preference order breaks ties: the national default first.
MODES = ("half_up", "truncate", "ceiling")
DIGITS = (2, 1, 0)
CANDIDATES = tuple(Rounding(m, d) for d in DIGITS for m in MODES)
SCORE_FROM = ("rounded_rate", "exact_rate")
K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class FundsFigures:
    """The figures of one form's total funds row that rounding can be read from."""

    budget: Decimal
    executed: Decimal
    weight: Decimal | None
    rate: Decimal | None  # published, in percent
    score: Decimal | None  # published

    @property
    def exact_rate(self) -> Decimal:
        return self.executed / self.budget * HUNDRED


@dataclass(frozen=True, slots=True)
class Convention:
    """The rounding a document follows: of the rate (percent), of the score, and which rate the score uses."""

    rate: Rounding
    score: Rounding
    score_from: str = "rounded_rate"
    forms: int = 0  # forms with figures to judge by
    rate_matched: int = 0
    score_matched: int = 0
    score_forms: int = 0

    def rate_of(self, f: FundsFigures) -> Decimal:
        return self.rate.apply(f.exact_rate)

    def score_of(self, f: FundsFigures) -> Decimal | None:
        if f.weight is None:
            return None
        return score_with(f, self.rate, self.score, self.score_from)

    def describe(self, lang: str = "zh") -> str:
        if lang == "en":
            src = "the rounded rate" if self.score_from == "rounded_rate" else "the exact rate"
            rate = f"rate {self.rate.describe('en')} ({self.rate_matched} of {count_en(self.forms, 'form')})"
            if not self.score_forms:
                return rate
            return rate + (
                f", score {self.score.describe('en')} from {src} ({self.score_matched} of {count_en(self.score_forms, 'form')})"
            )
        src = "按舍入后的执行率" if self.score_from == "rounded_rate" else "按未舍入的执行率"
        rate = f"执行率{self.rate.describe()}（{self.forms}张表中{self.rate_matched}张相符）"
        if not self.score_forms:
            return rate
        return rate + f"，得分{src}计算、{self.score.describe()}（{self.score_forms}张表中{self.score_matched}张相符）"


DEFAULT = Convention(Rounding("half_up", 2), Rounding("half_up", 2))


def score_with(f: FundsFigures, rate_r: Rounding, score_r: Rounding, score_from: str) -> Decimal | None:
    """分值 × min(执行率, 1) by the ``execution_rate`` rule, under the candidate roundings (18 of them a form
    when the convention is inferred: the rule compiled once for each, ``rules/packed.py``)."""
    if f.weight is None:
        return None
    inputs = {"annual_budget": f.budget, "executed": f.executed}
    fast = _compiled(rate_r, score_r, score_from)
    trace = fast(f.weight, None, inputs) if fast is not None else None
    if trace is not None:
        return trace[1]  # type: ignore[no-any-return]
    ctx = RuleContext(rate=rate_r, score=score_r)
    return RULES["execution_rate"](f.weight, {"score_from": score_from}, inputs, ctx).score


@lru_cache(maxsize=128)
def _compiled(rate_r: Rounding, score_r: Rounding, score_from: str) -> FastFn | None:
    rule = RULES["execution_rate"]
    ctx = RuleContext(rate=rate_r, score=score_r)
    return rule.compile({"score_from": score_from}, ctx) if rule.compile is not None else None


def figures(doc: Document) -> FundsFigures | None:
    """The total row's figures, when budget and executed amounts are there to recompute from."""
    return row_figures(doc.funds.get("total"))


def row_figures(row: FundsRow | None) -> FundsFigures | None:
    """One funds row's figures, when budget and executed amounts are there to recompute from."""
    if row is None:
        return None
    budget, executed = row.annual_budget.dec, row.executed.dec
    if budget is None or executed is None or budget <= 0:
        return None
    rate = row.rate.dec
    if rate is not None and rate_as_fraction(row.rate.text, rate, executed / budget) is not None:
        rate = None  # a fraction, not a percent: no evidence of the percent rounding (funds.py says so)
    return FundsFigures(budget, executed, row.weight.dec, rate, row.score.dec)


def rate_as_fraction(text: str | None, published: Decimal, exact: Decimal) -> Rounding | None:
    """The rounding under which a rate printed without a percent sign is the fraction 执行数÷预算数 (a form
    whose header says 执行率(B/A) and prints 0.1 for 94÷650), when read as a percent it is explained by no
    rounding; None when it is not such a fraction. ``exact`` is the exact fraction."""
    if text is None or "%" in text or "％" in text or published > 2:
        return None
    if any(r.apply(exact * HUNDRED) == published for r in CANDIDATES):
        return None  # a percent written without its sign (100 for 100%), explained as such
    for mode in MODES:
        r = Rounding(mode, places(published))
        if r.apply(exact) == published:
            return r
    return None


def explaining_rate(f: FundsFigures) -> list[Rounding]:
    """Every candidate rounding that gives the published rate, to no fewer places than it is printed with: 31.00% is
    printed to two places, so 31.08% truncated to one place (31.0) does not explain it."""
    if f.rate is None:
        return []
    exact = f.exact_rate
    return [r for r in CANDIDATES if r.digits >= places(f.rate) and r.apply(exact) == f.rate]


def places(printed: Decimal) -> int:
    """The decimal places a figure is printed to (99 → 0, 99.10 → 2: the Decimal keeps the zeros printed)."""
    exponent = printed.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def explaining_score(f: FundsFigures, rate_r: Rounding) -> list[tuple[Rounding, str]]:
    """Every candidate (score rounding, rate used) that gives the published score."""
    if f.score is None or f.weight is None:
        return []
    out = []
    for src in SCORE_FROM:
        for r in CANDIDATES:
            if score_with(f, rate_r, r, src) == f.score:
                out.append((r, src))
    return out


def plainest(keys: Sequence[K], rounding: Callable[[K], Rounding]) -> K:
    """The explanation to name among several: the commonest mode first (四舍五入, then 截断, rounding up last), with the
    most places within it — 2.9 for 20 × 14.46% = 2.892 is 四舍五入 to one place, not 进位 to two."""
    return min(keys, key=lambda k: (MODES.index(rounding(k).mode), -rounding(k).digits))


def _adoptable(keys: Sequence[K], counts: dict[K, int], rounding: Callable[[K], Rounding]) -> list[K]:
    """The candidates a file may be said to follow: rounding up (进位, in the unit's favour) only where two forms or more
    show it; one form alone explained by nothing else is a departure to report, not a convention that hides it."""
    return [k for k in keys if rounding(k).mode != "ceiling" or counts[k] >= 2]


def infer(docs: Iterable[Document]) -> Convention:
    """The convention that explains most forms; the national default (四舍五入, 2 places) on ties; rounding up only
    where two forms or more follow it."""
    figs = [f for f in (figures(d) for d in docs) if f is not None]
    rate_figs = [f for f in figs if f.rate is not None]
    if not rate_figs:
        return DEFAULT
    rate_counts = {r: 0 for r in CANDIDATES}
    for f in rate_figs:
        for r in explaining_rate(f):
            rate_counts[r] += 1
    rate_r = max(_adoptable(CANDIDATES, rate_counts, lambda r: r), key=lambda r: rate_counts[r])  # first of equals
    score_figs = [f for f in figs if f.score is not None and f.weight is not None]
    keys = [(r, src) for src in SCORE_FROM for r in CANDIDATES]
    score_counts = {k: 0 for k in keys}
    for f in score_figs:
        for k in explaining_score(f, rate_r):
            score_counts[k] += 1
    score_r, src = max(_adoptable(keys, score_counts, lambda k: k[0]), key=lambda k: score_counts[k]) if score_figs \
        else (DEFAULT.score, "rounded_rate")
    return Convention(
        rate=rate_r,
        score=score_r,
        score_from=src,
        forms=len(rate_figs),
        rate_matched=rate_counts[rate_r],
        score_matched=score_counts.get((score_r, src), 0),
        score_forms=len(score_figs),
    )
