"""Tables without ruling lines in a PDF: columns from the words' positions.

Many accounts PDFs print their tables with no grid at all (or only a rule under the header): pdfplumber's
table finder sees nothing, and the figures would come out as body lines of text. Here a page's lines are
cut into *segments* where the gap between characters is wider than a space; a run of lines of two segments
or more, holding figures, is a table. Its columns are the vertical white stripes its figure rows leave
(the union of their segments' x-ranges, grouped where they overlap); every segment of every row, header
rows included, goes to the column that holds its centre (or the nearest). A line naming the unit or the
byline (单位：元, 编制单位：…) is never a table row, so it stays in the table's preamble.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from jixiao.core.numbers import parse_decimal
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table

Char = dict[str, Any]
_SEGMENT_GAP = 4.5  # points: a gap wider than this between characters ends a cell's text (a space is ~2.5)
_MIN_FIGURE_ROWS = 2  # a table holds this many rows of two figures or more (or one row of three): a page
# number after a 目录 line is one figure, never a table
_LEADER = re.compile(r"[…．.·]{3,}")
_MAX_PITCH = 48.0  # points: a total row further below the table than this is not the table's


def segments(line: Sequence[Char]) -> list[list[Char]]:
    """A line's characters cut where the gap is wider than a space: the cells' texts, left to right."""
    out: list[list[Char]] = []
    for c in line:
        if out and c["x0"] - out[-1][-1]["x1"] <= _SEGMENT_GAP:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _text(seg: Sequence[Char]) -> str:
    parts: list[str] = []
    prev = None
    for c in seg:
        if prev is not None and c["x0"] - prev["x1"] > 1.0:
            parts.append(" ")
        parts.append(c["text"])
        prev = c
    return " ".join("".join(parts).split())


def _figure(seg: Sequence[Char]) -> bool:
    return parse_decimal(_text(seg)) is not None


def _byline(segs: list[list[Char]]) -> bool:
    return any(("单位" in t or "编制" in t) and ("：" in t or ":" in t) for t in map(_text, segs))


def _closing(segs: list[list[Char]]) -> bool:
    """A line holding only 合计/总计 or 无 (a table's total row, or the row that says it holds nothing)."""
    return len(segs) == 1 and _text(segs[0]).replace(" ", "") in ("合计", "总计", "无", "（无）", "(无)")


def _header_above(segs: list[list[Char]], left: float, right: float) -> bool:
    """A single label over the table's columns: not its title (…表), not the byline, not a paragraph."""
    if len(segs) != 1 or _byline(segs):
        return False
    text = _text(segs[0])
    return not text.endswith("表") and len(text) <= 20 and segs[0][0]["x0"] >= left - 2 and segs[0][-1]["x1"] <= right + 2


def _blocks(lines: list[list[Char]]) -> list[tuple[int, int]]:
    """(first, last) line index of each run of table lines: two segments or more (a single-segment line is
    kept inside a run when a table line follows it), at least two with a figure."""
    cut = [segments(ln) for ln in lines]
    table_line = [len(s) >= 2 and not _byline(s) and not _LEADER.search("".join(map(_text, s))) for s in cut]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not table_line[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and (table_line[j + 1] or (
                j + 2 < len(lines) and table_line[j + 2] and not _byline(cut[j + 1]))):
            j += 1
        while j + 1 < len(lines) and _closing(cut[j + 1]) and lines[j + 1][0]["top"] - lines[j][0]["top"] < _MAX_PITCH:
            j += 1  # "合计" or "无" alone on its line: the table's last rows, blank cells beside them
        left = min(s[0]["x0"] for k in range(i, j + 1) for s in cut[k])
        right = max(s[-1]["x1"] for k in range(i, j + 1) for s in cut[k])
        while i > 0 and _header_above(cut[i - 1], left, right) and lines[i][0]["top"] - lines[i - 1][0]["top"] < _MAX_PITCH:
            i -= 1  # a header label alone on its line (a merged cell over the columns below it)
        figures = [sum(_figure(s) for s in cut[k]) for k in range(i, j + 1)]
        wide = max((len(cut[k]) for k in range(i, j + 1)), default=0)
        if sum(1 for f in figures if f >= 2) >= _MIN_FIGURE_ROWS or max(figures) >= 3 or (
                j > i and wide >= 3 and any(_closing(cut[k]) for k in range(i, j + 1))):
            out.append((i, j))
        i = j + 1
    return out


def _columns(rows: list[list[list[Char]]]) -> list[tuple[float, float]]:
    """The columns of a block: the x-ranges of its figure rows' segments, merged where they overlap."""
    figured = [segs for segs in rows if sum(_figure(s) for s in segs) >= 2] or [max(rows, key=len)]
    spans = sorted((s[0]["x0"], s[-1]["x1"]) for segs in figured for s in segs)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return [(a, b) for a, b in cols]


def _column_of(cols: list[tuple[float, float]], seg: Sequence[Char]) -> int:
    mid = (seg[0]["x0"] + seg[-1]["x1"]) / 2
    for k, (a, b) in enumerate(cols):
        if a - 2 <= mid <= b + 2:
            return k
    return min(range(len(cols)), key=lambda k: min(abs(mid - cols[k][0]), abs(mid - cols[k][1])))


def word_tables(lines: list[list[Char]], path: str, page: int, first: int = 1
                ) -> tuple[list[tuple[float, Table]], list[list[Char]]]:
    """The tables the lines hold (each with the top of its first line) and the lines left over (body)."""
    tables: list[tuple[float, Table]] = []
    used: set[int] = set()
    for k, (i, j) in enumerate(_blocks(lines), first):
        block = [segments(lines[n]) for n in range(i, j + 1)]
        cols = _columns(block)
        if len(cols) < 2:
            continue
        rows = []
        for r, segs in enumerate(block):
            texts = [""] * len(cols)
            for s in segs:
                c = _column_of(cols, s)
                texts[c] = f"{texts[c]} {_text(s)}".strip()
            rows.append([Cell(t, Source(path, page=page, cell=f"T{k}R{r + 1}C{c + 1}")) for c, t in enumerate(texts)])
        tables.append((lines[i][0]["top"], Table(rows=rows, source=Source(path, page=page, cell=f"T{k}"))))
        used.update(range(i, j + 1))
    return tables, [ln for n, ln in enumerate(lines) if n not in used]
