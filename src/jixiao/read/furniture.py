"""A page's furniture: the lines a printed or extracted page puts between its content, which are never content.

- page numbers: ``第 3 页 共 12 页``, ``第3页，共12页``, ``共 12 页``, ``— 3 —``, ``- 3 -``, ``Page 3 of 12``;
- a site's breadcrumb, alone on its line: ``首页 > 信息公开 > 财政预决算``, ``当前位置：网站首页 » 政务公开``;
- a running header: the document's first line printed again at the top of each page (``XX局2023年部门决算``), never a
  table's title (a title that names its table, …表, heads each table of its own).

A line is furniture only as a whole (anchored patterns, each linear), so a sentence or a row that mentions a page
(``详见第 3 页``) never is. A bare number or fraction (``3``, ``3/12``) is not furniture here: in a table printed one
cell per line it is a cell (the PDF reader's ``_debris`` says more, between a table and its page break).
"""

from __future__ import annotations

import re

PAGE_NUMBER = re.compile(r"^(第\s*\d+\s*页)?\s*[,，/]?\s*(共\s*\d+\s*页)?$")
_DASHED = re.compile(r"^[-—–－─]{1,2}\s*\d{1,4}\s*[-—–－─]{1,2}$")
_PAGE_OF = re.compile(r"^page\s*\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)
# a breadcrumb and nothing else: short steps after 首页, each after its arrow (a page's text run on after the
# breadcrumb on the same line is content; the steps exclude the arrow, so the match is linear)
# (the place named in any of the wordings sites use: 当前位置, 您现在的位置, 您现在所在的位置, 您当前所在位置, 所在位置)
_CRUMBS = re.compile(r"^(([您你]?(现在|当前|目前)?(所在)?的?|当前)?位置(是)?\s*[:：]?\s*)?(网站)?首页"
                     r"(\s*[>›»＞]\s*[^>›»＞\s，,。；;:：]{1,20}){1,8}\s*[>›»＞]?$")


def furniture(line: str) -> bool:
    """Whether a line (as a whole) is a page number or a site's breadcrumb."""
    s = line.strip()
    if not s or len(s) > 200 or "|" in s or "\t" in s:
        return False
    page = PAGE_NUMBER.match(s)
    return bool(page and (page[1] or page[2]) or _DASHED.match(s) or _PAGE_OF.match(s) or _CRUMBS.match(s))


_HEADER_MAX = 40  # characters of a running header
_HEADER_FROM = 6  # lines before which a title printed again is the page's own (a page and its heading)


def running_headers(lines: list[str]) -> set[int]:
    """The indices of the lines that repeat the text's first line further on, as a PDF's running header lands in its
    text: short, no cell, and naming no table (…表: a title that heads a table of its own, each time)."""
    first = next((k for k, x in enumerate(lines) if x.strip()), None)
    if first is None:
        return set()
    title = lines[first].strip()
    if len(title) > _HEADER_MAX or "|" in title or "\t" in title or title.endswith("表") or PAGE_NUMBER.match(title):
        return set()
    return {k for k in range(first + _HEADER_FROM, len(lines)) if lines[k].strip() == title}
