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
from dataclasses import dataclass

from jixiao.accounts.model import AccountRow, Accounts, AccountTable
from jixiao.accounts.sangong import ITEMS, column_roles, long_rows, row_item, squash
from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Document, Problem, Val
from jixiao.core.source import Source
from jixiao.core.table import Table
from jixiao.read.base import FileRead

_CJK = re.compile(r"[\u4e00-\u9fff]")
_COLUMN = re.compile(r"预算|决算|增|减|幅度|拨款|合计|原因|上年|本年|金额")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*[年-]")
_UNIT = re.compile(r"单位[:：]?\s*(万元|元|千元)|[(（](万元|元)[)）]")
_PROSE = re.compile(r"[。，；;]|\d\s*万元|[,，]\D")
_LABEL_END = re.compile(r"(?<=^项目)|(?<=[数额率])(?=[^(（\d)）])")
_DASH = {"-", "--", "—", "——", "/"}
_HEADING = re.compile(r"^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|说明|注|备注)")


@dataclass(slots=True)
class _Cell:
    text: str
    source: Source
    line: int  # the line (or row) of the file it stands on: cells of one line are one row
    sep: bool  # its line marks its cells (pipes, tabs, a table's cells)


def _spaced(tokens: list[str]) -> list[str]:
    """Tokens of a line split at spaces, letters spaced out joined back ("合 计" → 合计, "预 算 数(万元)"); a header
    row spaced out letter by letter runs its labels together ("项 目 预 算 数 决 算 数"): such a run is split after
    项目 and after a label's last letter (预算数, 增减金额, 增减率)."""
    out: list[str] = []
    joined: set[int] = set()  # tokens made of letters spaced out
    spaced = False
    for tok in tokens:
        if out and spaced and _CJK.match(tok):
            out[-1] += tok
            joined.add(len(out) - 1)
            spaced = len(tok) == 1
            continue
        out.append(tok)
        spaced = len(tok) == 1 and bool(_CJK.match(tok))
    return [p for k, tok in enumerate(out)
            for p in (_LABEL_END.split(tok) if k in joined and _COLUMN.search(tok) else [tok]) if p]


def _split(text: str, src: Source, line: int) -> list[_Cell]:
    if "|" in text or "\t" in text:
        parts = text.split("|") if "|" in text else text.split("\t")
        s = text.strip()
        if s.startswith("|"):
            parts = parts[1:]
        if s.endswith("|") and parts:
            parts = parts[:-1]
        cells = [_Cell(p.strip(), Source(src.file, src.line, src.page, f"C{k + 1}"), line, True)
                 for k, p in enumerate(parts)]
        return cells or [_Cell("", src, line, True)]
    if _PROSE.search(text):  # a sentence of the notes ("3、公务接待费支出 1.73 万元。"): one cell, never a row
        return [_Cell(text.strip(), src, line, False)]
    return [_Cell(t, Source(src.file, src.line, src.page, f"C{k + 1}"), line, False)
            for k, t in enumerate(_spaced(text.split()))]


def _streams(fr: FileRead, held: set[int]) -> list[list[_Cell]]:
    """The file's cells in reading order: text as one stream (its body lines and table rows by line), other
    formats one stream per table (its preamble lines, then its rows)."""
    if fr.format == "text":
        items: list[tuple[int, int, list[_Cell]]] = []
        for text, src in fr.body:
            items.append((src.line or 0, 0, _split(text, src, src.line or 0)))
        for t in fr.tables:
            for r in t.rows:
                if r:
                    n = r[0].source.line or 0
                    items.append((n, 1, [_Cell(c.text, c.source, n, True) for c in r]))
        items.sort(key=lambda x: (x[0], x[1]))
        return [[c for _, _, cells in items for c in cells]]
    out: list[list[_Cell]] = []
    for k, t in enumerate(fr.tables):
        if id(t) in held:
            continue
        cells = [c for n, x in enumerate(t.preamble) for c in _split(x, t.source, -len(t.preamble) + n)]
        for i, r in enumerate(t.rows):
            cells.extend(_Cell(c.text, c.source, 1000 * k + i, True) for c in r)
        out.append(cells)
    return out


def pieces(fr: FileRead) -> list[list[tuple[str, Source]]]:
    """The file's cells and lines in reading order, each with its source (for readers by label)."""
    return [[(c.text, c.source) for c in cells] for cells in _streams(fr, set())]


def _number(text: str) -> bool:
    return parse_decimal(text) is not None


def _header(cells: list[_Cell], at: int) -> tuple[list[_Cell], int]:
    """The column labels before the first item (back to 项目, a title or a figure) and where they start."""
    labels: list[_Cell] = []
    j = at - 1
    while j >= 0 and len(labels) < 8:
        c = cells[j]
        t = squash(c.text)
        if not t:
            j -= 1
            continue
        if t.startswith("项目"):
            rest = t[2:]
            if rest and _COLUMN.search(rest):  # "项目本-决算数": 项目 run into the first label
                labels.append(_Cell(rest, c.source, c.line, c.sep))
            break
        if _number(t) or "三公" in t or "单位" in t or row_item(t) or not _COLUMN.search(t) or len(t) > 20:
            break
        labels.append(c)
        j -= 1
    return labels[::-1], j


@dataclass(slots=True)
class _Row:
    label: _Cell
    item: str
    cells: list[_Cell]


def _wrapped_label(cells: list[_Cell], k: int) -> tuple[_Cell, int]:
    """The cell at ``k``, or it joined with the text cell on the next line when a label wrapped there
    (公务用车购置及运 / 行维护费): the next cell is no number and no item of its own, and the two make an item.
    Returns the cell and how many cells it took beyond ``k``."""
    c = cells[k]
    if k + 1 >= len(cells):
        return c, 0
    nxt = cells[k + 1]
    t = nxt.text.strip()
    if nxt.line == c.line or not t or _number(t) or t in _DASH or not _CJK.match(t) or row_item(t) is not None:
        return c, 0
    joined = c.text.strip() + t
    if row_item(joined) is None:
        return c, 0
    return _Cell(joined, c.source, c.line, c.sep), 1


def _rows(cells: list[_Cell], at: int, texty: bool) -> tuple[list[_Row], int]:
    """The item rows from ``at``: each label with the cells after it, up to the next label; the table ends at
    the first text that is neither (a heading, a note), or at an item met twice. With a text column
    (``texty``: 增减原因) a short text cell of its own line is that column's."""
    rows: list[_Row] = []
    k = at
    while k < len(cells):
        c = cells[k]
        c, taken = _wrapped_label(cells, k)
        item = row_item(c.text)
        k += taken
        if item is not None:
            if any(r.item == item for r in rows):
                break
            rows.append(_Row(c, item, []))
        elif (not c.text.strip() or _number(c.text) or c.text.strip() in _DASH or c.line == rows[-1].label.line
              or texty and len(c.text) <= 80 and not _HEADING.match(c.text.strip())):
            rows[-1].cells.append(c)
        else:
            break
        k += 1
    return rows, k


def _positional(cells: list[_Cell], header: list[_Cell]) -> list[_Cell]:
    """A header on one line whose cells are marked keeps its blank labels in place (a column whose label was
    lost is still a column): the line's cells after its first (项目, 类别), trailing blanks dropped."""
    if not header or not all(c.sep and c.line == header[0].line for c in header):
        return header
    line = [c for c in cells if c.line == header[0].line]
    if not line or line[0] is header[0]:
        return header
    out = line[1:]
    while out and not out[-1].text.strip():
        out.pop()
    return out if header[0] in out and out[-1] is header[-1] else header


def _columns(header: list[_Cell], rows: list[_Row], stage: str) -> list[tuple[str, str]]:
    """(column, role) of each printed column; a group label (比上年增、减情况) over its parts is dropped."""
    labels = [squash(c.text) for c in header]
    most = max((sum(_number(c.text) for c in r.cells) for r in rows), default=0)
    if sum(1 for x in labels if "原因" not in x) > most:
        labels = [x for x in labels if "情况" not in x] or labels
    if not labels:  # no header read: one figure a row is the table's own (预算数 or 决算数); of several, which
        # is which is not known (a 决算表 prints 预算数 before 决算数): read, never checked
        labels = [stage] if most <= 1 else [""] * most
    return column_roles(labels, stage)


def _values(row: _Row, columns: list[tuple[str, str]], marked: bool) -> tuple[dict[str, Val], set[str]]:
    """A row's values by column: by position when its cells stand on the label's line with separators, else
    the numbers in order. Columns left without a number: blank when the text marks cells, else unsure."""
    values: dict[str, Val] = {}
    same = [c for c in row.cells if c.line == row.label.line]
    if row.label.sep and same and len(same) == len(row.cells):
        for (col, role), c in zip(columns, same):
            text = c.text.strip()
            values[col] = Val(text if role == "text" else parse_decimal(text), text, c.source)
    else:
        numbers = [c for c in row.cells if _number(c.text)]
        numeric = [col for col, role in columns if role != "text"]
        for col, c in zip(numeric, numbers):
            values[col] = Val(parse_decimal(c.text), c.text.strip(), c.source)
    unsure = set() if marked else {col for col, role in columns if role != "text" and col not in values}
    for col, _ in columns:
        values.setdefault(col, Val(None, "" if col not in unsure else None, None))
    return values, unsure


def _nearest(lines: list[tuple[str, Source]], before: int, after: int) -> str | None:
    """The table's title: the nearest line naming 三公 before it (within a few lines), else after it."""
    near = [(abs(s.line - before) if (s.line or 0) < before else abs((s.line or 0) - after) + 100, x)
            for x, s in lines if "三公" in x and len(x) <= 60 and "。" not in x and s.line is not None
            and ((s.line < before and before - s.line <= 8) or (s.line > after and s.line - after <= 3))]
    return min(near)[1] if near else None


def _read(fr: FileRead, cells: list[_Cell], skip: set[int]) -> list[tuple[AccountTable, int, int, list[Problem]]]:
    out: list[tuple[AccountTable, int, int, list[Problem]]] = []
    k = 0
    while k < len(cells):
        if row_item(cells[k].text) is None or cells[k].line in skip:
            k += 1
            continue
        header, head_at = _header(cells, k)
        rows, end = _rows(cells, k, any("原因" in c.text for c in header))
        counts = [sum(_number(c.text) for c in r.cells) for r in rows]
        if not any(counts[:-1]):  # the items across the page, the figures in one row after their heads
            found = _across(fr, cells, k)
            if found is not None:
                out.append(found[0])
                k = found[1]
                continue
        if len(rows) < 3 or sum(counts) < 1:
            k = max(end, k + 1)
            continue
        if not any(counts[:-1]) and counts[-1] >= 3:
            k = end  # across the page with a grid the table reader keeps
            continue
        first, last = (header[0] if header else rows[0].label).line, max(c.line for r in rows for c in [r.label, *r.cells])
        around = fr.body if fr.format == "text" else []
        title = _nearest(around, first, last)
        title = title or next((c.text for c in cells[max(0, head_at - 6):head_at + 1] if "三公" in c.text), None)
        title = title.strip(" |\t") if title else None
        context = " ".join([title or "", *(c.text for c in header)])
        header = _positional(cells, header)
        named = squash(" ".join(c.text for c in header))
        stage = "决算数" if "决算" in named or "决算" in context and "预算" not in named else "预算数"
        columns = _columns(header, rows, stage)
        numeric = sum(1 for _, role in columns if role != "text")
        marked = any(c.sep for r in rows for c in [r.label, *r.cells])
        problems: list[Problem] = []
        table = AccountTable("three_public", title or "“三公”经费表", rows[0].label.source,
                             columns=[c for c, _ in columns], roles=dict(columns),
                             own_name=f"“三公”经费{'决算' if stage == '决算数' else '预算'}表")
        table.stage = "final" if stage == "决算数" else "budget"
        unit = _UNIT.search(" ".join(x for x, s in around if first - 12 <= (s.line or 0) <= first) + context)
        table.unit = (unit.group(1) or unit.group(2)) if unit else None
        unsure_cells = 0
        misfit = max(sum(_number(c.text) for c in r.cells) for r in rows) > numeric
        if misfit:
            problems.append(Problem(
                f"{table.title}：有的行数字多于表头的栏目，各数所属的栏目读不准；本表的等式不作核对", table.source,
                f"{table.title}: some rows hold more figures than the header has columns; which column each "
                "belongs to is unsure, so the table's identities are not checked"))
        for r in rows:
            values, unsure = _values(r, columns, marked)
            if misfit:
                unsure = {c for c, role in columns if role != "text"}
            unsure_cells += len(unsure)
            table.rows.append(AccountRow(normalize_text(r.label.text), values, r.label.source, item=r.item, unsure=unsure))
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


def _across(fr: FileRead, cells: list[_Cell], k: int) -> tuple[tuple[AccountTable, int, int, list[Problem]], int] | None:
    """A table across the page read from its heads and figures in order (``sangong_wide``), or None."""
    from jixiao.read.recognise.sangong_wide import group_heads, read_wide

    around = fr.body if fr.format == "text" else []
    first = cells[k].line
    title = _nearest(around, first, first) or next((c.text for c in cells[max(0, k - 6):k] if "三公" in c.text), None)
    title = title.strip(" |\t") if title else None
    stage = "决算数" if title and "决算" in title else "预算数"
    groups = group_heads([c.text for c in cells[max(0, k - 4):k]])
    found = read_wide([(c.text, c.source) for c in cells[k:]], stage, groups)
    if found is None:
        return None
    triples, problems, printed = found
    if not triples:  # heads read, figures that do not fit: said, the table left to the grid reader if any
        return None
    columns, rows = long_rows(triples)
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
    table.stage = "final" if stage == "决算数" else "budget"
    unit = _UNIT.search(" ".join(x for x, s in around if first - 12 <= (s.line or 0) <= first) + (title or ""))
    table.unit = (unit.group(1) or unit.group(2)) if unit else None
    return (table, first, cells[min(end, len(cells) - 1)].line, problems), end + 1


def recognise(fr: FileRead, held: list[Table] | None = None) -> list[Document]:
    """The standalone 三公 tables of a file read by their labels (``held``: tables a disclosure already
    holds), each one ``Document(type="sangong")`` with the text around it as its body."""
    skip = {r[0].source.line for t in held or [] for r in t.rows if r and r[0].source.line is not None}
    found = [x for cells in _streams(fr, {id(t) for t in held or []}) for x in _read(fr, cells, skip)]
    docs: list[Document] = []
    for n, (table, first, last, problems) in enumerate(found):
        lo = found[n - 1][2] if n else -1
        hi = found[n + 1][1] if n + 1 < len(found) else 1 << 30
        body = [(x, s) for x, s in fr.body if s.line is not None and lo < s.line < hi and not first <= s.line <= last]
        years = [int(m.group(1)) for m in _YEAR.finditer(normalize_text(table.title))] or [
            int(y) for c in table.columns for y in re.findall(r"((?:19|20)\d{2})", c)]
        acc = Accounts(tables=[table], year=max(years) if years else None, money_unit=table.unit,
                       stage=table.stage)
        docs.append(Document(
            type="sangong", title=table.title, source=table.source, year=acc.year, money_unit=table.unit,
            tables=_held(fr, first, last), problems=problems, body=body, extra={"accounts": acc},
        ))
    return docs


def _held(fr: FileRead, first: int, last: int) -> list[Table]:
    """The file's tables whose rows stand within the lines read (so no other reader takes them again)."""
    return [t for t in fr.tables if t.rows and t.rows[0] and first <= (t.rows[0][0].source.line or -1) <= last]
