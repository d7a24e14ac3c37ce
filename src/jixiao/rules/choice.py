"""选项得分 — points by the option chosen: 获得A级得3分，B级得1.5分 (seed 003 C202); 增长/基本持平/下降 (C2011)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.rules.bandtable import number
from jixiao.rules.base import Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import cap, check_score, memo, outcome, pts, sep


def _options(obj: object) -> dict[str, tuple[Decimal | None, Decimal | None]]:
    if not isinstance(obj, Mapping) or not obj:
        raise RuleInputError(
            "参数 options 应为 {选项: {points|share}}", "parameter 'options' must map labels to points"
        )
    out = {}
    for label, spec in obj.items():
        where = f"选项“{label}”"
        if isinstance(spec, Mapping):
            points, share = number(spec, "points", where), number(spec, "share", where)
            if (points is None) == (share is None):
                raise RuleInputError(
                    f"{where}应给出 points 或 share 之一", f"option {label!r}: give points or share"
                )
        else:
            points, share = number({"points": spec}, "points", where), None
        out[str(label)] = (points, share)
    return out


def _check_options(weight: Decimal, params: Mapping[str, Any]) -> None:
    best: tuple[Decimal, str] | None = None
    for label, (points, share) in memo(params.get("options"), _options).items():
        value = points if points is not None else share * weight  # type: ignore[operator]
        try:
            check_score(value, weight)
        except RuleInputError as e:
            raise RuleInputError(f"选项“{label}”：{e.zh}", f"option {label!r}: {e.en}") from None
        if best is None or value > best[0]:
            best = (value, label)
    if best is not None and best[0] < weight:  # the leaf's weight counts in the total but can never be scored
        raise RuleInputError(
            f"分值 {pts(weight)} 无法得满：最高的选项“{best[1]}”只得 {pts(best[0])} 分",
            f"weight {pts(weight)} cannot be reached: the best option {best[1]!r} gives {pts(best[0])}",
        )


def _render_choice(f: Mapping[str, Any], lang: str) -> str:
    if lang == "en":
        return f"option '{f['choice']}'{sep(lang)}{outcome(f['weight'], f['score'], lang)}"
    return f"选项“{f['choice']}”{sep(lang)}{outcome(f['weight'], f['score'], lang)}"


@rule(
    "choice",
    params={"options": Param("map", required=True, doc="{选项: {points: 分} 或 {share: 比例}}")},
    inputs=("choice",),
    doc="按所选选项得分 / points of the chosen option",
    check=_check_options,
)
def choice(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    options = memo(params.get("options"), _options)
    picked = inputs.get("choice")
    if picked is None:
        raise RuleInputError("缺少选项（choice）", "the choice ('choice') is missing")
    if str(picked) not in options:
        names = "、".join(options)
        raise RuleInputError(
            f"选项“{picked}”不存在（应为{names}）", f"unknown option {picked!r} (one of {names})"
        )
    points, share = options[str(picked)]
    value = points if points is not None else share * weight
    check_score(value, weight)
    score = cap(value, weight, ctx.score)
    facts = {"choice": str(picked), "weight": weight, "score": score}
    return RuleResult(score, Trace("choice", facts, _render_choice))
