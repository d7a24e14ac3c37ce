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
