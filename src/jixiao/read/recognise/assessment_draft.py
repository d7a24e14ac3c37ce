"""考核评分细则的草稿框架 — the draft framework (docs/frameworks.md, kind: assessment) built from a recognised
assessment rule table (``recognise.assessment``), and its YAML text.

Each row's 评分标准 becomes a rule: relative_best ("最高…每低于…%扣…分"), ratio_points ("得分=…/…*n"),
compound_band (labels joined by 且 and 或), grade_band (the 格次 bands ``bands`` parses), else manual; a
评分标准 split per group member ("临港新片区：…") gives ``member_rules`` where a member's rule differs.
Ratings are placeholders a person must decide; ``dump_draft`` writes the dict as YAML with that said.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

from ruamel.yaml import YAML

from jixiao.core.records import Document, Problem
from jixiao.core.source import Source
from jixiao.read.recognise.bands import band_problems, parse_bands, squash

_MEMBER_SEGMENT = re.compile(r"^(?P<member>[^：:，,]{2,10})[：:]")


def _member_segments(text: str, members: list[str]) -> dict[str, str]:
    """Per-member paragraphs of one 评分标准 ("临港新片区：…", "长兴岛：…"), keyed by group member."""
    out: dict[str, str] = {}
    for part in text.split("\n"):
        m = _MEMBER_SEGMENT.match(squash(part))
        if not m:
            continue
        name = next((x for x in members if m["member"].startswith(x) or x in m["member"]), None)
        if name:
            out[name] = squash(part)
    return out


def _leaf_rule(
    text: str, weight: Decimal | None, where: Source | None, problems: list[Problem]
) -> dict[str, Any]:
    flat = squash(text)
    if "最高" in flat and "每低于" in flat and "%" in flat:
        step = re.search(r"每低于[^%]*?(\d+(?:\.\d+)?)%扣(\d+(?:\.\d+)?)分", flat)
        return {
            "rule": "relative_best",
            "params": {
                "step_pct": Decimal(step[1]) if step else Decimal(5),
                "deduct_points": Decimal(step[2]) if step else Decimal(1),
                "counting": "ceil" if "不足" in flat else "floor",
            },
        }
    if re.search(r"得分=.+/.+\*\s*\d+", flat):
        return {"rule": "ratio_points", "params": {}}
    bands = parse_bands(text)
    if not bands:
        return {"rule": "manual", "params": {}}
    for zh, en in band_problems(bands, weight):
        problems.append(Problem(zh, where, en))
    labels = [b.label for b in bands]
    if any("且" in x for x in labels) and any("或" in x for x in labels):
        conditions = re.split(r"且", labels[0])
        return {
            "rule": "compound_band",
            "params": {
                "conditions": conditions,
                "bands": {len(bands) - 1 - i: b.to_params(named=False) for i, b in enumerate(bands)},
            },
        }
    return {"rule": "grade_band", "params": {"bands": [b.to_params() for b in bands]}}


def draft_framework(
    doc: Document, members: list[str], group_name: str | None, share: Decimal | None, problems: list[Problem]
) -> dict[str, Any]:
    """A framework dict (docs/frameworks.md, kind: assessment) from the recognised rows; ratings left to fill."""
    sections: list[dict[str, Any]] = []
    for r in doc.indicators:
        name = r.level1.str_ or ""
        if not sections or sections[-1]["name"] != name:
            sections.append(
                {"code": chr(ord("A") + len(sections)), "name": name, "weight": Decimal(0), "children": []}
            )
        sec = sections[-1]
        sec["weight"] += r.weight.dec or Decimal(0)
        text = r.rule_text.text or ""
        leaf: dict[str, Any] = {
            "code": f"{sec['code']}{len(sec['children']) + 1}",
            "name": r.level2.str_,
            "weight": r.weight.dec,
            "rule_text": r.rule_text.str_,
        }
        segments = _member_segments(text, members)
        if len(segments) > 1:
            rules = {
                m: _leaf_rule(t, r.weight.dec, r.rule_text.source, problems) for m, t in segments.items()
            }
            default = next(iter(rules.values()))
            leaf.update(default)
            leaf["member_rules"] = {
                m: {**rl, "rule_text": segments[m]} for m, rl in rules.items() if rl != default
            }
        else:
            leaf.update(_leaf_rule(text, r.weight.dec, r.rule_text.source, problems))
        sec["children"].append(leaf)
    total = sum((s["weight"] for s in sections), Decimal(0))
    return {
        "id": "draft-" + (doc.source.file.rsplit("/", 1)[-1].split(".")[0]) + f"-{doc.source.line}",
        "title": doc.title,
        "year": doc.year,
        "locality": doc.header["locality"].str_ if "locality" in doc.header else None,
        "kind": "assessment",
        "source": str(doc.source),
        "total_weight": total,
        "rounding": {"score": {"mode": "half_up", "digits": 2}, "total": {"mode": "half_up", "digits": 2}},
        "groups": [{"id": "group-1", "name": group_name or "", "members": members}],
        "ratings": [
            {"rating": "优秀", "min": total * Decimal("0.9")},
            {"rating": "良好", "min": total * Decimal("0.8"), "max": total * Decimal("0.9")},
            {"rating": "一般", "min": total * Decimal("0.6"), "max": total * Decimal("0.8")},
            {"rating": "较差", "min": Decimal(0), "max": total * Decimal("0.6")},
        ],
        "quota": {
            "rating": "优秀",
            "max_share": (share / 100) if share is not None else Decimal("0.30"),
            "count_rounding": "floor",
            "ties": "exclude",
            "fallback": "良好",
        },
        "indicators": sections,
    }


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else value.normalize()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def dump_draft(draft: dict[str, Any]) -> str:
    """The draft framework as YAML text, with a header saying what a person must still decide."""
    yaml = YAML()
    yaml.width = 200
    yaml.allow_unicode = True
    # Decimals as plain YAML numbers written from their text (never through float).
    yaml.representer.add_representer(
        Decimal, lambda r, d: r.represent_scalar("tag:yaml.org,2002:float", format(d, "f"))
    )
    buf = io.StringIO()
    yaml.dump(_plain(draft), buf)
    head = (
        "# 草稿：由 jixiao 从考核评分细则表识别生成，需人工核对后使用。\n"
        "# Draft recognised from an assessment rule table: check before use.\n"
        "# - ratings: 原文未给出分数线，此处为占位值（可配置）/ thresholds are placeholders (configurable)\n"
        "# - 格次“a分以下”按不含a读（[0, a)）；原文与相邻格次在a分相接时另列为问题\n"
    )
    return head + buf.getvalue()
