"""Stepped bands: points by the band the value falls in — 90%以上得3分、90%-80%得2.5分 … (seed 002 E11). The
band tables are ``bandtable``'s; the bands an evaluator's score is checked against are ``scoreband``'s, the bands
set by a count of conditions ``compound``'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.rules.bandtable import Band, stepped, within
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import cap, memo, num, outcome, pts
from jixiao.rules.measure import VALUE_PARAMS, Measured, check_measure, measured

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
