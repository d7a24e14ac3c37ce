"""Deductions: full-or-zero thresholds, deduction per step of the value, deduction per violation.

- ``threshold`` — 公用经费控制率 ≤ 100% 得满分，否则不得分 (seed 002 B14, B15).
- ``step_deduction`` — 每增加1%扣5%的权重分 (seed 002 B11, B13; seed 003 B101, B302, B1041 …), steps
  counted by floor, ceiling or exactly as the rule text says, with 不得分 beyond ``zero_at``.
- ``per_violation`` — 每发现一例扣0.1-0.5分，扣完为止 (seed 002 C13).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from jixiao.core.numbers import ONE, ZERO
from jixiao.core.safetext import quote
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import (
    NOT_OP_EN,
    NOT_OP_ZH,
    OP_EN,
    OP_ZH,
    OPS,
    cap,
    choice_param,
    need,
    num,
    op_param,
    outcome,
    param,
    pts,
    score_note,
    sep,
    to_dec,
)
from jixiao.rules.measure import VALUE_PARAMS, Measured, check_measure, measured

# --- threshold ---------------------------------------------------------------------------------------------


def _render_threshold(f: Mapping[str, Any], lang: str) -> str:
    m: Measured = f["measured"]
    op, limit, unit = f["op"], num(f["limit"]), m.unit
    if lang == "en":
        if f["met"]:
            return f"{m.render(lang)}, {OP_EN[op]} {limit}{unit}: full score {pts(f['score'])}"
        return f"{m.render(lang)}, {NOT_OP_EN[op]} {limit}{unit}: score 0"
    if f["met"]:
        return f"{m.render(lang)}，{OP_ZH[op]}{limit}{unit}，得满分{pts(f['score'])}分"
    return f"{m.render(lang)}，{NOT_OP_ZH[op]}{limit}{unit}，不得分"


def _check_threshold(params: Mapping[str, Any]) -> None:
    op_param(params.get("op"), "threshold.op")
    param(params, "limit")
    check_measure(params)


@rule(
    "threshold",
    params={
        "op": Param("choice", required=True, choices=tuple(OPS)),
        "limit": Param("decimal", required=True),
        **VALUE_PARAMS,
    },
    inputs=("value",),
    doc="达标得满分，否则不得分 / full score when the value meets the limit, else 0",
    check=lambda weight, params: _check_threshold(params),
)
def threshold(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    op = op_param(params.get("op"), "threshold.op")
    limit = param(params, "limit")
    m = measured(params, inputs, ctx)
    met = OPS[op](m.value, limit)
    score = cap(weight if met else ZERO, weight, ctx.score)
    facts = {"measured": m, "op": op, "limit": limit, "met": met, "score": score}
    return RuleResult(score, Trace("threshold", facts, _render_threshold))


# --- step_deduction ----------------------------------------------------------------------------------------

COUNTING = ("floor", "ceil", "exact")


def _render_step(f: Mapping[str, Any], lang: str) -> str:
    m: Measured = f["measured"]
    return f"{m.render(lang)}{sep(lang)}{outcome(f['weight'], f['score'], lang, score_note(f, lang))}"


def _step_spec(
    weight: Decimal, params: Mapping[str, Any]
) -> tuple[Decimal, bool, Decimal, str, Decimal, tuple[str, Decimal] | None]:
    """(base, up, step, counting, points per step, zero_at) from a step_deduction's params."""
    base = param(params, "base", ZERO)
    up = choice_param(params, "direction", ("up", "down"), "up") == "up"
    step = param(params, "step", ONE)
    if step <= ZERO:
        raise RuleInputError("参数 step 应大于0", "parameter 'step' must be above 0")
    counting = choice_param(params, "counting", COUNTING, "floor")
    if "deduct_share" in params:
        per = param(params, "deduct_share") * weight
    elif "deduct_points" in params:
        per = param(params, "deduct_points")
    else:
        raise RuleInputError("应给出 deduct_share 或 deduct_points", "give deduct_share or deduct_points")
    zero_at = params.get("zero_at")
    if zero_at is None:
        return base, up, step, counting, per, None
    if not isinstance(zero_at, Mapping):
        raise RuleInputError("参数 zero_at 应为 {op, value}", "parameter 'zero_at' must be {op, value}")
    return base, up, step, counting, per, (op_param(zero_at.get("op"), "zero_at"), param(zero_at, "value"))


def _check_step(weight: Decimal, params: Mapping[str, Any]) -> None:
    _step_spec(weight, params)
    if "max_deduction" in params:
        param(params, "max_deduction")
    check_measure(params)


@rule(
    "step_deduction",
    params={
        "base": Param("decimal", doc="满分的基准值（默认0） / value at which the score is full (default 0)"),
        "direction": Param("choice", choices=("up", "down"), doc="up: 高于基准扣分; down: 低于基准扣分"),
        "step": Param("decimal", doc="每档的幅度（默认1，即1%） / size of one step (default 1)"),
        "deduct_share": Param("decimal", doc="每档扣权重分的比例，如0.05 / share of the weight per step"),
        "deduct_points": Param("decimal", doc="每档扣分 / points per step"),
        "counting": Param("choice", choices=COUNTING, doc="不足一档：floor 不计, ceil 按一档, exact 按比例"),
        "zero_at": Param("map", doc="{op, value}：满足即不得分 / score 0 when the value meets this"),
        "max_deduction": Param("decimal", doc="最多扣分 / at most this many points deducted"),
        **VALUE_PARAMS,
    },
    inputs=("value",),
    doc="每偏离一档扣分，扣完为止 / deduction per step away from the base, down to 0",
    check=_check_step,
)
def step_deduction(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    base, up, step, counting, per, zero_at = _step_spec(weight, params)
    m = measured(params, inputs, ctx)
    v = m.value
    zero = zero_at is not None and OPS[zero_at[0]](v, zero_at[1])
    distance = v - base if up else base - v
    steps = ZERO
    if zero:
        raw = ZERO
    elif distance <= ZERO:
        raw = weight
    else:
        steps = distance / step
        if counting == "floor":
            steps = steps.to_integral_value(rounding=ROUND_FLOOR)
        elif counting == "ceil":
            steps = steps.to_integral_value(rounding=ROUND_CEILING)
        deduction = steps * per
        if "max_deduction" in params:
            deduction = min(deduction, param(params, "max_deduction"))
        raw = weight - deduction
    score = cap(raw, weight, ctx.score)
    facts = {
        "measured": m,
        "weight": weight,
        "score": score,
        "steps": steps,
        "zero": zero,
        "raw": raw,
        "rounding": ctx.score,
    }
    return RuleResult(score, Trace("step_deduction", facts, _render_step))


# --- per_violation -----------------------------------------------------------------------------------------


def _render_violation(f: Mapping[str, Any], lang: str) -> str:
    n, w, s = f["count"], f["weight"], f["score"]
    each = f["each"]
    if lang == "en":
        if n == 0:
            return f"no violation found, full score {pts(s)}"
        detail = f"{pts(each)} each" if each is not None else " + ".join(pts(d) for d in f["deductions"])
        return f"{n} violation(s) found ({detail}), {outcome(w, s, lang)}"
    if n == 0:
        return f"未发现问题，得满分{pts(s)}分"
    detail = (
        f"每项扣{pts(each)}分"
        if each is not None
        else "分别扣" + "、".join(pts(d) for d in f["deductions"]) + "分"
    )
    return f"发现{n}项问题，{detail}，{outcome(w, s, lang)}"


def _violation_spec(
    weight: Decimal, params: Mapping[str, Any]
) -> tuple[Decimal, tuple[Decimal, Decimal] | None]:
    """(points per violation, [lo, hi] when the evaluator picks each deduction) from the params."""
    if "deduct_range" in params:
        rng = params["deduct_range"]
        if not isinstance(rng, Sequence) or isinstance(rng, str) or len(rng) != 2:
            raise RuleInputError(
                "参数 deduct_range 应为 [最少, 最多]", "parameter 'deduct_range' must be [lo, hi]"
            )
        lo, hi = param({"lo": rng[0]}, "lo"), param({"hi": rng[1]}, "hi")
        if not ZERO <= lo <= hi:
            raise RuleInputError("参数 deduct_range 应满足 0 ≤ 最少 ≤ 最多", "deduct_range needs 0 ≤ lo ≤ hi")
        return hi, (lo, hi)
    if "deduct" in params:
        return param(params, "deduct"), None
    if "deduct_share" in params:
        return param(params, "deduct_share") * weight, None
    raise RuleInputError(
        "应给出 deduct、deduct_share 或 deduct_range", "give deduct, deduct_share or deduct_range"
    )


def _check_violation(weight: Decimal, params: Mapping[str, Any]) -> None:
    _violation_spec(weight, params)


@rule(
    "per_violation",
    params={
        "deduct": Param("decimal", doc="每项扣分 / points per violation"),
        "deduct_share": Param("decimal", doc="每项扣权重分的比例 / share of the weight per violation"),
        "deduct_range": Param("list", doc="[最少, 最多]：每项由评价人在此范围内扣分 / per-case range"),
    },
    inputs=("count", "deductions"),
    doc="每发现一项扣分，扣完为止 / deduction per violation, down to 0",
    check=lambda weight, params: _check_violation(weight, params),
)
def per_violation(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    per, rng = _violation_spec(weight, params)
    each: Decimal | None = per
    listed = inputs.get("deductions")
    if rng is not None:
        lo, hi = rng
        if listed is None:
            if to_dec(inputs.get("count")) != ZERO:
                raise RuleInputError(
                    f"每项扣分在{pts(lo)}-{pts(hi)}分之间，应逐项给出 deductions",
                    f"each deduction lies in {pts(lo)}-{pts(hi)}: give the list 'deductions'",
                )
            listed = []
        deductions = _deduction_list(listed)
        for d in deductions:
            if not lo <= d <= hi:
                raise RuleInputError(
                    f"扣分{pts(d)}不在{pts(lo)}-{pts(hi)}分之间",
                    f"deduction {pts(d)} is outside {pts(lo)}-{pts(hi)}",
                )
        each = None
    elif listed is not None:
        deductions, each = _deduction_list(listed), None
    else:
        count = need(inputs, "count")
        if count < ZERO or count != count.to_integral_value():
            raise RuleInputError(
                f"问题数应为非负整数：{pts(count)}", f"count must be a whole number ≥ 0: {count}"
            )
        deductions = [per] * int(count)
    total = sum(deductions, ZERO)
    score = cap(weight - total, weight, ctx.score)
    facts = {
        "count": len(deductions),
        "each": each,
        "deductions": deductions,
        "weight": weight,
        "score": score,
    }
    return RuleResult(score, Trace("per_violation", facts, _render_violation))


def _deduction_list(listed: object) -> list[Decimal]:
    if not isinstance(listed, Sequence) or isinstance(listed, str):
        raise RuleInputError("输入 deductions 应为扣分列表", "input 'deductions' must be a list of points")
    out = []
    for i, x in enumerate(listed, 1):
        d = to_dec(x)
        if d is None or d < ZERO:
            raise RuleInputError(f"第{i}项扣分不是非负数：{quote(x)}", f"deduction {i} is not a number ≥ 0: {quote(x)}")
        out.append(d)
    return out
