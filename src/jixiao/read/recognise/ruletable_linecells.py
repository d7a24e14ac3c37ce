"""A rule table rebuilt from a page that prints each cell on a line of its own (``ruletable_pipes.pipe_tables``
reads the page both ways: the text between pipes over line breaks, and a line a cell): which reading to keep, and
the line-a-cell stream's own repairs.

The line-a-cell reading is kept only where its table repeats the header's pattern in every row but the last (the
text may end inside it): a name under the leaf's column, a number under 分值, text under each text column
(``regular``, ``whole``), and where it rebuilds more rows with a name and a weight than the other (``weighed``). A
label's bracketed weight wrapped onto a line of its own (项目立项 / (10分)) goes back on the label's line
(``rejoined``); the cells before a row's name are its levels' labels only after the last sentence among them, a
sentence there being the row above's rule wrapped onto another line (``labels``). A 权重 column printing percentages
of the full marks (40%) gives its weights in points (``percent_weights``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.table import Cell, Table
from jixiao.read.recognise.common import squash
from jixiao.read.recognise.ruletable_pipecells import bare, name_like, number
from jixiao.read.recognise.rulewords import (
    MAX_RULE_LABEL,
    RULE_COLUMNS,
    SUBTOTAL,
    TOTAL_WORDS,
    Columns,
    field,
    header_field,
    settle,
)

BRACKETED_WEIGHT = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*分?\s*[)）]")


def label_like(cell: Cell) -> bool:
    """A level's label: a name, its weight in brackets allowed (决策(20分))."""
    return name_like(Cell(BRACKETED_WEIGHT.sub("", cell.text), cell.source))


def labels(texts: list[Cell]) -> list[Cell]:
    """The cells before a row's name that may be its levels' labels: those after the last sentence among them
    (``label_like``); a sentence there (…否则酌情扣分。) is the row above's text wrapped onto another line, and so
    is all before it."""
    last = max((k for k, c in enumerate(texts) if not label_like(c)), default=-1)
    return texts[last + 1 :]


_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*[%％]")
_REMARKS = re.compile(r"备注|说明")


def percent_weights(body: list[Cell], head: list[Cell], fields: list[str | None]) -> list[Cell]:
    """A 权重 column printing its weights as percentages of the full marks (权重 | 40%): each cell that is a percentage
    and nothing else is read as that many points (40), where the header's columns are a rule table's only (names,
    the weight, rules, scores, remarks: no target or actual column whose values are percentages too). The cell keeps
    its source; its text loses the % only."""
    wcol = fields.index("weight") if "weight" in fields else None
    if wcol is None or "权重" not in squash(head[wcol].text) or any(
            f is None and not _REMARKS.search(squash(c.text)) for f, c in zip(fields, head, strict=False)):
        return body
    out = []
    for c in body:
        m = _PERCENT.fullmatch(squash(c.text))
        out.append(Cell(m.group(1), c.source) if m and Decimal(m.group(1)) <= 100 else c)
    return out


def _model(table: Table) -> Columns:
    return Columns(settle([header_field(c.text) for c in table.rows[0]], [c.text for c in table.rows[0]]))


def regular(tables: list[Table]) -> bool:
    """Whether a table rebuilt a line a cell repeats the header's pattern in every row (the last may be cut by the
    text's end): a name, a number under 分值, text under each text column; else the lines were not its cells."""
    if not tables:
        return False
    model = _model(tables[0])
    rows = [r for r in tables[0].rows[1:] if squash(r[0].text) not in TOTAL_WORDS and not SUBTOTAL.match(squash(r[0].text))]
    # (a row may print no rule, so long as most do: the lines are the table's cells)
    ruled = sum(whole(r, model) for r in rows)
    return bool(model.names) and all(whole(r, model, texts_due=False) for r in rows[:-1]) and ruled * 2 > len(rows)


def whole(row: list[Cell], model: Columns, texts_due: bool = True) -> bool:
    """A rebuilt row with a name, a weight and text under each of the header's text columns (``texts_due``; else
    each may be blank: a row printing no rule), never a number there (the cells fell under the wrong columns)."""
    wcol, leaf = model.col("weight"), model.names[-1]
    texts = [k for k, f in enumerate(model.fields) if f in ("rule", "explain")]
    return wcol is not None and len(row) > max(wcol, leaf, *texts) and number(row[wcol]) and name_like(row[leaf]) \
        and all((row[k].text.strip() or not texts_due) and not bare(row[k].text) for k in texts)


def rejoined(stream: list[Cell]) -> list[Cell]:
    """A line-a-cell stream with a label's bracketed weight wrapped onto a line of its own (项目立项 / (10分)) put back
    on the label's line, and, before the first number (in the header), a column's label wrapped over two lines
    (三级 / 指标, 评分 / 标准, 具体 / 分值) joined back."""
    out: list[Cell] = []
    numbers = False
    for c in stream:
        numbers = numbers or bare(c.text)
        if out and BRACKETED_WEIGHT.fullmatch(squash(c.text)) and name_like(out[-1]):
            out[-1] = Cell(out[-1].text + squash(c.text), out[-1].source)
        elif out and not numbers and _wrapped_label(squash(out[-1].text), squash(c.text)):
            out[-1] = Cell(squash(out[-1].text) + squash(c.text), out[-1].source)
        else:
            out.append(c)
    return out


def _wrapped_label(a: str, b: str) -> bool:
    """Two lines that are one column's label wrapped: together a label the vocabulary names as it is, one of them
    no label alone or the bare 指标 a level's label ends in (三级 / 指标)."""
    joined = a + b
    kind = field(joined)
    if kind is None or (kind == "rule" and joined not in RULE_COLUMNS) or len(joined) > MAX_RULE_LABEL:
        return False
    return field(a) is None or field(b) is None or b == "指标"


def weighed(tables: list[Table]) -> int:
    """Rows of a rebuilt table with a name and a number under 分值 (its header's first row read again)."""
    if not tables:
        return 0
    model = _model(tables[0])
    wcol, leaf = model.col("weight"), model.names[-1] if model.names else None
    if wcol is None or leaf is None:
        return 0
    return sum(1 for row in tables[0].rows[1:] if len(row) > max(wcol, leaf) and number(row[wcol])
               and name_like(row[leaf]))


__all__ = ["BRACKETED_WEIGHT", "label_like", "labels", "percent_weights", "regular", "rejoined", "weighed", "whole"]
