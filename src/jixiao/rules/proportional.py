"""Proportional scores: 按完成比例得分 (positive and reverse targets), ranges, ratio × points (车库).

- ``proportional`` up: met → full; else weight × v ÷ full_at. down (反向指标, ≤): weight × full_at ÷ v.
  ``over: zero`` — 比率>100%，得0分 (seed 002 B12).
- ``range`` — inside [low, high] full; below weight × v ÷ low; above weight × high ÷ v.
- ``ratio_points`` — 覆盖完成小区数/拥有地下停车库的小区总数×50 (seed 000).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.core.safetext import quote
from jixiao.core.target import Target
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import (
    cap,
    capper,
    choice_param,
    full_score,
    full_scores,
    need,
    num,
    outcome,
    param,
    plain,
    pts,
    read_target,
    score_note,
    sep,
)
from jixiao.rules.measure import VALUE_PARAMS, Measured, check_measure, measured
from jixiao.rules.packed import FastFn, PackedTrace, TraceForm


def _actual(inputs: Mapping[str, Any]) -> tuple[Decimal, Target | None]:
    """实际完成值 as a number, with the parsed text when it carried more (a unit, a comparator)."""
    for name in ("actual", "value"):
        x = inputs.get(name)
        if x is not None:
            got = actual_value(x)
            if got is None:
                raise RuleInputError(f"实际完成值不是数值：{quote(x)}", f"the actual value is not a number: {quote(x)}")
            return got
    raise RuleInputError("缺少实际完成值（actual）", "the actual value ('actual') is missing")


_ACTUALS: dict[str, tuple[Decimal, Target | None] | None] = {}


def actual_value(x: object) -> tuple[Decimal, Target | None] | None:
    """An actual value (not None) as (number, the parsed text when it carried more), or None when it is not a
    number. Texts are remembered: a form's actuals repeat (``100``, ``95.00(%)``)."""
    if x.__class__ is str and x in _ACTUALS:
        return _ACTUALS[x]  # type: ignore[index]
    d = plain(x)
    got: tuple[Decimal, Target | None] | None
    if d is not None:
        got = (d, None)
    else:
        t = read_target(x)
        v = None if t is None else (t.value if t.value is not None else t.low)
        got = None if v is None or t is None else (v, t)
    if x.__class__ is str:
        if len(_ACTUALS) >= 65536:
            _ACTUALS.clear()
        _ACTUALS[x] = got  # type: ignore[index]
    return got



def row_actual(row: Mapping[str, Any]) -> tuple[Decimal, Target | None] | None:
    """A form row's actual (or value) as ``actual_value`` reads it; None when missing or not a number."""
    x = row.get("actual")
    if x is None:
        x = row.get("value")
        if x is None:
            return None
    if x.__class__ is str:
        got = _ACTUALS.get(x)
        if got is not None:
            return got
    return actual_value(x)


def _target(inputs: Mapping[str, Any]) -> Target:
    x = inputs.get("target")
    t = read_target(x)
    if t is None:
        if x is None:
            raise RuleInputError("缺少年度指标值（target）", "the target ('target') is missing")
        raise RuleInputError(f"年度指标值不是数值：{quote(x)}", f"the target is not a number: {quote(x)}")
    return t


_OP_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def _unit(*ts: Target | None) -> str:
    for t in ts:
        if t is not None and t.unit and t.unit != "1:x":
            return t.unit
    return ""


# --- proportional ------------------------------------------------------------------------------------------


def _check_proportional(weight: Decimal, params: Mapping[str, Any]) -> None:
    if "full_at" in params:
        param(params, "full_at")
    check_measure(params)


def _check_range(weight: Decimal, params: Mapping[str, Any]) -> None:
    if ("low" in params) != ("high" in params):
        raise RuleInputError("参数 low 和 high 应同时给出", "give both low and high, or neither")
    if "low" in params and param(params, "low") > param(params, "high"):
        raise RuleInputError("参数 low 大于 high", "parameter low is above high")


def _render_proportional(f: Mapping[str, Any], lang: str) -> str:
    w, s, full, v = f["weight"], f["score"], f["full_at"], f["value"]
    m: Measured | None = f["measured"]
    target: Target | None = f["target"]
    u = m.unit if m is not None else f["unit"] or _unit(f["actual"], target)
    op = _OP_SIGN.get(target.op, "") if target is not None else ""
    if m is not None:
        head = m.render(lang)
    elif lang == "en":
        head = f"actual {num(v)}{u}, target {op}{num(full)}{u}"
    else:
        head = f"实际完成值{num(v)}{u}，目标值{op}{num(full)}{u}"
    if f["over_zero"]:
        if lang == "en":
            return f"{head}, above {num(full)}{u}: score 0"
        return f"{head}，超过{num(full)}{u}，不得分"
    note = score_note(f, lang)
    if s >= w or s == ZERO or m is not None:
        return f"{head}{sep(lang)}{outcome(w, s, lang, note)}"
    a, b = (v, full) if f["up"] else (full, v)
    if lang == "en":
        return f"{head}, score = {pts(w)} × {num(a)} ÷ {num(b)} = {pts(s)}{note}"
    return f"{head}，得分={pts(w)}×{num(a)}÷{num(b)}={pts(s)}分{note}"


def _compile_proportional(params: Mapping[str, Any], ctx: RuleContext) -> FastFn | None:
    """``proportional`` for a form's rows, its direction, ``over`` and rounding bound once: the same
    arithmetic as the rule, on the row's parsed target; a ``measure`` or ``full_at`` keeps the rule itself."""
    if "measure" in params or "full_at" in params:
        return None
    try:
        up = not params or choice_param(params, "direction", ("up", "down"), "up") == "up"
        over_zero_rule = bool(params) and choice_param(params, "over", ("cap", "zero"), "cap") == "zero"
    except RuleInputError:
        return None
    fixed = (("measured", None), ("up", up), ("unit", params.get("unit")), ("rounding", ctx.score))
    form = TraceForm("proportional", _render_proportional, ("value", "full_at", "over_zero", "actual", "target", "weight", "raw"), fixed)  # fmt: skip
    rounding = ctx.score
    capped, fulls, actuals = capper(rounding), full_scores(rounding), _ACTUALS

    def fast_up(weight: Decimal, target: Target, row: Mapping[str, Any]) -> PackedTrace | None:
        x = row.get("actual")  # row_actual, its common case inline
        got = actuals.get(x) if x.__class__ is str else None
        if got is None and (got := row_actual(row)) is None:
            return None
        v, actual = got
        full = target.value
        if full is None:
            return None
        if v < full:
            if full <= ZERO:
                return None
            raw = weight * v / full
            return (form, capped(raw, weight), v, full, False, actual, target, weight, raw)
        score = fulls.get(weight) or full_score(rounding, weight)  # met: the full score
        return (form, score, v, full, False, actual, target, weight, weight)

    def fast_down(weight: Decimal, target: Target, row: Mapping[str, Any]) -> PackedTrace | None:
        x = row.get("actual")
        got = actuals.get(x) if x.__class__ is str else None
        if got is None and (got := row_actual(row)) is None:
            return None
        v, actual = got
        full = target.value
        if full is None:
            return None
        if v > full:
            if v <= ZERO or full < ZERO:
                return None
            raw = weight * full / v
            return (form, capped(raw, weight), v, full, False, actual, target, weight, raw)
        score = fulls.get(weight) or full_score(rounding, weight)  # met: the full score
        return (form, score, v, full, False, actual, target, weight, weight)

    if over_zero_rule:
        return None  # 比率>100%，得0分: rare, scored by the rule itself
    return fast_up if up else fast_down


@rule(
    "proportional",
    params={
        "direction": Param("choice", choices=("up", "down"), doc="up 正向 (默认) / down 反向"),
        "full_at": Param(
            "decimal", doc="满分值（默认取输入 target） / value for the full score (default: target)"
        ),
        "over": Param("choice", choices=("cap", "zero"), doc="超过满分值：cap 按满分 / zero 得0分"),
        **VALUE_PARAMS,
    },
    inputs=("actual", "value", "target"),
    doc="按完成比例得分 / score in proportion to the actual value",
    check=_check_proportional,
    compile=_compile_proportional,
)
def proportional(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    up = not params or choice_param(params, "direction", ("up", "down"), "up") == "up"
    over_zero_rule = bool(params) and choice_param(params, "over", ("cap", "zero"), "cap") == "zero"
    m: Measured | None = None
    actual: Target | None = None
    target: Target | None = None
    if "measure" in params:
        m = measured(params, inputs, ctx)
        v = m.value
    else:
        v, actual = _actual(inputs)
    if "full_at" in params:
        full = param(params, "full_at")
    else:
        target = _target(inputs)
        if target.value is None:
            raise RuleInputError(
                f"年度指标值“{target.text}”是区间，应使用 range 规则",
                f"target {target.text!r} is a range: use 'range'",
            )
        full = target.value
    over_zero = over_zero_rule and v > full
    if over_zero:
        raw = ZERO
    elif up:
        if v >= full:
            raw = weight
        elif full <= ZERO:
            raise RuleInputError(
                f"满分值{num(full)}应大于0", f"the full-score value {num(full)} must be above 0"
            )
        else:
            raw = weight * v / full
    else:
        if v <= full:
            raw = weight
        elif v <= ZERO or full < ZERO:
            raise RuleInputError(
                "反向指标的实际值和目标值应大于0", "a reverse indicator needs positive values"
            )
        else:
            raw = weight * full / v
    score = cap(raw, weight, ctx.score)
    facts = {
        "measured": m, "value": v, "full_at": full, "up": up, "over_zero": over_zero, "unit": params.get("unit"),
        "actual": actual, "target": target, "weight": weight, "raw": raw, "score": score, "rounding": ctx.score,
    }  # fmt: skip
    return RuleResult(score, Trace("proportional", facts, _render_proportional))


# --- range -------------------------------------------------------------------------------------------------


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
    capped, actuals = capper(ctx.score), _ACTUALS

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
        unit = unit_param or _unit(actual, target)
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
    v, actual = _actual(inputs)
    target: Target | None = None
    if "low" in params and "high" in params:
        lo, hi = param(params, "low"), param(params, "high")
    else:
        target = _target(inputs)
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
    unit = params.get("unit") or _unit(actual, target)
    facts = {
        "value": v, "low": lo, "high": hi, "side": side, "unit": unit,
        "weight": weight, "raw": raw, "score": score, "rounding": ctx.score,
    }  # fmt: skip
    return RuleResult(score, Trace("range", facts, _render_range))


# --- ratio_points ------------------------------------------------------------------------------------------


def _render_ratio(f: Mapping[str, Any], lang: str) -> str:
    n, d, w, s = num(f["numerator"]), num(f["denominator"]), pts(f["weight"]), pts(f["score"])
    if lang == "en":
        return f"score = {n} ÷ {d} × {w} = {s}{score_note(f, lang)}"
    return f"得分={n}÷{d}×{w}={s}分{score_note(f, lang)}"


@rule(
    "ratio_points",
    params={},
    inputs=("numerator", "denominator"),
    doc="得分=完成数÷总数×分值 / score = numerator ÷ denominator × weight",
)
def ratio_points(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    n, d = need(inputs, "numerator"), need(inputs, "denominator")
    if d <= ZERO:
        raise RuleInputError(f"总数应大于0：{num(d)}", f"the denominator must be above 0: {num(d)}")
    if n < ZERO or n > d:
        raise RuleInputError(
            f"完成数{num(n)}应在0和总数{num(d)}之间",
            f"the numerator {num(n)} must lie between 0 and {num(d)}",
        )
    raw = weight * n / d
    score = cap(raw, weight, ctx.score)
    facts = {
        "numerator": n,
        "denominator": d,
        "weight": weight,
        "raw": raw,
        "score": score,
        "rounding": ctx.score,
    }
    return RuleResult(score, Trace("ratio_points", facts, _render_ratio))
