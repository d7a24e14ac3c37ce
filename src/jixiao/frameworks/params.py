"""A framework's rule references: the rule's name and its params checked against the rule catalogue."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.safetext import quote
from jixiao.core.source import Source
from jixiao.frameworks.model import RuleRef
from jixiao.frameworks.reader import Reader, to_decimal
from jixiao.frameworks.yamlio import plain
from jixiao.rules import RULES

_PARAM_TYPES_ZH = {
    "decimal": "数值", "int": "整数", "str": "文本", "bool": "是/否", "list": "列表", "map": "映射", "choice": "选项",
}


def check_params(
    r: Reader, rule_name: Any, params: Any, node: Any, key: str = "rule", weight: Decimal | None = None
) -> dict[str, Any]:
    """Check a rule name and its params against ``RULES``; return the params as plain values.

    Names and kinds are checked here; what only the rule can see inside them (band lists, ``measure``,
    options, composite parts) is asked of the rule itself, with the leaf's weight when it is known.
    """
    if rule_name == "TODO":  # left by `jixiao framework draft` where the table states no rule
        r.err(r.src(node, key), "评分规则待填写（草稿中为 TODO）：请从规则目录中选定 rule 和 params",
              "rule still to be chosen (TODO in a draft): pick a rule and its params from the catalogue")
        return {}
    if not isinstance(rule_name, str) or rule_name not in RULES:
        r.err(
            r.src(node, key),
            f"未知评分规则 {rule_name!r}（可用: {', '.join(sorted(RULES))}）",
            f"unknown rule {rule_name!r} (known: {', '.join(sorted(RULES))})",
        )
        return {}
    spec = RULES[rule_name].params
    if params is None:
        params = {}
    if not isinstance(params, Mapping):
        r.err(r.src(node, "params"), "params 应为映射", "params must be a mapping")
        return {}
    out: dict[str, Any] = {}
    for name, value in params.items():
        p = spec.get(str(name))
        where = r.src(params, name)
        if p is None:
            r.err(
                where,
                f"规则 {rule_name} 没有参数 {name}（可用: {', '.join(spec) or '无'}）",
                f"rule {rule_name} has no parameter {name} (known: {', '.join(spec) or 'none'})",
            )
            continue
        converted = _convert_param(p.kind, p.choices, value)
        if converted is _BAD:
            want = _PARAM_TYPES_ZH.get(p.kind, p.kind)
            extra = f" {list(p.choices)}" if p.choices else ""
            r.err(
                where,
                f"规则 {rule_name} 的参数 {name} 应为{want}{extra}: {quote(value)}",
                f"parameter {name} of rule {rule_name} must be {p.kind}{extra}: {quote(value)}",
            )
            continue
        out[str(name)] = converted
    for name, p in spec.items():
        if p.required and name not in params:
            r.err(
                r.src(node, "params" if "params" in node else key),
                f"规则 {rule_name} 缺少必需参数 {name}",
                f"rule {rule_name} is missing its required parameter {name}",
            )
    if len(out) == len(params):
        for zh, en in RULES[rule_name].check_params(weight if weight is not None else _ANY_WEIGHT, out):
            r.err(r.src(node, "params" if "params" in node else key), f"规则 {rule_name}: {zh}", f"rule {rule_name}: {en}")
    return out


_ANY_WEIGHT = Decimal(10) ** 9  # indicator_rules apply to forms of any weight


_BAD = object()


def _convert_param(kind: str, choices: tuple[str, ...], value: Any) -> Any:
    if kind == "decimal":
        d = to_decimal(value)
        return _BAD if d is None else d
    if kind == "int":
        d = to_decimal(value)
        return int(d) if d is not None and d == d.to_integral_value() else _BAD
    if kind == "bool":
        return value if isinstance(value, bool) else _BAD
    if kind == "list":
        return plain(value) if isinstance(value, list) else _BAD
    if kind == "map":
        return plain(value) if isinstance(value, Mapping) else _BAD
    if kind == "choice":
        return str(value) if isinstance(value, str) and (not choices or value in choices) else _BAD
    if kind == "str":
        return str(value) if isinstance(value, str | int | Decimal) and not isinstance(value, bool) else _BAD
    return plain(value)  # kinds this loader does not know yet: passed through


def rule_ref(r: Reader, node: Any, what: str, *, with_weight: bool = False) -> RuleRef | None:
    if not isinstance(node, Mapping):
        if node is not None:
            r.err(Source(r.file), f"{what}应为 {{rule, params}} 映射", f"{what}must be a mapping {{rule, params}}")
        return None
    weight = r.dec(node, "weight", required=with_weight, what=what) if with_weight else None
    rule_name = node.get("rule")
    if rule_name is None:
        r.err(r.src(node), f"{what}缺少 rule", f"{what} has no rule")
        return None
    params = check_params(r, rule_name, node.get("params"), node, weight=weight)
    return RuleRef(str(rule_name), params, r.src(node), weight, r.text(node, "rule_text"))
