"""Limits on a document's structure, so that a tiny hostile file is refused at once instead of eating the
machine (a 5 KB xlsx whose one cell sits at XFD1048576 is a grid of 17 billion cells).

Every limit is far above what a published document has: the seeds' largest table is 40 rows × 9 columns,
a department's final accounts run to a few hundred rows, and Word allows 63 columns. A breach is a located
problem (the sheet, table, page or line, and which limit), the rest of the file and the other files are
still read.
"""

from __future__ import annotations

import os
import zipfile

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.core.table import Cell
from jixiao.read.base import FileRead

MAX_GRID_CELLS = 1_000_000  # rows × columns of one sheet's or table's grid (50,000 rows × 20 columns)
# the cells an xlsx sheet's XML holds: openpyxl makes an object of each (~410 bytes), then the grid and tables ~300
# more; a sheet of 990,000 cells took 713 MB and 36 s, 250,000 take 231 MB and 11 s (12,500 rows of 20 columns: a
# department's accounts run to a few hundred rows)
MAX_XLSX_CELLS = 250_000
MAX_MERGED_CELLS = 1_000_000  # cells covered by the merged ranges of one sheet or table
MAX_ROW_CELLS = 2_000  # cells in one row (xlsx has 16,384 columns, Word 63)
MAX_LINE_CHARS = 200_000  # characters in one line of a text file (a long paragraph is a few thousand)
MAX_TEXT_BYTES = 100 * 1024 * 1024  # a text file
MAX_UNZIPPED_BYTES = 512 * 1024 * 1024  # all the members of an xlsx or docx package (images too), uncompressed
MAX_XML_BYTES = 100 * 1024 * 1024  # its XML parts, which are parsed into memory (ten times their size)
# a docx's XML tags ("<"), across its parts: python-docx holds the whole tree, ~180 bytes a tag (a 275 KB docx of
# 90 MB of paragraphs, 15.7 million tags, took 2.9 GB and 94 s); a 300-page report has a few hundred thousand
MAX_DOCX_TAGS = 2_000_000
MAX_STREAM_BYTES = 64 * 1024 * 1024  # one PDF stream, decompressed (an embedded CJK font is 10–20 MB)
MAX_PAGE_CHARS = 50_000  # characters one PDF page draws (2.3 KB of memory each while the page is read)
# pages of one PDF read (a page of 40 lines costs ~0.1 s CPU: a 16 MB file of 100,000 such pages ran for hours);
# a department's accounts or a project's evaluation runs to tens of pages, a city's budget book a few hundred
MAX_PDF_PAGES = 1_000
# a web page: lxml builds its whole tree, about 40 times the page's markup in memory (30 MB of <div> tags took 1.2 GB)
MAX_PAGE_BYTES = 50 * 1024 * 1024  # the file (a page with its images inline as data: URIs is a few MB)
MAX_PAGE_TAGS = 500_000  # its tags, counted as the "<" in it (a 500-row table of 10 columns is ~6,000)


class LimitExceeded(ValueError):
    """A structure beyond one of the limits above: what, in both languages, and where."""

    def __init__(self, zh: str, en: str, source: Source | None = None) -> None:
        super().__init__(zh)
        self.zh = zh
        self.en = en
        self.source = source


def mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def check_grid(height: int, width: int, merged: int = 0) -> None:
    """Raise ``LimitExceeded`` for a grid (or a merged area) too large to build."""
    if width > MAX_ROW_CELLS:
        raise LimitExceeded(f"表格有 {width} 列，超过上限 {MAX_ROW_CELLS} 列，未读取",
                            f"the table has {width} columns, more than the limit of {MAX_ROW_CELLS}; not read")
    if height * width > MAX_GRID_CELLS:
        raise LimitExceeded(
            f"表格范围 {height} 行 × {width} 列 = {height * width} 个单元格，超过上限 {MAX_GRID_CELLS}，未读取",
            f"the table spans {height} rows × {width} columns = {height * width} cells, more than the limit of "
            f"{MAX_GRID_CELLS}; not read",
        )
    if merged > MAX_MERGED_CELLS:
        raise LimitExceeded(f"合并单元格共覆盖 {merged} 个单元格，超过上限 {MAX_MERGED_CELLS}，未读取",
                            f"merged ranges cover {merged} cells, more than the limit of {MAX_MERGED_CELLS}; not read")


def merged_area(merges: list[tuple[int, int, int, int]]) -> int:
    return sum((r1 - r0 + 1) * (c1 - c0 + 1) for r0, c0, r1, c1 in merges)


def check_package(path: str, kind: str) -> None:
    """An xlsx or docx package whose members unzip to more than ``MAX_UNZIPPED_BYTES`` (a zip bomb) is refused
    before any member is read. The sizes checked are the ones the archive declares, which are also the most
    Python's zipfile will inflate."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the reader itself says the file is damaged
    xml = [i for i in infos if i.filename.endswith((".xml", ".rels"))]
    for parts, limit, what, what_en in ((infos, MAX_UNZIPPED_BYTES, "", ""), (xml, MAX_XML_BYTES, "的 XML 部件", "'s XML parts")):
        total = sum(i.file_size for i in parts)
        if total > limit:
            big = max(parts, key=lambda i: i.file_size)
            raise LimitExceeded(
                f"{kind} {what}解压后共 {mb(total)}（最大的部件 {big.filename} 为 {mb(big.file_size)}），超过上限 "
                f"{mb(limit)}，未读取",
                f"the {kind}{what_en} unzip to {mb(total)} (its largest part {big.filename} to {mb(big.file_size)}), "
                f"more than the limit of {mb(limit)}; not read",
                Source(path),
            )
    if kind == "docx":
        _count_tags(path, xml, kind)


def _count_tags(path: str, xml: list[zipfile.ZipInfo], kind: str) -> None:
    """Refuse a package whose XML parts hold more than ``MAX_DOCX_TAGS`` tags, counted as they unzip (a megabyte at a
    time), before any part is parsed."""
    tags = 0
    with zipfile.ZipFile(path) as z:
        for info in xml:
            with z.open(info) as f:
                while chunk := f.read(1 << 20):
                    tags += chunk.count(b"<")
                    if tags > MAX_DOCX_TAGS:
                        raise LimitExceeded(
                            f"{kind} 的 XML 部件有超过 {MAX_DOCX_TAGS} 个标记（“<”，在 {info.filename} 中超出），超过上限，未读取",
                            f"the {kind}'s XML parts hold more than {MAX_DOCX_TAGS} tags ('<', passed in "
                            f"{info.filename}), beyond the limit; not read", Source(path))


def long_texts(fr: FileRead) -> FileRead:
    """The file without its body lines and cells longer than ``MAX_LINE_CHARS`` (a paragraph, page line or cell
    of megabytes, which the recognisers would read for minutes; the text reader leaves such lines out itself),
    each a problem at its place, the rest kept; in place, returned."""
    body: list[tuple[str, Source]] = []
    for line, src in fr.body:
        if len(line) <= MAX_LINE_CHARS:
            body.append((line, src))
            continue
        fr.problems.append(Problem(f"该行有 {len(line)} 个字符，超过每行 {MAX_LINE_CHARS} 个字符的上限，未读取", src,
                                   f"the line has {len(line)} characters, more than the limit of {MAX_LINE_CHARS}; not read"))
    fr.body = body
    for t in fr.tables:
        for row in t.rows:
            for k, c in enumerate(row):
                if len(c.text) > MAX_LINE_CHARS:
                    if not c.merged:  # (a merged range's copies said once, at its anchor)
                        fr.problems.append(Problem(
                            f"单元格有 {len(c.text)} 个字符，超过 {MAX_LINE_CHARS} 个字符的上限，未读取", c.source,
                            f"the cell has {len(c.text)} characters, more than the limit of {MAX_LINE_CHARS}; not read"))
                    row[k] = Cell("", c.source, c.merged)
    return fr


def page_bytes(path: str) -> bytes | Problem:
    """A web page's bytes, or the problem saying it is beyond ``MAX_PAGE_BYTES`` or ``MAX_PAGE_TAGS`` (the page then
    reads as empty: the file is reported not recognised, for this reason)."""
    size = os.path.getsize(path)
    if size > MAX_PAGE_BYTES:
        return Problem(f"网页文件有 {mb(size)}，超过上限 {mb(MAX_PAGE_BYTES)}，未读取", Source(path),
                       f"the page is {mb(size)}, more than the limit of {mb(MAX_PAGE_BYTES)}; not read")
    with open(path, "rb") as f:
        data = f.read()
    tags = data.count(b"<")
    if tags > MAX_PAGE_TAGS:
        return Problem(f"网页有 {tags} 个标记（“<”），超过上限 {MAX_PAGE_TAGS} 个，未读取", Source(path),
                       f"the page has {tags} tags ('<'), more than the limit of {MAX_PAGE_TAGS}; not read")
    return data


def limit_in(e: BaseException) -> LimitExceeded | None:
    """The limit breach inside an exception a library wrapped around it (pdfplumber wraps what pdfminer
    raised), if any: its args, its cause or its context, followed down."""
    seen: BaseException | None = e
    for _ in range(20):
        if seen is None:
            return None
        if isinstance(seen, LimitExceeded):
            return seen
        inner = [a for a in seen.args if isinstance(a, BaseException)]
        seen = inner[0] if inner else (seen.__cause__ or seen.__context__)
    return None
