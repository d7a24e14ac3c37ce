"""A framework file's parts besides the indicator tree: grade and rating bands, rounding, groups, the quota,
and the form frameworks' execution / indicator weights / indicator rules."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import fmt_w
from jixiao.core.rounding import MODES, Rounding
from jixiao.core.safetext import quote
from jixiao.frameworks.model import TARGET_KINDS, Band, Group, Indicator, Quota, RoundingSet, RuleRef
from jixiao.frameworks.params import rule_ref
from jixiao.frameworks.reader import Reader


def read_bands(r: Reader, doc: Any, key: str, label_key: str, top: Decimal) -> tuple[Band, ...]:
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
            r.err(r.src(item), f"{label}: min {fmt_w(lo)} 不小于 max {fmt_w(hi)}", f"{label}: min {fmt_w(lo)} is not below max {fmt_w(hi)}")
            continue
        bands.append(Band(label, lo, hi, r.src(item)))
    if not bands:
        return ()
    ordered = sorted(bands, key=lambda b: b.min)
    if ordered[0].min > 0:
        b = ordered[0]
        r.err(b.source, f"{key} 在 0 到 {fmt_w(b.min)} 之间有空档", f"{key} leave a gap between 0 and {fmt_w(b.min)}")
    for prev, b in zip(ordered, ordered[1:]):
        if prev.max is None or b.min < prev.max:
            r.err(
                b.source,
                f"{key} 重叠: {b.label} [{fmt_w(b.min)}, …) 与 {prev.label} 重叠（第 {prev.source.line} 行）",
                f"{key} overlap: {b.label} [{fmt_w(b.min)}, …) overlaps {prev.label} (line {prev.source.line})",
            )
        elif b.min > prev.max:
            r.err(
                b.source,
                f"{key} 在 {fmt_w(prev.max)} 到 {fmt_w(b.min)} 之间有空档",
                f"{key} leave a gap between {fmt_w(prev.max)} and {fmt_w(b.min)}",
            )
    last = ordered[-1]
    if last.max is not None and last.max < top:
        r.err(last.source, f"{key} 在 {fmt_w(last.max)} 到 {fmt_w(top)} 之间有空档", f"{key} leave a gap between {fmt_w(last.max)} and {fmt_w(top)}")
    return tuple(bands)


def read_rounding(r: Reader, doc: Any) -> RoundingSet:
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


def read_groups(r: Reader, doc: Any) -> tuple[Group, ...]:
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


def read_quota(r: Reader, doc: Any, ratings: tuple[Band, ...]) -> Quota | None:
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


def check_members(r: Reader, indicators: list[Indicator], groups: tuple[Group, ...], kind: str | None) -> None:
    members = {m for g in groups for m in g.members}
    for top in indicators:
        for _, ind in top.walk():
            for member, ref in ind.member_rules.items():
                if kind != "assessment":
                    r.err(ref.source, "member_rules 只用于考核框架 (kind: assessment)", "member_rules is for assessment frameworks only")
                elif member not in members:
                    r.err(ref.source, f"member_rules 中的 {member} 不是任何分组的成员", f"member_rules: {member} is not a member of any group")





def read_forms_part(r: Reader, doc: Any, kind: str, total: Decimal) -> dict[str, Any]:
    """execution, indicator_weight, level1_weights, indicator_rules (project and policy frameworks)."""
    out: dict[str, Any] = {}
    execution = None
    if doc.get("execution") is not None:
        execution = rule_ref(r, r.mapping(doc, "execution"), "execution ", with_weight=True)
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
            f"indicator_weight {fmt_w(ind_weight)} 加执行率分值 {fmt_w(exec_weight)} 不等于总分 {fmt_w(total)}",
            f"indicator_weight {fmt_w(ind_weight)} plus execution {fmt_w(exec_weight)} is not total_weight {fmt_w(total)}",
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
                f"一级指标权重之和 {fmt_w(s)} 不等于指标总分 {fmt_w(ind_weight)}",
                f"level1_weights add up to {fmt_w(s)}, not {fmt_w(ind_weight)}",
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
            ref = rule_ref(r, rules_node[key], f"indicator_rules.{key} ")
            if ref is not None:
                rules[str(key)] = ref
        for key in TARGET_KINDS:
            if key not in rules_node:
                r.err(r.src(doc, "indicator_rules"), f"indicator_rules 缺少 {key}", f"indicator_rules is missing {key}")
    out["indicator_rules"] = rules
    return out
