"""Bounded pages a PDF: the first ``MAX_PDF_PAGES`` pages are read, the rest said not read (a problem at the first
page left out, with the page count the file declares), never silently dropped.

pdfplumber's ``pdf.pages`` walks the whole page tree and builds every page before the first is read (100,000 pages:
21 s and 360 MB before anything, and its ``close`` walks them again); ``pages`` here builds each page as it is
reached (pdfminer's ``PDFPage.create_pages`` is lazy) and stops at the limit, so a file of any length costs the
limit's pages at most. A page tree that fails part way is raised as pdfplumber raises it (``PdfminerException``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.read.limits import MAX_PDF_PAGES


def pages(pdf: Any, out: Any, path: str, limit: int = MAX_PDF_PAGES) -> Iterator[tuple[int, Any]]:
    """(number, pdfplumber page) for the file's pages up to ``limit``; past it, a problem on ``out`` (a
    ``FileRead``) saying from which page on nothing was read. ``pdf``'s own page list is left empty, so that its
    ``close`` does not walk the page tree again."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page
    from pdfplumber.utils.exceptions import PdfminerException

    pdf._pages = []
    found = PDFPage.create_pages(pdf.doc)
    doctop: float = 0
    number = 0
    while True:
        try:
            obj = next(found)
        except StopIteration:
            return
        except Exception as e:  # (as pdfplumber's own walk wraps what pdfminer raised)
            raise PdfminerException(e) from e
        number += 1
        if number > limit:
            out.problems.append(beyond(limit, _declared(pdf), Source(path, page=number)))
            return
        page = Page(pdf, obj, page_number=number, initial_doctop=doctop)
        doctop += page.height
        yield number, page


def beyond(limit: int, declared: int | None, where: Source) -> Problem:
    """The pages past the limit, not read: how many the file declares, when it declares more than the limit."""
    if declared is not None and declared > limit:
        left = f"{limit + 1}–{declared}" if declared > limit + 1 else f"{declared}"
        return Problem(f"PDF 共 {declared} 页，超过每个文件 {limit} 页的上限：第 {left} 页未读取", where,
                       f"the PDF has {declared} pages, more than the limit of {limit} a file: page(s) {left} not read")
    return Problem(f"PDF 超过每个文件 {limit} 页的上限：第 {limit + 1} 页起未读取", where,
                   f"the PDF has more pages than the limit of {limit} a file: from page {limit + 1} on, not read")


def _declared(pdf: Any) -> int | None:
    """The page count the page tree's root declares (/Count), if it is a whole number."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
    except Exception:  # (a damaged root: the count is not known)
        return None
    return count if isinstance(count, int) and not isinstance(count, bool) else None
