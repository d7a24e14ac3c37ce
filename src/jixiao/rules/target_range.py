"""``range`` — inside [low, high] full; below weight × v ÷ low; above weight × high ÷ v (the bounds given as
params, or the row's target read as a range)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.core.target import Target
from jixiao.rules.actuals import ACTUALS, inputs_actual, inputs_target, row_actual, unit_of
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import cap, capper, num, param, pts, score_note
from jixiao.rules.packed import FastFn, PackedTrace, TraceForm


def _check_range(weight: Decimal, params: Mapping[str, Any]) -> None:
    if ("low" in params) != ("high" in params):
        raise RuleInputError("参数 low 和 high 应同时给出", "give both low and high, or neither")
    if "low" in params and param(params, "low") > param(params, "high"):
        raise RuleInputError("参数 low 大于 high", "parameter low is above high")


def _render_range(f: Mapping[str, Any], lang: str) -> str:
    w, s, v, lo, hi, u = f["weight"], f["score"], f["value"], f["low"], f["high"], f["unit"]
    if lang == "en":
        head = f"actual {num(v)}{u}, target range {num(lo)}-{num(hi)}{u}"
        if f["side"] == "inside":
            return f"{head}: inside, full score {pts(s)}"
        a, b = (v, lo) if f["side"] == "below" else (hi, v)
        return f"{head}: score = {pts(w)} × {num(a)} ÷ {num(b)} = {pts(s)}{score_note(f, lang)}"
    head = f"实际完成值{num(v)}{u}，目标区间{num(lo)}-{num(hi)}{u}"
    if f["side"] == "inside":
        return f"{head}，在区间内，得满分{pts(s)}分"
    a, b = (v, lo) if f["side"] == "below" else (hi, v)
    side = "低于下限" if f["side"] == "below" else "高于上限"
    return f"{head}，{side}，得分={pts(w)}×{num(a)}÷{num(b)}={pts(s)}分{score_note(f, lang)}"


def _range_raw(weight: Decimal, v: Decimal, lo: Decimal, hi: Decimal) -> tuple[str, Decimal]:
    """(side, score before rounding): full inside [lo, hi], in proportion to the nearer bound outside."""
    if v < lo:
        return "below", weight * v / lo if lo > ZERO else ZERO
    if v > hi:
        return "above", weight * hi / v if hi > ZERO else ZERO
    return "inside", weight


def _compile_range(params: Mapping[str, Any], ctx: RuleContext) -> FastFn | None:
    """``range`` for a form's rows, on the bounds of the row's parsed target (bounds given as params keep
    the rule itself)."""
    if "low" in params or "high" in params:
        return None
    unit_param = params.get("unit")
    form = TraceForm("range", _render_range, ("value", "low", "high", "side", "unit", "weight", "raw"), (("rounding", ctx.score),))  # fmt: skip
    capped, actuals = capper(ctx.score), ACTUALS

    def fast(weight: Decimal, target: Target, row: Mapping[str, Any]) -> PackedTrace | None:
        x = row.get("actual")  # row_actual, inline
        got = actuals.get(x) if x.__class__ is str else None
        if got is None:
            got = row_actual(row)
            if got is None:
                return None
        v, actual = got
        lo, hi = target.low, target.high
        if target.op != "range" or lo is None or hi is None or lo > hi:
            return None
        side, raw = _range_raw(weight, v, lo, hi)
        unit = unit_param or unit_of(actual, target)
        return (form, capped(raw, weight), v, lo, hi, side, unit, weight, raw)

    return fast


@rule(
    "range",
    params={
        "low": Param("decimal", doc="下限（默认取 target 区间） / lower bound (default: the target's)"),
        "high": Param("decimal", doc="上限 / upper bound"),
        "unit": Param("str"),
    },
    inputs=("actual", "target"),
    doc="区间内得满分，区间外按接近的界限比例得分 / full inside the range, proportional outside",
    check=_check_range,
    compile=_compile_range,
)
def range_rule(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    v, actual = inputs_actual(inputs)
    target: Target | None = None
    if "low" in params and "high" in params:
        lo, hi = param(params, "low"), param(params, "high")
    else:
        target = inputs_target(inputs)
        if target.op != "range" or target.low is None or target.high is None:
            raise RuleInputError(
                f"年度指标值“{target.text}”不是区间", f"target {target.text!r} is not a range"
            )
        lo, hi = param(params, "low", target.low), param(params, "high", target.high)
    if lo > hi:
        raise RuleInputError(
            f"区间下限{num(lo)}大于上限{num(hi)}", f"range low {num(lo)} is above high {num(hi)}"
        )
    side, raw = _range_raw(weight, v, lo, hi)
    score = cap(raw, weight, ctx.score)
    unit = params.get("unit") or unit_of(actual, target)
    facts = {
        "value": v, "low": lo, "high": hi, "side": side, "unit": unit,
        "weight": weight, "raw": raw, "score": score, "rounding": ctx.score,
    }  # fmt: skip
    return RuleResult(score, Trace("range", facts, _render_range))


# --- ratio_points ------------------------------------------------------------------------------------------
