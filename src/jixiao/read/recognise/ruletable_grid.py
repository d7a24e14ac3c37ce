"""Tables drawn with box characters (┌─┬─┐ │ … │ ├─┼─┤ └─┴─┘), as law sites and old word processors publish
scoring rules, turned into ``Table`` rows for the rule-table reader.

Between two border lines (├ ┼ ┤, ┌ ┐, └ ┘) the │-lines are one table row: a cell wrapped over several
lines (│ 4 │ 标准化 │ 10 │ … │ then │ │ 学校建设 │ │ … │) is joined back, column by column. The columns are
counted by │, never by character position (the widths of Chinese text in a page's copy are not kept). A
block whose lines do not agree on their number of cells is left alone. Each cell keeps the line it starts on
and its column.
"""

from __future__ import annotations

import re

from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead

_BORDER = re.compile(r"^[┌├└╔╠╚┏┣┗][─━═┬┼┴╤╪╧╦╬╩┯┿┷\s]*[┐┤┘╗╣╝┓┫┛]?$")
_BAR = re.compile(r"[│┃║]")


def _cells(line: str) -> list[str] | None:
    """The cells of a │-line, or None when it is not one."""
    s = line.strip()
    if not s or not _BAR.match(s[0]):
        return None
    parts = _BAR.split(s)[1:]
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    return [p.strip() for p in parts] if len(parts) >= 2 else None


def _join(a: str, b: str) -> str:
    """A cell's text with its next wrapped line: Chinese runs on without a space, other text gets one."""
    if not a or not b:
        return a or b
    cjk = "\u3400" <= a[-1] <= "\u9fff" or "\u3400" <= b[0] <= "\u9fff" or a[-1] in "，,。；;：:、)）(（"
    return a + ("" if cjk else " ") + b


def grid_tables(fr: FileRead) -> list[Table]:
    """The box-drawn tables among the file's body lines."""
    tables: list[Table] = []
    rows: list[list[Cell]] = []
    row: list[Cell] | None = None
    before: list[str] = []

    def close() -> None:
        nonlocal rows, row
        if row is not None:
            rows.append(row)
        row = None
        if len(rows) >= 2 and len({len(r) for r in rows}) == 1:
            tables.append(Table(rows, rows[0][0].source, None, before[-3:]))
        rows = []

    for text, src in fr.body:
        if _BORDER.match(text.strip()):
            if row is not None:
                rows.append(row)
            row = None
            continue
        cells = _cells(text)
        if cells is None:
            close()
            before.append(text)
            continue
        if row is not None and len(cells) != len(row):
            close()
        if row is None:
            row = [Cell(t, Source(src.file, src.line, src.page, f"C{k + 1}")) for k, t in enumerate(cells)]
        else:
            row = [Cell(_join(c.text, t), c.source) for c, t in zip(row, cells)]
    close()
    return tables
