"""The actual value and the target of a row as the scoring rules read them (``proportional``, ``target_range``):
numbers, or texts parsed as targets (a unit, a comparator, a range); a form's repeated actual texts remembered."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.safetext import quote
from jixiao.core.target import Target
from jixiao.rules.base import RuleInputError
from jixiao.rules.common import plain, read_target


def inputs_actual(inputs: Mapping[str, Any]) -> tuple[Decimal, Target | None]:
    """实际完成值 as a number, with the parsed text when it carried more (a unit, a comparator)."""
    for name in ("actual", "value"):
        x = inputs.get(name)
        if x is not None:
            got = actual_value(x)
            if got is None:
                raise RuleInputError(f"实际完成值不是数值：{quote(x)}", f"the actual value is not a number: {quote(x)}")
            return got
    raise RuleInputError("缺少实际完成值（actual）", "the actual value ('actual') is missing")


ACTUALS: dict[str, tuple[Decimal, Target | None] | None] = {}


def actual_value(x: object) -> tuple[Decimal, Target | None] | None:
    """An actual value (not None) as (number, the parsed text when it carried more), or None when it is not a
    number. Texts are remembered: a form's actuals repeat (``100``, ``95.00(%)``)."""
    if x.__class__ is str and x in ACTUALS:
        return ACTUALS[x]  # type: ignore[index]
    d = plain(x)
    got: tuple[Decimal, Target | None] | None
    if d is not None:
        got = (d, None)
    else:
        t = read_target(x)
        v = None if t is None else (t.value if t.value is not None else t.low)
        got = None if v is None or t is None else (v, t)
    if x.__class__ is str:
        if len(ACTUALS) >= 65536:
            ACTUALS.clear()
        ACTUALS[x] = got  # type: ignore[index]
    return got


def row_actual(row: Mapping[str, Any]) -> tuple[Decimal, Target | None] | None:
    """A form row's actual (or value) as ``actual_value`` reads it; None when missing or not a number."""
    x = row.get("actual")
    if x is None:
        x = row.get("value")
        if x is None:
            return None
    if x.__class__ is str:
        got = ACTUALS.get(x)
        if got is not None:
            return got
    return actual_value(x)


def inputs_target(inputs: Mapping[str, Any]) -> Target:
    x = inputs.get("target")
    t = read_target(x)
    if t is None:
        if x is None:
            raise RuleInputError("缺少年度指标值（target）", "the target ('target') is missing")
        raise RuleInputError(f"年度指标值不是数值：{quote(x)}", f"the target is not a number: {quote(x)}")
    return t


def unit_of(*ts: Target | None) -> str:
    for t in ts:
        if t is not None and t.unit and t.unit != "1:x":
            return t.unit
    return ""
