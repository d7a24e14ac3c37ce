"""A 转移支付 allocation (资金分配表, with the notice that sends it: 关于下达…资金预算的通知): the amount allocated in
all, read from the table's 合计 row (its first amount: the 小计/合计 column), with the table kept whole for what
the audit and the reports show of it.

The table is first read from the file's cells in reading order by its header's column model
(``transfer_allocgrid``: pipes, one cell per line, blank cells vanished): its 合计 is taken only where the rows
add up to it (a table of one row: that row's whole), and what does not add up in a table read consistently is
kept (``SUMS``) for the audit to report as suspect. Where no header and row are found so, the table rows the
text reader made are read as before:

Only a table that calls itself a 分配表 or 安排表 and prints a 合计 (总计, 全县合计 …) row is read; its first amount is
the total when the header's first amount column is a 小计/合计, when the row's other amounts add up to it, or when
it is the table's one amount column and the rows above add up to it, else the row is not read (a located problem
says why). Never a sum the table does not print.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.records import Document, Problem, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import eff, is_number, norm, num_val, problem
from jixiao.read.recognise.transfer_allocgrid import read_grid
from jixiao.read.recognise.transfer_allochead import TOTAL_LABEL
from jixiao.read.recognise.transfer_allochead import cells as cells_from
from jixiao.read.recognise.transfer_alloclines import read_lines
from jixiao.read.recognise.transfer_allocrun import read_run
from jixiao.read.recognise.transfer_allocseq import read_numbered
from jixiao.read.recognise.transfer_allocsum import Grid
from jixiao.read.recognise.transfer_funds import Block
from jixiao.read.recognise.transfer_prose import in_yuan
from jixiao.read.recognise.transfer_text import Flat

SUMS = "transfer_alloc_sums"  # extra: [(row, stated, sum, "rows"|"parts"|"notice", Source)] that do not hold
FIRM = "transfer_alloc_firm"  # extra: every cell of the allocation table stood at its column (none placed by guess)

# a 分配表 (安排表, 下达表), or a section headed 资金分配情况 (资金下达情况) that the table follows (三、扶贫资金分配情况 ⏎
# 县 | 资金合计 …)
# A title a narrow PDF column wrapped may break inside its last word (…资金分 ⏎ 配表): the break is allowed there,
# the word then ending its line.
# … or a sentence ending its line that announces the table below it (资金分配情况如下(单位:万元):, 具体分配如下:,
# 各县下达情况见下表)
# The words a 分配表 is called by: what is done to the fund (分配, 安排, 下达; 拨付, 下拨), then what the table is of
# it (明细, 计划, 方案, 汇总, 一览, 结果 …), then 表; or a fund's 明细表/计划表/测算表 (…补助资金明细表, …项目资金计划表:
# 资金, never 经费, whose 汇总表/明细表 are a 三公 or budget table's); or, ending its line without 表, a fund's
# 分配方案/分配明细/分配结果 (…资金分配方案, …资金分配结果公示).
_KIND = r"(?:明细|情况|结果|计划|方案|汇总|一览|清单|建议)"  # (…奖励资金安排建议表: the allocation proposed, 湖南's)
_LISTED = r"(?:明细|计划|方案|汇总|一览|清单)"  # (拨付情况 is a report of spending: no table of the allocation)
_ENDS = rf"(?:资金|经费)(?:分配|安排|下达){_KIND}{{1,2}}(?:公示|公告)?(?=[ \t]*\n)"
_OWN = rf"资金(?:项目)?(?:使用计划|明细|计划|测算){_LISTED}?表"
# … or the transfer's own table by what it lists of it (…转移支付预算汇总表, …转移支付资金分配明细表; never a budget's
# 转移支付明细表/转移支付预算表, which name no 资金/预算 before what they list); or its 情况表 (财政部's 中央对地方资源枯竭城市
# 转移支付情况表 under the notice sending it: the transfer by region)
_TRANSFER = rf"转移支付(?:资金|预算){{1,2}}(?:分配|安排|下达)?{_LISTED}{{1,2}}表|转移支付(?:资金|预算)?(?:分配|安排|下达)?情况表"
# (a fund's budget may be named between the fund and what is done to it: …资金预算分配表, …资金预算指标下达表; never
# 经费, whose 预算安排表 is a budget's own)
_FUND = r"(?:资金(?:项目)?(?:预算)?(?:指标)?|经费(?:项目)?)"
ALLOC_TABLE = (rf"{_FUND}?(?:分配|安排|下达){_KIND}{{0,2}}表|"
               rf"{_FUND}?(?:拨付|下拨){_LISTED}{{0,2}}表|{_OWN}|{_ENDS}|{_TRANSFER}")
# … the same named with its fund (…资金分配表, …经费安排计划表, …资金预算分配表): a table that says the file is a
# transfer's
FUND_TABLE = (rf"{_FUND}(?:(?:分配|安排|下达){_KIND}{{0,2}}|(?:拨付|下拨){_LISTED}{{0,2}})表|"
              rf"{_OWN}|{_ENDS}")
# … or a line naming only the fund (2023年农业生产发展资金(第二批)) over a table of places: its header opens with the place
# column (县(市、区), 地区, 乡镇 …), the unit perhaps between; what a fund's table of places lists is its allocation
PLACED = (r"[^\n|:：。]{0,50}?(?:资金|经费)(?:[(（][^()（）\n]{1,12}[)）])?(?:明细)?(?=[ \t]*\n(?:[ \t]*(?:金额)?单位[:：]\s*"
          r"(?:万元|元)[ \t]*\n?)?[ \t]*(?:县[(（]市、区[)）]|县[(（]区[)）]|县[(（]市[)）]|县市区|市县|区县|县区|地区|"
          r"乡镇|乡[(（]镇[)）]|区域)(?:名称)?[\s|])")
TITLE = re.compile(rf"[^\n|:：。]{{0,50}}?(?:{ALLOC_TABLE}|资金(?:分配|安排|下达)(?:下达)?情况(?=[ \t]*\n)|"
                   r"(?:分\n配|安\n排|分配\n|安排\n)表(?=[ \t]*(?:\n|$))|"
                   r"(?:分配|安排|下达)[^\n|。]{0,12}?(?:如下|见下表)[^\n|。]{0,16}?[:：]?(?=[ \t]*\n))|" + PLACED)
_SUBTOTAL = ("小计", "合计", "总计")
_LABEL_COLUMN = re.compile(r"单位|地区|区域|县|市|乡镇|项目|名称")


@dataclass(slots=True)
class Allocation:
    title: str
    start: int
    block: Block
    table: Table
    problems: list[Problem]
    sums: list[tuple[str, Decimal, Decimal, str, Source]] | None = None  # None: the table rows' old reading
    rows_sum: Decimal | None = None  # Σ the rows' wholes (confirmed by their parts), for the notice's amount
    total: Decimal | None = None  # the 合计 row's whole as printed (confirmed or not)
    unit: str | None = None  # the table's stated money unit (万元 / 元 / 亿元)
    firm: bool = False  # every cell stood at its column: each row as wide as the header (``Grid.firm``, ``_firm``)
    lone: bool = False  # the total is a table of one row's whole, no 合计 confirming it (``_from_grid``)


def _amounts(row: list[Cell], after: int) -> list[tuple[Cell, Decimal]]:
    out: list[tuple[Cell, Decimal]] = []
    for c in row[after + 1:]:
        t = eff(c)
        if t and is_number(t):
            v, _ = num_val(c)
            if v.dec is not None:
                out.append((c, v.dec))
    return out


def _body_table(fr: FileRead, after: int) -> Table | None:
    """The pipe rows that stayed body lines (cells between pipes, no pipe before the first: 乐昌市… | 7,548,150 |),
    from line ``after`` on, as a table: the first run of lines with two cells or more."""
    rows: list[list[Cell]] = []
    for text, src in fr.body:
        if (src.line or 0) < after:
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if sum(1 for c in cells if c) < 2:
            if rows:
                break
            continue
        rows.append([Cell(c, Source(src.file, src.line, src.page, f"C{k + 1}", src.sheet)) for k, c in enumerate(cells)])
    return Table(rows=rows, source=rows[0][0].source) if rows else None


def read_allocation(fr: FileRead, flat: Flat) -> Allocation | None:
    """The allocation table's total, or None when the file holds no 分配表 (安排表). A table without a 合计 row is
    kept, its total not read (a located problem says so)."""
    titles = list(TITLE.finditer(flat.text))
    every = cells_from(fr, 0) if titles else []  # (once: a long file may name many tables)
    keys = [_key(c.source) for c in every]  # in reading order: page, then line
    lines = [_key(flat.source_at(m.start())) for m in titles]
    for n, m in enumerate(titles):
        # (the n-th title on its line: a line running on may name the table before printing it, 附:…分配表。)
        at = _title_cell(every, keys, lines[n], m.group(0), lines[:n].count(lines[n]))
        grid = read_grid(every[at:]) or read_grid(_header_apart(every, at, m.group(0)))
        if grid is not None:
            return _from_grid(_clean(m.group(0)), m.start(), grid)
    for m in titles:  # its cells run together, each row numbered and its amount glued to the next row's number
        grid = read_numbered(flat, m.end())
        if grid is not None:
            return _from_grid(_clean(m.group(0)), m.start(), grid)
    for m in titles:  # its cells run together with no separator
        grid = read_run(flat, m.end())
        if grid is not None:
            return _from_grid(_clean(m.group(0)), m.start(), grid)
    for m in titles:  # its header's labels run together, its rows one a line (the name perhaps glued to an amount)
        grid = read_lines(flat, m.end())
        if grid is not None:
            return _from_grid(_clean(m.group(0)), m.start(), grid)
    title = TITLE.search(flat.text)
    if title is None:
        return None
    line = flat.source_at(title.start()).line or 0
    body = _body_table(fr, line)
    tables = [t for t in fr.tables if (t.source.line or 0) >= line] + ([body] if body is not None else [])
    for table in tables:
        subtotal_first = False  # the header's first amount column is a 小计 (after the 单位/地区 column)
        above: list[list[Decimal]] = []  # the amounts of each row above the 合计 row
        for row in table.rows:
            cells = [(k, norm(eff(c))) for k, c in enumerate(row) if eff(c)]
            if not cells:
                continue
            k, label = cells[0]
            subtotal_first = subtotal_first or any(
                t in _SUBTOTAL and n > 0 and _LABEL_COLUMN.search(cells[n - 1][1]) is not None
                for n, (_, t) in enumerate(cells))
            if not TOTAL_LABEL.match(label):
                mine = _amounts(row, k)
                if mine:
                    above.append([v for _, v in mine])
                continue
            amounts = _amounts(row, k)
            if not amounts:
                continue
            (first, total), rest = amounts[0], [v for _, v in amounts[1:]]
            problems: list[Problem] = []
            if not subtotal_first and not (rest and sum(rest, Decimal(0)) == total) \
                    and not _column_sum(above, total, rest):
                problems.append(problem(
                    f"分配表“{label}”行的第一个金额{total}无法确认为合计（表头未标明小计栏，其余金额之和也不等于它），未读取",
                    f"allocation table row '{label}': its first amount {total} cannot be confirmed as the total "
                    "(no 小计 column in the header, and the other amounts do not add up to it); not read",
                    first.source))
                return Allocation(_clean(title.group(0)), title.start(), Block(None), table, problems)
            block = Block(None, rows={"total": {"annual_budget": Val(total, first.text, first.source)}},
                          source=first.source)
            return Allocation(_clean(title.group(0)), title.start(), block, table, problems)
    held = next((t for t in tables if any(_amounts(r, 0) for r in t.rows)), None)
    if held is None:
        return None
    src = held.rows[0][0].source if held.rows and held.rows[0] else held.source
    return Allocation(_clean(title.group(0)), title.start(), Block(None), held, [problem(
        "分配表没有合计行，分配总额未读取（表格保留）", "the allocation table has no 合计 row: its total is not read "
        "(the table is kept)", src)])


def _key(src: Source) -> tuple[int, int]:
    return src.page or 0, src.line or 0


def _title_cell(every: list[Cell], keys: list[tuple[int, int]], key: tuple[int, int], title: str, nth: int) -> int:
    """Where the table titled ``title`` (the ``nth`` title on the line ``key``) starts among the file's cells: its
    line's first cell, or, where the line runs on (a page's text run together on one line: …如下: 2019年…资金分配表
    县区名称 …), the ``nth`` cell there holding the title's last words."""
    at = bisect.bisect_left(keys, key)
    tail = title.strip()[-3:]
    j, seen = at, -1
    while j < len(every) and keys[j] == key:
        seen += tail in every[j].text
        if seen == nth:
            return j
        j += 1
    return at


# what a title's cell may hold after the title, where the row's spaces were closed (…分配表单位:万元地区): the unit, then
# the header's first label
_AFTER_TITLE = re.compile(r"^\s*(?:[(（]?(?:金额)?单位\s*[:：]\s*(?:万元|元|亿元)[)）]?)?\s*(?P<label>[一-龥()（）、]{2,12})$")


def _header_apart(every: list[Cell], at: int, title: str) -> list[Cell]:
    """The cells from the title's on, the header's first label split from the title's cell where they were run
    together (a table flattened onto one line, the spaces between Chinese words closed: 浙江省…资金分配表单位:万元地区 |
    已预下达 | …); the cells unchanged otherwise."""
    if at >= len(every):
        return every[at:]
    cell = every[at]
    tail = re.sub(r"\s", "", title)[-6:]
    end = cell.text.rfind(tail)
    m = _AFTER_TITLE.match(cell.text[end + len(tail):]) if end >= 0 else None
    if m is None:
        return every[at:]
    return [Cell(cell.text[:end + len(tail)], cell.source), Cell(m.group("label"), cell.source), *every[at + 1:]]


def _from_grid(title: str, start: int, grid: Grid) -> Allocation:
    """The allocation a table read by its column model gives: its 合计 where the rows add up to it, a table of
    one row that visibly ends its row's whole; else no total, and a located problem says why."""
    got = grid.confirmed_total()
    lone = got is None and grid.total is None and len(grid.rows) == 1 and grid.has_whole and not grid.sums \
        and grid.closed and grid.complete
    if lone:
        got = grid.rows[0].whole
    problems: list[Problem] = []
    block = Block(None)
    if got is not None:
        value, cell = got
        block = Block(None, rows={"total": {"annual_budget": Val(value, cell.text, cell.source)}}, source=cell.source)
    elif grid.total is not None:
        problems.append(problem(
            f"分配表“{grid.total.label}”行的金额无法由各行之和确认，未作为分配总额读取",
            f"allocation table row '{grid.total.label}': its amount is not confirmed by the rows above it; not read "
            "as the total allocated", grid.total.cells[0].source))
    else:
        problems.append(problem("分配表没有合计行，分配总额未读取（表格保留）", "the allocation table has no 合计 "
                                "row: its total is not read (the table is kept)", grid.table.source))
    printed = grid.total.whole[0] if grid.total is not None and grid.total.whole is not None else None
    return Allocation(title, start, block, grid.table, problems, list(grid.sums), grid.rows_sum(), printed, grid.unit,
                      grid.firm, lone)


_TAIL, _TAIL_CELL = 4, 12  # the most lines, and characters a line, a row cut by the text's end leaves after it


def _ends_the_text(doc: Document, table: Table) -> bool:
    """The table without a 合计 runs to the text's end, a piece of a row left after its last one: the page or an
    excerpt cut it (仙游's 安排表 stops inside its 14th row: 14 / 社硎), so its rows are not known to be all. A table
    that ends with its last whole row is compared as it is."""
    row = table.rows[-1] if table.rows else []
    last = max((c.source.line or 0 for c in row), default=0)
    after = [t for text, src in doc.body if (src.line or 0) > last and (t := text.strip(" |\t"))]
    seq = next((c.text.strip() for c in row if c.text.strip()), "")
    # (rows opened by their numbers: 13 | 书峰乡 | 191 | 21, then 14 / 社硎, the number read as the table's)
    return 0 < len(after) <= _TAIL and seq.isdigit() and not any(len(t) > _TAIL_CELL or "。" in t for t in after)


def attach(doc: Document, alloc: Allocation | None, tables: list[Table], amount: Val | None = None,
           unit: str | None = None) -> None:
    """The allocation's table and what of its arithmetic does not hold, on the document read from it or from
    its notice (``amount``: the notice's, in ``unit`` as its sentence states it (万元 when it states none),
    compared in 元 with the rows of a table that prints no 合计)."""
    if alloc is not None:
        doc.extra[FIRM] = alloc.firm if alloc.sums is not None else _firm(alloc.table)
    if alloc is None or alloc.sums is None:
        doc.tables = [alloc.table] if alloc is not None and amount is None else list(tables)
        return
    # (the file's other tables with it: a notice's second attachment, its projects' list; the audit reads the
    # allocation by its column model, ``SUMS``, never these)
    others = [t for t in tables if (t.source.line or 0) != (alloc.table.source.line or 0)]
    doc.tables = [alloc.table, *others] if amount is None or not tables else list(tables) + [alloc.table]
    sums = list(alloc.sums)
    # compared in 元, the table's rows in the unit it states (unit unknown: not compared), shown in the table's unit
    if amount is not None and amount.dec is not None and alloc.rows_sum is not None and alloc.total is None \
            and alloc.unit is not None and amount.source is not None and len(alloc.table.rows) > 2 \
            and not _ends_the_text(doc, alloc.table):
        table_unit = in_yuan(Decimal(1), alloc.unit)
        stated = in_yuan(amount.dec, unit)
        if in_yuan(alloc.rows_sum, alloc.unit) != stated:
            sums.append(("下达资金", stated / table_unit, alloc.rows_sum, "notice", amount.source))
    doc.extra[SUMS] = sums


def against_notice(doc: Document, alloc: Allocation, amount: Val, unit: str | None) -> None:
    """The table's confirmed total against the amount the notice's sending sentence states (in 元; the table's unit
    known, the notice's 万元 where it states none): where they differ, a sum that does not hold for the audit
    (``notice``: a suspicion, the notice may send more or less than the table lists)."""
    got = alloc.block.rows.get("total", {}).get("annual_budget")
    if got is None or got.dec is None or amount.dec is None or alloc.unit is None or alloc.sums is None \
            or amount.source is None:
        return
    table_unit = in_yuan(Decimal(1), alloc.unit)
    stated = in_yuan(amount.dec, unit)
    if in_yuan(got.dec, alloc.unit) != stated:
        doc.extra[SUMS] = [*doc.extra.get(SUMS, []), ("下达资金", stated / table_unit, got.dec, "notice", amount.source)]


def _firm(table: Table) -> bool:
    """A table the text reader made: every row is as wide as its widest (no cell lost to a collapsed separator)."""
    widths = {len(r) for r in table.rows if any(eff(c) for c in r)}
    return len(widths) == 1


def _column_sum(above: list[list[Decimal]], total: Decimal, rest: list[Decimal]) -> bool:
    """The table's one amount column (金额: each row one amount, the 合计 row one) adds up to the 合计: the total
    allocated. With several columns a 合计 row sums each one, and its first amount may be a part, not the whole."""
    return not rest and len(above) >= 2 and all(len(a) == 1 for a in above) and sum((a[0] for a in above),
                                                                                   Decimal(0)) == total


def _clean(title: str) -> str:
    """The title without what ran into it: a list number (1. …), an 附件 mark, a label before white space."""
    return re.sub(r"^\d+\s*[.、]\s*", "", re.split(r"\s{2,}|附件\s*\d*?(?=\d{4}年|\D|$)", title)[-1].strip())
