"""业绩值 — the measured value a value-based rule scores: given as input ``value`` or computed by ``measure``.

``measure: {formula: ratio, numerator: executed, denominator: adjusted_budget}`` gives
``v = executed ÷ adjusted_budget × 100`` (percent); ``formula: change`` gives ``(num − den) ÷ den × 100``.
The percentage is rounded with the framework's ``rounding.rate`` before it is scored, as the seeds publish it.
One helper for every rule that takes a value (threshold, step_deduction, bands, proportional).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import HUNDRED, ZERO
from jixiao.core.rounding import Rounding
from jixiao.core.safetext import quote
from jixiao.rules.base import Param, RuleContext, RuleInputError
from jixiao.rules.common import need, num, rounding_note

FORMULAS = ("ratio", "change")

VALUE_PARAMS: dict[str, Param] = {
    "measure": Param(
        "map",
        doc="计算业绩值：{formula: ratio|change, numerator: 输入名, denominator: 输入名} / compute the value",
    ),
    "label": Param("str", doc="业绩值名称，如“预算执行率” / name of the value in explanations (Chinese)"),
    "label_en": Param("str", doc="name of the value in English explanations"),
    "unit": Param("str", doc="业绩值单位（默认 %） / unit of the value (default %)"),
}


@dataclass(slots=True)  # not frozen: built once per scored indicator, and frozen classes build slowly
class Measured:
    """The value a rule scores, and how it was obtained (for the explanation)."""

    value: Decimal  # as scored (rounded with ctx.rate when computed)
    raw: Decimal  # before rounding
    formula: str | None  # None: given as input ``value``
    numerator: Decimal | None
    denominator: Decimal | None
    label: str | None
    label_en: str | None
    unit: str
    rounding: Rounding

    def render(self, lang: str) -> str:
        if lang == "en":
            label = self.label_en or self.label or "value"
            if self.formula is None:
                return f"{label} = {num(self.value)}{self.unit}"
            note = rounding_note(self.raw, self.value, self.rounding, "en")
            n, d, v = num(self.numerator or ZERO), num(self.denominator or ZERO), num(self.value)
            if self.formula == "change":
                return f"{label} = ({n} - {d}) ÷ {d} × 100% = {v}%{note}"
            return f"{label} = ({n} ÷ {d}) × 100% = {v}%{note}"
        label = self.label or "业绩值"
        if self.formula is None:
            return f"{label}={num(self.value)}{self.unit}"
        note = rounding_note(self.raw, self.value, self.rounding, "zh")
        n, d, v = num(self.numerator or ZERO), num(self.denominator or ZERO), num(self.value)
        if self.formula == "change":
            return f"{label}=({n}-{d})÷{d}×100%={v}%{note}"
        return f"{label}=({n}÷{d})×100%={v}%{note}"


def _spec(m: object) -> tuple[str, str, str]:
    """(formula, numerator input, denominator input) of a ``measure`` mapping."""
    if not isinstance(m, Mapping) or "numerator" not in m or "denominator" not in m:
        raise RuleInputError(
            "参数 measure 应写明 numerator 和 denominator",
            "parameter 'measure' needs numerator and denominator",
        )
    formula = m.get("formula", "ratio")
    if formula not in FORMULAS:
        raise RuleInputError(
            f"measure 的 formula 应为 ratio 或 change：{quote(formula)}",
            f"measure formula must be ratio or change: {quote(formula)}",
        )
    return str(formula), str(m["numerator"]), str(m["denominator"])


def check_measure(params: Mapping[str, Any]) -> None:
    """A framework's ``measure`` parameter is well formed (checked when the framework loads)."""
    m = params.get("measure")
    if m is not None:
        _spec(m)
        unknown = sorted(set(map(str, m)) - {"formula", "numerator", "denominator"})
        if unknown:
            raise RuleInputError(f"measure 不认识的字段：{'、'.join(unknown)}", f"measure: unknown keys {unknown}")


def measured(
    params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext, unit: str = "%"
) -> Measured:
    """The value to score: input ``value``, or ``measure`` over named inputs rounded with ``ctx.rate``."""
    label = params.get("label")
    label_en = params.get("label_en")
    unit = params.get("unit", unit)
    m = params.get("measure")
    if m is None:
        v = need(inputs, "value")
        return Measured(v, v, None, None, None, label, label_en, unit, ctx.rate)
    formula, num_name, den_name = _spec(m)
    n = need(inputs, num_name)
    d = need(inputs, den_name)
    if d == ZERO:
        raise RuleInputError(f"“{den_name}”为0，无法计算比率", f"'{den_name}' is 0: the ratio is undefined")
    raw = (n - d) * HUNDRED / d if formula == "change" else n * HUNDRED / d
    return Measured(ctx.rate.apply(raw), raw, formula, n, d, label, label_en, "%", ctx.rate)
