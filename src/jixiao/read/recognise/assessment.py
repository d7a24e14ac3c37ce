"""考核评分细则 — assessment rule tables (seed 000) into records and a draft framework.

A table is recognised by its header (考核指标 / 二级指标 / 分值 / 评分标准 [/ 说明]); the group it scores is the
parenthesised line just before it ("(黄浦、静安、…)"). Each row becomes an ``IndicatorRow`` (level1 = the
section, carried down blank cells; level2 = the indicator; weight = 分值; rule_text = 评分标准; evidence = 说明).
The 格次 bands are parsed out of the 评分标准 text by ``bands`` ("完成好的得 8-10 分 …") and the
document carries, in ``extra["draft_framework"]``, a framework dict (docs/frameworks.md) that a person can
finish; ``dump_draft`` writes it as YAML. Problems: sections whose points do not sum to 100, bands that
overlap, touch or leave gaps, rows that cannot be placed.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal
from typing import Any

from ruamel.yaml import YAML

from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Document, IndicatorRow, Problem, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.bands import band_problems, parse_bands, squash

SECTION_POINTS = Decimal(100)
_COLUMNS = {
    "考核指标": "level1",
    "二级指标": "level2",
    "分值": "weight",
    "评分标准": "rule_text",
    "说明": "evidence",
}
_GROUP_LINE = re.compile(r"^[(（]([^()（）]+)[)）]$")
_MEMBER_SEGMENT = re.compile(r"^(?P<member>[^：:，,]{2,10})[：:]")
_YEAR = re.compile(r"(\d{4})年度?")
_QUOTA = re.compile(r"优秀[^。]*?不超过(\d+(?:\.\d+)?)%")


def _header(table: Table) -> tuple[int, dict[str, int]] | None:
    for i, row in enumerate(table.rows[:3]):
        cols = {_COLUMNS[squash(c.text)]: k for k, c in enumerate(row) if squash(c.text) in _COLUMNS}
        if {"level1", "level2", "weight", "rule_text"} <= cols.keys():
            return i, cols
    return None


def _cell(row: list[Cell], k: int | None) -> Cell | None:
    return row[k] if k is not None and k < len(row) else None


def _val(cell: Cell | None, number: bool = False) -> Val:
    if cell is None or cell.blank:
        return Val(None, cell.text if cell else None, cell.source if cell else None)
    if number:
        return Val(parse_decimal(cell.text), cell.text, cell.source)
    return Val(squash(cell.text), cell.text, cell.source)


def _shifted(row: list[Cell], cols: dict[str, int]) -> bool:
    """A row that lost its merged first-level cell: the indicator sits under 考核指标, its points under 二级指标."""
    w = _cell(row, cols["weight"])
    left = _cell(row, cols["weight"] - 1)
    return (
        (w is None or parse_decimal(w.text) is None)
        and left is not None
        and parse_decimal(left.text) is not None
        and not row[0].blank
    )


def _rows(table: Table, start: int, cols: dict[str, int], problems: list[Problem]) -> list[IndicatorRow]:
    rows: list[IndicatorRow] = []
    section: Val | None = None
    for raw in table.rows[start:]:
        if all(c.blank for c in raw):
            continue
        c = dict(cols)
        if _shifted(raw, cols):
            c = {k: v - 1 for k, v in cols.items() if k != "level1"}
        l1, l2, w = (_cell(raw, c.get(k)) for k in ("level1", "level2", "weight"))
        rule = _cell(raw, c["rule_text"])
        if (l1 is None or l1.blank) and (l2 is None or l2.blank) and (w is None or w.blank):
            if rows and rule is not None and not rule.blank:
                prev = rows[-1]
                joined = (prev.rule_text.text or "") + "\n" + rule.text
                rows[-1].rule_text = Val(squash(joined.replace("\n", "")), joined, prev.rule_text.source)
            elif not rows:
                problems.append(
                    Problem(
                        "无法归属的续行：前面没有指标行", raw[0].source, "continuation row with no row above"
                    )
                )
            continue
        if l1 is not None and not l1.blank:
            section = _val(l1)
        row = IndicatorRow(
            level1=section or Val(None),
            level2=_val(l2),
            weight=_val(w, number=True),
            rule_text=_val(rule),
            evidence=_val(_cell(raw, c.get("evidence"))),
            source=Source(raw[0].source.file, raw[0].source.line),
        )
        if row.weight.dec is None:
            problems.append(
                Problem(
                    f"指标“{row.level2.str_}”的分值无法读取：{row.weight.text!r}",
                    row.weight.source or row.source,
                    f"points of '{row.level2.str_}' unreadable: {row.weight.text!r}",
                )
            )
        if section is None:
            problems.append(
                Problem("该行没有考核指标（一级）", row.source, "row without a first-level label")
            )
        rows.append(row)
    return rows


def _group(
    table: Table, fr: FileRead, problems: list[Problem]
) -> tuple[str | None, list[str], Source | None]:
    """The members named in the parenthesised line before the table; else the body's 包括：… list."""
    for text in reversed(table.preamble):
        m = _GROUP_LINE.match(normalize_text(text))
        if m:
            line = _preamble_line(fr, text, table)
            return m[1], [squash(p) for p in re.split(r"[、,，]", m[1]) if p.strip()], line
    if table.title and "市级机关" in table.title:
        return _agencies_from_body(fr, problems)
    return None, [], None


def _preamble_line(fr: FileRead, text: str, table: Table) -> Source | None:
    before = [s for t, s in fr.body if t == text and (s.line or 0) < (table.source.line or 0)]
    return before[-1] if before else None


def _agencies_from_body(fr: FileRead, problems: list[Problem]) -> tuple[str | None, list[str], Source | None]:
    for i, (text, src) in enumerate(fr.body):
        if "市级机关" in text and "包括" in text:
            tail = text.split("包括", 1)[1].lstrip("：: ")
            j = i
            while not tail.rstrip().endswith("。") and j + 1 < len(fr.body):
                j += 1
                nxt, nsrc = fr.body[j]
                if tail and nxt and tail[-1] == nxt[0] and "\u4e00" <= nxt[0] <= "\u9fff":
                    # a page break repeats the last character ("市住房城乡建设" / "设管理委)")
                    problems.append(
                        Problem(
                            f"跨页处重复的“{nxt[0]}”已去掉一个：“{tail[-6:]}”+“{nxt[:6]}”",
                            nsrc,
                            f"character '{nxt[0]}' repeated across the page break: one dropped",
                        )
                    )
                    nxt = nxt[1:]
                tail += nxt
            names = [squash(p) for p in re.split(r"、", tail.rstrip("。")) if p.strip()]
            return "市级机关", names, src
    return None, [], None


def _section_problems(rows: list[IndicatorRow]) -> list[Problem]:
    sums: dict[str, Decimal] = {}
    first: dict[str, Source | None] = {}
    for r in rows:
        name = r.level1.str_ or ""
        sums[name] = sums.get(name, Decimal(0)) + (r.weight.dec or Decimal(0))
        first.setdefault(name, r.level1.source or r.source)
    return [
        Problem(
            f"考核指标“{name}”各项分值合计{total}，不等于{SECTION_POINTS}",
            first[name],
            f"section '{name}' points sum to {total}, not {SECTION_POINTS}",
        )
        for name, total in sums.items()
        if total != SECTION_POINTS
    ]


def section_sums(doc: Document) -> dict[str, Decimal]:
    """Σ 分值 per 考核指标 (section), in table order."""
    out: dict[str, Decimal] = {}
    for r in doc.indicators:
        out[r.level1.str_ or ""] = out.get(r.level1.str_ or "", Decimal(0)) + (r.weight.dec or Decimal(0))
    return out


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


def _document(table: Table, fr: FileRead, start: int, cols: dict[str, int]) -> Document:
    problems: list[Problem] = []
    title = next((squash(t) for t in reversed(table.preamble) if "细则" in t), table.title)
    group_name, members, group_src = _group(table, fr, problems)
    year = _YEAR.search(title or "")
    doc = Document(
        type="assessment_rules",
        title=title,
        source=table.source,
        year=int(year[1]) if year else None,
        tables=[table],
    )
    if group_name:
        doc.header["group"] = Val(group_name, group_name, group_src)
    locality = next(
        (m[1] for t, _ in fr.body[:5] if (m := re.match(r"^(\S{2,6}?(?:省|市|自治区))", t))), None
    )
    if locality:
        doc.header["locality"] = Val(locality)
    doc.indicators = _rows(table, start + 1, cols, problems)
    problems.extend(_section_problems(doc.indicators))
    share = next((Decimal(m[1]) for t, _ in fr.body if (m := _QUOTA.search(squash(t)))), None)
    doc.extra["group"] = {"name": group_name, "members": members}
    doc.extra["section_sums"] = section_sums(doc)
    doc.extra["draft_framework"] = draft_framework(doc, members, group_name, share, problems)
    if not members:
        problems.append(
            Problem("未找到该表的考核对象名单", table.source, "no list of assessees found for this table")
        )
    doc.problems = list(dict.fromkeys(problems))  # one member segment may repeat the default's problem
    return doc


def recognise(fr: FileRead) -> list[Document]:
    docs: list[Document] = []
    for table in fr.tables:
        found = _header(table)
        if found is None:
            continue
        start, cols = found
        docs.append(_document(table, fr, start, cols))
    return docs
