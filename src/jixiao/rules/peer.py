"""Relative to the best of a peer group — 宽带用户下载速率 (seed 000).

最高下载速率的行政区为满分；每低于最高下载速率5%扣1分（不足5%的按5%计算）:
score = weight − ceil((best − v) ÷ best × 100 ÷ step_pct) × deduct_points, never below 0.
The gap is computed exactly: rounding it first could move a district across a step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from jixiao.core.numbers import HUNDRED, ONE, ZERO
from jixiao.core.safetext import quote
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import cap, choice_param, need, num, outcome, param, pts, to_dec

COUNTING = ("ceil", "floor", "exact")


def _render(f: Mapping[str, Any], lang: str) -> str:
    v, best, gap, steps = num(f["value"]), num(f["best"]), f["gap"], f["steps"]
    shown = f["rate"].apply(gap)
    if shown == gap:  # exact: shown as computed (10, not 10.00 padded to the rate's places)
        shown, approx = gap, ""
    else:
        approx = "约" if lang == "zh" else "about "
    step, per = pts(f["step_pct"]), pts(f["deduct_points"])
    if lang == "en":
        if gap == ZERO:
            return f"value {v} is the best of the group: full score {pts(f['score'])}"
        return (
            f"value {v}, best {best}, {approx}{num(shown)}% below the best; {per} point(s) per {step}% "
            f"({f['counting']}): {pts(steps)} step(s), {outcome(f['weight'], f['score'], lang)}"
        )
    if gap == ZERO:
        return f"业绩值{v}，为组内最高，得满分{pts(f['score'])}分"
    part = (
        "，不足部分按一档计"
        if f["counting"] == "ceil"
        else ("，不足部分不计" if f["counting"] == "floor" else "")
    )
    return (
        f"业绩值{v}，最高值{best}，低于最高值{approx}{num(shown)}%，每低{step}%扣{per}分{part}，"
        f"计{pts(steps)}档，{outcome(f['weight'], f['score'], lang)}"
    )


def _spec(params: Mapping[str, Any]) -> tuple[Decimal, Decimal, str]:
    step_pct = param(params, "step_pct", Decimal(5))
    if step_pct <= ZERO:
        raise RuleInputError("参数 step_pct 应大于0", "parameter 'step_pct' must be above 0")
    return step_pct, param(params, "deduct_points", ONE), choice_param(params, "counting", COUNTING, "ceil")


def _check(weight: Decimal, params: Mapping[str, Any]) -> None:
    _spec(params)


@rule(
    "relative_best",
    params={
        "step_pct": Param("decimal", doc="每档百分比（默认5） / percent per step (default 5)"),
        "deduct_points": Param("decimal", doc="每档扣分（默认1） / points per step (default 1)"),
        "counting": Param("choice", choices=COUNTING, doc="不足一档：ceil 按一档 (默认)"),
    },
    inputs=("value", "peers", "best"),
    doc="组内最高者满分，每低于最高值一档扣分 / full for the best of the group, points off per step below it",
    check=_check,
)
def relative_best(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    step_pct, per, counting = _spec(params)
    v = need(inputs, "value")
    if inputs.get("best") is not None:
        best = need(inputs, "best")
        if v > best:
            raise RuleInputError(
                f"业绩值{num(v)}高于最高值{num(best)}", f"value {num(v)} is above the best {num(best)}"
            )
    else:
        peers = inputs.get("peers")
        if not isinstance(peers, Sequence) or isinstance(peers, str):
            raise RuleInputError(
                "应给出 best 或 peers（组内各方的值）", "give 'best' or 'peers' (the group's values)"
            )
        values = [v]
        for i, x in enumerate(peers, 1):
            d = to_dec(x)
            if d is None:
                raise RuleInputError(f"peers 第{i}项不是数字：{quote(x)}", f"peer {i} is not a number: {quote(x)}")
            values.append(d)
        best = max(values)
    if best <= ZERO or v < ZERO:
        raise RuleInputError(
            "最高值应大于0，业绩值不应为负", "the best must be above 0 and the value not negative"
        )
    gap = (best - v) * HUNDRED / best
    steps = gap / step_pct
    if counting == "ceil":
        steps = steps.to_integral_value(rounding=ROUND_CEILING)
    elif counting == "floor":
        steps = steps.to_integral_value(rounding=ROUND_FLOOR)
    score = cap(weight - steps * per, weight, ctx.score)
    facts = {
        "value": v, "best": best, "gap": gap, "steps": steps, "step_pct": step_pct, "deduct_points": per,
        "counting": counting, "weight": weight, "score": score, "rate": ctx.rate,
    }  # fmt: skip
    return RuleResult(score, Trace("relative_best", facts, _render))
