"""The strict framework loader: every problem collected with file:line, in Chinese and English.

In the spirit of beancount's ``loader.load_file``: ``load_framework(path) -> (Framework | None, problems)``.
A framework with any problem is refused (None); the problems say all that is wrong at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from jixiao.core.numbers import fmt_plain, parse_decimal
from jixiao.core.rounding import MODES, Rounding
from jixiao.core.safetext import quote
from jixiao.core.source import Source
from jixiao.frameworks.model import (
    KINDS,
    TARGET_KINDS,
    Band,
    Framework,
    FrameworkError,
    Group,
    Indicator,
    LoadProblem,
    Quota,
    RoundingSet,
    RuleRef,
)
from jixiao.frameworks.yamlio import line_of, load_yaml, plain
from jixiao.rules import RULES

BUILTIN_DIR = Path(__file__).parent / "builtin"

_TOP_KEYS = {
    "id", "title", "year", "locality", "kind", "source", "money_unit", "total_weight", "rounding", "grades",
    "indicators", "execution", "indicator_weight", "level1_weights", "indicator_rules", "groups", "ratings",
    "quota", "description", "notes",
}
_NODE_KEYS = {
    "code", "name", "weight", "children", "rule", "params", "standard", "rule_text", "note", "member_rules",
}
_PARAM_TYPES_ZH = {
    "decimal": "数值", "int": "整数", "str": "文本", "bool": "是/否", "list": "列表", "map": "映射", "choice": "选项",
}


# What a required key belongs to, for the English message (the Chinese one names it as given).
_WHAT_EN = {"框架": "the framework: ", "指标": "indicator: ", "分组": "group: "}

class _Reader:
    """Collects problems while reading one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[LoadProblem] = []

    def src(self, node: Any, key: Any = None, default: int | None = None) -> Source:
        line = line_of(node, key)
        return Source(self.file, line=line if line is not None else default)

    def err(self, source: Source, zh: str, en: str) -> None:
        self.problems.append(LoadProblem(source, zh, en))

    def mapping(self, node: Any, key: str) -> Mapping[str, Any] | None:
        value = node.get(key)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.err(self.src(node, key), f"{key} 应为映射", f"{key} must be a mapping")
            return None
        return value

    def seq(self, node: Any, key: str) -> list[Any]:
        value = node.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.err(self.src(node, key), f"{key} 应为列表", f"{key} must be a list")
            return []
        return value

    def dec(self, node: Any, key: str, *, required: bool = False, what: str = "") -> Decimal | None:
        value = node.get(key)
        if value is None:
            if required:
                self.err(self.src(node), f"{what}缺少 {key}", f"{_WHAT_EN.get(what, what) or 'entry '}missing {key}")
            return None
        d = _to_decimal(value)
        if d is None:
            self.err(self.src(node, key), f"{key} 不是数值: {quote(value)}", f"{key} is not a number: {quote(value)}")
        return d

    def text(self, node: Any, key: str, *, required: bool = False, what: str = "") -> str | None:
        value = node.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.err(self.src(node), f"{what}缺少 {key}", f"{_WHAT_EN.get(what, what) or 'entry '}missing {key}")
            return None
        if isinstance(value, Mapping | list):
            self.err(self.src(node, key), f"{key} 应为文本", f"{key} must be text")
            return None
        return value if isinstance(value, str) else fmt_plain(_to_decimal(value) or Decimal(0))


def _to_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, str):
        return parse_decimal(value) if "%" not in value else None
    return None


def _f(d: Decimal) -> str:
    return fmt_plain(d.normalize()) if d == d.to_integral_value() else fmt_plain(d)


# ---------------------------------------------------------------- rules and params


def check_params(
    r: _Reader, rule_name: Any, params: Any, node: Any, key: str = "rule", weight: Decimal | None = None
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
        d = _to_decimal(value)
        return _BAD if d is None else d
    if kind == "int":
        d = _to_decimal(value)
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


def _rule_ref(r: _Reader, node: Any, what: str, *, with_weight: bool = False) -> RuleRef | None:
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


# ---------------------------------------------------------------- tree


def _check_sum(
    r: _Reader, where: Source, parts: list[Indicator], expected: Decimal,
    says: Callable[[Decimal], tuple[str, str]],
) -> None:
    """Weights add up exactly (Decimal) at this level, or the problem is said at ``where``."""
    s = sum((i.weight for i in parts), Decimal(0))
    if s != expected:
        r.err(where, *says(s))


def _read_node(r: _Reader, node: Any, seen: dict[str, Source]) -> Indicator | None:
    if not isinstance(node, Mapping):
        r.err(Source(r.file), "指标应为映射", "an indicator must be a mapping")
        return None
    here = r.src(node)
    for key in node:
        if key not in _NODE_KEYS:
            r.err(r.src(node, key), f"指标不认识的字段 {key}", f"unknown indicator field {key}")
    code = r.text(node, "code", required=True, what="指标")
    name = r.text(node, "name", required=True, what=f"指标 {code or ''} ")
    weight = r.dec(node, "weight", required=True, what=f"指标 {code or ''} ")
    if weight is not None and weight < 0:
        r.err(r.src(node, "weight"), f"指标 {code} 的权重为负数", f"indicator {code} has a negative weight")
    if code is not None:
        if code in seen:
            r.err(
                r.src(node, "code"),
                f"指标编码 {code} 重复（第一次在第 {seen[code].line} 行）",
                f"duplicate indicator code {code} (first at line {seen[code].line})",
            )
        else:
            seen[code] = r.src(node, "code")
    kids_raw = r.seq(node, "children")
    has_rule = node.get("rule") is not None
    children: list[Indicator] = []
    for kid in kids_raw:
        child = _read_node(r, kid, seen)
        if child is not None:
            children.append(child)
    params: dict[str, Any] = {}
    if kids_raw and has_rule:
        r.err(r.src(node, "rule"), f"指标 {code} 既有下级指标又有评分规则", f"indicator {code} has both children and a rule")
    elif not kids_raw and not has_rule:
        r.err(here, f"末级指标 {code} 没有评分规则 (rule)", f"leaf indicator {code} has no rule")
    elif has_rule:
        params = check_params(r, node.get("rule"), node.get("params"), node, weight=weight)
    elif "params" in node:
        r.err(r.src(node, "params"), f"指标 {code} 有下级指标，不应有 params", f"indicator {code} has children and params")
    if children and weight is not None and len(children) == len(kids_raw):
        _check_sum(
            r, r.src(node, "weight"), children, weight,
            lambda s: (f"指标 {code} 的权重 {_f(weight)} 不等于下级指标权重之和 {_f(s)}",
                       f"weight {_f(weight)} of indicator {code} is not the sum of its children's weights {_f(s)}"),
        )  # fmt: skip
    member_rules: dict[str, RuleRef] = {}
    mr = r.mapping(node, "member_rules")
    if mr is not None:
        if kids_raw:
            r.err(r.src(node, "member_rules"), f"指标 {code} 有下级指标，不应有 member_rules", f"indicator {code} has children and member_rules")
        for member in mr:
            ref = _rule_ref(r, mr[member], f"指标 {code} 的 member_rules.{member} ")
            if ref is not None:
                member_rules[str(member)] = ref
    if code is None or name is None or weight is None:
        return None
    return Indicator(
        code=code,
        name=name,
        weight=weight,
        source=here,
        children=tuple(children),
        rule=str(node["rule"]) if has_rule and not kids_raw else None,
        params=params,
        standard=r.text(node, "standard"),
        rule_text=r.text(node, "rule_text"),
        member_rules=member_rules,
    )


# ---------------------------------------------------------------- bands, rounding, assessment parts


def _read_bands(r: _Reader, doc: Any, key: str, label_key: str, top: Decimal) -> tuple[Band, ...]:
    bands: list[Band] = []
    for item in r.seq(doc, key):
        if not isinstance(item, Mapping):
            r.err(r.src(doc, key), f"{key} 的每一项应为映射", f"each entry of {key} must be a mapping")
            continue
        label = r.text(item, label_key, required=True, what=f"{key} ")
        lo = r.dec(item, "min", required=True, what=f"{key} {label or ''} ")
        hi = r.dec(item, "max")
        if lo is None or label is None:
            continue
        if hi is not None and hi <= lo:
            r.err(r.src(item), f"{label}: min {_f(lo)} 不小于 max {_f(hi)}", f"{label}: min {_f(lo)} is not below max {_f(hi)}")
            continue
        bands.append(Band(label, lo, hi, r.src(item)))
    if not bands:
        return ()
    ordered = sorted(bands, key=lambda b: b.min)
    if ordered[0].min > 0:
        b = ordered[0]
        r.err(b.source, f"{key} 在 0 到 {_f(b.min)} 之间有空档", f"{key} leave a gap between 0 and {_f(b.min)}")
    for prev, b in zip(ordered, ordered[1:]):
        if prev.max is None or b.min < prev.max:
            r.err(
                b.source,
                f"{key} 重叠: {b.label} [{_f(b.min)}, …) 与 {prev.label} 重叠（第 {prev.source.line} 行）",
                f"{key} overlap: {b.label} [{_f(b.min)}, …) overlaps {prev.label} (line {prev.source.line})",
            )
        elif b.min > prev.max:
            r.err(
                b.source,
                f"{key} 在 {_f(prev.max)} 到 {_f(b.min)} 之间有空档",
                f"{key} leave a gap between {_f(prev.max)} and {_f(b.min)}",
            )
    last = ordered[-1]
    if last.max is not None and last.max < top:
        r.err(last.source, f"{key} 在 {_f(last.max)} 到 {_f(top)} 之间有空档", f"{key} leave a gap between {_f(last.max)} and {_f(top)}")
    return tuple(bands)


def _read_rounding(r: _Reader, doc: Any) -> RoundingSet:
    node = r.mapping(doc, "rounding")
    if node is None:
        return RoundingSet()
    parts: dict[str, Rounding] = {}
    for key in node:
        if key not in ("rate", "score", "total"):
            r.err(r.src(node, key), f"rounding 不认识的项 {key}（rate/score/total）", f"unknown rounding entry {key}")
            continue
        item = node[key]
        if not isinstance(item, Mapping):
            r.err(r.src(node, key), f"rounding.{key} 应为 {{mode, digits}}", f"rounding.{key} must be {{mode, digits}}")
            continue
        mode = item.get("mode", "half_up")
        digits = item.get("digits", 2)
        ok = True
        if mode != "none" and (not isinstance(mode, str) or mode not in MODES):  # a list is no mode either
            r.err(
                r.src(item, "mode"),
                f"未知舍入方式 {mode!r}（可用: {', '.join([*MODES, 'none'])}）",
                f"unknown rounding mode {mode!r} (known: {', '.join([*MODES, 'none'])})",
            )
            ok = False
        if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= 10:
            r.err(r.src(item, "digits"), f"digits 应为 0–10 的整数: {quote(digits)}", f"digits must be an integer 0-10: {quote(digits)}")
            ok = False
        if ok:
            parts[str(key)] = Rounding(str(mode), int(digits))
    return RoundingSet(**parts)


def _read_groups(r: _Reader, doc: Any) -> tuple[Group, ...]:
    groups: list[Group] = []
    for item in r.seq(doc, "groups"):
        if not isinstance(item, Mapping):
            r.err(r.src(doc, "groups"), "groups 的每一项应为映射", "each group must be a mapping")
            continue
        gid = r.text(item, "id", required=True, what="分组")
        name = r.text(item, "name") or gid
        members = item.get("members") or []
        if not isinstance(members, list):
            r.err(r.src(item, "members"), "members 应为列表", "members must be a list")
            members = []
        if gid is not None and name is not None:
            groups.append(Group(gid, name, tuple(str(m) for m in members), r.src(item)))
    return tuple(groups)


def _read_quota(r: _Reader, doc: Any, ratings: tuple[Band, ...]) -> Quota | None:
    node = r.mapping(doc, "quota")
    if node is None:
        return None
    labels = {b.label for b in ratings}
    rating = r.text(node, "rating", required=True, what="quota ")
    share = r.dec(node, "max_share", required=True, what="quota ")
    rounding = str(node.get("count_rounding", "floor"))
    ties = str(node.get("ties", "exclude"))
    fallback = r.text(node, "fallback", required=True, what="quota ")
    if share is not None and not 0 < share <= 1:
        r.err(r.src(node, "max_share"), "max_share 应在 0 到 1 之间", "max_share must lie in (0, 1]")
    if rounding not in ("floor", "half_up", "ceiling"):
        r.err(r.src(node, "count_rounding"), f"count_rounding 应为 floor/half_up/ceiling: {rounding}", f"count_rounding must be floor/half_up/ceiling: {rounding}")
    if ties not in ("exclude", "include"):
        r.err(r.src(node, "ties"), f"ties 应为 exclude/include: {ties}", f"ties must be exclude/include: {ties}")
    for key, label in (("rating", rating), ("fallback", fallback)):
        if label is not None and labels and label not in labels:
            r.err(r.src(node, key), f"quota.{key} {label} 不在 ratings 中", f"quota.{key} {label} is not one of the ratings")
    if rating is None or share is None or fallback is None:
        return None
    return Quota(rating, share, rounding, ties, fallback, r.src(node))


def _check_members(r: _Reader, indicators: list[Indicator], groups: tuple[Group, ...], kind: str | None) -> None:
    members = {m for g in groups for m in g.members}
    for top in indicators:
        for _, ind in top.walk():
            for member, ref in ind.member_rules.items():
                if kind != "assessment":
                    r.err(ref.source, "member_rules 只用于考核框架 (kind: assessment)", "member_rules is for assessment frameworks only")
                elif member not in members:
                    r.err(ref.source, f"member_rules 中的 {member} 不是任何分组的成员", f"member_rules: {member} is not a member of any group")


# ---------------------------------------------------------------- the file


def _read_forms_part(r: _Reader, doc: Any, kind: str, total: Decimal) -> dict[str, Any]:
    """execution, indicator_weight, level1_weights, indicator_rules (project and policy frameworks)."""
    out: dict[str, Any] = {}
    execution = None
    if doc.get("execution") is not None:
        execution = _rule_ref(r, r.mapping(doc, "execution"), "execution ", with_weight=True)
    elif kind == "project":
        r.err(r.src(doc), "项目框架缺少 execution（预算执行率）", "a project framework needs execution")
    out["execution"] = execution
    exec_weight = execution.weight if execution is not None and execution.weight is not None else Decimal(0)
    ind_weight = r.dec(doc, "indicator_weight")
    if ind_weight is None:
        ind_weight = total - exec_weight
    elif execution is not None and execution.weight is None:
        pass  # the execution weight could not be read (already a problem): no sum is checked against a guess
    elif ind_weight + exec_weight != total:
        r.err(
            r.src(doc, "indicator_weight"),
            f"indicator_weight {_f(ind_weight)} 加执行率分值 {_f(exec_weight)} 不等于总分 {_f(total)}",
            f"indicator_weight {_f(ind_weight)} plus execution {_f(exec_weight)} is not total_weight {_f(total)}",
        )
    out["indicator_weight"] = ind_weight
    lw_node = r.mapping(doc, "level1_weights")
    level1: dict[str, Decimal] = {}
    if lw_node is not None:
        for name in lw_node:
            d = r.dec(lw_node, name)
            if d is not None:
                level1[str(name)] = d
        s = sum(level1.values(), Decimal(0))
        if level1 and s != ind_weight:
            r.err(
                r.src(doc, "level1_weights"),
                f"一级指标权重之和 {_f(s)} 不等于指标总分 {_f(ind_weight)}",
                f"level1_weights add up to {_f(s)}, not {_f(ind_weight)}",
            )
    elif kind == "policy":
        r.err(r.src(doc), "政策框架缺少 level1_weights（一级权重）", "a policy framework needs level1_weights")
    out["level1_weights"] = level1
    rules_node = r.mapping(doc, "indicator_rules")
    rules: dict[str, RuleRef] = {}
    if rules_node is None:
        r.err(r.src(doc), "缺少 indicator_rules", "indicator_rules missing")
    else:
        for key in rules_node:
            if key not in TARGET_KINDS:
                r.err(r.src(rules_node, key), f"indicator_rules 不认识的类型 {key}（{'/'.join(TARGET_KINDS)}）", f"unknown target kind {key}")
                continue
            ref = _rule_ref(r, rules_node[key], f"indicator_rules.{key} ")
            if ref is not None:
                rules[str(key)] = ref
        for key in TARGET_KINDS:
            if key not in rules_node:
                r.err(r.src(doc, "indicator_rules"), f"indicator_rules 缺少 {key}", f"indicator_rules is missing {key}")
    out["indicator_rules"] = rules
    return out


def load_framework_text(text: str | None, file: str) -> tuple[Framework | None, list[LoadProblem]]:
    """Load a framework from its text (``file`` names it in the problems); reads the file when text is None."""
    r = _Reader(file)
    doc, where, message, message_en = load_yaml(file, text)
    if where is not None:
        return None, [LoadProblem(where, message, message_en)]
    if not isinstance(doc, Mapping):
        return None, [LoadProblem(Source(file, line=1), "框架文件应为一个映射", "a framework file must be a mapping")]
    for key in doc:
        if key not in _TOP_KEYS:
            r.err(r.src(doc, key), f"不认识的字段 {key}", f"unknown field {key}")
    fid = r.text(doc, "id", required=True, what="框架")
    title = r.text(doc, "title", required=True, what="框架")
    kind = r.text(doc, "kind", required=True, what="框架")
    if kind is not None and kind not in KINDS:
        r.err(r.src(doc, "kind"), f"kind 应为 {'/'.join(KINDS)}: {kind}", f"kind must be one of {'/'.join(KINDS)}: {kind}")
    year = doc.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        r.err(r.src(doc, "year"), f"year 应为整数: {quote(year)}", f"year must be an integer: {quote(year)}")
        year = None
    money_unit = r.text(doc, "money_unit")
    if money_unit is not None and money_unit not in ("元", "万元"):
        r.err(r.src(doc, "money_unit"), f"money_unit 应为 元 或 万元: {money_unit}", f"money_unit must be 元 or 万元: {money_unit}")
    total = r.dec(doc, "total_weight")
    if total is None:
        total = Decimal(100)
    rounding = _read_rounding(r, doc)
    grades = _read_bands(r, doc, "grades", "grade", total)
    seen: dict[str, Source] = {}
    indicators = [ind for ind in (_read_node(r, n, seen) for n in r.seq(doc, "indicators")) if ind is not None]
    if kind in ("dept", "assessment") and not doc.get("indicators"):
        r.err(r.src(doc), f"{kind} 框架缺少 indicators（指标树）", f"a {kind} framework needs indicators")
    if indicators and len(indicators) == len(r.seq(doc, "indicators")):
        _check_sum(
            r, r.src(doc, "indicators"), indicators, total,
            lambda s: (f"一级指标权重之和 {_f(s)} 不等于总分 {_f(total)}",
                       f"first-level weights add up to {_f(s)}, not total_weight {_f(total)}"),
        )  # fmt: skip
    forms: dict[str, Any] = {}
    if kind in ("project", "policy"):
        forms = _read_forms_part(r, doc, kind, total)
    ratings = _read_bands(r, doc, "ratings", "rating", total)
    quota = _read_quota(r, doc, ratings)
    groups = _read_groups(r, doc)
    _check_members(r, indicators, groups, kind)
    if r.problems or fid is None or title is None or kind is None:
        return None, r.problems
    return (
        Framework(
            id=fid,
            title=title,
            kind=kind,
            source=Source(file, line=1),
            year=year,
            locality=r.text(doc, "locality"),
            origin=r.text(doc, "source"),
            money_unit=money_unit,
            total_weight=total,
            rounding=rounding,
            grades=grades,
            indicators=tuple(indicators),
            groups=groups,
            ratings=ratings,
            quota=quota,
            **forms,
        ),
        r.problems,
    )


def load_framework(path: str | Path) -> tuple[Framework | None, list[LoadProblem]]:
    """Load and check a framework file: ``(framework, [])`` or ``(None, problems)``."""
    return load_framework_text(None, str(path))


def builtin_ids() -> list[str]:
    """The ids of the built-in frameworks (``src/jixiao/frameworks/builtin/<id>.yaml``)."""
    return sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml"))


def builtin_path(fid: str) -> Path:
    return BUILTIN_DIR / f"{fid}.yaml"


@lru_cache(maxsize=64)
def get_builtin(fid: str) -> Framework:
    """A built-in framework by id; ``FrameworkError`` if unknown or broken."""
    if fid not in builtin_ids():
        raise FrameworkError(
            [LoadProblem(Source(fid), f"没有内置框架 {fid}（可用: {', '.join(builtin_ids())}）", f"no built-in framework {fid}")]
        )
    from jixiao.frameworks.cache import cached

    fw, problems = cached(builtin_path(fid), load_framework)
    if fw is None:
        raise FrameworkError(problems)
    return fw


def resolve_framework(ref: str | Path) -> tuple[Framework | None, list[LoadProblem]]:
    """A built-in id or a path to a framework file."""
    name = str(ref)
    if name in builtin_ids():
        try:
            return get_builtin(name), []
        except FrameworkError as e:
            return None, e.problems
    if not Path(name).exists():
        return None, [
            LoadProblem(
                Source(name),
                f"既不是内置框架也不是文件（内置: {', '.join(builtin_ids())}）",
                f"neither a built-in framework nor a file (built-in: {', '.join(builtin_ids())})",
            )
        ]
    return load_framework(name)
