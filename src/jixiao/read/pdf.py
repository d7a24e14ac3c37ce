"""读取 .pdf with a text layer — ruled tables with their merged cells rebuilt, and the text around them.

pdfplumber finds each ruled table and its cell boxes. The grid lines are the cells' edges; a box over
several grid columns or rows is a merged cell (handled as in ``jixiao.read.grid``). Each character goes
to the cell whose box holds its centre, in one pass (cheaper than cropping the page once per cell). A cell
whose text wraps onto several lines is joined back where the line was full (Chinese joined as is, Latin
words with a space) and keeps "\\n" where a line ends short (an explicit line break): ``read.pdf_cells``.

A table that opens a page with no text above it and has the column count of the table that closed the page
before is the same table going on. Text outside tables is the body; the up to three lines just above a
table are its preamble. Locations: ``page`` and, for a cell, ``T<table on the page>R<row>C<column>``; for a
body line, ``line`` = its number among that page's text lines outside tables.

A page where no ruled table is found may still print tables without lines: their columns come from where the
words stand (``read.pdf_words``).

A page with no text layer (a scan) is read by OCR (``read.ocr``) when an OCR engine is installed, and is
reported as a problem otherwise; a page with neither text nor images (an empty ruled grid, a blank leaf)
is simply empty. Title rows drawn inside a
table's grid (the table's name merged across the top row, "编制单位：… 单位：元") are taken out as body
lines before it (``jixiao.read.pdf_titles``), so they name the table and never make it look continued.
"""

from __future__ import annotations

from typing import Any

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.core.table import Table
from jixiao.read.base import FileRead
from jixiao.read.furniture import furniture
from jixiao.read.grid import PREAMBLE_LINES, UnreadableFile, unreadable
from jixiao.read.limits import limit_in
from jixiao.read.ocr import read_scanned_page
from jixiao.read.pdf_cells import Char, PageTable, char_lines, line_text
from jixiao.read.pdf_titles import title_rows
from jixiao.read.pdf_words import word_tables
from jixiao.read.pdfchars import install as install_bounded_chars
from jixiao.read.pdfpages import pages
from jixiao.read.pdfzlib import install as install_bounded_zlib

NO_TEXT = "该 PDF 无文字层（可能为扫描件），未做 OCR"
NO_TEXT_EN = "this PDF has no text layer (probably scanned); no OCR is done"


def _debris(text: str) -> bool:
    """Page numbers and the like between a table and the page break ("- 3 -", "3/12", "第 3 页 共 12 页")."""
    short = len(text) <= 8 and not any("\u4e00" <= ch <= "\u9fff" for ch in text)
    return short or furniture(text)


_WHITE = ((1.0,), (1.0, 1.0, 1.0), (0.0, 0.0, 0.0, 0.0), (1,), (1, 1, 1), (0, 0, 0, 0))


def _has_marks(page: Any) -> bool:
    """Anything visible on a page without text (an image, a drawing): a scan, unlike a blank white grid."""
    if page.images or page.curves or page.lines:
        return True
    return any(r.get("stroke") or (r.get("fill") and tuple(r.get("non_stroking_color") or ()) not in _WHITE)
               for r in page.rects)


def read_pdf(path: str) -> FileRead:
    import pdfplumber
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    install_bounded_zlib()
    install_bounded_chars()
    out = FileRead(source=Source(path), format="pdf")
    try:
        pdf = pdfplumber.open(path)
    except (PdfminerException, MalformedPDFException, OSError, ValueError) as e:
        limit = limit_in(e)  # an object or xref stream bomb, met while opening
        if limit is not None:
            raise UnreadableFile(limit.zh, Source(path), limit.en) from None
        if "PDFPasswordIncorrect" in repr(e):
            raise UnreadableFile("PDF 已加密，需要打开密码，无法读取", Source(path),
                                 "the PDF is encrypted with a password to open it; not read") from None
        raise unreadable(path, "PDF", "a PDF", e) from e
    pending: list[str] = []
    blank_pages: list[int] = []
    text_pages = failed_pages = 0
    last_open: Table | None = None  # the table that ended the previous page, if nothing followed it
    with pdf:
        for number, page in pages(pdf, out, path):  # (at most ``limits.MAX_PDF_PAGES``, the rest said not read)
            try:
                items = _read_page(page, path, number)
                if items is None:
                    items = read_scanned_page(page, path, number, _read_page)
            except (PdfminerException, MalformedPDFException, ValueError, KeyError, TypeError) as e:
                page.close()
                failed_pages += 1
                limit = limit_in(e)
                if limit is not None:  # pdfplumber wraps what pdfminer raised
                    out.problems.append(Problem(limit.zh, Source(path, page=number), limit.en))
                    last_open = None
                    continue
                out.problems.append(
                    Problem(f"该页无法读取（{type(e).__name__}: {e}）", Source(path, page=number),
                            f"page cannot be read ({type(e).__name__}: {e})")
                )
                last_open = None
                continue
            undecoded = _undecoded(page) if items is not None else 0
            page.close()  # frees the page's parsed objects: long files stay small in memory
            if items is None:
                blank_pages.append(number)
                continue
            if not items:
                continue  # an empty page: nothing to read, and a table may go on after it
            if undecoded:
                out.problems.append(Problem(
                    f"本页有 {undecoded} 个字符无法解码为文字（(cid:…)：字体没有 Unicode 映射"
                    f"{'，且文件已加密' if pdf.doc.encryption else ''}），读出的文字不可靠",
                    Source(path, page=number),
                    f"{undecoded} characters on this page do not decode to text ((cid:…): the font has no Unicode map"
                    f"{', and the file is encrypted' if pdf.doc.encryption else ''}); the text read is unreliable",
                ))
            text_pages += 1
            first = True
            for item in items:
                if isinstance(item, Table):
                    if first and last_open is not None and last_open.width == item.width:
                        last_open.rows.extend(item.rows)
                    else:
                        preamble = pending[-PREAMBLE_LINES:]
                        item.preamble, item.title = preamble, (preamble[-1] if preamble else None)
                        out.tables.append(item)
                        last_open = item
                    pending = []
                    first = False
                else:
                    out.body.append(item)
                    if not _debris(item[0]):
                        pending.append(item[0])
                        first = False
                        last_open = None
    if text_pages == 0 and not failed_pages:  # pages that failed are not known to lack text
        out.problems.append(Problem(NO_TEXT, Source(path), NO_TEXT_EN))
    else:
        for number in blank_pages:
            out.problems.append(
                Problem(f"第 {number} 页无文字层（可能为扫描件），未做 OCR", Source(path, page=number),
                        f"page {number} has no text layer (probably scanned); no OCR is done")
            )
    return out


def _undecoded(page: Any) -> int:
    """Characters pdfminer could not map to Unicode: it gives them as ``(cid:1165)``."""
    return sum(1 for c in page.chars if c["text"].startswith("(cid:"))


def _read_page(
    page: Any, path: str, number: int, chars: list[Char] | None = None, table_settings: dict[str, Any] | None = None
) -> list[Table | tuple[str, Source]] | None:
    """The page's tables and body lines, top to bottom; None for a page without text. OCR (``read.ocr``)
    gives the ``chars`` and ruling lines (``table_settings``) of a page without a text layer."""
    chars = page.chars if chars is None else chars
    if not any(c["text"].strip() for c in chars):
        return None if _has_marks(page) else []
    tables = [PageTable(t) for t in page.find_tables(table_settings)]
    outside: list[Char] = []
    for c in chars:
        x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        if not any(t.contains(x, y) and t.take(c, x, y) for t in tables):
            outside.append(c)
    placed: list[tuple[float, Table | tuple[str, Source]]] = []
    for k, t in enumerate(tables, 1):

        def source_of(r: int, c: int, k: int = k) -> Source:
            return Source(path, page=number, cell=f"T{k}R{r + 1}C{c + 1}")

        rows = t.grid().cells(source_of)
        taken, lifted = title_rows(rows)
        for offset, text in enumerate(lifted):
            placed.append((t.bbox[1] - 1 + offset * 0.01, (text, Source(path, page=number, cell=f"T{k}"))))
        table = Table(rows=rows[taken:], source=Source(path, page=number, cell=f"T{k}"))
        placed.append((t.bbox[1], table))
    lines = char_lines(outside)
    if not tables:  # no ruled table on the page: tables drawn without lines, columns from where words stand
        unruled, lines = word_tables(lines, path, number)
        placed.extend(unruled)
    n = 0
    for line in lines:
        text = line_text(line)
        if text:
            n += 1
            placed.append((line[0]["top"], (text, Source(path, page=number, line=n))))
    placed.sort(key=lambda p: p[0])
    return [item for _, item in placed]
