"""读取 .html/.htm — the forms government sites publish as web pages: their tables and their text.

Parsed with lxml's HTML parser (libxml2; lxml is already here for docx): it recovers from the unclosed
``<td>``/``<tr>`` and stray tags of hand-made and Word-exported pages the way browsers do, in C, and it
never fetches or runs anything (``no_network``; script, style and the like are skipped, comments and
processing instructions dropped). Entities (``&nbsp;``, ``&#20010;``) are decoded by the parser.

Encoding: a byte order mark, else the ``<meta charset>`` / ``http-equiv`` declaration (GB2312 and GBK read
as their superset GB18030), else detected from the bytes as for text files (``read.encoding``). A declared
encoding the bytes do not follow is a located problem, and the detected one is used.

Tables: only tables that hold no other table carry data; a table that holds tables is page layout (the
frame many sites put around the content), and its own text flows as body lines. ``rowspan``/``colspan``
are laid out as browsers do (a cell goes in the first grid column its row has free) and become merged
ranges, so the tables look like those of the other formats (``read.grid``). A table cell is located as
``T<table>R<row>C<grid column>`` (1-based, tables in document order, as in docx); a body line by ``line`` =
its number among the page's text lines. The (up to three) lines just before a table, and its caption, are
its preamble, the last its title.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from typing import Any

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.core.table import Table
from jixiao.read.base import FileRead
from jixiao.read.encoding import decode
from jixiao.read.grid import PREAMBLE_LINES, Grid, unreadable
from jixiao.read.limits import LimitExceeded, check_grid, page_bytes

# Content that is not text of the page.
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "select", "head",
     "button", "canvas", "audio", "video"}
)
# Elements that begin a new line of text.
_BLOCK = frozenset(
    {"address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "fieldset", "figcaption",
     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
     "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "center", "body"}
)
_MAX_SPAN = 1000  # as browsers: colspan above 1000 counts as 1000; rowspan is cut at the table's end
MAX_COLUMNS = 1000  # a table's grid columns read; the cells beyond are a located problem
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"[ \t\r\n\f\u00a0\u3000]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252"}


def _declared(data: bytes) -> str | None:
    """The encoding the page's ``<meta>`` declares (in its first 4 KB), as a Python codec name."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def page_text(data: bytes, path: str) -> tuple[str, str, list[Problem]]:
    """The page as text, the encoding used, and a problem when the declared encoding is not the real one."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        text, encoding = decode(data)
        return text, encoding, []
    declared = _declared(data)
    if declared is not None:
        try:
            return data.decode(declared), declared, []
        except UnicodeDecodeError as e:
            text, encoding = decode(data)
            return text, encoding, [
                Problem(
                    f"网页声明编码为 {declared}，但第 {e.start} 字节不符；已按 {encoding} 读取",
                    Source(path),
                    f"the page declares {declared} but byte {e.start} does not decode; read as {encoding}",
                )
            ]
    text, encoding = decode(data)
    return text, encoding, []


def _hidden(el: Any) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _tag(el: Any) -> str | None:
    return el.tag.lower() if isinstance(el.tag, str) else None  # comments and PIs have a function as tag


class _Lines:
    """Text gathered into lines: block elements and ``<br>`` end a line, white space runs are one space."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.current.append(text)

    def end(self) -> None:
        line = _SPACE.sub(" ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []


def _walk(el: Any, lines: _Lines, on_table: Callable[[Any], None] | None = None) -> None:
    """The text of ``el``'s descendants into ``lines``; with ``on_table``, each data table (one that holds
    no table) goes there instead, in its place in the reading order."""
    for child in el:
        tag = _tag(child)
        if tag is not None and tag not in _SKIP and not _hidden(child):
            if on_table is not None and tag == "table" and child.find(".//table") is None:
                on_table(child)
            elif tag == "br":
                lines.end()
            elif tag in _BLOCK:
                lines.end()
                lines.add(child.text)
                _walk(child, lines, on_table)
                lines.end()
            else:
                lines.add(child.text)
                _walk(child, lines, on_table)
        lines.add(child.tail)


def cell_text(td: Any) -> str:
    """A cell's text: its lines joined with "\\n"."""
    lines = _Lines()
    lines.add(td.text)
    _walk(td, lines)
    lines.end()
    return "\n".join(lines.lines)


def _rows(table: Any) -> list[Any]:
    """The table's own rows: ``tr`` children, and those of its thead/tbody/tfoot, in order."""
    out: list[Any] = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            out.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            out.extend(c for c in child if _tag(c) == "tr")
    return out


def _span(el: Any, name: str) -> int:
    m = re.match(r"\s*(\d+)", el.get(name) or "")
    return max(1, min(int(m.group(1)), _MAX_SPAN)) if m else 1


def table_grid(table: Any) -> tuple[Grid, tuple[int, int] | None]:
    """The grid and merged ranges of one data ``<table>``, laid out as browsers lay out spans, and the
    (row, column) of the first cell cut off beyond ``MAX_COLUMNS`` if any. ``LimitExceeded`` as soon as the grid
    (its rows × the columns laid out so far) passes ``limits.MAX_GRID_CELLS``, before its cells are made: 50,000
    rows of one ``colspan="1000"`` cell are a 2 MB page and 50 million cells."""
    trs = [tr for tr in _rows(table) if not _hidden(tr)]
    taken: dict[tuple[int, int], str] = {}
    merges: list[tuple[int, int, int, int]] = []
    cut: tuple[int, int] | None = None
    width = 0
    for r, tr in enumerate(trs):
        c = 0
        for td in tr:
            if _tag(td) not in ("td", "th") or _hidden(td):
                continue
            while (r, c) in taken:
                c += 1
            if c >= MAX_COLUMNS:
                cut = cut or (r, c)
                break
            rows = min(_span(td, "rowspan"), len(trs) - r)
            cols = min(_span(td, "colspan"), MAX_COLUMNS - c)
            if c + cols > width:
                width = c + cols
                check_grid(len(trs), width)
            taken[(r, c)] = cell_text(td)
            for rr in range(r, r + rows):
                for cc in range(c, c + cols):
                    taken.setdefault((rr, cc), "")
            if rows > 1 or cols > 1:
                merges.append((r, c, r + rows - 1, c + cols - 1))
            c += cols
    texts = [[taken.get((r, c), "") for c in range(width)] for r in range(len(trs))]
    return Grid(texts, merges), cut


def _flush(out: FileRead, lines: _Lines, pending: list[str]) -> None:
    """The finished lines become body lines (numbered in reading order) and the next table's preamble."""
    for line in lines.lines:
        out.body.append((line, Source(out.source.file, line=len(out.body) + 1)))
        pending.append(line)
    lines.lines = []


def _add_table(out: FileRead, table: Any, pending: list[str], refused: list[int]) -> None:
    """One data table into ``out``; one beyond the limits is a problem located at it (its number kept in
    ``refused``, so that the next tables keep theirs) and the page's other tables and text are still read."""
    t = len(out.tables) + len(refused) + 1
    path = out.source.file

    def source_of(r: int, c: int) -> Source:
        return Source(path, cell=f"T{t}R{r + 1}C{c + 1}")

    try:
        grid, cut = table_grid(table)
        if not any(text for row in grid.texts for text in row):
            return
        rows = grid.cells(source_of)
    except LimitExceeded as e:
        refused.append(t)
        out.problems.append(Problem(e.zh, Source(path, cell=f"T{t}"), e.en))
        return
    if cut is not None:
        out.problems.append(
            Problem(
                f"表格超过 {MAX_COLUMNS} 列，第 {cut[0] + 1} 行起超出的单元格未读",
                Source(path, cell=f"T{t}R{cut[0] + 1}C{cut[1] + 1}"),
                f"the table is wider than {MAX_COLUMNS} columns; the cells beyond, from row {cut[0] + 1}, were not read",
            )
        )
    caption = next((cell_text(c) for c in table if _tag(c) == "caption"), "")
    preamble = (pending + ([caption] if caption else []))[-PREAMBLE_LINES:]
    out.tables.append(
        Table(
            rows=rows,
            source=Source(path, cell=f"T{t}"),
            title=preamble[-1] if preamble else None,
            preamble=preamble,
        )
    )


def read_html(path: str) -> FileRead:
    """One HTML page as tables and body lines; raises ``UnreadableFile`` when it is no page at all."""
    import lxml.html
    from lxml.etree import ParserError, XMLSyntaxError

    data = page_bytes(path)
    if isinstance(data, Problem):  # refused before lxml builds its tree: the file is read as empty, and says why
        return FileRead(source=Source(path), format="html", problems=[data])
    text, encoding, problems = page_text(data, path)
    out = FileRead(source=Source(path), format="html", encoding=encoding, problems=problems)
    text = _CONTROL.sub("", text)
    if not text.strip():
        return out
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (ParserError, XMLSyntaxError, ValueError) as e:
        raise unreadable(path, "网页", "an HTML page", e) from e
    for entry in parser.error_log:  # libxml2 stops at 256 levels of nesting: what follows is lost, said so
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            at = f"{entry.line} 行第 {entry.column} 列"
            out.problems.append(Problem(
                f"网页元素嵌套过深（源文件第 {at}起超过上限），此后的内容未读取", Source(path),
                f"the page's elements nest too deeply (beyond the limit from source line {entry.line}, column "
                f"{entry.column}); what follows was not read"))
            break
    lines = _Lines()
    pending: list[str] = []
    refused: list[int] = []

    def on_table(table: Any) -> None:
        lines.end()
        _flush(out, lines, pending)
        _add_table(out, table, pending, refused)
        pending.clear()

    title = root.find("head/title")
    if title is not None:
        lines.add(title.text)
        lines.end()
    body = root.find("body")
    _walk(root if body is None else body, lines, on_table)
    lines.end()
    _flush(out, lines, pending)
    return out
