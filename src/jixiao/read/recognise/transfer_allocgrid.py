"""A 转移支付 allocation table (资金分配表 / 安排表) read from the file's cells in reading order, whatever layout they
reached us in: pipe rows, one cell per line, blank cells vanished, rows flattened to spaces.

The header names the columns (``column_kind``): 序号, the row's name (单位/地区/乡镇/县…), text columns (项目名称, 备注,
科目…) and amount columns, one of which is the row's whole when it is named so (合计/小计/总计/金额/下达数…, first or
wherever it stands; elsewhere than first, read only from rows with no blank cell) or is the table's one amount
column. Each row is then its (序号,) name, its texts and its amounts in order; the amounts beside its whole are
its parts. The table's own arithmetic decides what is taken: a row's whole is confirmed by its parts, the 合计 row
by the rows above (or below) it. A 合计 the rows do not add up to, in a table read
consistently, is a proven mistake (``Allocation.sums``, which the audit reports as suspect), never the total read;
where the table could not be read consistently nothing is checked. Never a sum the table does not print as the
total: a table without a 合计 row gives its rows' sum only for comparison with the notice's amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import is_dash
from jixiao.read.recognise.tokens import in_reading_order

SEQ, NAME, TEXT, WHOLE, PART = "seq", "name", "text", "whole", "part"
_SEQ = re.compile(r"^(?:序号|编号|序)$")
_WHOLE = re.compile(r"^(?:[一-龥]{0,6}(?:合计|小计|总计|总额)|金额|资金|资金数|资金额|下达数|下达资金|分配数|分配资金|安排数|"
                    r"安排资金|补助资金|补助金额|分配金额|安排金额|下达金额|资金金额|预算数|预算金额|金额合计|资金合计)$")
_TEXT = re.compile(r"项目名称|项目内容|建设内容|用途|备注|说明|科目|代码|编码|绩效目标|地点|主管部门|资金来源|文号|类别")
_NAME = re.compile(r"单位|地区|区域|县|市|区|乡镇|镇|街道|村|名称|项目|学校|医院|部门")
_MONEY_WORDS = re.compile(r"资金|金额|补助|合计|小计|总计|中央|省级|市级|县级|下达|分配|安排|预算数|万元|元")
TOTAL_LABEL = re.compile(r"^(?:全[省市县区州旗]|[一-龥]{0,6})?(?:合计|总计)$")
_STOP = re.compile(r"^(?:附件|附表|注[:：]|说明[:：]|填表|联系人|制表|审核|单位[:：]|金额单位|支出功能|经济科目|功能科目)|"
                   r"绩效目标表|绩效自评表")
_UNIT = re.compile(r"(?:单位\s*[:：]\s*|[(（])(万元|亿元|元)")
_SUBTOTAL_ROW = re.compile(r"小计|^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]|^其中")
_DATE = re.compile(r"\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日")
_AMOUNT_UNIT = re.compile(r"(?<=\d)(?:万元|元)$")
_INT = re.compile(r"^\d{1,3}$")
_NUM = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_HEADER_SPAN = 16  # cells of a header before its first row
_ROW_TEXTS = 3  # text cells a row may hold beyond what its header names (wraps)


@dataclass(slots=True)
class Row:
    label: str
    cells: list[Cell]  # as read: (序号,) name, texts, amounts (for the kept table)
    amounts: list[tuple[Decimal, Cell]]
    at: int = 0  # which of its amounts is its whole (-1: cannot be told, its blank cells gone)

    @property
    def whole(self) -> tuple[Decimal, Cell] | None:
        return self.amounts[self.at] if self.amounts and 0 <= self.at < len(self.amounts) else None

    @property
    def parts(self) -> list[Decimal]:
        return [v for k, (v, _) in enumerate(self.amounts) if k != self.at]


@dataclass(slots=True)
class Grid:
    """The table as read: its header's column kinds, its rows, its 合计 row (if printed) and the table kept."""

    kinds: list[str]
    rows: list[Row]
    total: Row | None
    table: Table
    sums: list[tuple[str, Decimal, Decimal, str, Source]] = field(default_factory=list)  # (row, stated, sum, what, at)
    closed: bool = False  # the table visibly ends (text follows that is no row), not cut off with the file
    complete: bool = True  # every row the table holds was read (no row left out for its cells), none a 小计
    total_first: bool = False  # the 合计 row printed above the rows
    unit: str | None = None  # 万元 / 元 / 亿元 as the title block or the header says (单位:万元, 金额(元))

    @property
    def has_whole(self) -> bool:
        """The rows have a whole: a column named so (合计, 小计, 金额 …), or the table's one amount column."""
        return self.whole_index is not None

    @property
    def whole_index(self) -> int | None:
        """Where the whole stands among the amount columns (the first so named, wherever the header puts it)."""
        amounts = [k for k in self.kinds if k in (WHOLE, PART)]
        if len(amounts) == 1:
            return 0
        return amounts.index(WHOLE) if WHOLE in amounts else None

    @property
    def parts_width(self) -> int:
        return sum(1 for k in self.kinds if k in (WHOLE, PART)) - 1

    def rows_sum(self) -> Decimal | None:
        """Σ the rows' wholes, where every row's whole is read and confirmed by its parts."""
        if not self.has_whole or not self.complete or not self.rows or any(r.whole is None for r in self.rows):
            return None
        if any(not _adds_up(r) for r in self.rows):
            return None
        return sum((r.whole[0] for r in self.rows if r.whole is not None), Decimal(0))

    def confirmed_total(self) -> tuple[Decimal, Cell] | None:
        """The 合计 row's whole, where the rows above add up to it (or, the rows cut off, its own parts do)."""
        if self.total is None or self.total.whole is None or not self.has_whole:
            return None
        s = self.rows_sum()
        if s is not None and s == self.total.whole[0]:
            return self.total.whole
        cut = self.total_first and not (self.closed and self.complete)  # the rows below it may be cut off
        if (not self.rows or cut) and len(self.total.amounts) >= 2 and _adds_up(self.total):
            return self.total.whole  # printed above the rows (the table cut off below): its own parts confirm it
        return None


def _adds_up(row: Row) -> bool:
    """The row's parts add up to its whole (a row printed with its whole alone adds up)."""
    if len(row.amounts) < 2 or row.whole is None:
        return True
    return sum(row.parts, Decimal(0)) == row.whole[0]


def column_kind(label: str, named: bool) -> str:
    """What a header label names; ``named``: the row's name column was met already."""
    t = re.sub(r"[(（][^)）]{0,20}[)）]", "", label)
    if _SEQ.match(t):
        return SEQ
    if _WHOLE.match(t):
        return WHOLE
    if _TEXT.search(t) and not (not named and t in ("项目", "项目名称")):
        return TEXT
    if not named and _NAME.search(t) and not _MONEY_WORDS.search(t):
        return NAME
    return PART


def cells(fr: FileRead, from_line: int) -> list[Cell]:
    """The file's cells from line ``from_line`` on, in reading order: a body line's pipes, tabs and wide gaps
    separate cells, a gap between a name and a number too; a wrap inside a Chinese label is closed; a cell that
    is only a dash (—, -, /) is a blank one, dropped as blank cells are."""
    out: list[Cell] = []
    for text, src in in_reading_order(fr):
        if (src.line or 0) < from_line:
            continue
        for piece in _CELL_SPLIT.split(normalize_text(text).strip().strip("|")):
            for word in _words(piece.strip()):
                if word and not is_dash(word):  # a dash or slash prints a blank cell
                    out.append(Cell(word, src))
    return out


def _words(piece: str) -> list[str]:
    """A piece of a line as cells: words apart are cells (a row flattened to spaces: 县林业局 3454 4), but a label
    printed letter-spaced (项 目 名 称) is one."""
    words = piece.split()
    if len(words) > 1 and all(len(w) == 1 for w in words):
        return ["".join(words)]
    return words


def _num(cell: Cell) -> Decimal | None:
    """An amount cell's value (its unit printed after it dropped: 150万元); None for any other cell."""
    t = _AMOUNT_UNIT.sub("", cell.text.replace(" ", ""))
    return parse_decimal(t) if _NUM.match(t) else None


def read_grid(all_cells: list[Cell]) -> Grid | None:
    """The allocation table in ``all_cells`` (from its title on), or None when no header and row are found."""
    for h in range(min(len(all_cells), _HEADER_SPAN)):
        grid = _from_header(all_cells, h)
        if grid is not None:
            return grid
    return None


def _kinds(labels: list[str]) -> list[str]:
    kinds: list[str] = []
    for t in labels:
        kinds.append(column_kind(t, NAME in kinds))
    return kinds


def unit_of(text: str) -> str | None:
    """The money unit a table's title block or header states (单位:万元, 金额单位:元, 补助资金(万元)), if one."""
    m = _UNIT.search(text)
    return m.group(1) if m else None


def _whole_at(kinds: list[str]) -> int:
    amounts = [k for k in kinds if k in (WHOLE, PART)]
    return amounts.index(WHOLE) if WHOLE in amounts and len(amounts) > 1 else 0


def _mid_texts(kinds: list[str]) -> int:
    """The text columns between the row's name and its first amount (项目名称)."""
    first_amount = next(i for i, x in enumerate(kinds) if x in (WHOLE, PART))
    return sum(1 for x in kinds[kinds.index(NAME) + 1:first_amount] if x == TEXT)


def _a_label(text: str) -> bool:
    """A cell that names a column (省级资金, 备注, 合计): the header goes on, it is no row's name."""
    t = re.sub(r"[(（][^)）]{0,20}[)）]", "", text)
    return bool(_SEQ.match(t) or _WHOLE.match(t) or _TEXT.search(t) or _MONEY_WORDS.search(t))


def row_at(all_cells: list[Cell], j: int, mid: int) -> bool:
    """A row starts at cell ``j``: a name (no number, no 合计), at most ``mid`` text cells, then an amount; or the
    合计 row (its label, then an amount)."""
    if j >= len(all_cells) or _num(all_cells[j]) is not None or _STOP.search(all_cells[j].text):
        return False
    if TOTAL_LABEL.match(all_cells[j].text):
        return j + 1 < len(all_cells) and _num(all_cells[j + 1]) is not None
    k = j + 1
    while k < len(all_cells) and _num(all_cells[k]) is None:
        if k - j > mid or TOTAL_LABEL.match(all_cells[k].text) or _STOP.search(all_cells[k].text):
            return False
        k += 1
    return k < len(all_cells)


def _header(all_cells: list[Cell], h: int) -> tuple[list[str], int] | None:
    """The column kinds from cell ``h`` (a 序号 or name label) up to the first row, and where the rows start: the
    first end of the labels after which the cells read as a row the header describes."""
    if column_kind(all_cells[h].text, False) not in (SEQ, NAME):
        return None
    for e in range(h + 2, min(len(all_cells), h + _HEADER_SPAN)):
        c = all_cells[e - 1]
        if _num(c) is not None or _STOP.search(c.text) or _DATE.search(c.text):
            return None  # a header holds no number: a notice's lines, not a header
        kinds = _kinds([x.text for x in all_cells[h:e]])
        labels = [x.text for x in all_cells[h:e]]
        if NAME not in kinds or SEQ in kinds[1:] or not any(
                x == WHOLE or (x == PART and _MONEY_WORDS.search(t)) for x, t in zip(kinds, labels)):
            continue
        mid = _mid_texts(kinds)
        numbered = _num(all_cells[e]) == 1 and _INT.match(all_cells[e].text) and row_at(all_cells, e + 1, mid)
        if kinds[0] == SEQ and TOTAL_LABEL.match(all_cells[e].text) is None:
            if numbered:
                return kinds, e
        elif row_at(all_cells, e, mid) and (TOTAL_LABEL.match(all_cells[e].text) or not _a_label(all_cells[e].text)):
            return kinds, e
        elif numbered:  # rows numbered 1, 2 … under a header that names no 序号 column
            return [SEQ, *kinds], e
    return None


def _from_header(all_cells: list[Cell], h: int) -> Grid | None:
    head = _header(all_cells, h)
    if head is None:
        return None
    kinds, k = head
    seq = kinds[0] == SEQ
    amounts_cols = sum(1 for x in kinds if x in (WHOLE, PART))
    mid_texts = _mid_texts(kinds)
    whole_at = _whole_at(kinds)
    rows: list[Row] = []
    total: Row | None = None
    first = False  # the 合计 row stands above the rows
    whole = True
    n = 1
    while k < len(all_cells):
        start = k
        c = all_cells[k]
        if _STOP.search(c.text):
            break
        if seq and not TOTAL_LABEL.match(c.text):
            if _num(c) != n or not _INT.match(c.text):
                break
            k += 1
        if k >= len(all_cells) or _num(all_cells[k]) is not None:
            break
        label = all_cells[k].text
        k += 1
        texts = 0
        while k < len(all_cells) and _num(all_cells[k]) is None and texts < mid_texts + _ROW_TEXTS \
                and not _STOP.search(all_cells[k].text):
            k += 1
            texts += 1
        got: list[tuple[Decimal, Cell]] = []
        while k < len(all_cells) and len(got) < amounts_cols:
            v = _num(all_cells[k])
            if v is None or (seq and got and v == n + 1 and _INT.match(all_cells[k].text)
                             and k + 1 < len(all_cells) and _num(all_cells[k + 1]) is None):
                break
            got.append((v, all_cells[k]))
            k += 1
        if not got or (texts > mid_texts + 1 and not seq):
            k = start
            break
        # the whole first: always the first amount; elsewhere: where it stands when no cell of the row is blank
        at = 0 if not whole_at else (whole_at if len(got) == amounts_cols else -1)
        row = Row(label, all_cells[start:k], got, at)
        if TOTAL_LABEL.match(label):
            if rows or total is not None:
                total = total or row
                break
            total, first = row, True  # printed above the rows: they follow it
            continue
        whole = whole and not _SUBTOTAL_ROW.search(label)  # 小计 rows, 一、(一): a tree, not rows to add up
        rows.append(row)
        n += 1
        k = _skip_trailing(all_cells, k, seq, n, mid_texts)
    if not rows and total is None:
        return None
    table_rows = [[Cell(c.text, c.source) for c in all_cells[h:h + len(kinds)]]]
    body = [list(r.cells) for r in rows]
    kept = [list(total.cells)] if total else []
    table_rows += kept + body if first else body + kept
    grid = Grid(kinds, rows, total, Table(rows=table_rows, source=all_cells[h].source), closed=k < len(all_cells),
                complete=whole, total_first=first, unit=unit_of(" ".join(c.text for c in all_cells[max(0, h - 5):h
                                                                                                    + len(kinds)])))
    grid.sums = grid_sums(grid)
    return grid


def _skip_trailing(all_cells: list[Cell], k: int, seq: bool, n: int, mid_texts: int) -> int:
    """Past a row's trailing text cells (备注): up to the next 序号 (or 合计), or, without 序号, up to where the next
    row starts (``row_at``)."""
    j = k
    while j < len(all_cells) and j - k <= _ROW_TEXTS:
        c = all_cells[j]
        if _STOP.search(c.text) or TOTAL_LABEL.match(c.text):
            return j
        if seq and _num(c) == n and _INT.match(c.text):
            return j
        if not seq and row_at(all_cells, j, mid_texts):
            return j
        if _num(c) is not None:
            return k
        j += 1
    return k


def grid_sums(grid: Grid) -> list[tuple[str, Decimal, Decimal, str, Source]]:
    """The table's arithmetic that does not hold, where the table was read consistently: a row whose parts do
    not add up to its whole, and a 合计 the rows' wholes do not add up to."""
    if not grid.has_whole:
        return []
    out: list[tuple[str, Decimal, Decimal, str, Source]] = []
    for r in grid.rows + ([grid.total] if grid.total else []):
        if not _adds_up(r) and r.whole is not None:
            parts = sum(r.parts, Decimal(0))
            out.append((r.label, r.whole[0], parts, "parts", r.whole[1].source))
    if out:
        return out  # a row that does not add up: the column sum is not checked on it
    s = grid.rows_sum()
    if grid.total_first and not grid.closed:
        return out  # a 合计 above rows the page cut off: their sum proves nothing
    if grid.total is not None and grid.total.whole is not None and s is not None and len(grid.rows) >= 2 \
            and s != grid.total.whole[0]:
        out.append((grid.total.label, grid.total.whole[0], s, "rows", grid.total.whole[1].source))
    return out
