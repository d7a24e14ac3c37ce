"""考核 — assess a whole group at once (seed 000): score, rank, rate, and cap 优秀 at the quota.

Every assessee of a group is scored by the scoring engine (``score_tree``, with the member's own rule where a
leaf has ``member_rules``); a ``relative_best`` leaf (宽带用户下载速率) gets the group's values as its peers.
Totals are ranked (ties share a rank: 1, 2, 2, 4), each total is placed in the framework's rating bands, and
the quota (优秀 at most ``max_share`` of those assessed, the count rounded as the framework says, ties at the
cut-off handled as it says) moves those over the quota to the fallback rating (``scoring.ratings``). Each assessee
carries the reason for its rating, in Chinese and English.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.core.i18n import tr
from jixiao.core.numbers import fmt
from jixiao.core.source import Source
from jixiao.frameworks.model import Framework, Group, LoadProblem
from jixiao.frameworks.yamlio import line_of
from jixiao.scoring.engine import ScoreResult, load_data, score_tree
from jixiao.scoring.ratings import QuotaCount, apply_ratings, quota_count, rank

ZERO = Decimal(0)


# ---------------------------------------------------------------- assessing a data file


@dataclass(frozen=True, slots=True)
class AssesseeResult:
    """One assessee: its scores (the engine's result), rank, rating and the reason for it."""

    name: str
    group: Group
    result: ScoreResult
    rank: int
    rating: str | None
    reason: str
    reason_en: str
    source: Source

    @property
    def total(self) -> Decimal | None:
        return self.result.total

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        return {
            "name": self.name,
            "total": fmt(self.total),
            "rank": self.rank,
            "rating": self.rating,
            "reason": tr(self.reason, self.reason_en, lang),
            "indicators": self.result.to_json(lang)["indicators"],
        }


@dataclass(frozen=True, slots=True)
class GroupResult:
    group: Group
    quota: QuotaCount | None
    assessees: tuple[AssesseeResult, ...]

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        return {
            "group": {"id": self.group.id, "name": self.group.name},
            "quota": self.quota.to_json() if self.quota else None,
            "assessees": [a.to_json(lang) for a in self.assessees],
        }


@dataclass(frozen=True, slots=True)
class Assessment:
    framework: Framework
    groups: tuple[GroupResult, ...]
    problems: tuple[LoadProblem, ...] = ()
    title: str | None = None

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        """``{"framework", "group", "quota", "assessees"}`` for one group; ``"groups"`` lists several."""
        parts = [g.to_json(lang) for g in self.groups]
        if len(parts) == 1:
            return {"framework": self.framework.id, **parts[0]}
        return {"framework": self.framework.id, "groups": parts}


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    group: Group
    inputs: Any  # the data file's mapping (ruamel), so the engine's problems carry its lines
    source: Source


class _Problems:
    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[LoadProblem] = []

    def add(self, node: Any, key: Any, zh: str, en: str) -> None:
        self.items.append(LoadProblem(Source(self.file, line=line_of(node, key)), zh, en))


def _entries(fw: Framework, data: Mapping[str, Any], p: _Problems) -> list[_Entry]:
    items = data.get("assessees")
    if not isinstance(items, list) or not items:
        p.add(
            data,
            "assessees" if "assessees" in data else None,
            "数据中没有考核对象 (assessees)",
            "the data has no assessees",
        )
        return []
    by_id = {g.id: g for g in fw.groups} | {g.name: g for g in fw.groups}
    home = {m: g for g in fw.groups for m in g.members}
    out: list[_Entry] = []
    seen: set[str] = set()
    for k, item in enumerate(items):
        if not isinstance(item, Mapping) or not item.get("name"):
            p.add(items, k, "考核对象应为含 name 的映射", "an assessee must be a mapping with a name")
            continue
        name = str(item["name"])
        given = item.get("group")
        group = home.get(name)
        if group is None:
            p.add(
                item,
                "name",
                f"未知考核对象“{name}”：不是框架 {fw.id} 任何分组的成员",
                f"unknown assessee '{name}': not a member of any group of {fw.id}",
            )
            continue
        if given is not None and by_id.get(str(given)) is not group:
            p.add(
                item,
                "group",
                f"“{name}”属于分组 {group.id}（{group.name}），不属于 {given}",
                f"'{name}' belongs to group {group.id}, not {given}",
            )
            continue
        if name in seen:
            p.add(item, "name", f"考核对象“{name}”重复出现", f"assessee '{name}' appears twice")
            continue
        seen.add(name)
        inputs = item.get("inputs")
        if not isinstance(inputs, Mapping):
            p.add(
                item,
                "inputs" if "inputs" in item else "name",
                f"“{name}”缺少输入 (inputs)",
                f"'{name}' has no inputs",
            )
            continue
        # a shallow copy (ruamel keeps its lines) so that adding peers leaves the caller's data as it was
        out.append(_Entry(name, group, copy.copy(inputs), Source(p.file, line=line_of(items, k))))
    named = {str(i.get("name")) for i in items if isinstance(i, Mapping)}
    for g in fw.groups:
        if not any(e.group is g for e in out):
            continue
        missing = [m for m in g.members if m not in named]
        if missing:
            zh, en = _whole_group(fw)
            p.add(
                data,
                "assessees",
                f"分组 {g.name} 的成员未出现在数据中：{'、'.join(missing)}（{zh}都取决于全组）",
                f"members of {g.name} missing from the data: {', '.join(missing)} ({en} depend on the whole group)",
            )
    return out


def _whole_group(fw: Framework) -> tuple[str, str]:
    """What in this framework depends on the whole group: its quota, and its best-of-group indicators."""
    zh, en = [], []
    if fw.quota is not None:
        zh.append(f"{fw.quota.rating}名额")
        en.append(f"the {fw.quota.rating} quota")
    best = [leaf.name for leaf in fw.leaves()
            if "relative_best" in (leaf.rule, *(r.rule for r in leaf.member_rules.values()))]
    zh += [f"{name}的最高值" for name in best]
    en += [f"the best {name}" for name in best]
    return ("和".join(zh) or "评分"), (" and ".join(en) or "the scores")


def _add_peers(fw: Framework, entries: list[_Entry]) -> None:
    """宽带: the best of the group — each relative_best input gets the group's values as ``peers``."""
    for leaf in fw.leaves():
        for g in {id(e.group): e.group for e in entries}.values():
            members = [e for e in entries if e.group is g and leaf.rule_for(e.name)[0] == "relative_best"]
            values = [
                e.inputs[leaf.code].get("value")
                for e in members
                if isinstance(e.inputs.get(leaf.code), Mapping)
            ]
            if any(v is None for v in values):
                continue  # the rule reports the missing value
            for e in members:
                given = e.inputs.get(leaf.code)
                if isinstance(given, Mapping) and "peers" not in given and "best" not in given:
                    e.inputs[leaf.code] = {**given, "peers": list(values)}


def assess_data(fw: Framework, data: Mapping[str, Any], *, file: str = "<data>") -> Assessment:
    """Score, rank and rate every assessee of ``data``; problems (located in ``file``) stop nothing else."""
    p = _Problems(file)
    if fw.kind != "assessment":
        p.add(
            data,
            None,
            f"框架 {fw.id} 不是考核框架 (kind: assessment)",
            f"{fw.id} is not an assessment framework",
        )
        return Assessment(fw, (), tuple(p.items))
    entries = _entries(fw, data, p)
    _add_peers(fw, entries)
    scored = [(e, score_tree(fw, e.inputs, file=file, member=e.name)) for e in entries]
    problems = list(p.items) + [q for _, r in scored for q in r.problems]
    groups: list[GroupResult] = []
    for g in fw.groups:
        mine = [(e, r) for e, r in scored if e.group is g]
        if not mine:
            continue
        q = quota_count(len(mine), fw.quota) if fw.quota else None
        ok = all(r.total is not None for _, r in mine)
        totals = [r.total if r.total is not None else ZERO for _, r in mine]
        rated = apply_ratings(totals, [fw.rating_for(t) for t in totals], q) if ok else None
        ranks = rank(totals)
        out = []
        for k, (e, r) in enumerate(mine):
            if rated is None:
                why = (
                    "有指标无法评分，不予排名和评级",
                    "some indicators could not be scored: not ranked or rated",
                )
                out.append(AssesseeResult(e.name, g, r, 0, None, why[0], why[1], e.source))
            else:
                out.append(
                    AssesseeResult(
                        e.name, g, r, ranks[k], rated[k].rating, rated[k].reason, rated[k].reason_en, e.source
                    )
                )
        out.sort(key=lambda a: (a.rank or len(out) + 1, g.members.index(a.name)))
        groups.append(GroupResult(g, q, tuple(out)))
    title = data.get("title")
    return Assessment(fw, tuple(groups), tuple(problems), str(title) if title is not None else None)


def assess_file(fw: Framework, path: str | Path) -> Assessment:
    """Read and assess a data file; an unreadable file gives an assessment with only its problem."""
    data, problems = load_data(path)
    if data is None:
        return Assessment(fw, (), tuple(problems))
    return assess_data(fw, data, file=str(path))
