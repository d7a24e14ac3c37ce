"""Bands: stepped points by value, evaluator's scores checked against a band (the band tables: ``bandtable``).

- ``bands`` — 90%以上得3分、90%-80%得2.5分 … (seed 002 E11): the value's band gives the points.
- ``qualitative_band`` — 达成 100-80%、部分达成 80-60%、未达成 60-0% of the weight: the evaluator picks
  a score, the rule checks it lies in the band.
- ``grade_band`` — 格次赋分: 完成好的得8-10分 … in points (seed 000).
- ``compound_band`` — 长兴岛: both conditions 28-35, either 21-27, neither below 21 (seed 000).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.core.safetext import quote
from jixiao.rules.bandtable import Band, Bounds, evaluator_score, named, number, stepped, within
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import as_bool, cap, check_score, memo, num, outcome, pts, to_dec_cached
from jixiao.rules.measure import VALUE_PARAMS, Measured, check_measure, measured
from jixiao.rules.packed import FastFn, PackedTrace, TraceForm

# --- bands -------------------------------------------------------------------------------------------------


_LOWEST, _HIGHEST = Decimal("-Infinity"), Decimal("Infinity")


def _check_stepped(weight: Decimal, params: Mapping[str, Any]) -> None:
    """Points within the weight, and no two half-open bands overlapping."""
    table: list[Band] = memo(params.get("bands"), stepped)
    for band in table:
        points = band.points if band.points is not None else band.share * weight  # type: ignore[operator]
        within(points, None, weight, f"第{band.name}档的分值{pts(points)}")
    spans = sorted(
        (b.low if b.low is not None else _LOWEST, b.high if b.high is not None else _HIGHEST) for b in table
    )
    for (_, hi), (lo, _) in zip(spans, spans[1:]):
        if lo < hi:
            raise RuleInputError("bands 的档次互相重叠", "the bands overlap")
    check_measure(params)


def _check_named(weight: Decimal, params: Mapping[str, Any], top: Decimal) -> None:
    table: list[Band] = memo(params.get("bands"), named)
    names = [b.name for b in table]
    if len(set(names)) != len(names):
        raise RuleInputError("bands 的档次名称重复", "band names repeat")
    for band in table:
        within(band.low, band.high, top, f"档次“{band.name}”")


def _render_bands(f: Mapping[str, Any], lang: str) -> str:
    m: Measured = f["measured"]
    band: Band = f["band"]
    if lang == "en":
        return f"{m.render(lang)}, in band {band.describe(lang, unit=m.unit)}: {outcome(f['weight'], f['score'], lang)}"
    return (
        f"{m.render(lang)}，属{band.describe(lang, unit=m.unit)}档，{outcome(f['weight'], f['score'], lang)}"
    )


@rule(
    "bands",
    params={
        "bands": Param("list", required=True, doc="[{min, max, points|share}]，左闭右开"),
        **VALUE_PARAMS,
    },
    inputs=("value",),
    doc="按业绩值所在档次得分 / points by the band the value falls in",
    check=_check_stepped,
)
def bands(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    table: list[Band] = memo(params.get("bands"), stepped)
    m = measured(params, inputs, ctx)
    for band in table:
        if band.holds(m.value):
            break
    else:
        raise RuleInputError(
            f"业绩值{num(m.value)}{m.unit}不在任何档次内", f"value {num(m.value)}{m.unit} is in no band"
        )
    points = band.points if band.points is not None else band.share * weight  # type: ignore[operator]
    if points < ZERO or points > weight:
        raise RuleInputError(
            f"档次分值{pts(points)}超出0-{pts(weight)}分", f"band points {pts(points)} exceed 0-{pts(weight)}"
        )
    score = cap(points, weight, ctx.score)
    facts = {"measured": m, "band": band, "weight": weight, "score": score}
    return RuleResult(score, Trace("bands", facts, _render_bands))


# --- qualitative_band and grade_band -----------------------------------------------------------------------


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


# --- compound_band -----------------------------------------------------------------------------------------


def _compound_table(obj: object) -> dict[int, Band]:
    if not isinstance(obj, Mapping) or not obj:
        raise RuleInputError(
            "参数 bands 应为 {满足条件数: {min, max}}", "parameter 'bands' must map counts to {min, max}"
        )
    out = {}
    for k, spec in obj.items():
        try:
            n = int(str(k))
        except ValueError:
            raise RuleInputError(
                f"bands 的键应为条件数：{quote(k)}", f"bands keys must be counts: {quote(k)}"
            ) from None
        if not isinstance(spec, Mapping):
            raise RuleInputError(f"bands[{n}] 应为 {{min, max}}", f"bands[{n}] must be {{min, max}}")
        where = f"bands[{n}]"
        out[n] = Band(
            str(n), number(spec, "min", where), number(spec, "max", where),
            bool(spec.get("min_exclusive", False)), bool(spec.get("max_exclusive", False)),
        )  # fmt: skip
    return out


def _render_compound(f: Mapping[str, Any], lang: str) -> str:
    met: list[str] = f["met"]
    band: Band = f["band"]
    if lang == "en":
        which = ", ".join(met) if met else "none"
        span = band.describe(lang, unit=" points")
        return f"conditions met: {which} ({len(met)}), band {span}, {outcome(f['weight'], f['score'], lang)}"
    which = "、".join(met) if met else "无"
    span = band.describe(lang, unit="分")
    return f"满足条件：{which}（{len(met)}项），应在{span}，{outcome(f['weight'], f['score'], lang)}"


def _compound_spec(params: Mapping[str, Any]) -> tuple[Sequence[Any], dict[int, Band]]:
    conditions = params.get("conditions")
    if not isinstance(conditions, Sequence) or isinstance(conditions, str) or not conditions:
        raise RuleInputError(
            "参数 conditions 应为条件名称列表", "parameter 'conditions' must be a list of names"
        )
    return conditions, memo(params.get("bands"), _compound_table)


def _check_compound(weight: Decimal, params: Mapping[str, Any]) -> None:
    conditions, table = _compound_spec(params)
    for n, band in table.items():
        if not 0 <= n <= len(conditions):
            raise RuleInputError(
                f"bands 的键{n}超出条件个数", f"bands key {n} exceeds the number of conditions"
            )
        within(band.low, band.high, weight, f"满足{n}项条件的分值范围")


@rule(
    "compound_band",
    params={
        "conditions": Param("list", required=True, doc="条件名称列表，每个条件一个是/否输入"),
        "bands": Param("map", required=True, doc="{满足条件数: {min, max, min_exclusive, max_exclusive}}"),
    },
    inputs=("score",),
    doc="按满足条件的个数确定分值范围，考核人给分须在其中 / score range set by how many conditions hold",
    check=_check_compound,
)
def compound_band(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    conditions, table = _compound_spec(params)
    met = []
    for c in conditions:
        if c not in inputs:
            raise RuleInputError(f"缺少条件“{c}”的是/否输入", f"yes/no input for condition '{c}' is missing")
        if as_bool(inputs[c], str(c)):
            met.append(str(c))
    band = table.get(len(met))
    if band is None:
        raise RuleInputError(
            f"满足{len(met)}项条件时没有分值范围", f"no band for {len(met)} condition(s) met"
        )
    score = evaluator_score(inputs)
    check_score(score, weight)
    if not band.holds(score):
        span = band.describe("zh", unit="分")
        raise RuleInputError(
            f"满足{len(met)}项条件，得分应在{span}，实为{pts(score)}",
            f"{len(met)} condition(s) met: the score must be {band.describe('en', unit=' points')}, not {pts(score)}",
        )
    facts = {"met": met, "band": band, "weight": weight, "score": score}
    return RuleResult(score, Trace("compound_band", facts, _render_compound))
