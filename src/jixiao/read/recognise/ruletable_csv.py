"""A rule table published as a spreadsheet saved as CSV whose line breaks the page lost and moved: read by its
header's count of cells.

A quote-all CSV export (``"项目","考核内容","考核指标","指标说明",…,"权数","考评得分"``) pasted into a page keeps its
quotes and commas but not its rows: the rows run on one line separated by a space (``…,"20", ,"结转结余情况",…``),
and the page breaks lines anywhere else, inside a quoted cell or between the commas of blank cells (``,,⏎"结转…"``).
So the line breaks and spaces outside quotes are no row ends by themselves. What stays sure is the header's width:
every row of the export has as many cells as the header names. A row therefore ends at the first space or line
break outside quotes once it holds the header's count of cells (its last cell, the blank score, then ends there);
elsewhere such a break is dropped. Quoted cells keep their text (a doubled quote is a quote), and a float the
spreadsheet wrote out (``5.0``, ``0.0900000762939453``) is kept as printed, for ``parse_decimal`` to read exactly.

The header is a run of at least four quoted cells that name columns (``rulewords.field``), a weight column among
them, on a line the text reader did not already take for a table's row (a CSV whose rows keep their lines is read
as the text's table); the table ends where the text does (a row cut by the excerpt keeps the cells it has) or at a row holding no
quoted cell. The rebuilt table goes to ``ruletable``'s column model like any other.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from pathlib import Path

from jixiao.core.numbers import normalize_text
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.normalise import is_traditional, simplified
from jixiao.read.recognise.rulewords import field

_HEAD = re.compile(r'"[^"\n]{1,12}"(?:\s*,\s*"[^"\n]{1,12}"){3,}')  # a run of short quoted cells: a header's candidates
_SPACE = " \t\u3000\n\r"
_QUOTED = re.compile(r'["＂]\s*[,，]')  # a quoted cell's end before its comma, as published or typed full-width
_MIN_QUOTED = 8  # of them in a file that may hold a CSV table
_SAMPLE = 20_000  # characters of the file looked at to tell its script


def csv_tables(fr: FileRead) -> list[Table]:
    """The quote-all CSV tables of a text file, rebuilt row by row by their header's width."""
    if fr.format != "text":
        return []
    raw = _raw(fr)
    if len(_QUOTED.findall(raw if raw is not None else "\n".join(t for t, _ in fr.body))) < _MIN_QUOTED:
        return []  # (told before the file's text is folded: most text files hold no CSV)
    lines = _lines(fr, raw)
    text = "\n".join(t for t, _ in lines)
    starts, at = [], 0
    for t, n in lines:
        starts.append((at, n))
        at += len(t) + 1
    tabled = {c.source.line for t in fr.tables for row in t.rows for c in row if c.source.line is not None}
    out: list[Table] = []
    pos = 0
    while (m := _HEAD.search(text, pos)) is not None:
        heads = re.findall(r'"([^"]*)"', m.group())
        fields = [field(h) for h in heads]
        if "weight" not in fields or sum(f is not None for f in fields) < 3 or _line_of(m.start(), starts) in tabled:
            pos = m.end()
            continue
        rows, end = _rows(text, m.start(), len(heads))
        if len(rows) >= 3:
            out.append(_table(fr, rows, starts, lines[0][1] if lines else 0))
        pos = max(end, m.end())
    return out


def _raw(fr: FileRead) -> str | None:
    """The file's text as published, read again, since the text reader took the lines that parse as CSV on their own
    for a table's rows (``read.csvlines``) and so lost the spaces between the rows; None where it cannot be read."""
    try:
        return Path(fr.source.file).read_text(encoding=fr.encoding or "utf-8", errors="replace")
    except (OSError, LookupError):
        return None


def _lines(fr: FileRead, raw: str | None) -> list[tuple[str, int]]:
    """The text's lines as published with their numbers, folded as the reader folds the text (full-width forms,
    traditional script); the body's lines where the file cannot be read again."""
    if raw is None:
        return [(t, s.line or 0) for t, s in fr.body]
    if is_traditional(FileRead(source=fr.source, format="text", body=[(raw[:_SAMPLE], fr.source)])):
        raw = simplified(raw)  # as the reader converts the file's text (read.normalise)
    return [(normalize_text(t), n) for n, t in enumerate(raw.splitlines(), 1)]  # full-width forms folded


def _line_of(offset: int, starts: list[tuple[int, int]]) -> int:
    """The number of the line holding ``offset`` (``starts``: each line's first offset and number, in order)."""
    if not starts:
        return 0
    return starts[max(bisect_right(starts, (offset, math.inf)) - 1, 0)][1]


def _table(fr: FileRead, rows: list[list[tuple[str, int]]], starts: list[tuple[int, int]], first: int) -> Table:
    file = fr.source.file
    cells = [[Cell(t.strip(), Source(file, _line_of(at, starts))) for t, at in row] for row in rows]
    head_line = cells[0][0].source.line if cells and cells[0] else first
    return Table(rows=cells, source=Source(file, head_line))


def _rows(text: str, start: int, width: int) -> tuple[list[list[tuple[str, int]]], int]:
    """The rows from the header at ``start``: each a list of (cell text, offset where it starts). The header ends at
    the first break outside quotes after its cells (``width``: the header's candidates); a row ends at the first
    break once it holds ``width`` cells. A row without a quoted cell ends the table."""
    rows: list[list[tuple[str, int]]] = []
    row: list[tuple[str, int]] = []
    buf: list[str] = []
    cell_at, quoted, i, n = start, False, start, len(text)

    def close_cell() -> None:
        row.append(("".join(buf), cell_at))
        buf.clear()

    while i < n:
        ch = text[i]
        if ch == '"' and not buf:
            quoted, cell_at, i = True, i, _quoted(text, i + 1, buf)
            continue
        if ch == ",":
            close_cell()
            i += 1
            cell_at = i
            continue
        if ch in _SPACE:
            if len(row) + 1 >= width:
                close_cell()
                if not quoted:
                    return rows, i
                rows.append(row)
                row, quoted = [], False
                cell_at = i + 1
            i += 1
            continue
        buf.append(ch)
        i += 1
    if row or buf:
        close_cell()
        if quoted:
            rows.append(row)  # the excerpt ends inside the row: it keeps the cells it has
    return rows, n


def _quoted(text: str, i: int, buf: list[str]) -> int:
    """A quoted cell's text from ``i`` (after its opening quote) into ``buf`` (a doubled quote is a quote): where
    the text goes on after its closing quote, or the text's end where the excerpt cut it."""
    n = len(text)
    while i < n:
        if text[i] == '"':
            if i + 1 < n and text[i + 1] == '"':
                buf.append('"')
                i += 2
                continue
            return i + 1
        buf.append(text[i])
        i += 1
    return n
