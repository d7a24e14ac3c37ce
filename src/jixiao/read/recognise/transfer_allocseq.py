"""A 分配表 (安排表) whose cells ran together with no separator (a page's text as one line) and whose rows are
numbered: 序号项目单位项目名称补助金额(万元)备注1东州县城市管理局东州县城区水环境治理工程3062西山乡人民政府…资金53北岭乡…
资金15合计331.

Each row's amount runs into the next row's number (306 | 2 | 西山乡…): the count the rows keep (1, 2, 3 …) tells
where an amount ends, whatever the sum; the last row's amount stands right before 合计, the 合计's right after it. A
run of digits that is a date's (2024年), a quantity's (9.9公里, 120亩) or leaves no amount before the row's number
(第2批) is the row's text, not its amount; a row whose amount cannot be told ends the reading, and a table of fewer
than two rows is none. The rows make a ``Grid`` as a table read cell by cell does (``transfer_alloc`` takes its
合计 where the rows add up to it); since the cells were told apart by the numbering and not by separators, a 合计
the rows do not make is a suspicion, never an error (``Grid.inferred``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.core.table import Cell, Table
from jixiao.read.recognise.transfer_allochead import NAME, WHOLE, unit_of
from jixiao.read.recognise.transfer_allocrun import (
    _DATE,
    _END,
    _HEAD,
    _HEADER,
    _NOT_ALLOCATION,
    _QUANTITY,
    _SPAN,
)
from jixiao.read.recognise.transfer_allocsum import Grid, Row, grid_sums
from jixiao.read.recognise.transfer_text import Flat

# the first row's number: right after the header's last word (or its unit's bracket), a name's character after it
_FIRST = re.compile(r"(?<=[一-龥)）])1(?=[一-龥])")
# a run of digits that a row's text follows (the amount and the next row's number, glued)
_RUN = re.compile(r"\d[\d.,]*(?=[一-龥])")
_AMOUNT = re.compile(r"(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?")
# the 合计 row: its label and its amount, a word or the text's end after it (合计331附件2)
_TOTAL = re.compile(r"(?:全[省市县区州旗])?(?:合计|总计)(\d[\d,]*(?:\.\d+)?)(?![\d.])")
_LAST = re.compile(r"(\d[\d,]*(?:\.\d+)?)$")
_MAX_ROWS = 200
_ROW_SPAN = 400  # characters of one row's text and amount (a row's number is looked for no further)
_MAX_STEPS = 2000
_MAX_READINGS = 64  # ways a table's numbering may split its rows (each a run that could end in the next number)


def read_numbered(flat: Flat, start: int) -> Grid | None:
    """The numbered rows run together after ``start`` (a 分配表 title's end), up to the next attachment. Where a
    row's text holds another run of digits that could end in the next row's number (第12中学 before row 2), the
    reading taken is the one whose rows add up to the 合计, and none where no one reading does."""
    text = flat.text
    end = _END.search(text, start, start + _SPAN)
    stop = end.start() if end else min(len(text), start + _SPAN)
    if _NOT_ALLOCATION.search(text, start, stop):
        return None  # indicators, scores or rates: a form's text, not an allocation table's rows
    first = _FIRST.search(text, start, min(stop, start + _HEAD))
    if first is None or not _HEADER.search(text, start, first.start()):
        return None  # no header naming an amount (金额/资金/万元) before the first row's number
    closing = _TOTAL.search(text, first.end(), stop)
    if closing is None:
        return None
    steps = [_MAX_STEPS]  # (rows tried over every reading: bounded however the numbering branches)
    readings = list(itertools.islice(_readings(text, first.end(), closing.start(), 1, steps), _MAX_READINGS + 1))
    if steps[0] <= 0:
        return None  # too many ways to split: none is sure
    stated = Decimal(closing.group(1).replace(",", ""))
    adding = [r for r in readings if sum((a for _, _, _, a in r), Decimal(0)) == stated]
    if len(adding) == 1:
        reading = adding[0]
    elif len(readings) == 1 and not adding:
        reading = readings[0]  # the one way the numbering splits the rows: their sum is checked against the 合计
    else:
        return None
    rows = [_row(flat, *cut) for cut in reading]
    if len(rows) < 2:
        return None
    total = _row(flat, closing.start(), closing.start(1), closing.end(1), stated, label="合计")
    every = rows + [total]
    table = Table(rows=[list(r.cells) for r in every], source=every[0].cells[0].source)
    grid = Grid([NAME, WHOLE], rows, total, table, closed=True, complete=True,
                unit=unit_of(text[start:first.start()]), inferred=True)
    grid.sums = grid_sums(grid)
    return grid


Cut = tuple[int, int, int, Decimal]  # a row: its text's start, its amount's start and end, the amount


def _readings(text: str, lo: int, hi: int, k: int, steps: list[int]) -> Iterator[list[Cut]]:
    """Every way the rows from row ``k`` (its text starting at ``lo``) to the 合计 (at ``hi``) split: row k's amount
    glued to row k+1's number, then the rest; or, where no run can be so split, row k is the last, its amount the
    digits right before the 合计."""
    steps[0] -= 1
    if steps[0] <= 0:
        return
    found = _glued(text, lo, min(hi, lo + _ROW_SPAN), str(k + 1)) if k < _MAX_ROWS else []
    if not found:
        last = _LAST.search(text, lo, hi)
        if last is not None and _AMOUNT.fullmatch(last.group(1)):
            yield [(lo, last.start(1), last.end(1), Decimal(last.group(1).replace(",", "")))]
        return
    for amount_at, amount_end, next_start in found:
        cut = (lo, amount_at, amount_end, Decimal(text[amount_at:amount_end].replace(",", "")))
        for rest in _readings(text, next_start, hi, k + 1, steps):
            yield [cut, *rest]


def _glued(text: str, lo: int, hi: int, following: str) -> list[tuple[int, int, int]]:
    """Where a row's amount may end with the next row's number glued on (…工程3062西山乡: 306 | 2): each run of
    digits before a name's character that ends in ``following`` and leaves an amount before it, as (the amount's
    start, its end, the next row's start). A date's or a quantity's digits are passed over."""
    out: list[tuple[int, int, int]] = []
    for r in _RUN.finditer(text, lo, hi):
        if _DATE.match(text, r.end()) or _QUANTITY.match(text, r.end()):
            continue
        run = r.group(0)
        if run.endswith(following) and _AMOUNT.fullmatch(run[: -len(following)]):
            out.append((r.start(), r.end() - len(following), r.end()))
    return out


def _row(flat: Flat, start: int, amount_at: int, amount_end: int, value: Decimal, label: str | None = None) -> Row:
    """A row: its text (the unit, the project, its note) and its amount, each a cell with its source."""
    name = label or flat.text[start:amount_at].strip()
    cells = [Cell(name, flat.source_at(start)), Cell(flat.text[amount_at:amount_end], flat.source_at(amount_at))]
    return Row(name, cells, [(value, cells[1])])
