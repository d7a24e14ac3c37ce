"""Recognise final-accounts tables (部门决算, seed 003) and budget disclosures (部门预算公开) and build
``jixiao.accounts.model.Accounts``.

A set of consecutive tables whose titles name the public tables (收入支出决算总表 … 政府性基金预算财政拨款
支出决算表, or 财务收支预算总表 … “三公”经费预算表) makes one ``Document`` of type ``final_accounts`` (部门决算),
``budget_disclosure`` (部门预算公开) or, a 三公 table on its own, ``sangong`` (read by its labels where it can be,
``recognise.sangong``); the parsed model is in ``extra["accounts"]`` (its ``stage`` says 决算 or 预算) and the
情况说明 text in ``body``. Headers
over several rows are read through their merged cells (``jixiao.accounts.layout``). Cells that cannot be
placed become located problems.
"""

from __future__ import annotations

import re

from jixiao.accounts.layout import (
    classified_layout,
    column_paths,
    is_header_row,
    says_nothing,
    split_code_name,
    squash,
    summary_layout,
)
from jixiao.accounts.model import (
    BUDGET_KINDS,
    CLASSIFIED,
    ECONOMIC,
    FUNCTIONAL,
    TABLE_KINDS,
    AccountRow,
    Accounts,
    AccountTable,
    clean_name,
    normalise_code,
)
from jixiao.accounts.sangong import item_of, long_rows
from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import MISSING, Document, Problem, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead

_LABELS = {"项目", "科目名称", "功能分类科目编码", "经济分类科目编码", "科目编码", "类", "款", "项", ""}
_TOTAL = {"合计", "总计"}
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_UNIT = re.compile(r"单位[:：]\s*(万元|元|千元|亿元)")
_DASH = {"--", "-", "—", "——", "/"}
THREE_PUBLIC_COLUMNS = (
    "合计/预算数", "合计/决算数",
    "因公出国(境)费/预算数", "因公出国(境)费/决算数",
    "公务用车购置及运行费/预算数", "公务用车购置及运行费/决算数",
    "公务用车购置费/预算数", "公务用车购置费/决算数",
    "公务用车运行费/预算数", "公务用车运行费/决算数",
    "公务接待费/预算数", "公务接待费/决算数",
    "机关运行经费/决算数",
)  # fmt: skip


_LEADER = re.compile(r"[…．.·]{3,}.*$")


def title_stage(line: str) -> tuple[str, str] | None:
    """(kind, stage) a title line names; None for other lines (a sentence of the notes that mentions a table)."""
    squashed = _LEADER.sub("", squash(line))
    if len(squashed) > 60 or "说明" in squashed or "。" in squashed:
        return None
    if re.search(r"决算(总)?表", squashed):
        kinds, stage = TABLE_KINDS, "final"
    elif re.search(r"预算(总|支出|收支|情况)?表", squashed):
        kinds, stage = BUDGET_KINDS, "budget"
    else:
        return None
    kind = next((kind for kind, key, _ in kinds if key in squashed), None)
    return (kind, stage) if kind else None


def title_kind(line: str) -> str | None:
    """The kind a title line names (决算 or 预算)."""
    found = title_stage(line)
    return found[0] if found else None


def table_kind(table: Table) -> tuple[str, str] | None:
    """(kind, title line) from the lines before the table, the nearest first."""
    for line in reversed(table.preamble):
        kind = title_kind(line)
        if kind is not None:
            return kind, line
    return None


def _position(src: Source) -> tuple[tuple[str | None, int | None], int]:
    """Where a cell or body line stands: (sheet, page) and its line or spreadsheet row."""
    row = src.line
    if row is None and src.cell and (m := re.search(r"(\d+)$", src.cell)):
        row = int(m.group(1))
    return (src.sheet, src.page), row or 0


def split_at_titles(fr: FileRead) -> list[Table]:
    """The file's tables, cut where a 决算表 title stands between their rows.

    Spreadsheet readers may join consecutive blocks into one table (an ordinary header row continues the
    block before it); the titles they moved to the body text say where each final-accounts table begins.
    The PDF reader already ends a table at any text between its rows.
    """
    if fr.format == "pdf":
        return list(fr.tables)
    titles: dict[tuple[str | None, int | None], list[tuple[int, str]]] = {}
    body: dict[tuple[str | None, int | None], list[tuple[int, str]]] = {}
    for text, src in fr.body:
        key, pos = _position(src)
        body.setdefault(key, []).append((pos, text))
        if title_kind(text):
            titles.setdefault(key, []).append((pos, text))
    out: list[Table] = []
    for t in fr.tables:
        if not t.rows or not t.rows[0]:
            out.append(t)
            continue
        key, first = _position(t.rows[0][0].source)
        last = _position(t.rows[-1][0].source)[1]
        cuts = [p for p, _ in titles.get(key, []) if first < p < last]
        if not cuts:
            out.append(t)
            continue
        segments: list[list[list[Cell]]] = [[]]
        bounds = [*cuts, float("inf")]
        for row in t.rows:
            pos = _position(row[0].source)[1] if row else 0
            while pos > bounds[len(segments) - 1]:
                segments.append([])
            segments[-1].append(row)
        prev_end = first - 1
        for i, rows in enumerate(segments):
            if not rows:
                continue
            start = _position(rows[0][0].source)[1]
            if i == 0:
                preamble = t.preamble
            else:
                preamble = [x for p, x in body.get(key, []) if prev_end < p < start][-3:]
            out.append(Table(rows=rows, source=rows[0][0].source, title=preamble[-1] if preamble else None,
                             preamble=preamble))
            prev_end = _position(rows[-1][0].source)[1]
    return out


def _val(cell: Cell | None, problems: list[Problem], what: str) -> Val:
    if cell is None:
        return MISSING
    text = cell.text.strip()
    if not text or text in _DASH:
        return Val(None, text, cell.source)
    d = parse_decimal(text)
    if d is None:
        problems.append(
            Problem(f"{what}：无法读作金额「{text}」", cell.source, f"{what}: not an amount {text!r}")
        )
    return Val(d, text, cell.source)


def _is_data_start(cells: list[Cell]) -> bool:
    first = cells[0].text.strip() if cells else ""
    return (normalise_code(first) is not None or clean_name(first) in _TOTAL or split_code_name(first) is not None
            or says_nothing(first))


_LABEL_COLUMN = re.compile(r"编码|名称")  # 功能分类科目名称, 科目编码及名称: the code and name columns, no values


def _columns(header: list[list[Cell]]) -> list[str]:
    best: list[str] = []
    for row in header:
        names = [clean_name(c.text) for c in row
                 if clean_name(c.text) not in _LABELS and not _LABEL_COLUMN.search(c.text)]
        if len(names) > len(best):
            best = names
    return best


def _parse_classified(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
    start = next((i for i, r in enumerate(t.rows) if _is_data_start(r)), len(t.rows))
    header = t.rows[:start]
    economic = kind == "gp_basic" or any("经济分类" in c.text for r in header for c in r)
    layout = classified_layout(header)
    ncode = max((sum(c.text.strip() in ("类", "款", "项") for c in r if not c.merged) for r in header), default=0)
    ncode = ncode or (2 if economic else 3)
    columns = [label for label, _ in layout.values] if layout else _columns(header)
    out = AccountTable(kind, title, t.source, columns, classification=ECONOMIC if economic else FUNCTIONAL)
    prev: list[str] = []
    seen: set[str] = set()
    joined = False  # rows give code and name in one cell
    for cells in t.rows[start:]:
        texts = [c.text.strip() for c in cells]
        if not any(texts) or is_header_row(texts):
            continue  # blank, or the header repeated where the table goes on over a page
        if says_nothing(texts[0]) and not any(texts[1:]):
            continue  # "无": the table declares it holds nothing
        src = Source(cells[0].source.file, cells[0].source.line, cells[0].source.page, cells[0].source.cell)
        first = texts[0]
        name_at = layout.name_at if layout else ncode
        if not layout and joined and clean_name(texts[0]) in _TOTAL:
            name_at = 0  # code and name in one cell above: the 合计 stands in that cell, its values after it
        code: str | None = None
        code_text: str | None = None
        total = clean_name(first) in _TOTAL
        name = ""
        if total:
            name = "合计"
        elif (both := split_code_name(first)) is not None and normalise_code(both[0]) is not None:
            code, code_text, name = normalise_code(both[0]), both[0], both[1]  # "201 一般公共服务支出" in one cell
            joined = True
            prev = [both[0][:3], both[0][3:5]] if code and len(code) >= 5 else [both[0][:3]]
            if not layout:
                name_at = 0
        else:
            whole = normalise_code(first)
            if whole is not None and (len(whole) > 3 or " " in first):
                code, code_text = whole, first
                if not layout and len(texts) > 1 and texts[1] and not texts[1].isdigit():
                    name_at = 1
            else:
                k = len(layout.code_at) if layout else ncode
                parts = [texts[i] if i < len(texts) else "" for i in range(k)]
                if not parts[0] and prev:
                    parts[0] = prev[0]  # 类 carried down (merged cell lost)
                if k == 3 and not parts[1] and parts[2] and len(prev) > 1:
                    parts[1] = prev[1]
                # a spreadsheet that stores 款 "05" as the number 5
                parts = [p if i == 0 or not p.isdigit() else p.zfill(2) for i, p in enumerate(parts)]
                code_text = " ".join(p for p in parts if p)
                code = normalise_code("".join(parts))
                if code is None:
                    problems.append(Problem(f"无法识别科目编码「{code_text}」", src, f"unreadable code {code_text!r}"))
                else:
                    prev = [p for p in parts if p]
            name = texts[name_at] if name_at < len(texts) else ""
        if layout:
            at = [i for _, i in layout.values]
        else:
            at = [name_at + 1 + j for j in range(len(out.columns))]
        values = {
            col: _val(cells[i] if i < len(cells) else None, problems, f"{title} {col}")
            for col, i in zip(out.columns, at)
        }
        used = set(at) | {name_at} | set(layout.code_at if layout else range(name_at))
        for j, extra in enumerate(cells):
            if j not in used and j > min(at, default=0) and extra.text.strip() and not extra.merged:
                problems.append(
                    Problem(f"多余的单元格「{extra.text}」不属于任何栏目", extra.source, f"extra cell {extra.text!r}")
                )
        row = AccountRow(name, values, src, code=code, code_text=code_text, total=total)
        if code and code in seen:
            row.code_incomplete = True
        if code:
            seen.add(code)
        out.rows.append(row)
    return out


def _parse_summary(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
    out = AccountTable(kind, title, t.source)
    split = 2
    left_cols, right_cols = ["决算数"], ["决算数"]
    start = 0
    heads = [i for i, r in enumerate(t.rows) if _item_header(r)]
    layout = summary_layout(t.rows[: heads[-1] + 1]) if heads else None
    if layout is not None:
        (left_at, split), (left, right) = layout
        start = heads[-1] + 1
        sides = (("income", left_at, left), ("expenditure", split, right))
    else:
        for i, r in enumerate(t.rows):
            texts = [clean_name(c.text) for c in r]
            if _item_header(r):
                split = texts.index("项目", 1)
                left_cols = [x for x in texts[1:split] if x] or left_cols
                right_cols = [x for x in texts[split + 1 :] if x] or right_cols
                start = i + 1
                break
        sides = (("income", 0, [(c, 1 + j) for j, c in enumerate(left_cols)]),
                 ("expenditure", split, [(c, split + 1 + j) for j, c in enumerate(right_cols)]))
    out.columns = list(dict.fromkeys(c for _, _, cols in sides for c, _ in cols))
    for cells in t.rows[start:]:
        src = Source(cells[0].source.file, cells[0].source.line, cells[0].source.page, cells[0].source.cell)
        for side, at, cols in sides:
            name = cells[at].text.strip() if at < len(cells) else ""
            if not name:
                continue
            values = {
                col: _val(cells[i] if i < len(cells) else None, problems, f"{title} {name}") for col, i in cols
            }
            out.rows.append(AccountRow(name, values, src, side=side, total=clean_name(name) == "总计"))
    return out


def _item_header(r: list[Cell]) -> bool:
    texts = [clean_name(c.text) for c in r]
    return bool(texts) and texts[0] == "项目" and "项目" in texts[1:]


def _stage_of(text: str, default: str) -> str:
    return "决算数" if "决算" in text else "预算数" if "预算" in text else default


def _three_public_column(path: list[str], default: str) -> str | None:
    """A 三公 table's column by its header path: (item, stage) → "公务接待费/预算数"."""
    joined = "".join(path)
    if "机关运行" in joined:
        return "机关运行经费/" + _stage_of(joined, default)
    stage = "决算数" if "决算" in path[-1] else "预算数" if "预算" in joined else None
    if stage is None:
        return None
    leaf = [p for p in path if item_of(p) is not None]
    item = item_of(leaf[-1]) if leaf else None
    return f"{item}/{stage}" if item else None


def _numeric_rows(t: Table) -> int | None:
    return next((i for i, r in enumerate(t.rows) if sum(parse_decimal(c.text) is not None for c in r) >= 3), None)


def _three_public_pairs(t: Table, stage: str) -> list[tuple[str, Cell]]:
    """A 三公 table printed down the page (项目 | 预算数, one item a row), possibly flattened onto one line:
    each item label followed by its value cell."""
    cells = [c for r in t.rows for c in r]
    out: list[tuple[str, Cell]] = []
    for a, b in zip(cells, cells[1:]):
        item = item_of(a.text)
        if item is None or item_of(b.text) is not None:
            continue
        value = parse_decimal(b.text) is not None or not b.text.strip()
        if value and item not in (x for x, _ in out):
            out.append((item, b))
    return [(f"{item}/{stage}", c) for item, c in out]


def _three_public_leaves(header: list[list[Cell]], stage: str) -> list[str]:
    """A header without merged cells: the first row's items, 公务用车购置及运行费 replaced by the sub-items a
    later row gives (小计, 购置费, 运行费)."""
    rows = [[item_of(c.text) for c in r if c.text.strip()] for r in header]
    rows = [r for r in rows if r and all(r)]
    if not rows:
        return []
    leaves: list[str] = []
    subs = rows[1] if len(rows) > 1 else []
    for item in rows[0]:
        if item == "公务用车购置及运行费" and subs:
            leaves.extend(x for x in subs if x)
        elif item:
            leaves.append(item)
    return [f"{x}/{stage}" for x in leaves]


def _parse_three_public(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
    stage = _stage_of(title, "决算数")
    first = _numeric_rows(t)
    header = t.rows[:first] if first is not None else []
    merged = any(c.merged for r in header for c in r)
    named = [_three_public_column(p, stage) for p in column_paths(header)] if merged else _three_public_leaves(header, stage)
    numbers = [c for r in t.rows[first:] for c in r if parse_decimal(c.text) is not None] if first is not None else []
    ok = named and all(named) and len(set(named)) == len(named)
    if first is not None and ok and (merged or len(numbers) == len(named)):
        triples: list[tuple[str, Cell]] = []
        for cells in t.rows[first:]:
            if sum(parse_decimal(c.text) is not None for c in cells) < 3:
                continue
            row = cells if merged else [c for c in cells if parse_decimal(c.text) is not None]
            triples.extend((col, c) for col, c in zip([c for c in named if c], row))
            break
        return _long(kind, title, t, triples, problems)
    pairs = _three_public_pairs(t, stage)
    if len(pairs) >= 3 and first is None or (first is not None and len(pairs) >= 4 and not ok):
        return _long(kind, title, t, pairs, problems)
    flat: list[tuple[str, Cell]] = []
    for cells in t.rows:
        numeric = [c for c in cells if parse_decimal(c.text) is not None]
        if len(numeric) < len(THREE_PUBLIC_COLUMNS) - 1:
            continue
        if len(numeric) > len(THREE_PUBLIC_COLUMNS):
            problems.append(Problem("“三公”经费表的数字多于栏目", cells[0].source, "more numbers than columns"))
        flat = list(zip(THREE_PUBLIC_COLUMNS, numeric))
        break
    out = _long(kind, title, t, flat, problems)
    if not out.rows:
        problems.append(Problem(f"{title}：未能读出“三公”经费各栏的数值（表头与数字对不上）", t.source,
                                f"{title}: the 三公 figures could not be placed in their columns"))
    return out


def _long(kind: str, title: str, t: Table, pairs: list[tuple[str, Cell]], problems: list[Problem]) -> AccountTable:
    """A 三公 table read across (one value per "item/stage" column) as one row per item."""
    triples = [(col.split("/")[0], col.split("/")[1], _val(c, problems, col)) for col, c in pairs]
    columns, rows = long_rows(triples)
    printed: dict[str, str] = {}  # each item's label as the header prints it ("“三公”经费合计"), 小计 not one
    for r in t.rows:
        if any(parse_decimal(c.text) is not None for c in r):
            break
        for c in r:
            item = item_of(c.text) if c.text.strip() else None
            if item is not None and squash(c.text) != "小计":
                printed.setdefault(item, squash(c.text))
    for row in rows:
        row.name = printed.get(row.name, row.name)
    return AccountTable(kind, title, t.source, columns=columns, rows=rows)


def parse_table(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
    if kind in CLASSIFIED:
        return _parse_classified(kind, title, t, problems)
    if kind == "three_public":
        return _parse_three_public(kind, title, t, problems)
    return _parse_summary(kind, title, t, problems)


Where = tuple[tuple[str | None, int | None], int]


class _Order:
    """Where body lines and tables stand in the file, comparable with each other.

    Text and spreadsheets number a table's rows and the body lines alike (line or row), per sheet. A PDF
    numbers its body lines per page and a table's rows within the table: there a table stands right after
    its preamble's last line on its first page, and a position counts pages first, so the text of a
    disclosure runs across its pages.
    """

    def __init__(self, fr: FileRead) -> None:
        self.pdf = fr.format == "pdf"
        self.lines: dict[int, list[tuple[int, str]]] = {}
        for text, src in fr.body:
            if src.page is not None:
                self.lines.setdefault(src.page, []).append((src.line or 0, text))

    def line(self, src: Source) -> Where:
        if not self.pdf:
            return _position(src)
        return (None, None), (src.page or 0) * 100000 + 2 * (src.line or 0)

    def span(self, t: Table) -> tuple[Where, Where]:
        if not self.pdf:
            first = _position(t.rows[0][0].source) if t.rows and t.rows[0] else _position(t.source)
            last = max((_position(r[0].source) for r in t.rows if r), key=lambda w: w[1], default=first)
            return first, last
        pages = [r[0].source.page or 0 for r in t.rows if r] or [t.source.page or 0]
        anchor = 0
        if t.preamble:
            anchor = next((n for n, x in self.lines.get(pages[0], []) if x == t.preamble[-1]), 0)
        start = pages[0] * 100000 + 2 * anchor + 1
        end = pages[-1] * 100000 + (2 * anchor + 1 if pages[-1] == pages[0] else 1)
        return ((None, None), start), ((None, None), end)

    def between(self, fr: FileRead, lo: Where | None, hi: Where | None) -> list[tuple[str, Source]]:
        """Body lines after ``lo`` (same sheet or page; None: from the start) and before ``hi`` when ``hi`` is
        on the same sheet."""
        out = []
        for x, s in fr.body:
            key, pos = self.line(s)
            if (lo is None or (key == lo[0] and pos > lo[1])) and (hi is None or hi[0] != key or pos < hi[1]):
                out.append((x, s))
        return out


def recognise(fr: FileRead) -> list[Document]:
    order = _Order(fr)
    sets: list[list[tuple[str, str, Table]]] = []
    ends: list[Where | None] = []  # where each set's text ends (the next foreign table)
    current: list[tuple[str, str, Table]] = []
    for t in split_at_titles(fr):
        found = table_kind(t)
        if current and (found is None or any(k == found[0] for k, _, _ in current)):
            sets.append(current)
            ends.append(order.span(t)[0])
            current = []
        if found is not None:
            current.append((found[0], found[1], t))
    if current:
        sets.append(current)
        ends.append(None)
    docs = [_document(fr, order, s, end, first=k == 0) for k, (s, end) in enumerate(zip(sets, ends))]
    return _with_standalone(fr, docs) or _flat_summary(fr) or _stream_summary(fr) or _notes_only(fr) or _targets(fr)


def _flat_summary(fr: FileRead) -> list[Document]:
    """A 收入支出决算总表 flattened to one run of text, its amounts placed by its arithmetic (``accounts.flat``)."""
    from jixiao.accounts.flat import TITLE, read_flat

    title = next((m.group(0) for x, _ in fr.body if (m := TITLE.search(x))), None)
    found = read_flat(fr.body) if title else None
    if title is None or found is None:
        return []
    table, problems = found
    stage = "budget" if "预算" in title else "final"
    table.stage = stage
    years = [int(m.group(1)) for x, _ in fr.body[:20] for m in _YEAR.finditer(x)]
    acc = Accounts(tables=[table], year=years[0] if years else None, money_unit=table.unit, stage=stage)
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts", title=title,
                     source=table.source, year=acc.year, money_unit=table.unit, problems=problems,
                     extra={"accounts": acc})]


def _stream_summary(fr: FileRead) -> list[Document]:
    """A 收支总表 whose cells reached the text as loose words (``accounts.stream_summary``), with the figures
    the text around it states (``accounts.notes``) when it states some."""
    from jixiao.accounts.notes import stated_table
    from jixiao.accounts.stream_summary import read_stream_summary

    if fr.format != "text":
        return []  # other formats keep their tables' cells: the table readers have them
    # the table lines the text reader made rows of (a line that starts with a pipe) stand among the body lines
    rows = [(" | ".join(c.text for c in r) + " |", r[0].source) for t in fr.tables for r in t.rows if r]
    lines = sorted([*fr.body, *rows], key=lambda x: x[1].line or 0)
    found = read_stream_summary(lines)
    if found is None:
        return []
    table, problems = found
    stage = table.stage
    tables = [table]
    if (notes := stated_table(fr.body)) is not None:
        notes.stage = stage
        tables.append(notes)
    years = [int(m.group(1)) for x, _ in fr.body[:40] for m in _YEAR.finditer(x)]
    unit = next((m.group(1) for x, _ in fr.body for m in [_UNIT.search(x)] if m), None)
    table.unit = unit
    acc = Accounts(tables=tables, year=years[0] if years else None, money_unit=unit, stage=stage)
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts", title=table.title,
                     source=table.source, year=acc.year, money_unit=unit, problems=problems, body=list(fr.body),
                     extra={"accounts": acc})]


def _targets(fr: FileRead) -> list[Document]:
    """The 项目支出绩效目标表 of a disclosure, their funds read by label (``accounts.targets``)."""
    from jixiao.accounts.targets import target_documents
    from jixiao.read.recognise.sangong import pieces

    return [d for cells in pieces(fr) for d in target_documents(cells)]


def _notes_only(fr: FileRead) -> list[Document]:
    """A 决算/预算 情况说明 published without its tables: the figures it states (``accounts.notes``), or, when the
    text is a 三公 statement, the 三公 figures it states (``accounts.notes.stated_sangong``). Without its heading
    (a page that starts inside the text) it must state figures of the accounts' own lines and say 决算 or 预算."""
    from jixiao.accounts.notes import HEADING, stage_of_text, stated_table
    from jixiao.accounts.sangong_text import stated_sangong

    heads = [x for x, _ in fr.body[:40] if HEADING.search(squash(normalize_text(x)))]
    years = [int(m.group(1)) for x, _ in fr.body[:40] for m in _YEAR.finditer(x)]
    table = stated_table(fr.body)
    stage = stage_of_text(fr.body, heads[0] if heads else None)
    if table is None or stage is None:
        three = stated_sangong(fr.body)
        if three is None:
            return []
        acc = Accounts(tables=[three], year=years[0] if years else None, money_unit=three.unit, stage=three.stage)
        return [Document(type="sangong", title=three.title, source=three.source, year=acc.year,
                         money_unit=three.unit, body=list(fr.body), extra={"accounts": acc})]
    table.stage = stage
    acc = Accounts(tables=[table], year=years[0] if years else None, money_unit=table.unit, stage=stage)
    fallback = f"{'预算' if stage == 'budget' else '决算'}情况说明"
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts",
                     title=heads[0].strip() if heads else fallback, source=table.source, year=acc.year,
                     money_unit=table.unit, body=list(fr.body), extra={"accounts": acc})]


def _with_standalone(fr: FileRead, docs: list[Document]) -> list[Document]:
    """The standalone 三公 tables read by their labels (``recognise.sangong``) in place of the same tables
    read as a grid; a 三公 table the labels do not give (printed across the page) stays as the grid gave it."""
    from jixiao.read.recognise import sangong

    stream = sangong.recognise(fr, [t for d in docs if len(d.extra["accounts"].tables) > 1 for t in d.tables])
    held = {id(t) for s in stream for t in s.tables}
    kept = [d for d in docs if d.type != "sangong" or not any(id(t) in held for t in d.tables)]
    return sorted(kept + stream, key=lambda d: (d.source.page or 0, d.source.line or 0))


_EMPTY = re.compile(r"无数据|本表无|此表无|空表")
_BYLINE = re.compile(r"(?:编制部门|编制单位|预算主管部门|预算单位|单位名称)\s*[:：]\s*(\S+)")
_HEADING = re.compile(r"(部门|单位)(预算|决算)$")


def _document(fr: FileRead, order: _Order, tables: list[tuple[str, str, Table]], end: Where | None,
              first: bool) -> Document:
    problems: list[Problem] = []
    acc = Accounts()
    head = tables[0][2]
    stages = [title_stage(title) for _, title, _ in tables]
    acc.stage = "budget" if sum(1 for x in stages if x and x[1] == "budget") * 2 > len(stages) else "final"
    for idx, (kind, title, t) in enumerate(tables):
        table = parse_table(kind, title, t, problems)
        table.stage = acc.stage
        stop = order.span(tables[idx + 1][2])[0] if idx + 1 < len(tables) else end
        after = order.between(fr, order.span(t)[1], stop)
        table.statement = next(((x, s) for x, s in after[:3] if _EMPTY.search(x)), None)
        acc.tables.append(table)
        for line in [title, *t.preamble]:
            if acc.year is None and (m := _YEAR.search(line)):
                acc.year = int(m.group(1))
            if (m := _UNIT.search(line)) and table.unit is None:
                table.unit = m.group(1)
            if acc.unit_name is None and (m := _BYLINE.search(line)):
                acc.unit_name = m.group(1)
        acc.money_unit = acc.money_unit or table.unit
    # a PDF disclosure's text stands before its tables as well as after them (编制说明 … 情况说明)
    whole = first and (order.pdf or acc.stage == "budget")
    body = order.between(fr, None if whole else order.span(head)[0], end)
    if whole:
        acc.contents = _contents(fr, order, head)
    heading = next((x for x, _ in body[:5] if _HEADING.search(squash(x))), None)
    heading = heading or next((x for x in head.preamble if "部门决算" in x), None)
    fallback = "部门预算" if acc.stage == "budget" else "部门决算"
    kind = "budget_disclosure" if acc.stage == "budget" else "final_accounts"
    if [t.kind for t in acc.tables] == ["three_public"]:  # a 三公 table on its own
        kind = "sangong"
        three = acc.tables[0]
        three.own_name = f"“三公”经费{'预算' if acc.stage == 'budget' else '决算'}表"
        heading, fallback = None, three.own_name
    return Document(
        type=kind,
        title=heading or (f"{acc.year}年度{fallback}" if acc.year else fallback),
        source=head.source,
        year=acc.year,
        money_unit=acc.money_unit,
        tables=[t for _, _, t in tables],
        problems=problems,
        body=body,
        extra={"accounts": acc},
    )


_TOC = re.compile(r"^目\s*录$")


def _contents(fr: FileRead, order: _Order, head: Table) -> list[tuple[str, str, Source]]:
    """The tables the 目录 lists (it stands before the first table, as body text or as a one-column table);
    each kind once, the first table's own title not among them."""
    before = order.span(head)[0]
    lines: list[tuple[tuple[int, int], str, Source]] = []
    for x, s in fr.body:
        key, pos = order.line(s)
        if key == before[0] and pos < before[1] and x not in head.preamble:
            lines.append(((pos, 0), x, s))
    for t in fr.tables:
        (key, pos), _ = order.span(t)
        if t.width == 1 and key == before[0] and pos < before[1]:
            lines.extend(((pos, i), r[0].text, r[0].source) for i, r in enumerate(t.rows) if r and r[0].text.strip())
    lines.sort(key=lambda x: x[0])
    at = next((i for i, (_, x, _) in enumerate(lines) if _TOC.match(x.strip())), None)
    if at is None:
        return []
    out: dict[str, tuple[str, str, Source]] = {}
    for _, x, s in lines[at + 1 :]:
        found = title_stage(x)
        if found is not None and found[0] not in out:
            out[found[0]] = (found[0], _LEADER.sub("", x).strip(), s)
    return list(out.values())
