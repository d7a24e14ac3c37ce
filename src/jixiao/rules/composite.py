"""A score made of parts, each with its own weight and rule — seed 003 B103: 结转率 0.4 + 结余率 0.6.

Each part reads its inputs from ``inputs[key]`` (a mapping) or from the keys ``key.name`` / ``key_name``,
where ``key`` is the part's ``inputs`` (default: its ``name``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from jixiao.rules.base import RULES, Param, RuleContext, RuleInputError, RuleResult, Trace, rule
from jixiao.rules.common import cap, outcome, pts, to_dec


def _render(f: Mapping[str, Any], lang: str) -> str:
    parts = []
    for name, res in f["parts"]:
        text = res.explain(lang)
        parts.append(text if text.startswith(name) else f"{name}{': ' if lang == 'en' else '：'}{text}")
    if lang == "en":
        return "; ".join(parts) + f"; total {outcome(f['weight'], f['score'], lang)}"
    return "；".join(parts) + f"；合计{outcome(f['weight'], f['score'], lang)}"


def part_inputs(inputs: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """The inputs a part reads: ``inputs[key]`` when it is a mapping, else the keys ``key.x`` / ``key_x``."""
    nested = inputs.get(key)
    if isinstance(nested, Mapping):
        return nested
    out = {}
    for sep in (".", "_"):
        prefix = key + sep
        for k, v in inputs.items():
            if k.startswith(prefix):
                out[k[len(prefix) :]] = v
    return out


@rule(
    "composite",
    params={
        "parts": Param(
            "list", required=True, doc="[{name, weight, rule, params, inputs}]，各部分分值之和=权重"
        )
    },
    inputs=(),
    doc="由若干部分相加得分 / the sum of parts, each scored by its own rule",
)
def composite(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    parts = params.get("parts")
    if not isinstance(parts, Sequence) or isinstance(parts, str) or not parts:
        raise RuleInputError("参数 parts 应为部分列表", "parameter 'parts' must be a list")
    results = []
    total_weight = Decimal(0)
    total = Decimal(0)
    for i, part in enumerate(parts, 1):
        if not isinstance(part, Mapping) or "name" not in part or "rule" not in part:
            raise RuleInputError(
                f"第{i}部分应写明 name、weight、rule", f"part {i} needs name, weight and rule"
            )
        name = str(part["name"])
        sub = RULES.get(str(part["rule"]))
        if sub is None or sub.name == "composite":
            raise RuleInputError(
                f"第{i}部分的规则“{part['rule']}”不可用", f"part {i}: rule {part['rule']!r} not usable"
            )
        w = to_dec(part.get("weight"))
        if w is None or w < 0:
            raise RuleInputError(f"第{i}部分缺少分值 weight", f"part {i} has no weight")
        p = dict(part.get("params") or {})
        p.setdefault("label", name)
        try:
            res = sub(w, p, part_inputs(inputs, str(part.get("inputs", name))), ctx)
        except RuleInputError as e:
            raise RuleInputError(f"{name}：{e.zh}", f"{name}: {e.en}") from e
        results.append((name, res))
        total_weight += w
        total += res.score
    if total_weight != weight:
        raise RuleInputError(
            f"各部分分值之和{pts(total_weight)}不等于权重{pts(weight)}",
            f"the parts' weights add up to {pts(total_weight)}, not {pts(weight)}",
        )
    score = cap(total, weight, ctx.score)
    facts = {"parts": results, "weight": weight, "score": score}
    return RuleResult(score, Trace("composite", facts, _render))
