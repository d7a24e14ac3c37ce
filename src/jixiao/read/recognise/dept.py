"""部门整体绩效评价 — department-wide score tables into ``Document(type="dept_evaluation")``.

Two layouts are read, any depth:

* one table with everything (seed 002's 综合评分表): 一级/二级/三级指标, 权重, 标准值, 评分规则,
  业绩值及评分过程, 得分;
* an indicator-system table (seed 003's 表3-0: levels with 分值, 指标解释, 评分标准) plus score tables
  (表3-1…3-3: levels with 分值, 得分, 得分率), a summary table (表3-0-1: 一级/二级指标, 分值, 得分) and
  the evidence paragraphs that follow each score table ("B101 预算执行率：…得 0.33 分。").

Rows are anchored on their indicator codes (A11, B1041): text extracted from PDFs drops blank cells so
rows shift left, merged labels appear on any row of their group, and cells wrap onto following rows.
A row with a code is placed from its code cell; a row without one continues the row above, its cells
aligned to the header from the right. What cannot be placed becomes a located ``Problem``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.records import MISSING, Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import squash
from jixiao.read.recognise.dept_rows import ancestor_code, code_of, read_row, read_summary
from jixiao.read.recognise.dept_state import LEVEL_FIELDS, Header, Node, State, clean_text, header_of
from jixiao.read.recognise.reportwords import grade_said

_LABEL_WEIGHT = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_EVIDENCE_STOP = re.compile(
    r"^(表\s*\d|\d+\s*[.、]\s*\S|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"
)
_BODY_TOTAL = re.compile(r"(?:得分|结果)为\s*(\d+(?:\.\d+)?)\s*分")


def _segments(fr: FileRead) -> list[tuple[Header, Table, list[list[Cell]]]]:
    """The tables with a department-table header, their rows without header rows; a headerless table right
    after one continues it (a page break the reader could not bridge)."""
    out: list[tuple[Header, Table, list[list[Cell]]]] = []
    current: Header | None = None
    for table in fr.tables:
        rows: list[list[Cell]] = []
        found: Header | None = None
        for row in table.rows:
            hd = header_of(row)
            if hd is not None:
                if rows and current is not None:
                    out.append((current, table, rows))
                    rows = []
                current = found = hd
                continue
            if current is not None and current.texts != tuple(squash(c.text) for c in row):
                rows.append(row)
        if found is None and not any(code_of(c) for r in table.rows[:3] for c in r[:4]):
            current = None
            continue
        if current is not None and rows:
            out.append((current, table, rows))
    return out


def _evidence(st: State, fr: FileRead, leaves: list[Node]) -> None:
    """Evidence paragraphs after the score tables: "B101 预算执行率：…得 0.33 分。" up to the next one."""
    codes = {nd.code for nd in leaves}
    known = set(st.nodes)
    after = st.first_line or 0
    current: Node | None = None
    parts: list[str] = []
    src: Source | None = None

    def flush() -> None:
        if current is not None and parts and "evidence" not in current.fields:
            raw = "".join(parts)
            current.fields["evidence"] = Val(clean_text(raw), raw, src)

    for text, source in fr.body:
        if (source.line or 0) <= after:
            continue
        m = re.match(r"^([A-Z]\d{1,4})\s*\S", text)
        code = m.group(1) if m else None
        if code in known:
            flush()
            current, parts, src = (st.nodes[code], [text], source) if code in codes else (None, [], None)
            continue
        if _EVIDENCE_STOP.match(text):
            flush()
            current, parts, src = None, [], None
            continue
        if current is not None:
            parts.append(text)
    flush()


def _title(fr: FileRead, tables: list[Table]) -> str | None:
    for table in tables:
        for line in reversed(table.preamble):
            if re.search(r"评分表|指标体系|得分表|评分概况", line):
                return re.sub(r"^(附件\s*\d*\s*[:：]|表\s*[\d.-]+\s*[.．、]?)\s*", "", clean_text(line))
    return None


def _leaves(st: State) -> list[Node]:
    codes = st.order
    own = [st.nodes[c] for c in codes if st.nodes[c].row_source is not None]
    return [nd for nd in own if not any(o.code != nd.code and o.code.startswith(nd.code) for o in own)]


def _indicator(st: State, nd: Node) -> IndicatorRow:
    levels: dict[str, Val] = {}
    for level in range(1, nd.level):
        code = ancestor_code(nd.code, level)
        anc = st.nodes.get(code) if code else None
        levels[LEVEL_FIELDS[level - 1]] = anc.name_val() if anc else MISSING
    levels[LEVEL_FIELDS[nd.level - 1]] = nd.name_val()
    f = nd.fields
    return IndicatorRow(
        level1=levels.get("level1", MISSING),
        level2=levels.get("level2", MISSING),
        level3=levels.get("level3", MISSING),
        level4=levels.get("level4", MISSING),
        code=Val(nd.code, nd.code, nd.source),
        weight=nd.weight,
        score=f.get("score", MISSING),
        standard=f.get("standard", MISSING),
        rule_text=f.get("rule_text", MISSING),
        evidence=f.get("evidence", MISSING),
        source=nd.row_source,
    )


def _check(st: State, leaves: list[Node], scored: bool) -> None:
    reported: set[str] = set()
    for nd in st.nodes.values():
        if nd.weight is MISSING and nd.row_source is None and (m := _LABEL_WEIGHT.search(nd.name)):
            nd.weight = Val(Decimal(m.group(1)), nd.raw, nd.source)
    for nd in leaves:
        for level in range(1, nd.level):
            code = ancestor_code(nd.code, level)
            if code and code not in reported and (code not in st.nodes or not st.nodes[code].raw):
                reported.add(code)
                st.node(code)  # a label that never appeared
                st.problem(
                    f"指标{code}的名称在表中未能读出（{nd.code}的上级）",
                    f"the name of indicator {code} (above {nd.code}) could not be read from the table",
                    nd.row_source,
                )
        if scored and "score" not in nd.fields:
            st.problem(
                f"指标{nd.code}的得分在表中未能读出",
                f"the score of indicator {nd.code} could not be read",
                nd.score_row or nd.row_source,
            )


def recognise(fr: FileRead) -> list[Document]:
    segments = _segments(fr)
    if not segments:
        return []
    st = State(file=fr.source.file)
    detail = [s for s in segments if s[0].kind != "summary"]
    # Tables that define indicators first, then score tables, so names and weights come from the former.
    last: Node | None = None
    kind = ""
    for hd, table, rows in sorted(detail, key=lambda s: s[0].kind not in ("full", "system")):
        if table not in st.tables:
            st.tables.append(table)
        if hd.kind != kind:
            last, kind = None, hd.kind
        for row in rows:
            if row and not all(c.blank for c in row):
                last = read_row(st, hd, row, last)
    for hd, table, rows in segments:
        if hd.kind == "summary":
            st.tables.append(table)
            read_summary(st, hd, rows)
    leaves = _leaves(st)
    if not leaves:
        return []
    _evidence(st, fr, leaves)
    scored = any(s[0].kind in ("full", "score") for s in detail)
    _check(st, leaves, scored)
    total = st.total
    grade = MISSING
    for text, source in fr.body:
        if total.value is None and (m := _BODY_TOTAL.search(text)):
            total = Val(Decimal(m.group(1)), m.group(0), source)
        if grade.value is None and (g := grade_said(text)):  # 绩效评价等级为"优"
            grade = Val(squash(g.group(1)), g.group(0), source)
    title = _title(fr, st.tables)
    year = re.search(r"(20\d\d)\s*年", title or "")
    doc = Document(
        type="dept_evaluation",
        title=title,
        source=Source(fr.source.file, line=st.tables[0].source.line),
        year=int(year.group(1)) if year else None,
        indicators=[_indicator(st, nd) for nd in leaves],
        total_score=total,
        total_weight=st.total_weight,
        grade=grade,
        tables=st.tables,
        problems=st.problems,
        body=fr.body,
    )
    doc.extra["nodes"] = {
        c: {"level": nd.level, "name": nd.name_val(), "weight": nd.weight}
        for c, nd in st.nodes.items()
        if nd not in leaves
    }
    doc.extra["level_scores"] = st.level_scores
    doc.extra["subtotals"] = st.subtotals
    return [doc]
