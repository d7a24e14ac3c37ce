"""Judged scores: 酌情扣分 (manual, optionally within a band) and checklists of n points, each 1/n of the weight."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import cap, check_score, need, outcome, param, pts, score_note, sep, to_dec

# --- manual ------------------------------------------------------------------------------------------------


def _render_manual(f: Mapping[str, Any], lang: str) -> str:
    note = f["note"]
    head = note if note else ("judged by the evaluator" if lang == "en" else "评价人酌情评分")
    return f"{head}{sep(lang)}{outcome(f['weight'], f['score'], lang)}"


def _band(weight: Decimal, params: Mapping[str, Any]) -> tuple[Decimal, Decimal] | None:
    band = params.get("band")
    if band is None:
        return None
    if not isinstance(band, Sequence) or isinstance(band, str) or len(band) != 2:
        raise RuleInputError("参数 band 应为 [最低, 最高]", "parameter 'band' must be [min, max]")
    lo, hi = param({"min": band[0]}, "min"), param({"max": band[1]}, "max")
    if not ZERO <= lo <= hi <= weight:
        raise RuleInputError(
            f"参数 band 应满足 0 ≤ {pts(lo)} ≤ {pts(hi)} ≤ {pts(weight)}",
            f"band must lie within 0-{pts(weight)}",
        )
    return lo, hi


def _check_manual(weight: Decimal, params: Mapping[str, Any]) -> None:
    _band(weight, params)


@rule(
    "manual",
    params={"band": Param("list", doc="[最低, 最高]：得分须在此范围内 / the score must lie in [min, max]")},
    inputs=("score", "note"),
    doc="评价人酌情给分 / the evaluator's score, checked against the weight and band",
    check=_check_manual,
)
def manual(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    score = need(inputs, "score")
    check_score(score, weight)
    band = _band(weight, params)
    if band is not None:
        lo, hi = band
        if not lo <= score <= hi:
            raise RuleInputError(
                f"得分{pts(score)}不在{pts(lo)}-{pts(hi)}分之间",
                f"score {pts(score)} is outside {pts(lo)}-{pts(hi)}",
            )
    facts = {"note": str(inputs.get("note") or ""), "weight": weight, "score": score}
    return RuleResult(score, Trace("manual", facts, _render_manual))


# --- checklist ---------------------------------------------------------------------------------------------


def _render_checklist(f: Mapping[str, Any], lang: str) -> str:
    n, met, missed = f["n"], f["met"], f["missed"]
    note = score_note(f, lang)
    if lang == "en":
        head = f"{met} of {n} points met, each 1/{n} of the weight"
        if missed:
            head += f" (not met: {', '.join(missed)})"
        return f"{head}, {outcome(f['weight'], f['score'], lang, note)}"
    head = f"共{n}项评价要点，各占1/{n}，符合{met}项"
    if missed:
        head += f"（未符合：{'、'.join(missed)}）"
    return f"{head}，{outcome(f['weight'], f['score'], lang, note)}"


def _points(params: Mapping[str, Any]) -> tuple[int, list[str]]:
    """(n, the points' names or [] when only counted)."""
    items = params.get("items")
    if items is not None:
        if not isinstance(items, Sequence) or isinstance(items, str) or not items:
            raise RuleInputError("参数 items 应为要点名称列表", "parameter 'items' must be a list of names")
        return len(items), [str(i) for i in items]
    n = param(params, "points")
    if n <= ZERO or n != n.to_integral_value():
        raise RuleInputError("参数 points 应为正整数", "parameter 'points' must be a whole number above 0")
    return int(n), []


def _check_checklist(weight: Decimal, params: Mapping[str, Any]) -> None:
    _points(params)


@rule(
    "checklist",
    params={
        "points": Param("int", doc="评价要点个数 n / number of points"),
        "items": Param("list", doc="评价要点名称 / the points' names"),
    },
    inputs=("met", "missed"),
    doc="n个评价要点，各占1/n权重分 / n points, each 1/n of the weight",
    check=_check_checklist,
)
def checklist(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    n, names = _points(params)
    missed: list[str] = []
    if inputs.get("missed") is not None:
        listed = inputs["missed"]
        if not isinstance(listed, Sequence) or isinstance(listed, str):
            raise RuleInputError("输入 missed 应为未符合要点的列表", "input 'missed' must be a list")
        missed = [str(x) for x in listed]
        unknown = [x for x in missed if names and x not in names]
        if unknown:
            raise RuleInputError(
                f"未知的评价要点：{'、'.join(unknown)}", f"unknown points: {', '.join(unknown)}"
            )
        met = n - len(set(missed))
    else:
        met_dec = to_dec(inputs.get("met"))
        if met_dec is None:
            raise RuleInputError(
                "应给出 met（符合的要点数）或 missed（未符合的要点）", "give 'met' or 'missed'"
            )
        if met_dec != met_dec.to_integral_value():
            raise RuleInputError(f"符合要点数应为整数：{met_dec}", f"'met' must be a whole number: {met_dec}")
        met = int(met_dec)
    if not 0 <= met <= n:
        raise RuleInputError(f"符合要点数{met}应在0-{n}之间", f"'met' = {met} must lie in 0-{n}")
    raw = weight * met / n
    score = cap(raw, weight, ctx.score)
    facts = {
        "n": n,
        "met": met,
        "missed": missed,
        "weight": weight,
        "raw": raw,
        "score": score,
        "rounding": ctx.score,
    }
    return RuleResult(score, Trace("checklist", facts, _render_checklist))
