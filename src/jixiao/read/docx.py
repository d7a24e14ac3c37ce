"""读取 .docx — the body's tables and paragraphs, in document order, with merged cells rebuilt.

The main document part (found through the package relationships) is parsed with python-docx's XML
layer alone — opening the whole package with ``docx.Document`` parses every part (styles, numbering,
settings) and costs several times more. The tables are read from the document XML, where the merges
live: ``w:gridSpan`` (a cell over several grid columns) and ``w:vMerge`` (``restart`` opens a
vertical merge, a bare ``w:vMerge`` continues the one above). ``w:gridBefore`` leading gaps are kept, so
every cell sits in its grid column. A cell's paragraphs are joined with "\\n".

Locations: a table cell is ``T<table>R<row>C<grid column>`` (all 1-based, e.g. ``T2R7C3``); a body
paragraph is ``line`` = its number among the body's paragraphs. The (up to three) paragraphs just before
a table are its preamble, the last its title, as in the text reader.
"""

from __future__ import annotations

import zipfile
from typing import Any

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.core.table import Table
from jixiao.read.base import FileRead
from jixiao.read.grid import PREAMBLE_LINES, Grid, UnreadableFile, clean_text, unreadable
from jixiao.read.limits import MAX_ROW_CELLS, LimitExceeded, check_package

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_TAGS = {_W + "t": None, _W + "tab": " ", _W + "br": "\n", _W + "cr": "\n"}


def _paragraph_text(p: Any) -> str:
    parts: list[str] = []
    for el in p.iter(*_TEXT_TAGS):
        fixed = _TEXT_TAGS[el.tag]
        parts.append(el.text or "" if fixed is None else fixed)
    return "".join(parts)


def _cell_text(tc: Any) -> str:
    return clean_text("\n".join(_paragraph_text(p) for p in tc.iter(_W + "p")))


def _val(el: Any, tag: str, default: str | None = None) -> str | None:
    """The ``w:val`` of a property child (``w:tcPr/w:gridSpan``), ``default`` when it has none."""
    child = el.find(tag) if el is not None else None
    if child is None:
        return None
    return child.get(_W + "val", default)


def _count(value: str | int, r: int, col: int) -> int:
    """A ``gridSpan``/``gridBefore`` count, refused (``LimitExceeded``, located at the row) when it would take
    the row past ``MAX_ROW_CELLS`` columns (gridSpan 5,000,000 in a 2 KB file)."""
    try:
        n = int(value)
    except ValueError:
        return 1
    if col + n > MAX_ROW_CELLS:
        raise LimitExceeded(
            f"第 {r + 1} 行的单元格跨 {n} 列，超过每行 {MAX_ROW_CELLS} 列的上限，表格未读取",
            f"a cell of row {r + 1} spans {n} columns, more than the limit of {MAX_ROW_CELLS} a row; table not read",
        )
    return n


def table_grid(tbl: Any) -> Grid:
    """The grid and merged ranges of one ``w:tbl`` element."""
    texts: list[list[str]] = []
    merges: list[list[int]] = []
    open_vertical: dict[int, int] = {}  # grid column → index in merges of the range it continues
    for r, tr in enumerate(tbl.iterchildren(_W + "tr")):
        row: list[str] = []
        before = _count(_val(tr.find(_W + "trPr"), _W + "gridBefore") or 0, r, 0)
        row.extend([""] * before)
        for tc in tr.xpath("./w:tc | ./w:sdt/w:sdtContent/w:tc"):
            pr = tc.find(_W + "tcPr")
            col = len(row)
            span = max(_count(_val(pr, _W + "gridSpan") or 1, r, col), 1)
            vmerge = _val(pr, _W + "vMerge", "continue")
            if vmerge == "continue" and col in open_vertical:
                merges[open_vertical[col]][2] = r
                row.extend([""] * span)
                continue
            row.append(_cell_text(tc))
            row.extend([""] * (span - 1))
            for c in range(col, col + span):  # a new cell ends any vertical merge above it
                open_vertical.pop(c, None)
            if vmerge == "restart" or span > 1:
                merges.append([r, col, r, col + span - 1])
                if vmerge == "restart":
                    open_vertical[col] = len(merges) - 1
        texts.append(row)
    return Grid(texts, [(a, b, c, d) for a, b, c, d in merges])


_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _document_body(path: str) -> Any:
    """The ``w:body`` of the package's main document part."""
    from docx.oxml.parser import parse_xml
    from lxml import etree

    with zipfile.ZipFile(path) as z:
        rels = etree.fromstring(z.read("_rels/.rels"))
        target = next(
            (r.get("Target") for r in rels.iter(_RELATIONSHIP) if r.get("Type") == _OFFICE_DOCUMENT),
            "word/document.xml",
        )
        document = parse_xml(z.read(target.lstrip("/")))
    body = document.find(_W + "body")
    if body is None:
        raise ValueError("no w:body in the main document part")
    return body


def read_docx(path: str) -> FileRead:
    from lxml.etree import XMLSyntaxError

    out = FileRead(source=Source(path), format="docx")
    try:
        check_package(path, "docx")
    except LimitExceeded as e:
        raise UnreadableFile(e.zh, Source(path), e.en) from None
    try:
        body = _document_body(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, XMLSyntaxError) as e:
        raise unreadable(path, "docx 文档", "a docx document", e) from e
    pending: list[str] = []
    refused: list[int] = []  # tables beyond the limits: counted, so the next tables keep their numbers
    paragraph_no = 0
    for el in body.iterchildren(_W + "p", _W + "tbl"):
        if el.tag == _W + "p":
            paragraph_no += 1
            text = clean_text(_paragraph_text(el))
            if text:
                out.body.append((text, Source(path, line=paragraph_no)))
                pending.append(text)
            continue
        t = len(out.tables) + len(refused) + 1

        def source_of(r: int, c: int, t: int = t) -> Source:
            return Source(path, cell=f"T{t}R{r + 1}C{c + 1}")

        try:
            rows = table_grid(el).cells(source_of)
        except LimitExceeded as e:
            refused.append(t)
            out.problems.append(Problem(e.zh, Source(path, cell=f"T{t}"), e.en))
            pending = []
            continue
        preamble = pending[-PREAMBLE_LINES:]
        out.tables.append(
            Table(
                rows=rows,
                source=Source(path, cell=f"T{t}"),
                title=preamble[-1] if preamble else None,
                preamble=preamble,
            )
        )
        pending = []
    return out
