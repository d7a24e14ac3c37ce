"""A rule table's column model: the header row named by meaning (``rulewords.field``: levels or the indicator's
name, 分值, 评分标准, 指标解释, 得分 …) wherever it stands in the table's first rows, over two rows when the levels are
named under a group label; a row's cells placed under it (a short row lost merged or blank leading cells); a
cell's weight or score as it prints it. Used by ``ruletable``, which reads the rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import MISSING, Val
from jixiao.core.table import Cell, Table
from jixiao.read.recognise.rulewords import Columns, field, settle

_FROM_NOTHING = re.compile(r"0\s*分?\s*[~～\-－至]\s*(\d+(?:\.\d+)?)\s*分?")  # 0~7: up to 7 points


@dataclass(slots=True)
class Header(Columns):
    row: int = 0


def header(table: Table) -> Header | None:
    for r, row in enumerate(table.rows[:6]):
        fields = settle([field(c.text) for c in row], [c.text for c in row])
        if "weight" in fields and ({"rule", "score"} & set(fields)):
            hd = _second_row(table, Header(fields, r))  # the levels may be named in a row under it
            if hd.names:
                return hd
    return None


def _second_row(table: Table, hd: Header) -> Header:
    """A header over two rows: a group label spanning the level columns (评价指标 | | | 分值 …, or blank where the
    merged cell lost its text) and the levels under it (一级指标 | 二级指标 | 三级指标 | | …). The row under the header
    fills the columns the first left blank or gave to the group's label, when it names levels and nothing else:
    the data starts after it."""
    if hd.row + 1 >= len(table.rows):
        return hd
    under = [field(c.text) for c in table.rows[hd.row + 1]]
    levels = [k for k, f in enumerate(under) if f and f.startswith("level")]
    if len(levels) < 2 or any(f and k not in levels for k, f in enumerate(under)) \
            or any(k < len(hd.fields) and hd.fields[k] not in (None, "name") for k in levels):
        return hd
    fields = [under[k] if k in levels else f for k, f in enumerate(hd.fields)]
    fields += [under[k] for k in range(len(fields), len(under))]
    return Header(fields, hd.row + 1)


def place(row: list[Cell], hd: Header) -> list[Cell | None]:
    """The row's cells under the header's columns. A full row as it is; a shorter one lost merged leading cells
    (rowspans) or blank ones (collapsed pipes): of the ways to lay it under the header, the one that puts a number
    under 分值 and a name under the leaf's column, the rightmost first; else aligned from the right."""
    width = len(hd.fields)
    cells = list(row)
    if len(cells) == width and any(c.merged for c in cells):  # a grid's row, merged cells kept in their columns
        return list(cells)
    while cells and cells[-1].blank and len(cells) > 1:
        cells.pop()
    if len(cells) >= width:
        return list(cells[:width])
    wcol, leaf = hd.col("weight"), hd.names[-1]
    for offset in range(width - len(cells), -1, -1):
        placed: list[Cell | None] = [None] * offset + cells + [None] * (width - len(cells) - offset)
        w, n = placed[wcol] if wcol is not None else None, placed[leaf]
        if w is not None and parse_decimal(w.text.strip().removesuffix("分")) is not None and n is not None \
                and n.text.strip() and parse_decimal(n.text) is None:
            return placed
    return [None] * (width - len(cells)) + cells


def cell_text(cell: Cell | None) -> str:
    return "" if cell is None or cell.merged else cell.text.strip()


def cell_val(cell: Cell | None) -> Val:
    """A weight or score as its cell prints it (10, 10分); a weight printed as the range of points a row can earn
    from nothing (0~7, 0-7分) is its top."""
    t = cell_text(cell)
    if not t:
        return MISSING
    m = _FROM_NOTHING.fullmatch(t)
    return Val(parse_decimal(m.group(1) if m else t.removesuffix("分")), t, cell.source if cell else None)
