"""Proportional scores: 按完成比例得分 (positive and reverse targets), ratio × points (车库).

- ``proportional`` up: met → full; else weight × v ÷ full_at. down (反向指标, ≤): weight × full_at ÷ v.
  ``over: zero`` — 比率>100%，得0分 (seed 002 B12).
- ``ratio_points`` — 覆盖完成小区数/拥有地下停车库的小区总数×50 (seed 000).

``range`` (inside [low, high] full, proportional outside) is ``target_range``'s; the rows' actuals and targets as
the rules read them, ``actuals``'.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.core.target import Target
from jixiao.rules.actuals import ACTUALS, inputs_actual, inputs_target, row_actual, unit_of
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
    pts,
    score_note,
    sep,
)
from jixiao.rules.measure import VALUE_PARAMS, Measured, check_measure, measured
from jixiao.rules.packed import FastFn, PackedTrace, TraceForm

_OP_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


# --- proportional ------------------------------------------------------------------------------------------


def _check_proportional(weight: Decimal, params: Mapping[str, Any]) -> None:
    if "full_at" in params:
        param(params, "full_at")
    check_measure(params)


def _render_proportional(f: Mapping[str, Any], lang: str) -> str:
    w, s, full, v = f["weight"], f["score"], f["full_at"], f["value"]
    m: Measured | None = f["measured"]
    target: Target | None = f["target"]
    u = m.unit if m is not None else f["unit"] or unit_of(f["actual"], target)
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
    capped, fulls, actuals = capper(rounding), full_scores(rounding), ACTUALS

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
        v, actual = inputs_actual(inputs)
    if "full_at" in params:
        full = param(params, "full_at")
    else:
        target = inputs_target(inputs)
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
