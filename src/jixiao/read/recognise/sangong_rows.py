"""The rows and columns of a standalone 三公 table read down its cells (``recognise.sangong_cells``).

The header labels before the first item name the columns (``header_cells``, ``column_labels``); each item label
(``accounts.sangong.row_item``, a label wrapped over two lines joined) is a row with the cells after it up to the
next label (``item_rows``); a row's values go by position where its cells stand on the label's line with
separators, else the numbers fill the columns in order, a column left without a number blank where the text marks
its cells and unsure where it does not (``row_values``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.accounts.sangong import (
    ABROAD,
    RECEPTION,
    SUB_LINES,
    TOTAL,
    VEHICLES,
    names_source,
    row_item,
    squash,
)
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Val
from jixiao.read.recognise.sangong_cells import CJK, COLUMN, Cell, number

_DASH = {"-", "--", "—", "——", "/"}
_HEADING = re.compile(r"^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|说明|注|备注)")


def header_cells(cells: list[Cell], at: int) -> tuple[list[Cell], int]:
    """The column labels before the first item (back to 项目, a title or a figure) and where they start."""
    labels: list[Cell] = []
    j = at - 1
    while j >= 0 and len(labels) < 8:
        c = cells[j]
        t = squash(c.text)
        if not t:
            j -= 1
            continue
        if t.startswith("项目") or re.fullmatch(r"[\u4e00-\u9fff]{1,4}项目", t):  # (经费项目, 支出项目: the label column's)
            rest = t[2:] if t.startswith("项目") else ""
            if rest and COLUMN.search(rest):  # "项目本-决算数": 项目 run into the first label
                labels.append(Cell(rest, c.source, c.line, c.sep))
            break
        if number(t) and c.sep and c.line == cells[at].line:  # the first row's 序号 before its label
            j -= 1
            continue
        if labels and row_item(t) == TOTAL and (_after_head(cells, j) or names_source(labels[-1].text)):
            # "项目 | 合计 | 一般公共预算 | …": the 合计 over the sources, a column, not the total row (so in each stage
            # group: "预算数 | 决算数 | 合计 | 一般公共预算财政拨款 | … | 合计 | 一般公共预算财政拨款 | …")
            labels.append(c)
            j -= 1
            continue
        if t == "栏次":  # the label of the header's row of column numbers (栏次 | 1 | 2 …), no column
            j -= 1
            continue
        if number(t) or "三公" in t or "单位" in t or row_item(t) or not (COLUMN.search(t) or t == "行次") or len(t) > 20:
            break
        labels.append(c)
        j -= 1
    return labels[::-1], j


def _after_head(cells: list[Cell], at: int) -> bool:
    """The cell at ``at`` is the first after 项目 (blank cells aside)."""
    j = at - 1
    while j >= 0 and not squash(cells[j].text):
        j -= 1
    return j >= 0 and squash(cells[j].text).endswith("项目")  # (a title and the unit may run into it)


@dataclass(slots=True)
class Row:
    label: Cell
    item: str
    cells: list[Cell]


_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])")


def _wrapped_label(cells: list[Cell], k: int) -> tuple[Cell, int]:
    """The cell at ``k``, or it joined with the text cell on the next line when a label wrapped there
    (公务用车购置及运 / 行维护费): the next cell is no number and no item of its own, and the two make an item.
    Returns the cell and how many cells it took beyond ``k``."""
    c = cells[k]
    if k + 1 >= len(cells):
        return c, 0
    nxt = cells[k + 1]
    t = nxt.text.strip()
    if nxt.line == c.line or not t or number(t) or t in _DASH or not CJK.match(t) or row_item(t) is not None \
            or _NUMBERED.match(t):  # a line numbered as a row or section of its own (二、相关统计数) wraps nothing
        return c, 0
    joined = c.text.strip() + t
    if row_item(joined) is None:
        return c, 0
    return Cell(joined, c.source, c.line, c.sep), 1


def item_rows(cells: list[Cell], at: int, texty: bool, numbered: bool = True) -> tuple[list[Row], int]:
    """The item rows from ``at``: each label with the cells after it, up to the next label; the table ends at
    the first text that is neither (a heading, a note), or at an item met twice. With a text column
    (``texty``: 增减原因) a short text cell of its own line is that column's. ``numbered``: a figure that opens a
    later line ahead of a label may be that row's 序号 (not when the lines are no rows, ``rows_run_together``)."""
    rows: list[Row] = []
    k = at
    while k < len(cells):
        c = cells[k]
        c, taken = _wrapped_label(cells, k)
        item = row_item(c.text)
        k += taken
        if item is not None:
            if item not in SUB_LINES and any(r.item == item for r in rows):  # (sub-lines may be several)
                break
            rows.append(Row(c, item, []))
        elif numbered and _leads(cells, k, rows[-1]):
            pass  # the next row's 序号 (行次), on its line before its label: no value of this row
        elif (not c.text.strip() or number(c.text) or c.text.strip() in _DASH or c.line == rows[-1].label.line
              or texty and len(c.text) <= 80 and not _HEADING.match(c.text.strip())):
            rows[-1].cells.append(c)
        else:
            break
        k += 1
    return rows, k


def _leads(cells: list[Cell], k: int, row: Row) -> bool:
    """Whether the cell at ``k`` opens the next row's line ahead of its label ("| 2 | 因公出国(境)费 | 0 |": its
    序号): a figure in a marked cell of a later line than the row's label, an item label among the next cells of
    its own line."""
    c = cells[k]
    if not c.sep or c.line == row.label.line or not number(c.text):
        return False
    return any(x.line == c.line and row_item(x.text) is not None for x in cells[k + 1:k + 1 + _LEAD_SPAN])


_LEAD_SPAN = 2  # cells between a row's 序号 and its label (a blank cell at most)


def rows_run_together(cells: list[Cell], rows: list[Row]) -> bool:
    """Whether the marked lines are no rows (a converter's pipes every few cells, the row breaks and the blank cells
    lost): a line holding two rows' labels ("| 6 | 因公出国(境)费 | 公务接待费 | 6 |"), or a line opened by an amount
    ahead of a label ("| -15.25% | 因公出国(境)费 | 0.00 |": the row above's figure, where a 序号 is a whole number).
    Not where a blank cell stands marked (one cell a line ending " |", a blank a lone "|"): the cells are kept."""
    lines = [r.label.line for r in rows if r.label.sep]
    if not lines or any(c.sep and not c.text.strip() for r in rows for c in r.cells):
        return False
    if 1 < len(set(lines)) < len(lines):
        return True
    opening: dict[int, Cell] = {}
    for c in cells:
        if c.sep and c.text.strip() and min(lines) < c.line <= max(lines):
            opening.setdefault(c.line, c)
    return any(c.line in lines and number(c.text) and not _WHOLE.match(c.text.strip()) for c in opening.values())


_WHOLE = re.compile(r"^\d{1,3}$")  # a 序号 (1, 2, 3 …), never an amount with decimals or a rate


def positional(cells: list[Cell], header: list[Cell]) -> list[Cell]:
    """A header on one line whose cells are marked keeps its blank labels in place (a column whose label was
    lost is still a column): the line's cells after its first (项目, 类别) or after 项目 (序号 | 项目 | …), trailing
    blanks dropped."""
    if not header or not all(c.sep and c.line == header[0].line for c in header):
        return header
    line = [c for c in cells if c.line == header[0].line]
    if not line or line[0] is header[0]:
        return header
    # the label column's head is the line's first cell, or 项目 after a 序号 column's
    label = next((k for k, c in enumerate(line) if squash(c.text).startswith("项目")), 0)
    out = line[label + 1:]
    while out and not out[-1].text.strip():
        out.pop()
    return out if header[0] in out and out[-1] is header[-1] else header


def column_labels(header: list[Cell], rows: list[Row], stage: str) -> list[str]:
    """The label of each printed column (``accounts.sangong.column_roles`` names them by what they hold); a group
    label (比上年增、减情况) over its parts is dropped."""
    labels = _grouped([squash(c.text) for c in header])
    most = max((sum(number(c.text) for c in r.cells) for r in rows), default=0)
    if sum(1 for x in labels if "原因" not in x) > most:
        labels = [x for x in labels if "情况" not in x] or labels
    if not labels:  # no header read: one figure a row is the table's own (预算数 or 决算数); of several, which
        # is which is not known (a 决算表 prints 预算数 before 决算数): read, never checked
        labels = [stage] if most <= 1 else [""] * most
    return labels


def _grouped(labels: list[str]) -> list[str]:
    """A two-level header read down: the stage groups first, then the same columns under each ("预算数 | 决算数 | 合计 |
    一般公共预算财政拨款 | 政府性基金预算财政拨款 | 合计 | …"): each column named by its group and its own label
    ("预算数合计", "决算数一般公共预算财政拨款"), so that each group's sources sum to its own 合计."""
    heads = []
    for lb in labels:
        if not re.search(r"预算数|决算数|预算|决算", lb) or "拨款" in lb or row_item(lb) == TOTAL:
            break
        heads.append(lb)
    rest = labels[len(heads):]
    if len(heads) < 2 or not rest or len(rest) % len(heads):
        return labels
    m = len(rest) // len(heads)
    if m < 2 or any(rest[k * m:(k + 1) * m] != rest[:m] for k in range(len(heads))):
        return labels
    return [h + x for h in heads for x in rest[:m]]


def row_values(row: Row, columns: list[tuple[str, str]], marked: bool) -> tuple[dict[str, Val], set[str]]:
    """A row's values by column: by position when its cells stand on the label's line with separators, else
    the numbers in order. Columns left without a number: blank when the text marks cells, else unsure."""
    values: dict[str, Val] = {}
    same = [c for c in row.cells if c.line == row.label.line]
    # (cells over several lines, each marked, a blank a lone "|": as many as the columns, they stand in their place)
    lone = all(c.sep for c in row.cells) and len(row.cells) == len(columns)
    if marked and row.label.sep and (same and len(same) == len(row.cells) or lone):
        for (col, role), c in zip(columns, row.cells):
            text = c.text.strip()
            values[col] = Val(text if role == "text" else parse_decimal(text), text, c.source)
    else:
        numbers = [c for c in row.cells if number(c.text)]
        numeric = [col for col, role in columns if role != "text"]
        for col, c in zip(numeric, numbers):
            values[col] = Val(parse_decimal(c.text), c.text.strip(), c.source)
    unsure = set() if marked else {col for col, role in columns if role != "text" and col not in values}
    for col, _ in columns:
        values.setdefault(col, Val(None, "" if col not in unsure else None, None))
    return values, unsure




def headless_total(cells: list[Cell], at: int, rows: list[Row]) -> Row | None:
    """The 合计 row whose label (and the header over it) the text lost: bare figures straight before the first item's
    label, as many as each item has, each the sum of 因公出国(境)费, 公务接待费 and 公务用车购置及运行费 in its column
    (where an item prints fewer figures, its change cells left blank, in the columns all of them fill, two at least).
    Taken for the total only when that arithmetic holds in every such column (it chooses the reading, so the total's own
    identity proves nothing more); None otherwise, the figures left unread as before."""
    if any(r.item == TOTAL for r in rows):
        return None
    lead: list[Cell] = []
    j = at - 1
    while j >= 0 and (not cells[j].text.strip() or number(cells[j].text)):
        if cells[j].text.strip():
            lead.insert(0, cells[j])
        j -= 1
    figures = {r.item: [parse_decimal(c.text) for c in r.cells if number(c.text)] for r in rows}
    tops = [figures.get(i) for i in (ABROAD, RECEPTION, VEHICLES)]
    n = len(lead)
    if not n or any(f is None for f in tops):
        return None
    # the columns every item fills (an item with no change printed fills only the first ones): all of them when
    # each has n figures; else the first m, two at least, and no item holds more figures than the lead
    m = min(len(f or []) for f in tops)
    if m != n and (m < 2 or any(len(f or []) > n for f in tops)):
        return None
    sums = [sum((f[k] or 0 for f in tops if f is not None), Decimal(0)) for k in range(m)]
    if [parse_decimal(c.text) for c in lead[:m]] != sums:
        return None
    return Row(Cell("合计", lead[0].source, lead[0].line, lead[0].sep), TOTAL, lead)


_AMOUNT_COLUMN = ("current", "prior", "change", "source", "of_which")  # roles whose cells are amounts, never a percent


def percent_as_amount(values: dict[str, Val], columns: list[tuple[str, str]]) -> bool:
    """A percent (-7.03%) placed in an amount column: the row's cells do not stand under the header's labels as read
    (a header over two rows run into one, a label lost), so no column of the table is known."""
    return any(role in _AMOUNT_COLUMN and "%" in (values[col].text or "") for col, role in columns if col in values)


def lent_figures(rows: list[Row], numeric: int) -> tuple[Row, Row] | None:
    """A label the text set after its figures (a PDF whose first item's label wrapped over lines: "合 计 65.00 64.87
    0 0 公务接待费 21.00 21.00 … 公务用车购置 0 0 因公出国(境)费"): one row holds twice the columns' figures, one item
    row none. The surplus figures are the bare row's, after the row's own or before them: the order the table's
    arithmetic confirms (合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费, the vehicles' parts, an identity that
    takes the bare row holding and none contradicted) in a column at least while the other order is confirmed in
    none. A column the chosen order leaves contradicted is then a mistake of the table, checked as any other (the
    other columns proved the placement). Moves the figures and gives (the row that held them, the row given them);
    None, nothing moved, otherwise (the table stays a misfit, its identities unchecked)."""
    figures = {id(r): [c for c in r.cells if number(c.text)] for r in rows}
    over = [r for r in rows if len(figures[id(r)]) > numeric]
    bare = [r for r in rows if not figures[id(r)]]
    if (numeric < 1 or len(over) != 1 or len(bare) != 1 or bare[0].item == TOTAL
            or len(figures[id(over[0])]) != 2 * numeric
            or any(len(figures[id(r)]) != numeric for r in rows if r is not over[0] and r is not bare[0])
            or len({r.item for r in rows}) != len(rows)):
        return None
    both = figures[id(over[0])]
    orders = [(both[:numeric], both[numeric:]), (both[numeric:], both[:numeric])]
    fits = [sum(_confirms(rows, figures, over[0], bare[0], own, lent, k) for k in range(numeric)) for own, lent in orders]
    if fits[0] and not fits[1]:
        lent = orders[0][1]
    elif fits[1] and not fits[0]:
        lent = orders[1][1]
    else:
        return None
    over[0].cells = [c for c in over[0].cells if not any(c is x for x in lent)]
    bare[0].cells = [*lent, *bare[0].cells]
    return over[0], bare[0]


def _confirms(rows: list[Row], figures: dict[int, list[Cell]], over: Row, bare: Row, own: list[Cell],
              lent: list[Cell], k: int) -> bool:
    """Column ``k`` with ``own`` the over row's figures and ``lent`` the bare row's: an identity that takes the bare
    row holds and none is contradicted."""
    from jixiao.read.recognise.sangong_place import holds

    values = {r.item: parse_decimal(figures[id(r)][k].text) for r in rows if r is not over and r is not bare}
    values[over.item], values[bare.item] = parse_decimal(own[k].text), parse_decimal(lent[k].text)
    known = {i: v for i, v in values.items() if v is not None}
    if len(known) != len(values):
        return False
    ok, _ = holds(known, bare.item)
    return bool(ok) and not holds(known)[1]
