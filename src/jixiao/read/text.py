"""Tables in text extracted from PDFs: tab-separated rows, markdown pipe tables, one cell per line.

A table is a run of table lines; blank lines and page-break debris between table lines do not end it
(at most ``_MAX_GAP`` blank lines, more around a page's number or header: ``read.furniture``), except that a
markdown header row followed by its separator row opens a new table (each page of seed 004 does). Separator rows (``|---|``) are dropped. A pipe row whose cell
wraps onto the next lines (it does not end with ``|``) is joined back, the break kept as "\\n" in the cell.
Lines ending in `` |`` that do not start with a pipe are one cell each; consecutive such lines are one row.
HTML paragraph tags left by converters (``<p>``, ``<br>``) are removed. Every cell keeps its line and
column (``C<n>``, 1-based). Lines that are not table lines are the body text, each with its line; a page's
furniture (``第 3 页 共 12 页``, ``— 3 —``, a site's breadcrumb) is neither.
The reader is one pass over the lines: linear in the size of the file.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.encoding import decode
from jixiao.read.furniture import furniture, running_headers
from jixiao.read.limits import MAX_LINE_CHARS, MAX_ROW_CELLS, MAX_TEXT_BYTES, LimitExceeded, mb
from jixiao.read.webchrome import chrome_lines

_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TAGS = re.compile(r"</?p\s*>|<br\s*/?>", re.IGNORECASE)
_MAX_GAP = 2  # blank lines tolerated inside one table (page breaks)
_PREAMBLE = 3
_MAX_WRAP = 50  # lines a wrapped pipe row may span


def _is_pipe(line: str) -> bool:
    s = line.strip()
    return s.startswith("|") and s.count("|") >= 2


def _is_cell_line(line: str) -> bool:
    """One cell per line: ``text |`` (but not a pipe row)."""
    s = line.rstrip()
    return s.endswith("|") and not s.lstrip().startswith("|") and s.count("|") == 1 and "\t" not in s


def _is_table_line(line: str) -> bool:
    return "\t" in line or _is_pipe(line) or _is_cell_line(line)


def _clean(text: str) -> str:
    if "<" in text:
        text = _TAGS.sub(lambda m: "\n" if m.group(0).lower().startswith("<br") else "", text)
    return text.strip()


def split_cells(line: str) -> list[str]:
    """The cells of one table line, stripped; a pipe row loses its outer pipes."""
    if "\t" in line and not line.lstrip().startswith("|"):
        cells = line.rstrip("\r\n").split("\t")
        return [_clean(c) for c in cells] if "<" in line else [c.strip() for c in cells]
    if _is_pipe(line):
        s = line.strip()
        if s.startswith("|"):
            s = s[1:]
        if s.endswith("|"):
            s = s[:-1]
        return [_clean(c) for c in s.split("|")]
    if _is_cell_line(line):
        return [_clean(line.rstrip()[:-1])]
    return [_clean(c) for c in line.rstrip("\r\n").split("\t")]


def _logical_lines(lines: list[str]) -> list[tuple[str, int]]:
    """(text, first line number) with wrapped pipe rows joined back into one line."""
    out: list[tuple[str, int]] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        s = line.strip()
        if s.startswith("|") and not s.endswith("|") and s.count("|") >= 1:
            j = i + 1
            parts = [line.rstrip()]
            while j < n and j - i <= _MAX_WRAP and not lines[j].lstrip().startswith("|") and lines[j].strip():
                parts.append(lines[j].strip())
                j += 1
                if parts[-1].endswith("|"):
                    break
            if parts[-1].endswith("|") and len(parts) > 1:
                out.append(("\n".join(parts), i + 1))
                i = j
                continue
        out.append((line, i + 1))
        i += 1
    return out


_LONE_PIPES = 8  # lone "|" lines that make a file one cell per run of lines


def _pipe_closed_cells(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Cells printed as a run of lines closed by a line holding only ``|`` (a converter's one-cell-per-line
    layout, a cell's text wrapped over several lines): each run becomes one ``text |`` cell line at its first
    line, the wrapped lines joined without a space (Chinese text wraps anywhere, a number too)."""
    if sum(1 for t, _ in lines if t.strip() == "|") < _LONE_PIPES:
        return lines
    out: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    for text, no in _without_furniture(lines):
        s = text.strip()
        if s == "|":
            joined = "".join(part.strip() for part, _ in run)
            out.append((f"{joined} |" if joined else "\u3000|", run[0][1] if run else no))
            run = []
        elif s and "|" not in s and "\t" not in text:
            run.append((text, no))
        else:
            out.extend(run)
            run = []
            out.append((text, no))
    out.extend(run)
    return out


def _without_furniture(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The lines without a page's furniture and the blank lines around it (a page break inside a cell's run)."""
    drop = [furniture(t) for t, _ in lines]
    for k in [k for k, d in enumerate(drop) if d]:
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and not lines[j][0].strip() and not drop[j]:
                drop[j] = True
                j += step
    return [x for x, d in zip(lines, drop, strict=True) if not d]


def _row(text: str, line: int, file: str) -> list[Cell]:
    if "\n" in text and _is_pipe(text.replace("\n", " ")):
        s = text.strip()
        s = s[1:] if s.startswith("|") else s
        s = s[:-1] if s.endswith("|") else s
        texts = [_clean(c) for c in s.split("|")]
    else:
        texts = split_cells(text)
    return [Cell(t, Source(file, line, None, _ref(k))) for k, t in enumerate(texts)]


_REFS = [f"C{k + 1}" for k in range(64)]


def _ref(k: int) -> str:
    """"C<k+1>": the column reference of a text-table cell."""
    return _REFS[k] if k < len(_REFS) else f"C{k + 1}"


def _within_limits(lines: list[str], file: str, separator: str = "\t") -> tuple[list[str], list[Problem]]:
    """Lines longer than ``MAX_LINE_CHARS`` or with more than ``MAX_ROW_CELLS`` cells are left out (blank,
    so every other line keeps its number), each a problem at its line: a 50 MB line of tabs would be 50
    million cells."""
    problems: list[Problem] = []
    for i, line in enumerate(lines):
        if len(line) > MAX_LINE_CHARS:
            zh = f"该行有 {len(line)} 个字符，超过每行 {MAX_LINE_CHARS} 个字符的上限，未读取"
            en = f"the line has {len(line)} characters, more than the limit of {MAX_LINE_CHARS}; not read"
        elif max(line.count(separator), line.count("|")) >= MAX_ROW_CELLS:
            zh = f"该行超过每行 {MAX_ROW_CELLS} 个单元格的上限，未读取"
            en = f"the line has more than the limit of {MAX_ROW_CELLS} cells; not read"
        else:
            continue
        lines[i] = ""
        problems.append(Problem(zh, Source(file, line=i + 1), en))
    return lines, problems


def read_text_tables(text: str, file: str) -> FileRead:
    """Split text into tables and body lines (see the module docstring)."""
    physical, problems = _within_limits(text.splitlines(), file)
    for k in chrome_lines(physical):  # a web page's links, tools and footer around the document (read.webchrome)
        physical[k] = ""
    for k in running_headers(physical):  # the document's title printed again atop each page (read.furniture)
        physical[k] = ""
    lines = _pipe_closed_cells(_logical_lines(physical))
    out = FileRead(source=Source(file), format="text", problems=problems)
    i = 0
    n = len(lines)
    pending_body: list[str] = []
    while i < n:
        line, lineno = lines[i]
        if not _is_table_line(line):
            if line.strip() and not furniture(line):
                pending_body.append(line.strip())
                out.body.append((line.strip(), Source(file, line=lineno)))
            i += 1
            continue
        start = lineno
        rows: list[list[Cell]] = []
        last = i
        j = i
        cell_row: list[Cell] | None = None
        lone = False  # the lines since the last pipe row are lone pipes
        while j < n:
            cur, curno = lines[j]
            if _is_table_line(cur):
                lone = False
                if _is_cell_line(cur):
                    if cell_row is None:
                        cell_row = []
                        rows.append(cell_row)
                    src = Source(file, line=curno, cell=f"C{len(cell_row) + 1}")
                    cell_row.append(Cell(split_cells(cur)[0], src))
                elif "\t" in cur or not _SEPARATOR.match(cur.strip()):
                    cell_row = None
                    rows.append(_row(cur, curno, file))
                else:
                    cell_row = None
                last = j
                j += 1
                continue
            cell_row = None
            if cur.strip() == "|" and rows and _is_pipe(lines[last][0]) or (cur.strip() == "|" and lone):
                # a lone pipe after a pipe row (or ``_pipe_closed_cells``' blank cell, \u3000|): the row's blank cell
                # on a line of its own (自评分 | 核查分 | 合计 left blank), no end of the table
                lone = True
                last = j
                j += 1
                continue
            if not cur.strip() or furniture(cur):
                k = j
                while k < n and (not lines[k][0].strip() or furniture(lines[k][0])):
                    k += 1
                gap = (lines[k][1] if k < n else lines[-1][1] + 1) - lines[last][1] - 1
                # a page break (its number or header among the blank lines) is no end of the table
                pages = sum(1 for x, _ in lines[j:k] if x.strip())
                allowed = _MAX_GAP + pages * (_MAX_GAP + 1)
                if gap <= allowed and k < n and _is_table_line(lines[k][0]) and not _starts_new_table(lines, k):
                    j = k
                    continue
            break
        preamble = pending_body[-_PREAMBLE:]
        title = preamble[-1] if preamble else None
        if rows:
            out.tables.append(Table(rows=rows, source=Source(file, line=start), title=title, preamble=preamble))
        pending_body = []
        i = last + 1
    return out


def _starts_new_table(lines: list[tuple[str, int]], k: int) -> bool:
    """A pipe row followed by a separator row opens a new markdown table."""
    return _is_pipe(lines[k][0]) and k + 1 < len(lines) and bool(_SEPARATOR.match(lines[k + 1][0].strip()))


def read_text_file(path: str | Path, fix: Callable[[str], str] | None = None) -> FileRead:
    """Read a text file (UTF-8 with or without BOM, GB18030/GBK: detected) into tables and body lines; ``fix``, when
    given, rewrites the decoded text first (each line kept where it stands: ``read.openpipes``)."""
    p = Path(path)
    size = p.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise LimitExceeded(f"文本文件有 {mb(size)}，超过上限 {mb(MAX_TEXT_BYTES)}，未读取",
                            f"the text file is {mb(size)}, more than the limit of {mb(MAX_TEXT_BYTES)}; not read")
    text, encoding = decode(p.read_bytes())
    refused: list[Problem] = []
    if "\x00" in text:  # stray NUL characters carry no text: removed, and said at the first line holding one
        line = text.count("\n", 0, text.index("\x00")) + 1
        refused.append(Problem(f"文件含 {text.count(chr(0))} 个空字符（NUL），已删除；第一个在第 {line} 行",
                               Source(str(p), line=line),
                               f"{text.count(chr(0))} NUL characters in the file were removed; the first on line {line}"))
        text = text.replace("\x00", "")
    if fix is not None:
        text = fix(text)
    if p.suffix.lower() == ".csv":
        # the limits first: the csv module would split a 50 MB line of commas into 50 million cells
        lines, beyond = _within_limits(text.splitlines(), str(p), ",")
        refused += beyond  # (after the NULs' problem, never in its place)
        text = _csv_as_tabs("\n".join(lines))
    elif "," in text:  # CSV-shaped lines in a text file: read as table rows where a block is consistently CSV
        from jixiao.read.csvlines import csv_lines_as_tabs

        text = "\n".join(csv_lines_as_tabs(text.splitlines()))
    fr = read_text_tables(text, str(p))
    fr.problems[:0] = refused
    fr.encoding = encoding
    return fr


def _csv_as_tabs(text: str) -> str:
    """A CSV file as tab rows, one per physical line (a quoted line break inside a cell becomes a space, and
    the lines it spanned are kept blank so every row keeps its line number)."""
    out: list[str] = []
    reader = csv.reader(io.StringIO(text))
    try:
        for record in reader:
            while len(out) < reader.line_num - 1:
                out.append("")
            cells = [c.replace("\t", " ").replace("\r", " ").replace("\n", " ") for c in record]
            out.append("\t".join(cells) if len(cells) > 1 else (cells[0] if cells else ""))
    except csv.Error:
        return text  # not CSV after all: read it as plain text
    return "\n".join(out)
