"""The tables of a recognised 部门预算/决算 that no specific reader placed, read as a labelled grid.

A disclosure prints more tables than the nine of the template (项目支出表, 政府采购预算表, 国有资产占用情况表, a 三公
table by 经济分类 …) and names the template's own under other titles. Such a table is read by meaning, not by its
place: the header's rows (two or three, merged cells lost or kept) give each column its label AS PRINTED, the parent
labels joined to their children (“三公”经费·合计, 本年收入·一般公共预算拨款); every data row gives its label as printed
(and its classification code, where a code column or a code in the label's cell gives one) and its amounts under
those columns. A row whose cells hold several labels (项目 | 金额 | 项目 | 金额, the two sides of a 收支总表) gives one
row per label, each with the amounts that follow it. A row whose label is a total (合计, 总计, 小计, 共计, …合计) is
marked so.

The table is kept in the document's model as kind ``LABELLED``, never checked as a template table
(``AccountTable.checked`` is False); ``jixiao.accounts.labelled`` says it was read so and checks Σ parts = total
only where parts and total were read whole.
"""

from __future__ import annotations

import re

from jixiao.accounts.labelled import LABELLED
from jixiao.accounts.layout import numbers_columns, split_code_name, squash
from jixiao.accounts.model import AccountRow, Accounts, AccountTable, normalise_code
from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Document, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.accounts_titles import Order

JOIN = "·"  # a column's header labels, parent to child (the bench's and the reader's name keys drop it)
TOTAL_LABEL = re.compile(r"(?:合\s*计|总\s*计|小\s*计|共\s*计)$|^(?:合\s*计|总\s*计|共\s*计)")
_DASH = {"-", "--", "—", "——", "/", "－"}
_LINE_NO = re.compile(r"^(?:行次|栏次|序号|编号|列次)$")
_CODE_HEAD = re.compile(r"编码|编号|代码|^[类款项]$")
_LABEL_HEAD = re.compile(r"项目|名称|科目|内容|类别|分类")  # a column of row labels (项目 | 金额 | 项目 | 金额)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TITLE_MAX = 50
_GAP = 12  # lines of text between a disclosure's tables (a title, the unit, a 注): more, and what follows is not its
_MIN_ROWS = 2  # rows with a label and an amount: fewer is not a table read by its labels


def _text(cell: Cell) -> str:
    return normalize_text(cell.text).strip()


def _amount(text: str) -> bool:
    return bool(text) and text not in _DASH and parse_decimal(text) is not None and not _CJK.search(text)


def _label(text: str) -> bool:
    return bool(_CJK.search(text)) and parse_decimal(text) is None


def _data_row(cells: list[Cell]) -> bool:
    texts = [_text(c) for c in cells]
    if numbers_columns(texts):
        return False
    return any(_amount(t) for t in texts) and any(_label(t) or normalise_code(t) for t in texts)


def _paths(header: list[list[Cell]], width: int) -> list[str]:
    """Each column's header labels joined parent to child; an upper label carried right over the blank cells its
    merged cell left, as far as the row below has labels under it."""
    grid = [[squash(normalize_text(c.text)) for c in r] + [""] * (width - len(r)) for r in header]
    for k in reversed(range(len(grid) - 1)):  # bottom up: a middle row's carried label carries the one above
        for i in range(1, width):
            if not grid[k][i] and grid[k][i - 1] and grid[k + 1][i] and not _LINE_NO.match(grid[k][i - 1]):
                grid[k][i] = grid[k][i - 1]
    out: list[str] = []
    for i in range(width):
        parts: list[str] = []
        for row in grid:
            if row[i] and (not parts or parts[-1] != row[i]):
                parts.append(row[i])
        out.append(JOIN.join(parts))
    return out


def title_of(t: Table) -> str | None:
    """The table's title: the nearest line before it that reads as one (short, not a sentence, not the unit)."""
    for line in reversed([*t.preamble, *([t.title] if t.title and t.title not in t.preamble else [])]):
        s = squash(normalize_text(line)).strip("|")
        if s and len(s) <= _TITLE_MAX and "。" not in s and not s.startswith(("单位", "金额单位")) and _CJK.search(s):
            return s
    return None


def read_labelled(t: Table, stage: str, title: str | None = None) -> AccountTable | None:
    """The table read by its labels, or None when it holds fewer than two rows with a label and an amount."""
    start = next((i for i, r in enumerate(t.rows) if _data_row(r)), None)
    if start is None or sum(1 for r in t.rows[start:] if _data_row(r)) < _MIN_ROWS:
        return None
    width = max(len(r) for r in t.rows)
    heads = _paths(t.rows[:start], width)
    name = title or title_of(t) or "未命名表格"
    out = AccountTable(LABELLED, name, t.source, stage=stage, own_name=name, checked=False)
    label_heads: set[str] = set()  # the columns rows' labels stood in: a later label there starts a row of its own
    for cells in t.rows[start:]:
        texts = [_text(c) for c in cells]
        if not any(texts) or numbers_columns(texts):
            continue
        current: AccountRow | None = None
        parts: list[str] = []  # code cells before the label (类 | 款 | 项, or one 科目编码)
        for i, (cell, text) in enumerate(zip(cells, texts, strict=True)):
            head = heads[i] if i < width else ""
            if _LINE_NO.match(head.rsplit(JOIN, 1)[-1]) or not text and current is None:
                continue
            if current is None and re.fullmatch(r"\d{2,7}|\d{3}(?:\s\d{2}){1,2}", text) and (
                    _CODE_HEAD.search(head) or not head):
                parts.append(text)
                continue
            if _label(text) and (current is None or head in label_heads or _LABEL_HEAD.search(head)):
                current = _row(text, cell, parts)
                current.side = head  # which label column (a 收支总表's two sides are two)
                label_heads.add(head)
                out.rows.append(current)
                parts = []
                continue
            if current is None:
                continue
            column = head or f"第{i + 1}栏"
            value = Val(parse_decimal(text) if _amount(text) else None, text, cell.source)
            current.values.setdefault(column, value)
    out.columns = list(dict.fromkeys(c for r in out.rows for c in r.values))
    if len(label_heads) < 2:
        for r in out.rows:
            r.side = None
    return out if out.rows else None


def _row(text: str, cell: Cell, parts: list[str]) -> AccountRow:
    code_text = " ".join(parts) or None
    if (both := split_code_name(text)) is not None and normalise_code(both[0]):
        code_text, text = both
    code = normalise_code("".join(p if i == 0 else p.zfill(2) for i, p in enumerate(code_text.split()))) \
        if code_text else None
    return AccountRow(text, {}, _src(cell), code=code, code_text=code_text if code else None,
                      total=TOTAL_LABEL.search(squash(text)) is not None)


def _src(cell: Cell) -> Source:
    s = cell.source
    return Source(s.file, s.line, s.page, s.cell)


def with_labelled(fr: FileRead, tables: list[Table], docs: list[Document]) -> list[Document]:
    """``docs`` with the tables of the file no document holds that stand among or follow a disclosure's own tables,
    read by their labels: each table between a document's first and last, and each that stands after the last one a
    document holds (or took so), with at most ``_GAP`` lines of text between them (a title, the unit, a 注); the
    tables past a longer text belong to whatever that text is."""
    held = {id(t) for d in docs for t in d.tables}
    order = Order(fr)
    loose = sorted((t for t in tables if id(t) not in held and t.rows), key=lambda t: order.span(t)[0][1])
    for doc in docs:
        acc = doc.extra.get("accounts")
        if not isinstance(acc, Accounts) or not doc.tables:
            continue
        ends = [order.span(t)[1] for t in doc.tables]
        end = max(ends, key=lambda w: w[1])
        first = min((order.span(t)[0] for t in doc.tables), key=lambda w: w[1])
        for t in loose:  # a table of no template kind among the document's own (``accounts_sets``)
            start = order.span(t)[0]
            if start[0] == first[0] == end[0] and first[1] < start[1] < end[1] and id(t) not in held:
                held.add(id(t))
                if (read := read_labelled(t, acc.stage)) is not None:
                    acc.tables.append(read)
                    doc.tables.append(t)
        for t in loose:
            start, last = order.span(t)
            if start[0] != end[0] or start[1] <= end[1] or id(t) in held:
                continue
            if len(order.between(fr, end, start)) > _GAP:
                break
            held.add(id(t))
            end = last
            read = read_labelled(t, acc.stage)
            if read is not None:
                acc.tables.append(read)
                doc.tables.append(t)
    return docs
