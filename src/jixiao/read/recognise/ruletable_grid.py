"""Tables drawn with box characters (┌─┬─┐ │ … │ ├─┼─┤ └─┴─┘), as law sites and old word processors publish
scoring rules, turned into ``Table`` rows for the rule-table reader.

Between two border lines (├ ┼ ┤, ┌ ┐, └ ┘) the │-lines are one table row: a cell wrapped over several
lines (│ 4 │ 标准化 │ 10 │ … │ then │ │ 学校建设 │ │ … │) is joined back, column by column. The columns are
counted by │, never by character position (the widths of Chinese text in a page's copy are not kept). A cell
merged down over rows (a rowspan) stops its column's border: the line turns into a border after it (│ │ 卫 ├──┼──┤),
the columns on its right start a new row and the merged columns give that row merged blank cells. A border that
opens columns inside one (┬ under 考核内容: its number | its name) has their texts joined back under that column.
A block whose lines agree on none of these is left alone. Each cell keeps the line it starts on and its column.
"""

from __future__ import annotations

import re

from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead

_BORDER = re.compile(r"^[┌├└╔╠╚┏┣┗][─━═┬┼┴╤╪╧╦╬╩┯┿┷\s]*[┐┤┘╗╣╝┓┫┛]?$")
_BAR = re.compile(r"[│┃║]")
_PARTIAL = re.compile(r"[├┝┠╟╞┼╪┿─━═]")  # a border starting inside a │-line
_JUNCTIONS = "┬┼┴╤╪╧╦╬╩┯┿┷"
_SPLITS = "┬╤╦┯"  # a junction opening a column under one above
_VERTICAL = str.maketrans({"︵": "（", "︶": "）", "︹": "〔", "︺": "〕", "︗": "【", "︘": "】"})


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
    """A cell's text with its next wrapped line: Chinese runs on without a space, and a number wrapped in a narrow
    column (︵65 / 0分︶); other text gets one. The vertical forms of brackets a column written one character a
    line prints (︵ ︶) are the brackets."""
    b = b.translate(_VERTICAL)
    if not a or not b:
        return a or b
    cjk = "\u3400" <= a[-1] <= "\u9fff" or "\u3400" <= b[0] <= "\u9fff" or a[-1] in "，,。；;：:、)）(（"
    return a + ("" if cjk or a[-1].isdigit() and b[0].isdigit() else " ") + b


def _border_at(line: str) -> int | None:
    """Where a │-line turns into a border (│ 2 │ 城 ├────┼──┤: the cells on the left go on down, merged; the
    columns on the right close their row), or None for a line of cells only."""
    m = _PARTIAL.search(line, 1)
    return m.start() if m is not None else None


def _cells_before(line: str) -> list[str]:
    """The cells of a │-line up to the border it turns into: each bar opens one (the last has no bar after)."""
    return [p.strip() for p in _BAR.split(line)[1:]]


def _split_map(border: str, n: int, width: int) -> list[int] | None:
    """Which of the table's ``width`` columns each of ``n`` cells stands under, where the border above them
    opened columns inside one (┬: 考核内容 over 2 | 环境卫生): a split cell joins its column back."""
    junctions = [ch for ch in border if ch in _JUNCTIONS]
    if len(junctions) != n - 1:
        return None
    out, col = [0], 0
    for ch in junctions:
        col += ch not in _SPLITS
        out.append(col)
    return out if col == width - 1 else None


def grid_tables(fr: FileRead) -> list[Table]:
    """The box-drawn tables among the file's body lines. A cell merged down over rows (its column's border
    stops at it: │ 城 ├──┼──┤) gives the rows after it a merged blank cell there; the columns a border opens
    inside one column (┬) are joined back under it."""
    tables: list[Table] = []
    rows: list[list[Cell]] = []
    owner: list[int] = []  # for each column, the row its text goes to
    maps: dict[int, list[int]] = {}  # for a line of n cells, the column each stands under
    layout = 0  # the cells of the last whole line
    fresh: set[int] = set()  # the columns whose next text opens a row
    width = 0
    border = ""
    before: list[str] = []

    def close() -> None:
        nonlocal rows, owner, fresh, width, maps
        if len(rows) >= 2:
            tables.append(Table(rows, rows[0][0].source, None, before[-3:]))
        rows, owner, fresh, width, maps = [], [], set(), 0, {}

    def put(texts: list[str], src: Source, partial: bool = False) -> bool:
        """The cells of one line added to their rows (``partial``: the leading cells of a line that turns into a
        border); False where they do not fit the table's columns."""
        nonlocal width, owner, fresh, layout
        if not rows:
            width = layout = len(texts)
            owner, fresh = [0] * width, set(range(width))
        n = layout if partial else len(texts)
        cols = list(range(width)) if n == width else maps.get(n) or _split_map(border, n, width)
        if cols is None or len(texts) > len(cols):
            return False
        maps[n], layout = cols, n
        cols = cols[: len(texts)]
        if fresh & set(cols) or not rows:
            new = [Cell("", Source(src.file, src.line, src.page, f"C{k + 1}"), merged=k not in fresh)
                   for k in range(width)]
            rows.append(new)
            for k in fresh:
                owner[k] = len(rows) - 1
            fresh = set()
        for k, t in zip(cols, texts, strict=False):
            cell = rows[owner[k]][k]
            at = Source(src.file, src.line, src.page, f"C{k + 1}") if not cell.text and t else cell.source
            rows[owner[k]][k] = Cell(_join(cell.text, t), at, cell.merged)
        return True

    for text, src in fr.body:
        line = text.strip()
        if _BORDER.match(line):
            fresh, border = set(range(width)), line
            continue
        cut = _border_at(line) if line and _BAR.match(line[0]) else None
        cells = _cells_before(line[:cut]) if cut is not None else _cells(text)
        if cells is None:
            close()
            before.append(text)
            continue
        if not put(cells, src, cut is not None):
            close()
            put(cells, src)
        if cut is not None:  # the columns after the cells close their row here
            last = maps.get(layout, list(range(width)))[len(cells) - 1] if cells else -1
            fresh, border = set(range(last + 1, width)), line[cut:]
    close()
    return tables
