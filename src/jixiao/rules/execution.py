"""预算执行率得分 — the execution score of a project form: 分值 × min(全年执行数 ÷ 全年预算数, 100%).

The rate (in percent) is rounded with the framework's ``rounding.rate``; with ``score_from: rounded_rate``
(default) the score is computed from that rounded rate, as the forms print it (seed 001: 1984.00 ÷ 1995.03 →
99.44% → 9.94, both truncated); with ``exact_rate`` from the exact quotient.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import HUNDRED, ZERO
from jixiao.core.rounding import rounder
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import cap, capper, choice_param, need, num, pts, rounding_note, to_dec
from jixiao.rules.packed import FastFn, PackedTrace, TraceForm

SCORE_FROM = ("rounded_rate", "exact_rate")


def _render(f: Mapping[str, Any], lang: str) -> str:
    b, e, w, s = num(f["budget"]), num(f["executed"]), pts(f["weight"]), pts(f["score"])
    rate, rate_note = num(f["rate"]), rounding_note(f["raw_rate"], f["rate"], f["rate_rounding"], lang)
    score_note = rounding_note(f["raw"], f["score"], f["score_rounding"], lang) if not f["capped"] else ""
    if lang == "en":
        head = f"{f['label_en']} = ({e} ÷ {b}) × 100% = {rate}%{rate_note}"
        if f["capped"]:
            return f"{head}, above 100% counts as 100%: full score {s}"
        factor = f"{rate}%" if f["rounded"] else f"({e} ÷ {b})"
        return f"{head}, score = {w} × {factor} = {s}{score_note}"
    head = f"{f['label']}=({e}÷{b})×100%={rate}%{rate_note}"
    if f["capped"]:
        return f"{head}，超过100%按100%计，得满分{s}分"
    factor = f"{rate}%" if f["rounded"] else f"({e}÷{b})"
    return f"{head}，得分={w}×{factor}={s}分{score_note}"


def _compile(params: Mapping[str, Any], ctx: RuleContext) -> FastFn | None:
    """``execution_rate`` for a form's funds row, its rounding and ``score_from`` bound once."""
    try:
        rounded = choice_param(params, "score_from", SCORE_FROM, "rounded_rate") == "rounded_rate"
    except RuleInputError:
        return None
    fixed = (("rounded", rounded), ("rate_rounding", ctx.rate), ("score_rounding", ctx.score),
             ("label", params.get("label", "预算执行率")), ("label_en", params.get("label_en", "execution rate")))  # fmt: skip
    form = TraceForm("execution_rate", _render, ("budget", "executed", "raw_rate", "rate", "capped", "weight", "raw"), fixed)  # fmt: skip
    rate_of, capped_score = rounder(ctx.rate), capper(ctx.score)

    def fast(weight: Decimal, target: object, row: Mapping[str, Any]) -> PackedTrace | None:
        budget, executed = to_dec(row.get("annual_budget")), to_dec(row.get("executed"))
        if budget is None or executed is None or budget <= ZERO or executed < ZERO:
            return None
        raw_rate = executed * HUNDRED / budget
        rate = rate_of(raw_rate)
        capped = (rate if rounded else raw_rate) >= HUNDRED
        raw = weight if capped else weight * (rate if rounded else raw_rate) / HUNDRED
        return (form, capped_score(raw, weight), budget, executed, raw_rate, rate, capped, weight, raw)

    return fast


@rule(
    "execution_rate",
    params={
        "score_from": Param("choice", choices=SCORE_FROM, doc="按舍入后的执行率 (默认) 或精确执行率计分"),
        "label": Param("str", doc="默认“预算执行率”"),
        "label_en": Param("str"),
    },
    inputs=("annual_budget", "executed"),
    doc="预算执行率得分=分值×执行率（不超过100%） / weight × execution rate, capped at 100%",
    compile=_compile,
)
def execution_rate(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    rounded = choice_param(params, "score_from", SCORE_FROM, "rounded_rate") == "rounded_rate"
    budget, executed = need(inputs, "annual_budget"), need(inputs, "executed")
    if budget <= ZERO:
        raise RuleInputError(
            f"全年预算数为{num(budget)}，无法计算执行率", f"annual budget is {num(budget)}: no execution rate"
        )
    if executed < ZERO:
        raise RuleInputError(
            f"全年执行数为负：{num(executed)}", f"executed amount is negative: {num(executed)}"
        )
    raw_rate = executed * HUNDRED / budget
    rate = ctx.rate.apply(raw_rate)
    capped = (rate if rounded else raw_rate) >= HUNDRED
    raw = weight if capped else weight * (rate if rounded else raw_rate) / HUNDRED
    score = cap(raw, weight, ctx.score)
    facts = {
        "budget": budget, "executed": executed, "raw_rate": raw_rate, "rate": rate, "rounded": rounded,
        "capped": capped, "weight": weight, "raw": raw, "score": score,
        "rate_rounding": ctx.rate, "score_rounding": ctx.score,
        "label": params.get("label", "预算执行率"), "label_en": params.get("label_en", "execution rate"),
    }  # fmt: skip
    return RuleResult(score, Trace("execution_rate", facts, _render))
