"""Rounding is part of a framework: a mode and a number of digits, never implicit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from functools import lru_cache

MODES = {
    "half_up": ROUND_HALF_UP,  # 四舍五入
    "truncate": ROUND_DOWN,  # 截尾
    "ceiling": ROUND_CEILING,  # 进位
    "floor": ROUND_FLOOR,
    "half_even": ROUND_HALF_EVEN,  # 银行家舍入
}



# Quanta for the usual digit counts, built once: ``apply`` runs for every score of every indicator.
_QUANTA = {n: Decimal(1).scaleb(-n) for n in range(0, 9)}


@dataclass(frozen=True, slots=True)
class Rounding:
    """舍入规则 — mode and digits. ``mode='none'`` keeps the exact value."""

    mode: str = "half_up"
    digits: int = 2

    def __post_init__(self) -> None:
        if self.mode != "none" and self.mode not in MODES:
            raise ValueError(f"unknown rounding mode {self.mode!r}; one of {sorted(MODES)} or 'none'")

    @property
    def quantum(self) -> Decimal:
        q = _QUANTA.get(self.digits)
        return q if q is not None else Decimal(1).scaleb(-self.digits)

    def apply(self, value: Decimal) -> Decimal:
        if self.mode == "none":
            return value
        return value.quantize(_QUANTA.get(self.digits) or self.quantum, rounding=MODES[self.mode])

    def describe(self, lang: str = "zh") -> str:
        from jixiao.core.labels import mode_name

        if lang == "en":
            return f"{mode_name(self.mode, 'en')} to {self.digits} decimals"
        return f"{mode_name(self.mode)}保留{self.digits}位小数"


HALF_UP_2 = Rounding("half_up", 2)


@lru_cache(maxsize=64)
def rounder(rounding: Rounding) -> Callable[[Decimal], Decimal]:
    """``rounding.apply`` with its quantum and mode bound once (for compiled rules)."""
    if rounding.mode == "none":
        return _exact
    quantum, mode = rounding.quantum, MODES[rounding.mode]

    def rounded(value: Decimal) -> Decimal:
        return value.quantize(quantum, mode)

    return rounded


def _exact(value: Decimal) -> Decimal:
    return value


def printed_half(value: Decimal) -> Decimal:
    """Half a unit of the last place ``value`` is written to (566 → 0.5, 43.84 → 0.005): how far the figure it was
    rounded from may lie (a whole figure may be a rounded 万元 amount, so it is not taken as exact)."""
    exp = value.as_tuple().exponent
    return Decimal(5).scaleb(exp - 1) if isinstance(exp, int) else Decimal(0)


def rounds_into(quoted: Decimal, quantum: Decimal, lo: Decimal, hi: Decimal) -> bool:
    """Whether some value in [lo, hi] rounds to ``quoted`` at ``quantum`` half up, half even or by truncation (the
    smallest such print is lo truncated, the largest hi rounded half up; every quantum between is reached)."""
    return lo.quantize(quantum, rounding=ROUND_DOWN) <= quoted <= hi.quantize(quantum, rounding=ROUND_HALF_UP)


def quotient_range(part: Decimal, half_part: Decimal, whole: Decimal, half_whole: Decimal,
                   change_of: int = 0) -> tuple[Decimal, Decimal] | None:
    """The range of part ÷ base × 100 over every pair of figures within their half units, where the base is
    ``whole`` itself (``change_of`` 0: a share, a completion rate), this year's ``whole`` less the change ``part``
    (1: a growth) or plus it (−1: a fall); None when the base may be nothing. The quotient is monotonic in each
    figure, so its extremes stand at the corners."""
    got = []
    for w in (whole - half_whole, whole + half_whole):
        for p in (max(part - half_part, Decimal(0)), part + half_part):
            base = w - change_of * p
            if base <= 0:
                return None
            got.append(p / base * 100)
    return min(got), max(got)


def _places(quoted: str) -> Decimal:
    return Decimal(1).scaleb(-len(quoted.split(".")[1]) if "." in quoted else 0)


def rate_allowed(quoted: str, part: Decimal, whole: Decimal, change_of: int = 0,
                 scale: tuple[Decimal, Decimal] = (Decimal(1), Decimal(1))) -> bool | None:
    """Whether the printed percent ``quoted`` is part ÷ base × 100 rounded to its places (half up, half even or
    truncated) for some figures within half a unit of their printed last places (``printed_half``); the base is
    ``whole`` (``change_of`` 0: a share, a completion rate), or this year's ``whole`` less (1) or plus (−1) the
    change ``part`` (a growth, a fall). ``scale`` multiplies each figure and its half unit into a common unit (亿元,
    元 → 万元). None: not a number, or a base that may be nil."""
    from jixiao.core.numbers import parse_decimal

    want = parse_decimal(quoted)
    if want is None:
        return None
    bounds = quotient_range(part * scale[0], printed_half(part) * scale[0], whole * scale[1],
                            printed_half(whole) * scale[1], change_of)
    return None if bounds is None else rounds_into(want, _places(quoted), *bounds)


def change_allowed(quoted: str, this: Decimal, other: Decimal) -> bool | None:
    """Whether the printed percent ``quoted`` is |this − other| ÷ other × 100 rounded to its places for some figures
    within their printed rounding (the change not printed: this ÷ other × 100 − 100, monotonic in each); None: not a
    number, a base that may be nil, or figures whose rounding leaves the change's direction open."""
    from jixiao.core.numbers import parse_decimal

    want = parse_decimal(quoted)
    bounds = quotient_range(this, printed_half(this), other, printed_half(other))
    if want is None or bounds is None:
        return None
    lo, hi = bounds[0] - 100, bounds[1] - 100
    if lo < 0 < hi:
        return None
    lo, hi = (lo, hi) if lo >= 0 else (-hi, -lo)
    return rounds_into(want, _places(quoted), lo, hi)
