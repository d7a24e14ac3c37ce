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

from jixiao.core.numbers import fmt_w
from jixiao.core.safetext import quote
from jixiao.core.source import Source
from jixiao.frameworks.model import KINDS, Framework, FrameworkError, Indicator, LoadProblem, RuleRef
from jixiao.frameworks.params import check_params, rule_ref
from jixiao.frameworks.reader import Reader
from jixiao.frameworks.sections import (
    check_members,
    read_bands,
    read_forms_part,
    read_groups,
    read_quota,
    read_rounding,
)
from jixiao.frameworks.yamlio import load_yaml

BUILTIN_DIR = Path(__file__).parent / "builtin"

_TOP_KEYS = {
    "id", "title", "year", "locality", "kind", "source", "money_unit", "total_weight", "rounding", "grades",
    "indicators", "execution", "indicator_weight", "level1_weights", "indicator_rules", "groups", "ratings",
    "quota", "description", "notes",
}
_NODE_KEYS = {
    "code", "name", "weight", "children", "rule", "params", "standard", "rule_text", "note", "member_rules",
}

# ---------------------------------------------------------------- tree


def _check_sum(
    r: Reader, where: Source, parts: list[Indicator], expected: Decimal,
    says: Callable[[Decimal], tuple[str, str]],
) -> None:
    """Weights add up exactly (Decimal) at this level, or the problem is said at ``where``."""
    s = sum((i.weight for i in parts), Decimal(0))
    if s != expected:
        r.err(where, *says(s))


def _read_node(r: Reader, node: Any, seen: dict[str, Source]) -> Indicator | None:
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
            lambda s: (f"指标 {code} 的权重 {fmt_w(weight)} 不等于下级指标权重之和 {fmt_w(s)}",
                       f"weight {fmt_w(weight)} of indicator {code} is not the sum of its children's weights {fmt_w(s)}"),
        )  # fmt: skip
    member_rules: dict[str, RuleRef] = {}
    mr = r.mapping(node, "member_rules")
    if mr is not None:
        if kids_raw:
            r.err(r.src(node, "member_rules"), f"指标 {code} 有下级指标，不应有 member_rules", f"indicator {code} has children and member_rules")
        for member in mr:
            ref = rule_ref(r, mr[member], f"指标 {code} 的 member_rules.{member} ")
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


def load_framework_text(text: str | None, file: str) -> tuple[Framework | None, list[LoadProblem]]:
    """Load a framework from its text (``file`` names it in the problems); reads the file when text is None."""
    r = Reader(file)
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
    rounding = read_rounding(r, doc)
    grades = read_bands(r, doc, "grades", "grade", total)
    seen: dict[str, Source] = {}
    indicators = [ind for ind in (_read_node(r, n, seen) for n in r.seq(doc, "indicators")) if ind is not None]
    if kind in ("dept", "assessment") and not doc.get("indicators"):
        r.err(r.src(doc), f"{kind} 框架缺少 indicators（指标树）", f"a {kind} framework needs indicators")
    if indicators and len(indicators) == len(r.seq(doc, "indicators")):
        _check_sum(
            r, r.src(doc, "indicators"), indicators, total,
            lambda s: (f"一级指标权重之和 {fmt_w(s)} 不等于总分 {fmt_w(total)}",
                       f"first-level weights add up to {fmt_w(s)}, not total_weight {fmt_w(total)}"),
        )  # fmt: skip
    forms: dict[str, Any] = {}
    if kind in ("project", "policy"):
        forms = read_forms_part(r, doc, kind, total)
    ratings = read_bands(r, doc, "ratings", "rating", total)
    quota = read_quota(r, doc, ratings)
    groups = read_groups(r, doc)
    check_members(r, indicators, groups, kind)
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
