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

from jixiao.core.source import Source
from jixiao.core.table import Table
from jixiao.read.base import FileRead
from jixiao.read.grid import PREAMBLE_LINES, Grid, clean_text, unreadable

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


def table_grid(tbl: Any) -> Grid:
    """The grid and merged ranges of one ``w:tbl`` element."""
    texts: list[list[str]] = []
    merges: list[list[int]] = []
    open_vertical: dict[int, int] = {}  # grid column → index in merges of the range it continues
    for r, tr in enumerate(tbl.iterchildren(_W + "tr")):
        row: list[str] = []
        before = _val(tr.find(_W + "trPr"), _W + "gridBefore")
        row.extend([""] * int(before or 0))
        for tc in tr.xpath("./w:tc | ./w:sdt/w:sdtContent/w:tc"):
            pr = tc.find(_W + "tcPr")
            span = int(_val(pr, _W + "gridSpan") or 1)
            vmerge = _val(pr, _W + "vMerge", "continue")
            col = len(row)
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
        body = _document_body(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, XMLSyntaxError) as e:
        raise unreadable(path, "docx 文档", "a docx document", e) from e
    pending: list[str] = []
    paragraph_no = 0
    for el in body.iterchildren(_W + "p", _W + "tbl"):
        if el.tag == _W + "p":
            paragraph_no += 1
            text = clean_text(_paragraph_text(el))
            if text:
                out.body.append((text, Source(path, line=paragraph_no)))
                pending.append(text)
            continue
        t = len(out.tables) + 1
        grid = table_grid(el)

        def source_of(r: int, c: int, t: int = t) -> Source:
            return Source(path, cell=f"T{t}R{r + 1}C{c + 1}")

        preamble = pending[-PREAMBLE_LINES:]
        out.tables.append(
            Table(
                rows=grid.cells(source_of),
                source=Source(path, cell=f"T{t}"),
                title=preamble[-1] if preamble else None,
                preamble=preamble,
            )
        )
        pending = []
    return out
