"""Named bands an evaluator's score is checked against (the band tables: ``bandtable``).

- ``qualitative_band`` — 达成 100-80%、部分达成 80-60%、未达成 60-0% of the weight: the evaluator picks
  a score, the rule checks it lies in the band.
- ``grade_band`` — 格次赋分: 完成好的得8-10分 … in points (seed 000).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.rules.bandtable import Band, Bounds, evaluator_score, named, within
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import check_score, memo, outcome, pts, to_dec_cached
from jixiao.rules.packed import FastFn, PackedTrace, TraceForm


def _check_named(weight: Decimal, params: Mapping[str, Any], top: Decimal) -> None:
    table: list[Band] = memo(params.get("bands"), named)
    names = [b.name for b in table]
    if len(set(names)) != len(names):
        raise RuleInputError("bands 的档次名称重复", "band names repeat")
    for band in table:
        within(band.low, band.high, top, f"档次“{band.name}”")


def _render_band_check(f: Mapping[str, Any], lang: str) -> str:
    band: Band = f["band"]
    unit = " points" if lang == "en" else "分"
    span = band.describe(lang, f["scale"], unit)
    note = f["note"]
    if lang == "en":
        head = f"rated '{band.name}' ({span})"
        return f"{head}{': ' + note if note else ''}, {outcome(f['weight'], f['score'], lang)}"
    head = f"评价为“{band.name}”（{span}）"
    return f"{head}{'，' + note if note else ''}，{outcome(f['weight'], f['score'], lang)}"


def _check_band(
    rule_name: str, weight: Decimal, table: list[Band], inputs: Mapping[str, Any], scale: Decimal | None
) -> RuleResult:
    score = evaluator_score(inputs)
    check_score(score, weight)
    name = inputs.get("band")
    if name is not None:
        for band in table:
            if band.name == str(name):
                break
        else:
            names = "、".join(b.name for b in table)
            raise RuleInputError(
                f"档次“{name}”不存在（应为{names}）", f"unknown band {name!r} (one of {names})"
            )
        if not band.holds(score, scale):
            span = band.describe("zh", scale, "分")
            raise RuleInputError(
                f"得分{pts(score)}不在“{band.name}”档的{span}内",
                f"score {pts(score)} is outside band '{band.name}' ({span})",
            )
    else:
        for band in table:
            if band.holds(score, scale):
                break
        else:
            raise RuleInputError(f"得分{pts(score)}不在任何档次内", f"score {pts(score)} is in no band")
    facts = {"band": band, "scale": scale, "weight": weight, "score": score, "note": inputs.get("note") or ""}
    return RuleResult(score, Trace(rule_name, facts, _render_band_check))


def _compile_qualitative(params: Mapping[str, Any], ctx: RuleContext) -> FastFn | None:
    """``qualitative_band`` for a form's rows: the band table read once, its bounds scaled once per weight."""
    try:
        table: list[Band] = memo(params.get("bands"), named)
    except RuleInputError:
        return None
    form = TraceForm("qualitative_band", _render_band_check, ("band", "scale", "weight"), (("note", ""),))
    by_name: dict[str, Band] = {}
    for band in table:
        by_name.setdefault(band.name, band)
    scaled: dict[Decimal, list[tuple[Band, Bounds]]] = {}

    def fast(weight: Decimal, target: object, row: Mapping[str, Any]) -> PackedTrace | None:
        score = to_dec_cached(row.get("score"))
        if score is None or score < ZERO or score > weight:
            return None
        spans = scaled.get(weight)
        if spans is None:
            spans = scaled[weight] = [(band, band.scaled(weight)) for band in table]
        name = row.get("band")
        if name is not None:
            chosen = by_name.get(str(name))
            if chosen is None:
                return None
            for band, bounds in spans:
                if band is chosen:
                    return (form, score, band, weight, weight) if bounds.holds(score) else None
        for band, bounds in spans:
            if bounds.holds(score):
                return (form, score, band, weight, weight)
        return None

    return fast


@rule(
    "qualitative_band",
    params={"bands": Param("list", required=True, doc="[{band, min, max}]，以权重分的比例表示，如0.8-1")},
    inputs=("band", "score", "note"),
    doc="定性指标：评价人给分，须在所选档次（权重分的比例）内 / evaluator's score checked against the band",
    check=lambda weight, params: _check_named(weight, params, Decimal(1)),
    compile=_compile_qualitative,
)
def qualitative_band(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    return _check_band("qualitative_band", weight, memo(params.get("bands"), named), inputs, weight)


@rule(
    "grade_band",
    params={
        "bands": Param(
            "list", required=True, doc="[{band, min, max, min_exclusive, max_exclusive}]，单位为分"
        )
    },
    inputs=("band", "score", "note"),
    doc="格次赋分：考核人给分，须在格次分值范围内 / 格次赋分: the assessor's score checked against the band",
    check=lambda weight, params: _check_named(weight, params, weight),
)
def grade_band(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    return _check_band("grade_band", weight, memo(params.get("bands"), named), inputs, None)
