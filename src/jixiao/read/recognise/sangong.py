"""Standalone “三公”经费 tables read by their labels, whatever became of their cells.

County pages publish the 三公 table on its own, as text: one cell a line ("合 计 |"), pipes with or without
a leading pipe, "|" lines between cells, rows flattened to spaces, cells whose blanks vanished, traditional
script (converted before this runs). The table is read down the page: each item label (合计, 1.因公出国(境)费用,
其中:(1)公务用车运行维护费 …; ``accounts.sangong.row_item``) is a row, the numbers after it up to the next label
are its values, and the header labels before the first item name the columns (预算数, 上年决算数 / 本年决算数,
增减金额 / 增减幅度, 合计 / 公共财政预算拨款 …; ``accounts.sangong.column_roles``).

Where a row's cells stand on one line with separators, values go by position; otherwise the numbers fill the
columns in order. A cell left without a number is blank when the text marks its cells (pipes, tabs, table
cells) and *unsure* when it does not (the blank may be a cell lost in extraction): an unsure cell is recorded
(``AccountRow.unsure``) and said as a reading problem, and no identity is checked on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from jixiao.accounts.model import AccountRow, Accounts, AccountTable
from jixiao.accounts.sangong import (
    AMOUNT_ROLES,
    ITEMS,
    TOTAL,
    column_roles,
    long_rows,
    names_source,
    row_item,
    squash,
)
from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, Problem
from jixiao.core.source import Source
from jixiao.core.table import Table
from jixiao.read.base import FileRead, once
from jixiao.read.recognise.sangong_cells import Cell, number, streams
from jixiao.read.recognise.sangong_place import place_rows
from jixiao.read.recognise.sangong_rows import (
    Row,
    column_labels,
    header_cells,
    headless_total,
    item_rows,
    lent_figures,
    percent_as_amount,
    positional,
    row_values,
    rows_run_together,
)

_YEAR = re.compile(r"((?:19|20)\d{2})\s*[年-]")
_UNIT = re.compile(r"单位[:：]?\s*(万元|元|千元)|[(（](万元|元)[)）]")


class _Body:
    """A text file's body lines by their number: those within a window found by bisection, never by a scan of every
    line once per table tried (a file of many lines that each name an item tries a table at every line)."""

    def __init__(self, fr: FileRead) -> None:
        self.lines = fr.body if fr.format == "text" else []
        nums = [s.line for _, s in self.lines if s.line is not None]
        self.sorted = len(nums) == len(self.lines) and all(a <= b for a, b in zip(nums, nums[1:]))
        self.nums = nums if self.sorted else []

    def within(self, lo: int, hi: int) -> list[tuple[str, Source]]:
        """The lines numbered lo to hi (a line with no number counted as 0), in order."""
        if self.sorted:
            return self.lines[bisect_left(self.nums, lo) : bisect_right(self.nums, hi)]
        return [(x, s) for x, s in self.lines if lo <= (s.line or 0) <= hi]


def _nearest(body: _Body, before: int, after: int, heads: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The table's title: the nearest line naming 三公 before it (within a few lines), else after it; never one of
    the column group ``heads`` over the items (the window then reaches past them). A line that names a table
    (…“三公”经费支出决算表) goes before one that does not: the head over the columns' group (一般公共预算财政拨款“三公”
    经费, over 合计 and the items) stands nearer than the title, and only the title says 决算 or 预算."""
    lines = body.within(min(before - 8 - len(heads), after + 1), max(before - 1, after + 3))
    near = [(not _TABLE_TITLE.search(x),
             abs(s.line - before) if (s.line or 0) < before else abs((s.line or 0) - after) + 100, x)
            for x, s in lines if "三公" in x and len(x) <= 60 and "。" not in x and s.line is not None
            and x not in heads
            and ((s.line < before and before - s.line <= 8 + len(heads)) or (s.line > after and s.line - after <= 3))]
    return min(near)[2] if near else None


_TABLE_TITLE = re.compile(r"[决预]算(?:明细)?表|情况表|表\s*$")


def _over_sources(cells: list[Cell], k: int) -> bool:
    """The 合计 at ``k`` heads the sources' columns ("合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款"): the next cell
    with words is a source of funds, no figure between (a 合计 row has its figures after it)."""
    if row_item(cells[k].text) != TOTAL:
        return False
    nxt = next((c for c in cells[k + 1:k + 4] if c.text.strip()), None)
    return nxt is not None and names_source(nxt.text) and not number(nxt.text)


def _read(fr: FileRead, cells: list[Cell], skip: set[int]) -> list[tuple[AccountTable, int, int, list[Problem]]]:
    out: list[tuple[AccountTable, int, int, list[Problem]]] = []
    body = _Body(fr)
    k = 0
    while k < len(cells):
        if row_item(cells[k].text) is None or cells[k].line in skip or _over_sources(cells, k):
            k += 1
            continue
        header, head_at = header_cells(cells, k)
        rows, end = item_rows(cells, k, any("原因" in c.text for c in header))
        run_together = rows_run_together(cells[k:end], rows)
        if run_together:  # the marks are no cells of rows: read as loose cells, no 序号 ahead of a label
            rows, end = item_rows(cells, k, any("原因" in c.text for c in header), numbered=False)
        if (lost := headless_total(cells, k, rows)) is not None:  # the 合计 row whose label the text lost
            rows.insert(0, lost)
            if not header:  # the column labels stand before its figures, not before the first item
                header, head_at = header_cells(cells, next(i for i in range(k, -1, -1) if cells[i] is lost.cells[0]))
        counts = [sum(number(c.text) for c in r.cells) for r in rows]
        if not any(counts[:-1]):  # the items across the page, the figures in one row after their heads
            found = _across(body, cells, k, once(fr, UNPLACED, list))
            if found is not None:
                out.append(found[0])
                k = found[1]
                continue
        if (len(rows) < 3 or sum(counts) < 1) and not (header and sum(counts) and _continues(out, rows)):
            # a header's 合计 over the columns taken for a row ("合计 | 一般公共预算 | …" then 行政经费 | 312.23 …): the
            # table may start at the second label (each label is tried at most once more: linear)
            heads = not counts[0] and any(c.text.strip() for c in rows[0].cells)  # column words after it, no figure
            again = next((i for i in range(k + 1, end) if heads and len(rows) > 1 and cells[i] is rows[1].label), None)
            k = again if again is not None else max(end, k + 1)
            continue
        if not any(counts[:-1]) and counts[-1] >= 3:
            k = end  # across the page with a grid the table reader keeps
            continue
        first, last = (header[0] if header else rows[0].label).line, max(c.line for r in rows for c in [r.label, *r.cells])
        title = _nearest(body, first, last)
        title = title or next((c.text for c in cells[max(0, head_at - 6):head_at + 1] if "三公" in c.text), None)
        title = title.strip(" |\t") if title else None
        context = " ".join([title or "", *(c.text for c in header)])
        header = positional(cells, header)
        named = squash(" ".join(c.text for c in header))
        stage = "决算数" if "决算" in named or "决算" in context and "预算" not in named else "预算数"
        labels = column_labels(header, rows, stage)
        columns = column_roles(labels, stage)
        current = {"决算" in c for c, role in columns if role == "current"}
        if len(current) == 1:  # the stage is the current column's (2024年预算数 beside 2023年决算数: a budget)
            stage = "决算数" if current.pop() else "预算数"
        numeric = sum(1 for _, role in columns if role != "text")
        marked = any(c.sep for r in rows for c in [r.label, *r.cells]) and not run_together
        problems: list[Problem] = []
        table = AccountTable("three_public", title or "“三公”经费表", rows[0].label.source,
                             columns=[c for c, _ in columns], roles=dict(columns),
                             own_name=f"“三公”经费{'决算' if stage == '决算数' else '预算'}表")
        table.stage = "final" if stage == "决算数" else "budget"
        table.printed = {c: lb for (c, _), lb in zip(columns, labels, strict=True) if lb and lb != c}
        unit = _UNIT.search(" ".join(x for x, _ in body.within(first - 12, first)) + context)
        table.unit = (unit.group(1) or unit.group(2)) if unit else None
        unsure_cells = 0
        if (lent := lent_figures(rows, numeric)) is not None:
            held, given = (normalize_text(r.label.text) for r in lent)
            problems.append(Problem(
                f"{table.title}：“{given}”一行的标签落在别处，它的数字排在“{held}”一行的数字之后；按本表的算术（合计等于"
                f"各项之和）归入“{given}”", table.source,
                f"{table.title}: the label of the row “{given}” stands elsewhere and its figures follow those of "
                f"“{held}”; they are placed in “{given}” by the table's arithmetic (the total is its items' sum)"))
        misfit = max(sum(number(c.text) for c in r.cells) for r in rows) > numeric
        read = [row_values(r, columns, marked) for r in rows]
        if misfit:
            problems.append(Problem(
                f"{table.title}：有的行数字多于表头的栏目，各数所属的栏目读不准；本表的等式不作核对", table.source,
                f"{table.title}: some rows hold more figures than the header has columns; which column each "
                "belongs to is unsure, so the table's identities are not checked"))
        elif any(percent_as_amount(values, columns) for values, _ in read):
            misfit = True
            problems.append(Problem(
                f"{table.title}：百分数落在金额栏目下，表头的栏目与各行的数对不上；本表的等式不作核对", table.source,
                f"{table.title}: a percent falls under an amount column, so the header's columns do not fit the "
                "rows' figures; the table's identities are not checked"))
        for r, (values, unsure) in zip(rows, read, strict=True):
            if misfit:
                unsure = {c for c, role in columns if role != "text"}
            unsure_cells += len(unsure)
            table.rows.append(AccountRow(normalize_text(r.label.text), values, r.label.source, item=r.item, unsure=unsure))
        if not marked and not misfit:  # rows short of figures: their columns by the table's arithmetic, or unsure
            unsure_before = sum(len(r.unsure) for r in table.rows)
            problems.extend(place_rows(table.rows, [c for c, role in columns if role != "text"],
                                       [c for c, role in columns if role in (*AMOUNT_ROLES, "change")]))
            unsure_cells += sum(len(r.unsure) for r in table.rows) - unsure_before
        if unsure_cells:
            problems.append(Problem(
                f"{table.title}：{unsure_cells} 个单元格没有数字，文本没有分隔单元格，分不清是空白还是提取时丢失；"
                "涉及它们的等式不作核对", table.source,
                f"{table.title}: {unsure_cells} cells hold no figure and the text does not mark its cells, so a blank "
                "cannot be told from a cell lost in extraction; the identities that need them are not checked"))
        table.rows.sort(key=lambda r: ITEMS.index(r.item) if r.item in ITEMS else 99)
        out.append((table, first, last, problems))
        k = end
    return out


_ACROSS_SPAN = 400  # cells a table across the page may take (heads, figures, rows by stage): each try is bounded


UNPLACED = "sangong_unplaced"  # fr.memo: tables across the page whose figures could not be placed (``unplaced``)


def unplaced(fr: FileRead, documents: list[Document]) -> None:
    """A 三公 table across the page whose figures no placement fits, where no reader read a 三公 table from the file:
    said on the file (``_across``); where another reader read it (its grid), nothing is said."""
    pending: list[Problem] = once(fr, UNPLACED, list)
    held = any(t.kind == "three_public" for d in documents
               for t in getattr(d.extra.get("accounts"), "tables", None) or [])
    if pending and not held:
        fr.problems.extend(pending)


def _across(body: _Body, cells: list[Cell], k: int, said: list[Problem]
            ) -> tuple[tuple[AccountTable, int, int, list[Problem]], int] | None:
    """A table across the page read from its heads and figures in order (``sangong_wide``), or None. Heads read
    whose figures could not be placed are said on ``said`` (the file's problems: no table is lost in silence)."""
    from jixiao.read.recognise.sangong_wide import group_heads, read_wide, stage_head

    first = cells[k].line
    before = [c for c in cells[max(0, k - 40):k] if c.text.strip()][-4:]  # the cells over the items, blanks aside
    groups = group_heads([c.text for c in before])
    heads = {c.text for c in before if group_heads([c.text])}  # "2010三公经费财政拨款决算数" heads a group, no title
    title = _nearest(body, first, first, heads) or next(
        (c.text for c in cells[max(0, k - 6):k] if "三公" in c.text and c.text not in heads
         and len(c.text) <= 60 and "。" not in c.text), None)
    title = title.strip(" |\t") if title else None
    stage = "决算数" if title and "决算" in title else "预算数"
    if groups and all(g[:1].isdigit() for g in groups):  # the current year's group's (2010年决算数, 2011年预算数: 预算)
        stage = max(groups)[-3:]
    # the groups' row (years, or the bare stages over the items) is the table's
    first = min([first, *(c.line for c in before if group_heads([c.text]) or groups and stage_head(c.text))])
    found = read_wide([(c.text, c.source) for c in cells[k:k + _ACROSS_SPAN]], stage, groups)
    if found is None:
        return None
    triples, problems, printed = found
    if not triples:  # heads read, figures that do not fit: said, the table left to the grid reader if any
        said.extend(p for p in problems if not any(q.source == p.source for q in said))  # (once a table)
        return None
    columns, rows = long_rows(triples)
    years = [c[:4] for c in columns if re.match(r"\d{4}年(?:预算|决算)数$", c)]
    if years and f"{max(years)}年决算数" in columns:
        stage = "决算数"  # rows that name their stages: the latest year's 决算 makes it a 决算 table whatever the title
    roles = column_roles(columns, stage)  # the columns by what they hold (2021年决算数 → 上年决算数: prior)
    keys = dict(zip(columns, (key for key, _ in roles)))
    for r in rows:
        r.name = printed.get(r.name, r.name)
        r.values = {keys[c]: v for c, v in r.values.items()}
    columns = [keys[c] for c in columns]
    end = k
    while end < len(cells) and cells[end].source is not triples[-1][2].source:
        end += 1
    table = AccountTable("three_public", title or "“三公”经费表", rows[0].source, columns=columns,
                         roles=dict(roles),
                         own_name=f"“三公”经费{'决算' if stage == '决算数' else '预算'}表")
    table.rows = rows
    table.printed = {keys[c]: c for c in keys if keys[c] != c}
    table.stage = "final" if stage == "决算数" else "budget"
    unit = _UNIT.search(" ".join(x for x, _ in body.within(first - 12, first)) + (title or ""))
    table.unit = (unit.group(1) or unit.group(2)) if unit else None
    return (table, first, cells[min(end, len(cells) - 1)].line, problems), end + 1


def recognise(fr: FileRead, held: list[Table] | None = None) -> list[Document]:
    """The standalone 三公 tables of a file read by their labels (``held``: tables a disclosure already
    holds), each one ``Document(type="sangong")`` with the text around it as its body."""
    skip = {r[0].source.line for t in held or [] for r in t.rows if r and r[0].source.line is not None}
    found = _joined([x for cells in streams(fr, {id(t) for t in held or []}) for x in _read(fr, cells, skip)])
    docs: list[Document] = []
    for n, (table, first, last, problems) in enumerate(found):
        lo = found[n - 1][2] if n else -1
        hi = found[n + 1][1] if n + 1 < len(found) else 1 << 30
        body = [(x, s) for x, s in fr.body if s.line is not None and lo < s.line < hi and not first <= s.line <= last]
        years = [int(m.group(1)) for m in _YEAR.finditer(normalize_text(table.title))] or [
            int(y) for c in [*table.columns, *table.printed.values()] for y in re.findall(r"((?:19|20)\d{2})", c)]
        acc = Accounts(tables=[table], year=max(years) if years else None, money_unit=table.unit,
                       stage=table.stage)
        docs.append(Document(
            type="sangong", title=table.title, source=table.source, year=acc.year, money_unit=table.unit,
            tables=_held(fr, first, last), problems=problems, body=body, extra={"accounts": acc},
        ))
    return docs


_PAGE_GAP = 12  # lines between a table's end and its continuation's start (a page's foot and head, the header again)


def _joined(found: list[tuple[AccountTable, int, int, list[Problem]]]) -> list[tuple[AccountTable, int, int, list[Problem]]]:
    """Tables cut by a page joined again: a table right after another (within a page's foot and head), with the same
    columns and none of its items, is the rest of it (its header repeated, or not); read apart, the first part's
    合计 was checked against some of its items only."""
    out: list[tuple[AccountTable, int, int, list[Problem]]] = []
    for table, first, last, problems in found:
        if out:
            prev, p_first, p_last, p_problems = out[-1]
            if (prev.columns == table.columns and 0 <= _lines(table)[0] - _lines(prev)[1] <= _PAGE_GAP
                    and not {r.item for r in prev.rows} & {r.item for r in table.rows}):
                prev.rows = sorted([*prev.rows, *table.rows],
                                   key=lambda r: ITEMS.index(r.item) if r.item in ITEMS else 99)
                out[-1] = (prev, p_first, last, p_problems + problems)
                continue
        out.append((table, first, last, problems))
    return out


def _continues(out: list[tuple[AccountTable, int, int, list[Problem]]], rows: list[Row]) -> bool:
    """Rows under a repeated header right after the table read last, none of its items: the rest of it, cut by a
    page (too few rows to be a table of their own; ``_joined`` puts them back)."""
    if not out or rows[0].label.source.line is None:
        return False
    prev = out[-1][0]
    return (0 <= rows[0].label.source.line - _lines(prev)[1] <= _PAGE_GAP
            and not {r.item for r in prev.rows} & {r.item for r in rows})


def _lines(table: AccountTable) -> tuple[int, int]:
    """The first and last line a table's rows stand on (labels and figures, as the text numbers its lines)."""
    at = [s.line for r in table.rows for s in [r.source, *(v.source for v in r.values.values() if v.source)]
          if s.line is not None]
    return (min(at), max(at)) if at else (0, 0)


def _held(fr: FileRead, first: int, last: int) -> list[Table]:
    """The file's tables whose rows stand within the lines read (so no other reader takes them again)."""
    return [t for t in fr.tables if t.rows and t.rows[0] and first <= (t.rows[0][0].source.line or -1) <= last]
