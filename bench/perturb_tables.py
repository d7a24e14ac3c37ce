"""Perturbations of a page's running header and of tables' cells, as real published pages show them, and the line
helpers every perturbation of ``bench.corpus_perturb`` shares.

Each is a small pure function that never changes a digit or what a figure means:

- ``page_header``: the document's own title (its first line) repeated as a page's running header every 40 lines;
- ``header_repeated``: a table's header row repeated after a page break inside the table (every 12 rows);
- ``empty_dash`` / ``empty_slash``: an empty cell of a pipe row printed as ``—`` or ``/``;
- ``percent_space``: a space between a number and its ``%`` (``12.5 %``);
- ``cell_wrapped``: a long cell's text wrapped over two lines inside its pipe row (``| 完成年度 / 工作任务 | 10 |``);
- ``cells_per_line``: every pipe row's cells one per line, its empty cells gone (a web page's table copied as text);
- ``run_together``: the short lines of a block (a table given one cell per line) run into one line, a space between;
- ``one_line``: the whole text one line, its lines a space apart (a document-sharing site's preview of a docx).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from jixiao.read.text import split_cells

Lines = list[list[str]]  # for each line of the text, the lines it becomes
SEP_ROW = re.compile(r"^\s*\|?[\s|:\-]*-{2,}[\s|:\-]*$")  # a markdown separator row: |---|---|


def per_line(text: str, fn: Callable[[int, str], list[str]]) -> Lines:
    return [fn(k, line) for k, line in enumerate(text.split("\n"))]


def furniture(text: str, every: int, line: Callable[[int, int], str]) -> Lines:
    """``line(page, pages)`` inserted after every ``every`` lines, as a page's header or footer lands in PDF text."""
    n = text.count("\n") + 1
    pages = math.ceil(n / every)
    return per_line(text, lambda k, x: [x, "", line((k + 1) // every, pages), ""] if (k + 1) % every == 0 else [x])


def is_pipe_row(line: str) -> bool:
    s = line.strip()
    return s.startswith("|") and s.count("|") >= 2


_TITLE_MAX = 40  # characters of a first line that can be a page's running header


def page_header(text: str, every: int = 40) -> Lines:
    """The document's title (its first line with text, when short and no table row) repeated as the running header
    of every page (every ``every`` lines), as a PDF's header lands in its text: ``XX局2023年部门决算``."""
    title = next((x.strip() for x in text.split("\n") if x.strip()), "")
    if not title or len(title) > _TITLE_MAX or "|" in title or "\t" in title:
        return per_line(text, lambda _, x: [x])
    return furniture(text, every, lambda _p, _n: title)


_REPEAT_EVERY = 12  # rows of a table on a page before its header is printed again


def header_repeated(text: str) -> Lines:
    """A pipe table's header row (its first row when that is labels only, two or more, no digit; with the separator
    row after it when there is one) printed again after every ``_REPEAT_EVERY`` rows, as a table continued over pages
    repeats its header on each. Blank lines and lone pipes do not end a table; any other line does."""
    lines = text.split("\n")
    out: Lines = []
    header: list[str] | None = None  # None: no table open; []: a table whose first row is no header
    rows = 0
    for k, line in enumerate(lines):
        if not is_pipe_row(line):
            if line.strip() not in ("", "|"):
                header, rows = None, 0
            out.append([line])
            continue
        if header is None:
            cells = [c for c in split_cells(line) if c]
            labels = len(cells) >= 2 and not any(ch.isdigit() for c in cells for ch in c)
            header = ([line] + ([lines[k + 1]] if k + 1 < len(lines) and SEP_ROW.match(lines[k + 1]) else [])
                      if labels else [])
            out.append([line])
            continue
        if SEP_ROW.match(line):
            out.append([line])
            continue
        rows += 1
        out.append([*header, line] if header and rows % _REPEAT_EVERY == 0 else [line])
    return out


def _empty_as(text: str, mark: str) -> str:
    def row(line: str) -> str:
        if not is_pipe_row(line) or SEP_ROW.match(line):
            return line
        lead = line[: len(line) - len(line.lstrip())]
        cells = split_cells(line)
        if not any(cells):  # a row of nothing (a merged header's continuation, a lone ||): no cell to mark
            return line
        closed = line.rstrip().endswith("|")
        last = max(k for k, c in enumerate(cells) if c)  # empty cells after the row's last text are padding
        body = " | ".join(c if c or k > last else mark for k, c in enumerate(cells))
        return f"{lead}| {body} |" if closed else f"{lead}| {body}"
    return "\n".join(row(x) for x in text.split("\n"))


def empty_dash(text: str) -> str:
    """Every empty cell of a pipe row holding text printed as ``—``, as many templates mark a cell with nothing to
    say (a row of nothing stays: it is a merged cell's continuation, not cells; so do the empty cells after a row's
    last text: a converter's padding)."""
    return _empty_as(text, "—")


def empty_slash(text: str) -> str:
    """Every empty cell of a pipe row printed as ``/``."""
    return _empty_as(text, "/")


_PERCENT = re.compile(r"(?<=\d)%")


def percent_space(text: str) -> str:
    """A space between a number and its percent sign: ``12.5%`` → ``12.5 %``."""
    return _PERCENT.sub(" %", text)


_LONG_CELL = re.compile(r"[\u4e00-\u9fff]{10,}")  # a cell of Chinese text long enough to wrap in a narrow column


def cell_wrapped(text: str) -> Lines:
    """In each pipe row, the first cell (not the last) that is ten Chinese characters or more, wrapped at its middle
    onto the next line, the row's other cells after it there: ``| 完成年度工作`` / ``任务完成情况良好 | 10 | 10 |``,
    as text copied from a page whose narrow column wraps a long cell."""
    def wrap(_: int, line: str) -> list[str]:
        if not is_pipe_row(line) or SEP_ROW.match(line) or not line.rstrip().endswith("|"):
            return [line]
        cells = split_cells(line)
        at = next((k for k, c in enumerate(cells[:-1]) if _LONG_CELL.fullmatch(c)), None)
        if at is None:
            return [line]
        c = cells[at]
        half = len(c) // 2
        first = " | ".join([*cells[:at], c[:half]])
        rest = " | ".join([c[half:], *cells[at + 1:]])
        return [f"| {first}", f"{rest} |"]
    return per_line(text, wrap)


def cells_per_line(text: str) -> Lines:
    """Every pipe row printed one cell per line, its empty cells gone and its separator rows dropped, as the text of a
    web page's table reaches users when it is copied or extracted without its grid: ``| 项目名称 | 示范区建设 |`` →
    ``项目名称`` / ``示范区建设``."""
    def cells(_: int, line: str) -> list[str]:
        if not is_pipe_row(line):
            return [line]
        if SEP_ROW.match(line):
            return []
        return [c for c in split_cells(line) if c]
    return per_line(text, cells)


_RUN_CELL = 40  # characters of a line that can be a table's cell (longer: a paragraph, which stays a line of its own)


def run_together(text: str) -> Lines:
    """Each run of consecutive short lines (a table given one cell per line; pipe rows too) printed as one line, the
    lines' text a single space apart, as a docx or web page's table reaches users flattened: ``项目名称`` / ``示范区建设``
    / ``主管部门`` → ``项目名称 示范区建设 主管部门``. Blank lines and long lines (paragraphs) end a run; each line of a
    run goes to the run's line."""
    out: Lines = []
    run: list[str] = []

    def close() -> None:
        if run:
            out.append([" ".join(x.strip() for x in run)])
            out.extend([] for _ in run[1:])
            run.clear()
    for line in text.split("\n"):
        if line.strip() and len(line.strip()) <= _RUN_CELL:
            run.append(line)
            continue
        close()
        out.append([line])
    close()
    return out


def one_line(text: str) -> Lines:
    """The whole text as one line, its lines' text a single space apart and its blank lines gone, as a
    document-sharing site's preview gives a docx or PDF: every line goes to that one line."""
    lines = text.split("\n")
    joined = " ".join(x.strip() for x in lines if x.strip())
    return [[joined], *([] for _ in lines[1:])]
