"""A project form whose indicator names and figures came out apart: the figures of several rows printed
together, before or after the names (a spreadsheet's text flattened column by column, the header's words
between the first row's cells), read by pairing them in order when the form's own arithmetic says so.

When the reading by columns found the funds block but no indicator row, the indicator section's names (the
template's ``指标1:`` rows, a name wrapped over lines joined back) and its numbers are taken in reading order,
whatever stands between them. The other cells are cut into rows, each closed by two plain numbers (分值, 得分)
after its 指标值 and 完成值 (texts or values); the last two plain numbers are the 总分 row's weight and score when
a 总分 label is there, and a text between rows is the 偏差原因 of the row before it.
The pairing is kept only when it holds together: one row of figures for each name, every score within its
weight, and the weights with the execution block's making the total weight (printed, or 100). It is recorded;
anything else leaves the form as it was (its rows unread, said).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.records import HALF_READ, Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import ALL_LABELS
from jixiao.read.recognise.tokens import Token, plain, stream

NAME = re.compile(r"^指标\s*\d+\s*[:：]\s*\S")  # the template's rows: 指标1:全县参合人数
TOTAL = ("总分", "合计")
_LABELS = frozenset(ALL_LABELS)
_HEADERISH = ("偏差原因", "施", "分值", "得分", "实际", "完成值", "指标值")  # the header's words among the first row
# what the reading by columns said of the rows it could not read: replaced by this reading
_LEVEL_WEIGHT = re.compile(r"[(（]\s*\d|\d\s*分\s*[)）]?$|^分?\s*[)）]$")  # (50分, 标(30, 分), ): a level's weight
_SUPERSEDED = ("指标行未能读取", "没有分值栏", "未找到总分", "指标表可能不完整")


@dataclass(slots=True)
class Row:
    cells: list[Token]  # 指标值 and 完成值 (texts or values), as many as were printed
    weight: Token
    score: Token
    reason: str = ""
    reason_at: Token | None = None


@dataclass(slots=True)
class Section:
    names: list[tuple[str, Token]] = field(default_factory=list)  # joined over lines
    cells: list[Token] = field(default_factory=list)  # every other cell, in reading order
    total: bool = False  # a 总分 label stands there


def _section(toks: list[Token]) -> Section:
    """The names and the other cells after the indicator header (its labels and words left out)."""
    start = next((k for k, t in enumerate(toks) if t.text == "三级指标"), None)
    sec = Section()
    if start is None:
        return sec
    joining = False
    for t in toks[start + 1 :]:
        if NAME.match(t.text):
            sec.names.append((t.text, t))
            joining = True
        elif t.text in TOTAL:
            sec.total, joining = True, False
        elif t.text in _LABELS or t.text.startswith(_HEADERISH) or _LEVEL_WEIGHT.search(t.text):
            joining = False  # a label, a header word, a level's weight ((50分) or its bracket)
        elif joining and not re.search(r"[\d(（)）%]", t.text):
            sec.names[-1] = (sec.names[-1][0] + t.text, sec.names[-1][1])
        else:
            joining = False
            sec.cells.append(t)
    return sec


def _rows(cells: list[Token]) -> list[Row]:
    """The cells cut into rows: each ends with two plain numbers (分值, 得分) followed by something else; the two
    cells before them are its 指标值 and 完成值, anything before those the previous row's 偏差原因."""
    rows: list[Row] = []
    buf: list[Token] = []
    k = 0
    while k < len(cells):
        c = cells[k]
        nxt = cells[k + 1] if k + 1 < len(cells) else None
        after = cells[k + 2] if k + 2 < len(cells) else None
        if plain(c.text) and nxt is not None and plain(nxt.text) and (after is None or not plain(after.text)):
            lead, values = buf[:-2], buf[-2:]
            if lead and rows:
                rows[-1].reason, rows[-1].reason_at = "".join(x.text for x in lead), lead[0]
            rows.append(Row(values, c, nxt))
            buf = []
            k += 2
            continue
        buf.append(c)
        k += 1
    return rows  # texts after the last row's figures are the labels printed after them, not a reason


def pair_apart(fr: FileRead, doc: Document) -> Document:
    """``doc`` (a project form read without indicator rows) with its rows paired from names and figures printed
    apart, when the pairing holds together; else ``doc`` unchanged."""
    if doc.indicators or doc.type != "project_self_evaluation":
        return doc
    sec = _section(stream(fr))
    if len(sec.names) < 2:
        return doc
    cells = sec.cells
    total: list[Token] = []
    if sec.total:  # the 总分 row's weight and score: the last two plain numbers
        at = [k for k, c in enumerate(cells) if plain(c.text)]
        if len(at) >= 2 and at[-1] == at[-2] + 1:
            total = [cells[at[-2]], cells[at[-1]]]
            cells = cells[: at[-2]] + cells[at[-1] + 1 :]
    rows = _rows(cells)
    exec_w = doc.funds["total"].weight.dec if "total" in doc.funds else None
    whole = (total[0].number if total else None) or Decimal(100)
    weights = [r.weight.number or Decimal(0) for r in rows]
    scores = [r.score.number or Decimal(0) for r in rows]
    if (len(rows) != len(sec.names) or any(s > w for w, s in zip(weights, scores))
            or sum(weights, exec_w or Decimal(0)) != whole):
        return doc
    return _fill(doc, sec, rows, total)


def _fill(doc: Document, sec: Section, rows: list[Row], total: list[Token]) -> Document:
    for (name, at), r in zip(sec.names, rows):
        ind = IndicatorRow(level3=Val(name, name, at.source), weight=Val(r.weight.number, r.weight.text, r.weight.source),
                           score=Val(r.score.number, r.score.text, r.score.source), source=at.source)
        if len(r.cells) == 2:
            ind.target = Val(r.cells[0].text, r.cells[0].text, r.cells[0].source)
            ind.actual = Val(r.cells[1].text, r.cells[1].text, r.cells[1].source)
        if r.reason and r.reason_at is not None:
            ind.deviation_note = Val(r.reason, r.reason, r.reason_at.source)
        doc.indicators.append(ind)
    if total:
        doc.total_weight = Val(total[0].number, total[0].text, total[0].source)
        doc.total_score = Val(total[1].number, total[1].text, total[1].source)
    doc.extra.pop(HALF_READ, None)
    doc.problems = [p for p in doc.problems if not any(s in p.message for s in _SUPERSEDED)]
    doc.problems.append(problem(
        f"指标名称与数值分开印出：{len(sec.names)}个指标名称按顺序配以{len(rows)}行数值（各行以分值、得分结束；分值之和"
        "与执行分值合为总分值，各得分不超过分值）",
        f"indicator names and figures printed apart: {len(sec.names)} names paired in order with {len(rows)} rows "
        "of figures (the weights with the execution block's make the total weight, no score above its weight)",
        sec.names[0][1].source))
    return doc
