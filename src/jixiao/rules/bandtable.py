"""The band tables the band rules are given (``bands``, ``scoreband``, ``compound``): each band's name, bounds (open or closed at either end,
scaled when given as shares of the weight) and points or share; read from a framework's parameters, their
numbers and bounds checked; and the evaluator's score a band rule checks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from jixiao.core.numbers import ZERO
from jixiao.core.safetext import quote
from jixiao.rules.base import RuleInputError
from jixiao.rules.common import num, pts, to_dec


class Bounds(NamedTuple):
    low: Decimal | None
    high: Decimal | None
    low_exclusive: bool
    high_exclusive: bool

    def holds(self, v: Decimal) -> bool:
        lo, hi = self.low, self.high
        if lo is not None and (v < lo or (self.low_exclusive and v == lo)):
            return False
        return not (hi is not None and (v > hi or (self.high_exclusive and v == hi)))


@dataclass(frozen=True, slots=True)
class Band:
    """One band: a name, bounds (None = open) and, for ``bands``, its points or share of the weight."""

    name: str
    low: Decimal | None
    high: Decimal | None
    low_exclusive: bool = False
    high_exclusive: bool = False
    points: Decimal | None = None
    share: Decimal | None = None

    def holds(self, v: Decimal, scale: Decimal | None = None) -> bool:
        return self.scaled(scale).holds(v)

    def scaled(self, scale: Decimal | None) -> Bounds:
        """The band's bounds (× ``scale`` when it is given as shares of the weight)."""
        lo = self.low if scale is None or self.low is None else self.low * scale
        hi = self.high if scale is None or self.high is None else self.high * scale
        return Bounds(lo, hi, self.low_exclusive, self.high_exclusive)

    def describe(self, lang: str, scale: Decimal | None = None, unit: str = "") -> str:
        lo = self.low if scale is None or self.low is None else self.low * scale
        hi = self.high if scale is None or self.high is None else self.high * scale
        fmt = pts if unit == "分" or unit == " points" else num
        if lo is not None and hi is not None:
            return f"{fmt(lo)}-{fmt(hi)}{unit}"
        if lo is not None:
            return f"≥{fmt(lo)}{unit}" if not self.low_exclusive else f">{fmt(lo)}{unit}"
        if hi is not None:
            return f"<{fmt(hi)}{unit}" if self.high_exclusive else f"≤{fmt(hi)}{unit}"
        return "—"


def number(spec: Mapping[str, Any], key: str, where: str) -> Decimal | None:
    x = spec.get(key)
    if x is None:
        return None
    d = to_dec(x)
    if d is None:
        raise RuleInputError(f"{where}的 {key} 不是数字：{quote(x)}", f"{where}: {key} is not a number: {quote(x)}")
    return d


def _parse_bands(obj: object, *, half_open: bool, named: bool, valued: bool) -> list[Band]:
    if not isinstance(obj, Sequence) or isinstance(obj, str) or not obj:
        raise RuleInputError("参数 bands 应为档次列表", "parameter 'bands' must be a list of bands")
    out = []
    for i, spec in enumerate(obj, 1):
        where = f"第{i}档"
        if not isinstance(spec, Mapping):
            raise RuleInputError(f"{where}应为映射", f"band {i} must be a mapping")
        name = str(spec.get("band", spec.get("name", i)))
        if named and "band" not in spec:
            raise RuleInputError(f"{where}缺少 band 名称", f"band {i} has no 'band' name")
        lo, hi = number(spec, "min", where), number(spec, "max", where)
        if lo is not None and hi is not None and lo > hi:
            raise RuleInputError(f"{where}的 min 大于 max", f"band {i}: min is above max")
        points, share = number(spec, "points", where), number(spec, "share", where)
        if valued and (points is None) == (share is None):
            raise RuleInputError(f"{where}应给出 points 或 share 之一", f"band {i}: give points or share")
        lo_ex = bool(spec.get("min_exclusive", False))
        hi_ex = bool(spec.get("max_exclusive", half_open))
        out.append(Band(name, lo, hi, lo_ex, hi_ex, points, share))
    return out


def stepped(obj: object) -> list[Band]:
    return _parse_bands(obj, half_open=True, named=False, valued=True)


def named(obj: object) -> list[Band]:
    return _parse_bands(obj, half_open=False, named=True, valued=False)


def evaluator_score(inputs: Mapping[str, Any]) -> Decimal:
    x = inputs.get("score")
    d = to_dec(x)
    if d is None:
        raise RuleInputError(
            "缺少评价人给出的得分（score）" if x is None else f"得分不是数字：{quote(x)}",
            "the evaluator's score ('score') is missing"
            if x is None
            else f"the score is not a number: {quote(x)}",
        )
    return d


def within(lo: Decimal | None, hi: Decimal | None, top: Decimal, what: str) -> None:
    if (lo is not None and (lo < ZERO or lo > top)) or (hi is not None and (hi < ZERO or hi > top)):
        raise RuleInputError(f"{what}超出0-{pts(top)}", f"{what}: outside 0-{pts(top)}")
