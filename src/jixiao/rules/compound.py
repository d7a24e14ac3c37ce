"""``compound_band`` — 长兴岛: both conditions 28-35, either 21-27, neither below 21 (seed 000): how many
conditions hold sets the range the assessor's score must lie in (the band tables: ``bandtable``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from jixiao.core.safetext import quote
from jixiao.rules.bandtable import Band, evaluator_score, number, within
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import as_bool, check_score, memo, outcome, pts


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
