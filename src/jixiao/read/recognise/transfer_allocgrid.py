"""A 转移支付 allocation table (资金分配表 / 安排表) read from the file's cells in reading order by its header's column
model (``transfer_allochead``): each row is its (序号,) name, its texts and its amounts in order; the amounts beside
its whole are its parts (the whole first: always the first amount; elsewhere: where it stands when no cell of the row
is blank). Where the header names no column the rows' whole, but the 合计 row and every row print the first money
column's amount = the others' sum, that column is the whole (``_whole_by_sums``). The table's own arithmetic
(``transfer_allocsum``) then decides what is taken.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.table import Cell, Table
from jixiao.read.recognise.transfer_allochead import (
    BLANK,
    CODE_COLUMN,
    HEADER_SPAN,
    INT,
    NAME,
    NUMERIC,
    OTHER,
    PART,
    SEQ,
    STOP,
    TEXT,
    TOTAL_LABEL,
    WHOLE,
    as_codes,
    header,
    mid_texts,
    names_money,
    num,
    row_at,
    unit_of,
    whole_at,
    whole_of,
)
from jixiao.read.recognise.transfer_allocsum import Grid, Row, grid_sums

_SUBTOTAL_ROW = re.compile(r"小计|^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]|^其中")
_GROUP_ROW = re.compile(r"小计|^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]")
# a place's 合计 (东州市合计): a group's among the rows, unless the table prints no other 合计
_PLACE_TOTAL = re.compile(r"^(?!全)[一-龥]{1,6}(?:合计|总计)$")
_SUBTOTAL_ONLY = re.compile(r"^[一-龥]{0,8}小计$")
# a group's number in the 序号 column (一 | 东州市小计 …, then 1 | 东州一县 …): a heading over the numbered rows
_GROUP_SEQ = re.compile(r"^(?:[一二三四五六七八九十]+、?|[(（][一二三四五六七八九十]+[)）])$")
_WORD = re.compile(r"[一-龥A-Za-z0-9]")
_ROW_TEXTS = 3  # text cells a row may hold beyond what its header names (wraps)


def read_grid(every: list[Cell]) -> Grid | None:
    """The allocation table in ``every`` (the cells from its title on), or None when no header and row are found.
    The header is found among the cells that hold text; the rows are read with the blank cells the table prints."""
    plain = [c for c in every if c.text != BLANK]
    for h in range(min(len(plain), HEADER_SPAN)):
        grid = _fromheader(plain, h, every)
        if grid is not None:
            return grid
    return None


def _fromheader(plain: list[Cell], h: int, every: list[Cell]) -> Grid | None:
    head = header(plain, h)
    if head is None:
        return None
    kinds, k = head
    all_cells = plain
    if len(every) > len(plain) and kinds[0] == NAME and not mid_texts(kinds):
        # blank cells printed, in a table whose rows are a name and then the amounts: each cell after the name is the
        # next column's, so the rows are read with them (from where the header ends); elsewhere they are dropped
        all_cells = every
        k = next(i for i, c in enumerate(every) if c is plain[k]) if k < len(plain) else len(every)
    labels = [c.text for c in plain[h:h + len(kinds)]]
    if any(x == TEXT and CODE_COLUMN.search(t) for x, t in zip(kinds, labels)):
        all_cells = all_cells[:k] + as_codes(all_cells[k:])  # (政府经济分类科目 | 51301: a code, no amount)
    seq = kinds[0] == SEQ
    numeric = [x for x in kinds if x in NUMERIC]
    amounts_cols = len(numeric)
    mids = mid_texts(kinds)
    at_whole = whole_at(kinds)
    rows: list[Row] = []
    total: Row | None = None
    first = False  # the 合计 row stands above the rows
    whole = True
    n = 1
    while k < len(all_cells):
        while k < len(all_cells) - 1 and all_cells[k].text == BLANK:
            k += 1  # the blank cells that end a row, or an empty row
        start = k
        c = all_cells[k]
        if STOP.search(c.text):
            break
        if [x.text for x in all_cells[k:k + len(labels)]] == labels:
            k += len(labels)  # the header printed again where the table goes on to a new page
            continue
        # a 小计 row closing the numbered rows above it prints no 序号 (… 7 | 邓家村 | 25 / 小计 | 160 / 8 | …)
        numbered = seq and not TOTAL_LABEL.match(c.text) and not _SUBTOTAL_ONLY.match(c.text)
        grouped = numbered and _GROUP_SEQ.match(c.text) is not None
        if grouped:
            numbered, k = False, k + 1
        if numbered:
            if num(c) != n or not INT.match(c.text):
                break
            k += 1
        if k >= len(all_cells) or num(all_cells[k]) is not None or not _WORD.search(all_cells[k].text):
            break  # (a row is named: a colon or a bracket alone is a sentence's, 市级财政资金 : 5000万元)
        label = all_cells[k].text
        k += 1
        texts = 0
        while k < len(all_cells) and num(all_cells[k]) is None and texts < mids + _ROW_TEXTS \
                and not STOP.search(all_cells[k].text) and not (all_cells[k].text == BLANK and texts >= mids):
            k += 1
            texts += 1
        got: list[tuple[Decimal, Cell]] = []
        cols: list[int] = []  # the amount column of each amount (known where the row prints its blank cells)
        col = 0
        blanks = False
        while k < len(all_cells) and col < amounts_cols:
            if all_cells[k].text == BLANK:
                blanks, col, k = True, col + 1, k + 1
                continue
            v = num(all_cells[k])
            # the next row's 序号 (followed by its name, or ending the text where a page or an excerpt cut the table):
            # after a numbered row its number + 1; after a row printed without one (a 合计 above the rows, a 小计) the
            # number the next numbered row is due
            if v is None or (seq and got and v == (n + 1 if numbered else n) and INT.match(all_cells[k].text)
                             and (k + 1 >= len(all_cells) or num(all_cells[k + 1]) is None)):
                break
            got.append((v, all_cells[k]))
            cols.append(col)
            col, k = col + 1, k + 1
        if not got or (texts > mids + 1 and not seq):
            k = start
            break
        if blanks:  # every amount at its column: the whole where its column is, none where it is printed blank
            wc = at_whole or 0
            at = cols.index(wc) if wc in cols else -1
            others = tuple(cols.index(j) for j, x in enumerate(numeric) if x == OTHER and j in cols)
            row = Row(label, all_cells[start:k], got, at, others, placed=True, blank_whole=wc < col and at < 0,
                      group=bool(_GROUP_ROW.search(label)))
        else:
            # the whole first: always the first amount; elsewhere: where it stands when no cell of the row is blank
            at = 0 if not at_whole else (at_whole if len(got) == amounts_cols else -1)
            # a count or standard (人数, 补助标准) is no part; where a blank cell vanished, which cells are is not known
            others = tuple(j for j, x in enumerate(numeric) if x == OTHER) if len(got) == amounts_cols else \
                tuple(j for j in range(len(got)) if j != at) if OTHER in numeric else ()
            row = Row(label, all_cells[start:k], got, at, others, group=bool(_GROUP_ROW.search(label)))
        row.group = row.group or grouped
        if _PLACE_TOTAL.match(label) and (total is None or total.label != label):
            row.group, whole = True, False  # 东州市合计 among the rows: a group's (the table's total settled below)
            rows.append(row)
            k = _skip_trailing(all_cells, k, seq, n, mids)
            continue
        if TOTAL_LABEL.match(label):
            if rows or total is not None:
                total = total or row
                break
            total, first = row, True  # printed above the rows: they follow it
            continue
        whole = whole and not _SUBTOTAL_ROW.search(label) and not grouped  # 小计 rows, 一、(一): a tree
        rows.append(row)
        n += numbered or not seq
        k = _skip_trailing(all_cells, k, seq, n, mids)
    places = [r for r in rows if _PLACE_TOTAL.match(r.label)]
    if total is None and len(places) == 1 and places[0] in (rows[0], rows[-1]):
        total, first = places[0], places[0] is rows[0]  # the table's one 合计, named for its place (某某县合计)
        rows.remove(total)
        whole = not any(_SUBTOTAL_ROW.search(r.label) for r in rows)
    elif total is None and len(places) >= 2:
        # a tree's total named for a place a level above every other 合计's (浙江省合计 over 杭州市合计 …), first or last
        top = [r for r in (rows[0], rows[-1]) if r in places and _above(r.label, [p.label for p in places if p is not r])]
        if top:
            total, first = top[0], top[0] is rows[0]
            total.group = False
            rows.remove(total)
    if total is None and not places and whole and _heads_the_rest(rows):
        total, first = rows.pop(0), True  # a region printed above its places, its amount their sum (和田地区 | 1997)
    if not rows and total is None:
        return None
    kinds = _whole_by_sums(kinds, rows, total)
    table_rows = [[Cell(c.text, c.source) for c in plain[h:h + len(kinds)]]]
    body = [list(r.cells) for r in rows]
    kept = [list(total.cells)] if total else []
    table_rows += kept + body if first else body + kept
    # the table visibly ends: text follows that is no row (not a number where a row's name was due: a column not
    # understood stopped the reading there)
    closed = any(c.text != BLANK for c in all_cells[k:]) and (k >= len(all_cells) or num(all_cells[k]) is None)
    grid = Grid(kinds, rows, total, Table(rows=table_rows, source=plain[h].source), closed=closed,
                complete=whole, total_first=first, among="其中" in " ".join(labels),
                money=all(names_money(c.text) for c, x in zip(plain[h:], kinds) if x == PART), unit=unit_of(" ".join(c.text for c in plain[max(0, h - 5):h
                                                                                                    + len(kinds)])))
    grid.sums = grid_sums(grid)
    return grid


def _heads_the_rest(rows: list[Row]) -> bool:
    """The first row is the whole of those after it: a table that prints no 合计 but its region above its places, the
    region's amount the sum of theirs in every amount column it prints (two places at least, each printing its
    whole)."""
    if len(rows) < 3 or any(r.whole is None or r.group for r in rows):
        return False
    head, rest = rows[0], rows[1:]
    if head.whole is None or head.whole[0] != sum((r.whole[0] for r in rest if r.whole), Decimal(0)):
        return False
    # each amount column the head prints, where every row prints it too, adds up as well
    width = len(head.amounts)
    if all(len(r.amounts) == width for r in rest):
        return all(head.amounts[j][0] == sum((r.amounts[j][0] for r in rest), Decimal(0)) for j in range(width))
    return True


def _whole_by_sums(kinds: list[str], rows: list[Row], total: Row | None) -> list[str]:
    """The column model with its first money column the rows' whole where the header names none (补助金额 under a
    word the model does not know) but the table's own arithmetic does: the 合计 row and every row that prints all
    the amount columns (two at least) hold the first money column's amount = the other money columns' sum."""
    numeric = [x for x in kinds if x in NUMERIC]
    money = [j for j, x in enumerate(numeric) if x == PART]
    if whole_of(kinds) is not None or len(money) < 3 or total is None:
        return kinds
    full = [r for r in [total, *rows] if len(r.amounts) == len(numeric) and not r.placed]
    if total not in full or len(full) < 3 or not all(
            r.amounts[money[0]][0] == sum((r.amounts[j][0] for j in money[1:]), Decimal(0)) for r in full):
        return kinds
    at = [k for k, x in enumerate(kinds) if x in NUMERIC][money[0]]
    return [WHOLE if k == at else x for k, x in enumerate(kinds)]


# a place's level by the word its name ends in: a province's, a city's (州, 盟, 地区), a county's (区, 旗)
_LEVELS = (re.compile(r"(?:省|自治区)$"), re.compile(r"(?:市|州|盟|地区)$"), re.compile(r"(?:县|区|旗)$"))


def _level(label: str) -> int | None:
    name = re.sub(r"(?:合计|总计)$", "", label)
    return next((n for n, p in enumerate(_LEVELS) if p.search(name)), None)


def _above(label: str, others: list[str]) -> bool:
    """The place ``label`` names is a level above every place the ``others`` name (浙江省 over 杭州市, 温州市)."""
    mine = _level(label)
    levels = [_level(x) for x in others]
    return mine is not None and all(n is not None and n > mine for n in levels)


def _skip_trailing(all_cells: list[Cell], k: int, seq: bool, n: int, mid_texts: int) -> int:
    """Past a row's trailing text cells (备注): up to the next 序号 (or 合计), or, without 序号, up to where the next
    row starts (``row_at``)."""
    j = k
    while j < len(all_cells) and j - k <= _ROW_TEXTS:
        c = all_cells[j]
        if STOP.search(c.text) or TOTAL_LABEL.match(c.text):
            return j
        if seq and num(c) == n and INT.match(c.text):
            return j
        if not seq and row_at(all_cells, j, mid_texts):
            return j
        if num(c) is not None:
            return k
        j += 1
    return k
