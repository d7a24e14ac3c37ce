"""The arithmetic of a 转移支付 allocation table read by its column model: each row's whole against its parts, the
合计 row against the rows' wholes. A 合计 the rows do not add up to, in a table read consistently, is a proven
mistake (``Grid.sums``), never the total read; where the table could not be read consistently nothing is checked.
Never a sum the table does not print as the total: a table without a 合计 row gives its rows' sum only for comparison
with the notice's amount. A tree (小计 rows over their members) confirms its 合计 by its 小计 rows' sum or its members'
(``Grid.tree_holds``), and no sum of it is reported. A row's whole = Σ its parts only where the table's own arithmetic establishes it
(``Grid.parts_hold``): two money parts or more, and the 合计 row's parts add up to its whole, or (no 其中 over
the parts) most rows' do; a lone part column, a count or a standard is never summed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.recognise.transfer_allochead import NUMERIC, PART, WHOLE, whole_of


@dataclass(slots=True)
class Row:
    label: str
    cells: list[Cell]  # as read: (序号,) name, texts, amounts (for the kept table)
    amounts: list[tuple[Decimal, Cell]]
    at: int = 0  # which of its amounts is its whole (-1: cannot be told, its blank cells gone)
    others: tuple[int, ...] = ()  # which of its amounts are no part of its whole (人数, 标准; or cannot be told)
    placed: bool = False  # each amount's column is known: the row printed its blank cells (a lone "|")
    blank_whole: bool = False  # its whole's cell printed blank: the column as printed holds nothing for it
    group: bool = False  # a 小计 (东州市小计, 东州市合计) or heading (一、…) row over the rows after it: a tree's

    @property
    def whole(self) -> tuple[Decimal, Cell] | None:
        return self.amounts[self.at] if self.amounts and 0 <= self.at < len(self.amounts) else None

    @property
    def parts(self) -> list[Decimal]:
        return [v for k, (v, _) in enumerate(self.amounts) if k != self.at and k not in self.others]


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
    among: bool = False  # the header says 其中 over the parts: they may list only some of the whole
    money: bool = False  # the header names every part as money (中央资金 | 省级资金): the parts of the whole it states
    inferred: bool = False  # the cells were told apart by inference (the rows' numbering), no separator between them

    @property
    def has_whole(self) -> bool:
        """The rows have a whole: a column named so (合计, 小计, 金额 …), or the table's one amount column."""
        return self.whole_index is not None

    @property
    def whole_index(self) -> int | None:
        """Where the whole stands among the amount columns (the first so named, wherever the header puts it)."""
        return whole_of(self.kinds)

    @property
    def firm(self) -> bool:
        """Every cell stood where the header puts it: each row and the 合计 hold an amount for every amount column
        the header names (no blank cell vanished, so none was placed by the column model's guess), and no 小计 row."""
        width = self.parts_width + 1
        return not self.inferred and self.complete and all(len(r.amounts) == width or r.placed
                                     for r in self.rows + ([self.total] if self.total else []))

    @property
    def parts_width(self) -> int:
        return sum(1 for k in self.kinds if k in NUMERIC) - 1

    @property
    def parts_hold(self) -> bool:
        """whole = Σ parts is the table's own arithmetic: two part columns or more, and the 合计 row printed whole adds
        up so; or, the header saying no 其中, more than half the rows printed whole do (two at least), or the header
        names every part as money and no more than half of those rows contradict it."""
        if sum(1 for k in self.kinds if k == PART) - (0 if WHOLE in self.kinds else 1) < 2:
            return False  # a lone part column (其中：中央资金) need not make the whole
        width = self.parts_width + 1
        if self.total is not None and len(self.total.amounts) == width and self.total.parts \
                and adds_up(self.total):
            return True
        if self.among:
            return False
        full = [r for r in self.rows if len(r.amounts) == width and r.parts]
        good = sum(1 for r in full if adds_up(r))
        return (good >= 2 and 2 * good > len(full)) or (self.money and 2 * good >= len(full))

    def adds(self, row: Row) -> bool:
        """The row adds up, or its parts are not established as making its whole (nothing to add up)."""
        return adds_up(row) or not self.parts_hold

    def rows_sum(self) -> Decimal | None:
        """Σ the rows' wholes, where every row's whole is read and confirmed by its parts (a whole printed blank adds
        nothing: the column as printed)."""
        if not self.has_whole or not self.complete or not self.rows or any(
                r.whole is None and not r.blank_whole for r in self.rows):
            return None
        if any(not self.adds(r) for r in self.rows):
            return None
        return sum((r.whole[0] for r in self.rows if r.whole is not None), Decimal(0))

    def confirmed_total(self) -> tuple[Decimal, Cell] | None:
        """The 合计 row's whole, where the rows above add up to it (or, the rows cut off, its own parts do)."""
        if self.total is None or self.total.whole is None or not self.has_whole:
            return None
        s = self.rows_sum()
        if s is not None and s == self.total.whole[0]:
            return self.total.whole
        if not self.complete and self.tree_holds(self.total.whole[0]):
            return self.total.whole
        cut = self.total_first and not (self.closed and self.complete)  # the rows below it may be cut off
        if (not self.rows or cut) and self.total.parts and adds_up(self.total):
            return self.total.whole  # printed above the rows (the table cut off below): its own parts confirm it
        return None


    def tree_holds(self, total: Decimal) -> bool:
        """A tree (小计 rows over their members, each row's whole read): the 合计 is what its 小计 rows add up to (two
        or more), or what the rows under them do. Never checked the other way: a tree's sums are not reported."""
        if not self.has_whole or any(r.whole is None for r in self.rows):
            return False
        groups = [r.whole[0] for r in self.rows if r.group and r.whole is not None]
        members = [r.whole[0] for r in self.rows if not r.group and r.whole is not None]
        return bool(groups) and (len(groups) >= 2 and sum(groups, Decimal(0)) == total
                                 or len(members) >= 2 and sum(members, Decimal(0)) == total)


def adds_up(row: Row) -> bool:
    """The row's parts add up to its whole (a row printed with its whole alone adds up)."""
    if not row.parts or row.whole is None:
        return True
    return sum(row.parts, Decimal(0)) == row.whole[0]



def grid_sums(grid: Grid) -> list[tuple[str, Decimal, Decimal, str, Source]]:
    """The table's arithmetic that does not hold, where the table was read consistently: a row whose parts do
    not add up to its whole, and a 合计 the rows' wholes do not add up to."""
    if not grid.has_whole:
        return []
    out: list[tuple[str, Decimal, Decimal, str, Source]] = []
    for r in grid.rows + ([grid.total] if grid.total else []):
        if not grid.adds(r) and r.whole is not None:
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
