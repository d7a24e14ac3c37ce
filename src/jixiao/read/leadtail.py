"""The end of a form that opens a text file before the next form's title: a document of its own.

A search excerpt or a web page listing a unit's forms one after another often begins inside a form: its indicator
rows (三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 …), its 合计 and 评价结论, with neither its title, its name row nor
its header, and then the next form, whole or cut. The readers found the next form and nothing of the first: its rows
stood before any anchor. Alone, those rows are what the headless readers read (``recognise.streamheadless``); so the
text before the file's first form anchor (a title holding 自评表/评价表, or a 项目名称 row) is read again as a file of
its own, and a project form found there that holds weights or scores is kept, before the others, said to be the end
of a form whose beginning is not in the file."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from jixiao.core.records import Document, Problem
from jixiao.read.base import FileRead
from jixiao.read.recognise.formspec import LEVEL1, LEVEL2

NOTE = ("文件开头是一张表的后半部分（表名、项目名称和表头不在文件中），单独读作一份自评表",
        "the file opens with the end of a form (its title, name row and header are not in the file): read as a form "
        "of its own")

# the level labels indicator rows stand under (产出指标, 数量指标 …; not the bare 产出, found inside 产出指标)
LEVELS = frozenset(a for a in (*LEVEL1, *LEVEL2) if a.endswith("指标"))
_ANCHOR = re.compile(r"(自评表|评价表|^\W*(项目|专项资金|资金)名称)")


Cut = tuple[int, int]  # (line, where on it: the anchor cell's index in its row, or the anchor's offset in a text line)


def _first_anchor(fr: FileRead) -> Cut | None:
    """Where the file's first form title or name row stands. On a line of text holding more (a page flattened to one
    line: the end of one form, then the next form's title), the anchor's word begins at the space before it."""
    cuts = [(c.source.line, k) for t in fr.tables for r in t.rows for k, c in enumerate(r)
            if c.source.line is not None and _ANCHOR.search(c.text.strip())]
    for text, s in fr.body:
        m = _ANCHOR.search(text)
        if s.line is not None and m is not None:
            cuts.append((s.line, max(text.rfind(" ", 0, m.start()) + 1, 0)))
    return min(cuts, default=None)


def _before(fr: FileRead, cut: Cut) -> FileRead:
    """The text file's tables and body lines before ``cut``."""
    line, at = cut
    tables = []
    for t in fr.tables:
        rows = [kept for r in t.rows
                if (kept := [c for k, c in enumerate(r) if (c.source.line or 0) < line
                             or c.source.line == line and k < at])]
        if rows:
            tables.append(replace(t, rows=rows))
    body = [(x, s) for x, s in fr.body if (s.line or 0) < line]
    body += [(x[:at].strip(), s) for x, s in fr.body if s.line == line and x[:at].strip()]
    return FileRead(source=fr.source, format=fr.format, tables=tables, body=body, encoding=fr.encoding)


def _holds_figures(doc: Document) -> bool:
    return doc.type == "project_self_evaluation" and any(
        i.weight.value is not None or i.score.value is not None for i in doc.indicators)


def with_leading_tail(fr: FileRead, docs: list[Document],
                      recognise: Callable[[FileRead], list[Document]]) -> list[Document]:
    """``docs`` with, before them, the form whose end opens the file (none when the file is not text, no form anchor
    follows text, or a document already begins or holds a row before the anchor)."""
    if fr.format != "text":
        return docs
    cut = _first_anchor(fr)
    if cut is None or cut <= (1, 0) or any((d.source.line or cut[0]) < cut[0] for d in docs) or any(
            i.source is not None and (i.source.line or cut[0]) < cut[0] for d in docs for i in d.indicators):
        return docs  # (a document found before the anchor: the text there is no bare form's end, and not read twice)
    head = _before(fr, cut)
    texts = [c.text.strip() for t in head.tables for r in t.rows for c in r] + [x for x, _ in head.body]
    if _first_anchor(head) is not None or sum(any(a in x for x in texts) for a in LEVELS) < 2 \
            or sum(len(re.findall(r"\d+", x)) for x in texts) < 2:
        return docs  # a page header, a date, a 目录: no indicator rows of a form
    tail = [d for d in recognise(head) if _holds_figures(d)]
    for d in tail:
        d.problems.append(Problem(NOTE[0], d.source or fr.source, NOTE[1]))
    return tail + docs
