"""A score made of parts, each with its own weight and rule — seed 003 B103: 结转率 0.4 + 结余率 0.6.

Each part reads its inputs from ``inputs[key]`` (a mapping) or from the keys ``key.name`` / ``key_name``,
where ``key`` is the part's ``inputs`` (default: its ``name``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from jixiao.rules.base import RULES, Param, Rule, RuleContext, RuleInputError, RuleResult, Trace, rule
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


Part = tuple[str, Rule, Decimal, dict[str, Any], str]  # name, rule, weight, params, inputs key


def _parts(weight: Decimal, params: Mapping[str, Any]) -> list[Part]:
    """The parts, each with its rule; their weights must add up to the leaf's weight."""
    parts = params.get("parts")
    if not isinstance(parts, Sequence) or isinstance(parts, str) or not parts:
        raise RuleInputError("参数 parts 应为部分列表", "parameter 'parts' must be a list")
    out: list[Part] = []
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
        if "label" in sub.params:
            p.setdefault("label", name)
        out.append((name, sub, w, p, str(part.get("inputs", name))))
    total = sum((w for _, _, w, _, _ in out), Decimal(0))
    if total != weight:
        raise RuleInputError(
            f"各部分分值之和{pts(total)}不等于权重{pts(weight)}",
            f"the parts' weights add up to {pts(total)}, not {pts(weight)}",
        )
    return out


def _check(weight: Decimal, params: Mapping[str, Any]) -> None:
    """Each part's params are known to its rule and pass its own check."""
    for name, sub, w, p, _ in _parts(weight, params):
        unknown = sorted(set(p) - set(sub.params))
        if unknown:
            raise RuleInputError(
                f"{name}：规则 {sub.name} 没有参数 {'、'.join(unknown)}",
                f"{name}: rule {sub.name} has no {unknown}",
            )
        missing = sorted(k for k, spec in sub.params.items() if spec.required and k not in p)
        if missing:
            raise RuleInputError(
                f"{name}：规则 {sub.name} 缺少参数 {'、'.join(missing)}",
                f"{name}: rule {sub.name} needs {missing}",
            )
        for zh, en in sub.check_params(w, p):
            raise RuleInputError(f"{name}：{zh}", f"{name}: {en}")


@rule(
    "composite",
    params={
        "parts": Param(
            "list", required=True, doc="[{name, weight, rule, params, inputs}]，各部分分值之和=权重"
        )
    },
    inputs=(),
    doc="由若干部分相加得分 / the sum of parts, each scored by its own rule",
    check=_check,
)
def composite(
    weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
) -> RuleResult:
    results = []
    total = Decimal(0)
    for name, sub, w, p, key in _parts(weight, params):
        try:
            res = sub(w, p, part_inputs(inputs, key), ctx)
        except RuleInputError as e:
            raise RuleInputError(f"{name}：{e.zh}", f"{name}: {e.en}") from e
        results.append((name, res))
        total += res.score
    score = cap(total, weight, ctx.score)
    facts = {"parts": results, "weight": weight, "score": score}
    return RuleResult(score, Trace("composite", facts, _render))
