"""Tables in text extracted from PDFs: tab-separated rows and markdown pipe tables.

A table is a run of table lines (a line with a tab, or a pipe row); blank lines and short page-break
debris between table lines do not end it. Markdown separator rows (``|---|``) are dropped. Every cell
keeps its line and column (``C<n>``, 1-based). Lines that are not table lines are the body text.
"""

from __future__ import annotations

import re

from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead

_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MAX_GAP = 2  # blank lines tolerated inside one table (page breaks)
_PREAMBLE = 3


def _is_pipe(line: str) -> bool:
    s = line.strip()
    return s.startswith("|") and s.count("|") >= 2


def _is_table_line(line: str) -> bool:
    return "\t" in line or _is_pipe(line)


def split_cells(line: str) -> list[str]:
    """The cells of one table line, stripped; a pipe row loses its outer pipes."""
    if _is_pipe(line):
        s = line.strip()
        if s.startswith("|"):
            s = s[1:]
        if s.endswith("|"):
            s = s[:-1]
        return [c.strip() for c in s.split("|")]
    return [c.strip() for c in line.rstrip("\r\n").split("\t")]


def read_text_tables(text: str, file: str) -> FileRead:
    lines = text.splitlines()
    out = FileRead(source=Source(file), format="text")
    i = 0
    n = len(lines)
    pending_body: list[tuple[str, int]] = []
    while i < n:
        line = lines[i]
        if not _is_table_line(line):
            if line.strip():
                pending_body.append((line.strip(), i + 1))
                out.body.append((line.strip(), Source(file, line=i + 1)))
            i += 1
            continue
        start = i
        rows: list[list[Cell]] = []
        last_table_line = i
        j = i
        while j < n:
            cur = lines[j]
            if _is_table_line(cur):
                if not _SEPARATOR.match(cur.strip()):
                    cells = [
                        Cell(t, Source(file, line=j + 1, cell=f"C{k + 1}")) for k, t in enumerate(split_cells(cur))
                    ]
                    rows.append(cells)
                last_table_line = j
                j += 1
                continue
            if not cur.strip() and j - last_table_line <= _MAX_GAP:
                # look ahead: does the table go on after the blank lines?
                k = j
                while k < n and not lines[k].strip() and k - last_table_line <= _MAX_GAP:
                    k += 1
                if k < n and _is_table_line(lines[k]) and not _starts_new_table(lines, k):
                    j = k
                    continue
            break
        preamble = [t for t, _ in pending_body[-_PREAMBLE:]]
        title = preamble[-1] if preamble else None
        if rows:
            out.tables.append(Table(rows=rows, source=Source(file, line=start + 1), title=title, preamble=preamble))
        pending_body = []
        i = last_table_line + 1
    return out


def _starts_new_table(lines: list[str], k: int) -> bool:
    """A pipe row followed by a separator row opens a new markdown table (each page of seed 004 does)."""
    return _is_pipe(lines[k]) and k + 1 < len(lines) and bool(_SEPARATOR.match(lines[k + 1].strip()))
