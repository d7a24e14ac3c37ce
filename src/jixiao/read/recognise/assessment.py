"""考核评分细则 — assessment rule tables (seed 000) into records and a draft framework.

A table is recognised by its header (考核指标 / 二级指标 / 分值 / 评分标准 [/ 说明]); the group it scores is the
parenthesised line just before it ("(黄浦、静安、…)"). Each row becomes an ``IndicatorRow`` (level1 = the
section, carried down blank cells; level2 = the indicator; weight = 分值; rule_text = 评分标准; evidence = 说明).
The 格次 bands are parsed out of the 评分标准 text by ``bands`` ("完成好的得 8-10 分 …") and the
document carries, in ``extra["draft_framework"]``, a framework dict (docs/frameworks.md) that a person can
finish, built by ``assessment_draft`` (whose ``dump_draft`` writes it as YAML). Problems: sections whose
points do not sum to 100, bands that overlap, touch or leave gaps, rows that cannot be placed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Document, IndicatorRow, Problem, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.assessment_draft import draft_framework
from jixiao.read.recognise.bands import squash

SECTION_POINTS = Decimal(100)
_COLUMNS = {
    "考核指标": "level1",
    "二级指标": "level2",
    "分值": "weight",
    "评分标准": "rule_text",
    "说明": "evidence",
}
_GROUP_LINE = re.compile(r"^[(（]([^()（）]+)[)）]$")
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
