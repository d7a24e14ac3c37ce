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
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import MISSING, Document, IndicatorRow, Problem, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead

# A code cell: letter, up to four digits, then the name ("A11中长期规划", "B 部门管理", "A1031 部门…").
_CODE = re.compile(r"^([A-Z])(\d{0,4})(?![A-Za-z\d.])\s*(.*)$", re.S)
_LEVEL_OF_DIGITS = {0: 1, 1: 2, 2: 3, 3: 3, 4: 4}
_DASH = re.compile(r"^[-—–―_]+$")
_LABEL_WEIGHT = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")
_TOTAL_WORDS = ("合计", "总计", "总分")
_EVIDENCE_STOP = re.compile(
    r"^(表\s*\d|\d+\s*[.、]\s*\S|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"
)
_BODY_TOTAL = re.compile(r"(?:得分|结果)为\s*(\d+(?:\.\d+)?)\s*分")
_BODY_GRADE = re.compile(r"(?:等级|评级)为\s*[\"“”']?\s*([优良中差])")

# Header words → the field a column holds.
_COLUMNS = {
    "一级指标": "level1",
    "二级指标": "level2",
    "三级指标": "level3",
    "四级指标": "level4",
    "权重": "weight",
    "权重分": "weight",
    "分值": "weight",
    "标准值": "standard",
    "评分规则": "rule_text",
    "评分标准": "rule_text",
    "业绩值及评分过程": "evidence",
    "评分过程": "evidence",
    "评分说明": "evidence",
    "指标解释": "explanation",
    "得分": "score",
    "得分率": "rate",
}
_LEVEL_FIELDS = ("level1", "level2", "level3", "level4")
_TEXT_FIELDS = ("standard", "rule_text", "evidence", "explanation")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _clean(text: str) -> str:
    """Cell text without the spaces that PDF line wraps leave between Chinese characters."""
    return _CJK_GAP.sub("", " ".join(text.split()))


def _join(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    sep = "" if (not a[-1].isascii() or not b[0].isascii()) else " "
    return a + sep + b


@dataclass(slots=True)
class _Header:
    """Which field each column holds (``None`` for a column the recogniser does not use)."""

    fields: list[str | None]
    kind: str  # "full" (rules and scores), "system" (rules), "score" (scores), "summary" (no leaves)
    texts: tuple[str, ...]

    @property
    def width(self) -> int:
        return len(self.fields)

    def first_content(self) -> int:
        for i, f in enumerate(self.fields):
            if f in ("standard", "rule_text", "evidence", "explanation", "score"):
                return i
        return self.width

    def level_column(self, level: int) -> int | None:
        name = _LEVEL_FIELDS[level - 1]
        return self.fields.index(name) if name in self.fields else None


def _header(row: list[Cell]) -> _Header | None:
    texts = tuple(_squash(c.text) for c in row)
    fields = [_COLUMNS.get(t) for t in texts]
    present = set(f for f in fields if f)
    if "level2" not in present or not ({"weight", "score"} & present):
        return None
    has_rules = "rule_text" in present
    has_score = "score" in present
    if "level3" not in present:
        kind = "summary" if has_score else ""
    elif has_rules:
        kind = "full" if has_score else "system"
    else:
        kind = "score" if has_score else ""
    if not kind:
        return None
    while fields and fields[-1] is None and not texts[len(fields) - 1]:
        fields.pop()
    return _Header(fields, kind, texts)


@dataclass(slots=True)
class _Node:
    """An indicator as read: a label (any level) or a row's own indicator."""

    code: str
    level: int
    name: str = ""
    raw: str = ""
    source: Source | None = None
    weight: Val = MISSING
    fields: dict[str, Val] = field(default_factory=dict)
    row_source: Source | None = None
    defined: bool = False  # seen in a table that defines indicators (weights, rules)
    score_row: Source | None = None  # its row in a table with scores

    def name_val(self) -> Val:
        if not self.raw:
            return MISSING
        return Val(self.name or None, self.raw, self.source)

    def append_name(self, fragment: str, source: Source) -> None:
        self.raw = _join(self.raw, fragment)
        self.name = _clean(_join(self.name, fragment))
        if self.source is None:
            self.source = source


@dataclass(slots=True)
class _State:
    file: str
    nodes: dict[str, _Node] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    level_scores: dict[str, Val] = field(default_factory=dict)  # 表3-0-1: A1 6.2 …
    subtotals: dict[str, Val] = field(default_factory=dict)  # 合计 of each score table, by first level
    total: Val = MISSING
    total_weight: Val = MISSING
    tables: list[Table] = field(default_factory=list)
    first_line: int | None = None

    def node(self, code: str) -> _Node:
        if code not in self.nodes:
            level = 1 if len(code) == 1 else _LEVEL_OF_DIGITS.get(len(code) - 1, len(code))
            self.nodes[code] = _Node(code, level)
            self.order.append(code)
        return self.nodes[code]

    def problem(self, zh: str, en: str, source: Source | None) -> None:
        self.problems.append(Problem(zh, source, en))


def _code_of(cell: Cell) -> tuple[str, str] | None:
    m = _CODE.match(cell.text.strip())
    if not m or not m.group(3).strip():
        return None
    rest = m.group(3).strip()
    if rest[0].isascii() and rest[0] not in '"“(（':
        return None
    return m.group(1) + m.group(2), rest


def _num(cell: Cell) -> Val:
    """A number cell as read: the Decimal (None when the text is not one number) and the text as printed."""
    return Val(parse_decimal(cell.text), cell.text.strip(), cell.source)


def _numbers(row: list[Cell]) -> list[Cell]:
    """The cells of a row that hold a number and not a rate (a "%" is a 得分率, never a score or weight)."""
    return [c for c in row if parse_decimal(c.text) is not None and "%" not in c.text]


def _weight_after(row: list[Cell], k: int) -> int | None:
    """Index of the weight cell after the code cell ``k``: the next non-blank cell, when a number."""
    for j in range(k + 1, len(row)):
        if row[j].blank:
            continue
        return j if parse_decimal(row[j].text) is not None else None
    return None


def _read_row(st: _State, hd: _Header, row: list[Cell], last: _Node | None) -> _Node | None:
    """Place one row; returns the indicator the next continuation row belongs to."""
    limit = hd.first_content()
    codes = [(i, c) for i, cell in enumerate(row[: limit + 1]) if (c := _code_of(cell))]
    # The row's own indicator: the deepest code; shallower codes are labels of its ancestors.
    if not codes:
        if any(_squash(c.text) in _TOTAL_WORDS for c in row[:3]):
            _read_total(st, hd, row, last)
            return last
        _continue(st, hd, row, last)
        return last
    codes.sort(key=lambda ic: st.node(ic[1][0]).level)
    own_index, (own_code, _) = codes[-1]
    own = st.node(own_code)
    if own.row_source is None:
        own.row_source = Source(st.file, row[own_index].source.line)
    if st.first_line is None:
        st.first_line = row[own_index].source.line
    if "score" in hd.fields and own.score_row is None:
        own.score_row = Source(st.file, row[own_index].source.line)
    defining = hd.kind in ("full", "system")
    for i, (code, name) in codes:
        nd = st.node(code)
        if not nd.raw:
            nd.append_name(name, row[i].source)
        nd.defined = nd.defined or defining
        w = _weight_after(row, i)
        if w is not None:
            _set(st, nd, "weight", _num(row[w]))
    # Label fragments left of the own code: wrapped or vertically centred parts of ancestor labels.
    col = hd.level_column(own.level)
    shift = (own_index if col is None else col) - own_index
    for i in range(own_index):
        if row[i].blank or any(i == j for j, _ in codes):
            continue
        col = i + shift
        fld = hd.fields[col] if 0 <= col < hd.width else None
        if fld in _LEVEL_FIELDS:
            _append_label(st, own, _LEVEL_FIELDS.index(fld) + 1, row[i], defining)
    # The cells after the weight: the content columns of the header, in order.
    w = _weight_after(row, own_index)
    start = (w if w is not None else own_index) + 1
    if w is None:
        st.problem(
            f"指标{own_code}的权重未能读出",
            f"the weight of indicator {own_code} could not be read",
            row[own_index].source,
        )
    _read_tail(st, hd, own, row[start:])
    return own


def _read_tail(st: _State, hd: _Header, own: _Node, tail: list[Cell]) -> None:
    expected = hd.fields[hd.first_content() :]
    deepest = max((i + 1 for i, f in enumerate(_LEVEL_FIELDS) if f in hd.fields), default=own.level)
    if own.level < deepest:  # the deeper level's columns hold dashes ("——") on this row
        tail = [c for c in tail if not _DASH.match(c.text.strip())]
    while len(tail) > len(expected) and tail and tail[-1].blank:
        tail = tail[:-1]
    while len(tail) > len(expected) and tail and tail[0].blank:
        tail = tail[1:]
    if len(tail) > len(expected):
        for c in tail[len(expected) :]:
            if not c.blank:
                st.problem(
                    f"指标{own.code}所在行多出的单元格无法归位：{c.text.strip()[:30]}",
                    f"an extra cell on the row of indicator {own.code} cannot be placed",
                    c.source,
                )
    for fld, cell in zip(expected, tail):
        if fld is None or cell.blank:
            continue
        if fld == "score":
            _set(st, own, "score", _score(st, own, cell))
        elif fld in _TEXT_FIELDS:
            _append_field(own, fld, cell)


def _score(st: _State, own: _Node, cell: Cell) -> Val:
    """The 得分 cell of a row; a text that is neither a number nor a dash is a located problem."""
    val = _num(cell)
    if val.value is None and not _DASH.match(val.text or ""):
        st.problem(
            f"指标{own.code}的得分不是数字：{val.text}",
            f"the score of indicator {own.code} is not a number: {val.text}",
            cell.source,
        )
    return val


def _set(st: _State, nd: _Node, fld: str, val: Val) -> None:
    current = nd.weight if fld == "weight" else nd.fields.get(fld, MISSING)
    if current.value is not None and val.value is not None and current.value != val.value:
        st.problem(
            f"指标{nd.code}的{'权重' if fld == 'weight' else '得分'}前后不一致：{current.text}（{current.source}）与{val.text}",
            f"indicator {nd.code}: {fld} {current.text} ({current.source}) differs from {val.text}",
            val.source,
        )
        return
    if current.value is not None:
        return
    if fld == "weight":
        nd.weight = val
    else:
        nd.fields[fld] = val


def _append_field(nd: _Node, fld: str, cell: Cell) -> None:
    text = cell.text.strip()
    old = nd.fields.get(fld)
    if old is None or old.value is None:
        nd.fields[fld] = Val(_clean(text), text, cell.source)
        return
    raw = _join(old.text or "", text)
    nd.fields[fld] = Val(_clean(raw), raw, old.source)


def _append_label(st: _State, own: _Node, level: int, cell: Cell, defining: bool) -> None:
    """A fragment of a label; a score table's fragments are dropped where a defining table named it, and
    so are the repeats a merged range leaves on the rows it covers (xlsx, docx, pdf)."""
    if cell.merged:
        return
    code = _ancestor_code(own.code, level)
    if code is None:
        st.problem(f"无法归位的单元格：{cell.text.strip()[:30]}", "a cell that cannot be placed", cell.source)
        return
    nd = st.node(code)
    if defining or not nd.defined:
        nd.append_name(cell.text.strip(), cell.source)


def _ancestor_code(code: str, level: int) -> str | None:
    """The code of ``code``'s ancestor at ``level`` (A1031 → level 2: A1, level 3: A103)."""
    lengths = {1: 1, 2: 2}
    if level in lengths:
        return code[: lengths[level]]
    digits = len(code) - 1
    if level == 3:
        return code[:4] if digits >= 3 else code  # A103 (seed 003) or A11 (seed 002)
    if level == 4 and digits == 4:
        return code
    return None


def _continue(st: _State, hd: _Header, row: list[Cell], last: _Node | None) -> None:
    """A row without a code: wrapped text of the row above, aligned to the header from the right."""
    cells = list(row)
    while len(cells) > hd.width and cells and cells[-1].blank:
        cells.pop()
    offset = hd.width - len(cells)
    for i, cell in enumerate(cells):
        if cell.blank:
            continue
        col = i + offset
        fld = hd.fields[col] if 0 <= col < hd.width else None
        if last is None or fld is None or fld in ("weight", "rate"):
            if last is not None and fld in ("weight", "rate") and not parse_decimal(cell.text):
                continue  # a "%" left over from a wrapped rate
            st.problem(
                f"无法归位的单元格：{cell.text.strip()[:30]}", "a cell that cannot be placed", cell.source
            )
            continue
        if fld in _LEVEL_FIELDS:
            level = _LEVEL_FIELDS.index(fld) + 1
            defining = hd.kind in ("full", "system")
            if level != last.level:
                _append_label(st, last, level, cell, defining)
            elif defining or not last.defined:
                last.append_name(cell.text.strip(), cell.source)
        elif fld in _TEXT_FIELDS:
            _append_field(last, fld, cell)
        elif fld == "score":
            _set(st, last, "score", _score(st, last, cell))


def _read_total(st: _State, hd: _Header, row: list[Cell], last: _Node | None = None) -> None:
    """合计 row: the last number that is not a rate is the score (weights come first). A score table's total
    is the subtotal of the first-level indicator of the rows above it (表3-1 → A)."""
    if "score" not in hd.fields:
        return
    numbers = _numbers(row)
    if not numbers:
        return
    val = _num(numbers[-1])
    if hd.kind in ("summary", "full"):
        if st.total.value is None:
            st.total = val
            if len(numbers) >= 2:
                st.total_weight = _num(numbers[0])
    else:
        if last is not None:
            st.subtotals.setdefault(last.code[0], val)


def _read_summary(st: _State, hd: _Header, rows: list[list[Cell]]) -> None:
    """表3-0-1: the score of each first- and second-level indicator, and the total."""
    for row in rows:
        if any(_squash(c.text) in _TOTAL_WORDS for c in row[:3]):
            _read_total(st, hd, row)
            continue
        nums = _numbers(row)
        codes = [c for cell in row if (c := _code_of(cell))]
        if len(nums) >= 2 and codes:
            code = max((c[0] for c in codes), key=len)
            st.level_scores[code] = _num(nums[1])


def _segments(fr: FileRead) -> list[tuple[_Header, Table, list[list[Cell]]]]:
    """The tables with a department-table header, their rows without header rows; a headerless table right
    after one continues it (a page break the reader could not bridge)."""
    out: list[tuple[_Header, Table, list[list[Cell]]]] = []
    current: _Header | None = None
    for table in fr.tables:
        rows: list[list[Cell]] = []
        found: _Header | None = None
        for row in table.rows:
            hd = _header(row)
            if hd is not None:
                if rows and current is not None:
                    out.append((current, table, rows))
                    rows = []
                current = found = hd
                continue
            if current is not None and current.texts != tuple(_squash(c.text) for c in row):
                rows.append(row)
        if found is None and not any(_code_of(c) for r in table.rows[:3] for c in r[:4]):
            current = None
            continue
        if current is not None and rows:
            out.append((current, table, rows))
    return out


def _evidence(st: _State, fr: FileRead, leaves: list[_Node]) -> None:
    """Evidence paragraphs after the score tables: "B101 预算执行率：…得 0.33 分。" up to the next one."""
    codes = {nd.code for nd in leaves}
    known = set(st.nodes)
    after = st.first_line or 0
    current: _Node | None = None
    parts: list[str] = []
    src: Source | None = None

    def flush() -> None:
        if current is not None and parts and "evidence" not in current.fields:
            raw = "".join(parts)
            current.fields["evidence"] = Val(_clean(raw), raw, src)

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
                return re.sub(r"^(附件\s*\d*\s*[:：]|表\s*[\d.-]+\s*[.．、]?)\s*", "", _clean(line))
    return None


def _leaves(st: _State) -> list[_Node]:
    codes = st.order
    own = [st.nodes[c] for c in codes if st.nodes[c].row_source is not None]
    return [nd for nd in own if not any(o.code != nd.code and o.code.startswith(nd.code) for o in own)]


def _indicator(st: _State, nd: _Node) -> IndicatorRow:
    levels: dict[str, Val] = {}
    for level in range(1, nd.level):
        code = _ancestor_code(nd.code, level)
        anc = st.nodes.get(code) if code else None
        levels[_LEVEL_FIELDS[level - 1]] = anc.name_val() if anc else MISSING
    levels[_LEVEL_FIELDS[nd.level - 1]] = nd.name_val()
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


def _check(st: _State, leaves: list[_Node], scored: bool) -> None:
    reported: set[str] = set()
    for nd in st.nodes.values():
        if nd.weight is MISSING and nd.row_source is None and (m := _LABEL_WEIGHT.search(nd.name)):
            nd.weight = Val(Decimal(m.group(1)), nd.raw, nd.source)
    for nd in leaves:
        for level in range(1, nd.level):
            code = _ancestor_code(nd.code, level)
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
    st = _State(file=fr.source.file)
    detail = [s for s in segments if s[0].kind != "summary"]
    # Tables that define indicators first, then score tables, so names and weights come from the former.
    last: _Node | None = None
    kind = ""
    for hd, table, rows in sorted(detail, key=lambda s: s[0].kind not in ("full", "system")):
        if table not in st.tables:
            st.tables.append(table)
        if hd.kind != kind:
            last, kind = None, hd.kind
        for row in rows:
            if row and not all(c.blank for c in row):
                last = _read_row(st, hd, row, last)
    for hd, table, rows in segments:
        if hd.kind == "summary":
            st.tables.append(table)
            _read_summary(st, hd, rows)
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
        if grade.value is None and (g := _BODY_GRADE.search(text)):
            grade = Val(g.group(1), g.group(0), source)
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
