"""Rule tables whose header names no weight column, each row's weight stated in its own rule (考核项目 | 考核内容 |
评分标准, the rule opening ``本项4分。未成立的扣4分…`` or closing ``…扣完为止（本项满分5分）``), their cells one a line or
between pipes.

The header's labels name the row (a level or a name column) and its rule, and no weight (``rulewords.field``). A
rule cell is one that states the row's whole points once, in words that say it is the whole (本项 / 该项 / 满分 /
共计 / 基本分 / 分值 … N分); the cell before it is the row's name (a name: short, no sentence), the labels before that
its levels. The points a rule awards or takes off (得2分, 扣1分), years, item numbers and percentages are never the
weight; a rule that states two wholes, or a row whose name is no name, is not read. The rows repeat one pattern
(name, then the rule stating the whole) or the reading is not taken: at least two rows, every rule cell after the
header a row's. No total confirms the weights: the table is marked half read (``common.close_by_total``) and says
how its weights were read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.records import MISSING, Document, IndicatorRow, Val
from jixiao.core.table import Cell
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, squash
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.ruletable_linecells import label_like
from jixiao.read.recognise.ruletable_pipecells import cells, name_like
from jixiao.read.recognise.rulewords import TOTAL_WORDS, Columns, field, names_indicator

# the row's whole points in its rule: 本项4分, 本项满分5分, 该项共计10分, 满分为6分, 基本分8分, 分值：3分
_WHOLE = re.compile(r"(?:本项目?|该项|此项)?(?:满分|共计|合计|总分|基本分|分值)[为是:：]?\s*(?P<n>\d{1,3}(?:\.\d+)?)\s*分"
                    r"|(?:本项目?|该项|此项)[为是:：共计]*\s*(?P<m>\d{1,3}(?:\.\d+)?)\s*分")
MIN_ROWS = 2


def _whole(text: str) -> Decimal | None:
    """The one whole a rule states (None where it states none or two that differ)."""
    found = {Decimal(m.group("n") or m.group("m")) for m in _WHOLE.finditer(squash(text))}
    return found.pop() if len(found) == 1 else None


def _header(stream: list[Cell]) -> tuple[int, Columns] | None:
    """Where the data starts and the header's columns: a run of labels naming the row and its rule, no weight."""
    i = 0
    while i < len(stream):
        j = i
        while j < len(stream) and field(stream[j].text) is not None:
            j += 1
        fields = [field(c.text) for c in stream[i:j]]
        named = set(fields)
        if j - i >= 2 and "rule" in named and "weight" not in named and "score" not in named \
                and any(names_indicator(f) for f in named):
            return j, Columns(fields)
        i = j + 1
    return None


def _rows(body: list[Cell], model: Columns) -> list[IndicatorRow] | None:
    uppers = len(model.names) - 1
    rows: list[IndicatorRow] = []
    pending: list[Cell] = []
    carried: list[Val] = [MISSING] * uppers
    for c in body:
        if squash(c.text) in TOTAL_WORDS or field(c.text) is not None:
            break  # a total row or another header: the table ends
        w = _whole(c.text) if pending and not name_like(c) else None
        if w is None:
            pending.append(c)
            continue
        name, before = pending[-1], pending[:-1]
        if not name_like(name):
            return None  # the cell before the rule is no name: not this layout
        # the labels just before the name are its levels; a sentence before them is the row above's rule wrapped
        cut = max((k for k, x in enumerate(before) if not label_like(x)), default=-1)
        if rows and cut >= 0:
            more = rows[-1].rule_text.str_ or ""
            joined = more + "".join(squash(x.text) for x in before[: cut + 1])
            rows[-1].rule_text = Val(joined, joined, rows[-1].rule_text.source)
        levels = before[cut + 1 :][-uppers:] if uppers else []
        for k, lv in zip(range(uppers - len(levels), uppers), levels, strict=True):
            carried[k] = Val(squash(lv.text), squash(lv.text), lv.source)
            carried[k + 1 :] = [MISSING] * (uppers - k - 1)
        rule = squash(c.text)
        rows.append(IndicatorRow(
            level1=carried[0] if uppers else MISSING, level2=carried[-1] if uppers > 1 else MISSING,
            level3=Val(squash(name.text), squash(name.text), name.source),
            weight=Val(w, f"{w}", c.source), rule_text=Val(rule, rule, c.source), source=name.source))
        pending = []
    if any(_WHOLE.search(squash(c.text)) for c in pending):
        return None  # a rule stating its whole that no row took: the pattern does not hold
    return rows if len(rows) >= MIN_ROWS else None


def recognise(fr: FileRead) -> list[Document]:
    if fr.format != "text":
        return []
    stream = cells(fr, lines=True)
    found = _header(stream)
    if found is None:
        return []
    start, model = found
    rows = _rows(stream[start:], model)
    if rows is None:
        return []
    heading = " ".join(c.text for c in stream[max(0, start - len(model.fields) - 6) : start - len(model.fields)])
    doc = rules_document(
        heading, stream[start - len(model.fields)].source, rows, [],
        "评分细则的表头没有分值列：各行的分值取其评分标准中写明的本项分值（如“本项4分”），未经合计核对",
        "the rule table's header has no weight column: each row's weight is the one its rule states as the whole "
        "(本项4分), confirmed by no sum")
    close_by_total(doc, None, closed=False, warn=True)
    return [doc]


__all__ = ["recognise"]
