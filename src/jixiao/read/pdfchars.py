"""Bounded characters a PDF page: a page drawing 200,000 characters took 470 MB and 12 s before anything could
count them (pdfminer makes an object of each, pdfplumber a dict), and a file of such pages ran for hours.

``install()`` has pdfminer's layout device count the characters it is given on each page and raise
``TooManyChars`` (a ``LimitExceeded``) past ``MAX_PAGE_CHARS``, while the page is being read: the PDF reader reports
it with its page, frees the page, and reads the next one. A dense page in small print holds 10,000 to 20,000.
"""

from __future__ import annotations

from typing import Any

from jixiao.read.limits import MAX_PAGE_CHARS, LimitExceeded


class TooManyChars(LimitExceeded):
    def __init__(self) -> None:
        super().__init__(f"该页的字符超过 {MAX_PAGE_CHARS} 个，超过每页的上限，未读取",
                         f"the page draws more than {MAX_PAGE_CHARS} characters, beyond the limit for a page; not read")


def install() -> None:
    """Bound the characters pdfminer lays out on one page (idempotent)."""
    from pdfminer.converter import PDFLayoutAnalyzer

    if getattr(PDFLayoutAnalyzer, "_jixiao_bounded", False):
        return
    begin, render = PDFLayoutAnalyzer.begin_page, PDFLayoutAnalyzer.render_char

    def begin_page(self: Any, page: Any, ctm: Any) -> None:
        self._jixiao_chars = 0
        begin(self, page, ctm)

    def render_char(self: Any, *args: Any) -> float:
        self._jixiao_chars = getattr(self, "_jixiao_chars", 0) + 1
        if self._jixiao_chars > MAX_PAGE_CHARS:
            raise TooManyChars()
        return render(self, *args)

    PDFLayoutAnalyzer.begin_page = begin_page  # type: ignore[method-assign]
    PDFLayoutAnalyzer.render_char = render_char  # type: ignore[method-assign,assignment]
    PDFLayoutAnalyzer._jixiao_bounded = True  # type: ignore[attr-defined]
