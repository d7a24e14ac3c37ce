"""A 转移支付 allocation table whose cells ran together with no separator at all (a page's text as one line:
…小计2130234南江县林业局357.18199光雾山…补助134.18103245亩…补偿24林业…附件2…).

Its header's labels cannot be told apart, but its rows can: each is a unit's name (…局, …中心, …镇, 合计) followed
by its amounts, the first the row's whole and the rest its parts, with the row's texts (项目, 备注) between them.
The digits run together (357.18199) are split where the row's own arithmetic holds (whole = Σ parts) and only
where exactly one split does; digits before a unit of quantity (103245亩) are a quantity, not money, and a date's
(2024年) are no amount. The rows then make a ``Grid`` as a table read cell by cell does, its 合计 taken as the
column model's reader takes it (``transfer_alloc``). Never a guess: a row whose split is not unique is not read.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from jixiao.core.table import Cell, Table
from jixiao.read.recognise.placement import Item, splits
from jixiao.read.recognise.tokens import number
from jixiao.read.recognise.transfer_allochead import NAME, PART, TOTAL_LABEL, WHOLE, unit_of
from jixiao.read.recognise.transfer_allocsum import Grid, Row, grid_sums
from jixiao.read.recognise.transfer_text import Flat

# a row's name: Chinese text ending in what names a unit (or 合计), a digit right after it
_NAME = re.compile(r"[一-龥]{0,16}?(?:局|中心|站|所|镇|乡|街道|场|院|校|委员会|办公室|公司|社区|村|合计|总计)(?=\d)")
_TOTAL_END = re.compile(r"(?:全[省市县区州旗])?(?:合计|总计)$")
_RUN = re.compile(r"\d[\d.,]*\d|\d")
_QUANTITY = re.compile(r"(?:万?亩|人|个|户|公里|座|株|头|吨|处|只|辆|套|台|平方米|立方米|米|家|项|次|批)")
_QUANTITY_DIGITS = re.compile(r"^\d+(?:\.\d+)?$")
_DATE = re.compile(r"[年月日号]")
_SENTENCE = re.compile(r"[,，。;；:：]")
_END = re.compile(r"附件\s*\d|附表|区域绩效目标|绩效目标表")
_SPAN = 4000  # characters of one table
_HEAD = 600  # characters of its title and header before the first row
_HEADER = re.compile(r"合计|小计|金额|资金|下达|分配|万元|元")
_NOT_ALLOCATION = re.compile(r"得分|分值|执行率|绩效指标|指标值")
_MAX_RUNS = 6
_MAX_SOLUTIONS = 4000


def read_run(flat: Flat, start: int) -> Grid | None:
    """The rows run together after ``start`` (a 分配表 title's end), up to the next attachment or line end."""
    end = _END.search(flat.text, start, start + _SPAN)
    stop = end.start() if end else min(len(flat.text), start + _SPAN)
    if _NOT_ALLOCATION.search(flat.text, start, stop):
        return None  # indicators, scores or rates: a form's text, not an allocation table's rows
    # (a row whose digits end in % is a rate's, not an allocation's: it is not read, ``_row``)
    names = list(_NAME.finditer(flat.text, start, stop))
    if not names or not _HEADER.search(flat.text, start, names[0].start()) or names[0].start() - start > _HEAD:
        return None  # no header naming an amount (合计/小计/金额) between the title and the first row
    rows: list[Row] = []
    total: Row | None = None
    whole = True
    for n, m in enumerate(names):
        row_stop = names[n + 1].start() if n + 1 < len(names) else stop
        row = _row(flat, m, row_stop, _TOTAL_END.search(m.group(0)))
        if row is None:
            whole = False  # a row not read: the rows cannot be summed, nor one taken for the table
            continue
        if TOTAL_LABEL.match(row.label):
            total = row
        else:
            rows.append(row)
    if not rows and total is None:
        return None
    every = rows + ([total] if total is not None else [])
    kinds = [NAME, WHOLE] + [PART] * (max(len(r.amounts) for r in every) - 1)
    table = Table(rows=[list(r.cells) for r in every], source=every[0].cells[0].source)
    grid = Grid(kinds, rows, total, table, closed=end is not None, complete=whole,
                unit=unit_of(flat.text[start:names[0].start()]))
    grid.sums = grid_sums(grid)
    return grid


def _row(flat: Flat, name: re.Match[str], stop: int, total: re.Match[str] | None) -> Row | None:
    """One row: its name and the amounts its digit runs split into, where exactly one split adds up."""
    runs: list[tuple[re.Match[str], bool]] = []  # (run, followed by a unit of quantity)
    for r in _RUN.finditer(flat.text, name.end(), stop):
        if _DATE.match(flat.text, r.end()):
            continue  # a date's digits (2024年) are no amount
        if flat.text.startswith("%", r.end()):
            return None  # a rate: no allocation's row
        runs.append((r, _QUANTITY.match(flat.text, r.end()) is not None))
    if not runs or len(runs) > _MAX_RUNS or runs[0][0].start() != name.end():
        return None
    if _SENTENCE.search(flat.text, name.end(), runs[-1][0].start()):
        return None  # a sentence's clauses (合计100万元,其中…), not a table's cells
    if len(runs) == 1 and not runs[0][1] and total is not None:
        options = [[[Item(runs[0][0].group(0), v)]] if (v := number(runs[0][0].group(0))) is not None else []]
    else:
        options = [_readings(r.group(0), q) for r, q in runs]
    found: dict[tuple[Decimal, ...], list[tuple[Item, int]]] = {}
    for choice in itertools.islice(itertools.product(*options), _MAX_SOLUTIONS):
        items = [(it, k) for k, reading in enumerate(choice) for it in reading]
        if len(items) == 1 and len(options) == 1 and len(options[0]) == 1:
            found[(items[0][0].value,)] = items  # the 合计 printed alone: the rows above check it
            continue
        if len(items) < 2:
            continue
        if items[0][0].value == sum((it.value for it, _ in items[1:]), Decimal(0)):
            found[tuple(it.value for it, _ in items)] = items
    if len(found) != 1:
        return None
    items = next(iter(found.values()))
    label = total.group(0) if total is not None else name.group(0)  # (the text before 合计 is a cell's, not its)
    cells = [Cell(label, flat.source_at(name.start()))]
    cells += [Cell(it.text, flat.source_at(runs[k][0].start())) for it, k in items]
    return Row(label, cells, [(it.value, c) for (it, _), c in zip(items, cells[1:])])


def _readings(run: str, quantity: bool) -> list[list[Item]]:
    """How a run of digits may read: as one to three amounts; a run before a unit of quantity as no amount, or
    as amounts whose digits run into the quantity's (134.18 | 103245亩)."""
    if "," in run:
        run = run.replace(",", "")
    if not quantity:
        return list(splits(run, 3))
    out: list[list[Item]] = [[]]
    for j in range(1, len(run)):
        head, tail = run[:j], run[j:]
        if tail[0] in ".0" or head.endswith(".") or not _QUANTITY_DIGITS.match(tail):
            continue
        out += list(splits(head, 3))
    return out
