"""A 转移支付 allocation table whose header could not be read as columns (its labels ran together: 地区总额补助总额明细 ⏎
已经下达其中: 此次下达…), its rows one a line: a place's name, then its amounts apart by spaces, the name perhaps glued
to the first amount (河北33.86 33.39  2.16 0.47, PDF text of a tight name column), blank cells gone.

Without the columns, the first amount of each row is taken for its whole only where the header's text names money
before any count (总额/合计/金额/资金 before 人数/面积/补助标准; else the rows are kept and nothing is summed), and the table's 合计 row is read as the rows' ``Grid``
reads it: taken where the rows' first amounts add up to its first (``transfer_allocsum.Grid.confirmed_total``), never
otherwise; a table cut off (the excerpt ends inside it) gives no total, and a located problem says so. The parts are
checked only where the table's own arithmetic establishes them (``Grid.parts_hold``).
"""

from __future__ import annotations

import re

from jixiao.core.numbers import parse_decimal
from jixiao.core.table import Cell, Table
from jixiao.read.recognise.transfer_allochead import NAME, OTHER, PART, TOTAL_LABEL, WHOLE, unit_of
from jixiao.read.recognise.transfer_allocsum import Grid, Row, grid_sums
from jixiao.read.recognise.transfer_text import Flat

# a row: a name (Chinese, brackets), then amounts apart by white space, the first perhaps glued to the name
# (the amounts apart by white space that must be there: one way only to read a run of digits, never backtracking)
_ROW = re.compile(r"[ \t]*([一-龥][一-龥()（）]{0,15}?)[ \t]*(\d[\d,]*(?:\.\d+)?(?:[ \t]+\d[\d,]*(?:\.\d+)?){0,11})[ \t]*$")
_NAME_ONLY = re.compile(r"[ \t]*[一-龥]{2,8}[ \t]*$")  # a row whose cells are all blank (宁波)
_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?")
_MONEY = re.compile(r"总额|合计|小计|总计|金额|资金|补助|下达|分配|安排")
# a count or standard the header may name (补助标准 is a standard, though 补助 names money)
_COUNT = re.compile(r"(?:补助|补贴|资金)?(?:人数|户数|人次|个数|数量|标准|面积|亩数?|比例|系数|因素|得分)")
_NOT_HEAD = re.compile(r"^\s*(?:附件|附表)|[。;；]")  # an attachment's name or a sentence: no table's header
_ATTACHED = re.compile(r"附件|附表|表")  # 附件1 on a line of its own: the number of an attachment, no place's amount
_HEAD_LINES = 6  # header lines between the title and the first row
_ROWS = 400  # the most rows of one table


def read_lines(flat: Flat, start: int) -> Grid | None:
    """The rows one a line after ``start`` (a 分配表 title's end), or None when none follow its header."""
    lines = _lines(flat, start)
    head: list[str] = []
    rows: list[Row] = []
    total: Row | None = None
    first = False
    closed = False
    for n, (text, at) in enumerate(lines):
        m = _ROW.match(text)
        if m is not None and _ATTACHED.fullmatch(m.group(1)) and len(m.group(2).split()) == 1:
            return None  # the next attachment begins: the title read was a list of attachments, no table's
        if m is None:
            if not rows and total is None:
                if len(head) >= _HEAD_LINES or _NOT_HEAD.search(text):
                    return None
                head.append(text)
                continue
            if _NAME_ONLY.match(text) and n + 1 < len(lines) and _ROW.match(lines[n + 1][0]):
                continue  # a row whose cells are all blank, the table going on after it
            closed = True
            break
        row = _row(flat, m, at)
        if row is None:
            closed = True
            break
        if TOTAL_LABEL.match(row.label):
            if total is not None:
                break
            total, first = row, not rows
            if rows:
                closed = True
                break
            continue
        rows.append(row)
        if len(rows) > _ROWS:
            return None
    if not rows:
        return None
    header = " ".join(head)
    masked = _COUNT.sub("#", header)
    money, count = _MONEY.search(masked), masked.find("#")
    every = rows + ([total] if total is not None else [])
    width = max(len(r.amounts) for r in every)
    # the first amount is the row's whole only where the header names money before any count; else the rows are
    # kept, no amount of theirs a whole (nothing summed, no total taken)
    money_first = money is not None and not 0 <= count < money.start()
    kinds = [NAME, WHOLE] + [PART] * (width - 1) if money_first else [NAME] + [OTHER] * width
    table_rows = [list(r.cells) for r in ([total] if total and first else []) + rows + ([total] if total and not first
                                                                                      else [])]
    grid = Grid(kinds, rows, total, Table(rows=table_rows, source=every[0].cells[0].source), closed=closed,
                total_first=first, unit=unit_of(header) or unit_of(flat.text[max(0, start - 200):start + 200]))
    grid.sums = grid_sums(grid)
    return grid


def _lines(flat: Flat, start: int) -> list[tuple[str, int]]:
    """The lines of the text from the line after ``start``, each with where it starts (blank lines skipped)."""
    out: list[tuple[str, int]] = []
    pos = flat.text.find("\n", start)
    while pos >= 0 and len(out) < _ROWS + _HEAD_LINES + 2:
        end = flat.text.find("\n", pos + 1)
        text = flat.text[pos + 1:end if end >= 0 else len(flat.text)]
        if text.strip():
            out.append((text, pos + 1))
        pos = end
    return out


def _row(flat: Flat, m: re.Match[str], at: int) -> Row | None:
    label = m.group(1)
    cells = [Cell(label, flat.source_at(at + m.start(1)))]
    amounts = []
    for a in _AMOUNT.finditer(m.group(2)):
        text = a.group(0)
        value = parse_decimal(text.replace(",", ""))
        if value is None:
            return None
        cell = Cell(text, flat.source_at(at + m.start(2) + a.start()))
        cells.append(cell)
        amounts.append((value, cell))
    return Row(label, cells, amounts)
