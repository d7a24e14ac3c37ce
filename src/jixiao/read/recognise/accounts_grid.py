"""Read the classified and summary tables of final accounts and budget disclosures from their grid of cells.

A classified table (功能分类/经济分类: 类 款 项 codes, a name, amounts by column; ``parse_classified``) has its
codes carried down where merged cells were lost and its header read through its merged cells
(``jixiao.accounts.layout``); a summary table (收入支出总表, ``parse_summary``) gives income on the left and
expenditure on the right. ``cell_value`` reads one amount cell (a dash is an empty value, text that is not an
amount a located problem).
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.accounts.layout import (
    WRAPPED_FIRST,
    WRAPPED_REST,
    classified_layout,
    is_header_row,
    says_nothing,
    split_code_name,
    summary_layout,
)
from jixiao.accounts.model import ECONOMIC, FUNCTIONAL, AccountRow, AccountTable, clean_name, normalise_code
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import MISSING, Problem, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.recognise.accounts_totalrow import blank_code_total, is_total

_LABELS = {"项目", "科目名称", "功能分类科目编码", "经济分类科目编码", "科目编码", "类", "款", "项", ""}
_LINE_NUMBERS = {"行次", "栏次", "序号", "编号"}
_DASH = {"--", "-", "—", "——", "/"}


def cell_value(cell: Cell | None, problems: list[Problem], what: str) -> Val:
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
    texts = [c.text.strip() for c in cells]
    first = texts[0] if texts else ""
    if not first and blank_code_total(texts) is not None:
        return True  # "|  | 合计 | 1234.56 |": the 合计 row with its code cell(s) empty
    return (normalise_code(first) is not None or is_total(first) or split_code_name(first) is not None
            or says_nothing(first))


_NAME_START = re.compile(r"[\u4e00-\u9fff]")
_LABEL_COLUMN = re.compile(r"编码|名称")  # 功能分类科目名称, 科目编码及名称: the code and name columns, no values


def _columns(header: list[list[Cell]]) -> list[str]:
    best: list[str] = []
    for row in header:
        names = [clean_name(c.text) for c in row if clean_name(c.text) not in _LABELS
                 and not _LABEL_COLUMN.search(c.text) and parse_decimal(c.text) is None]  # a figure names no column
        if len(names) > len(best):
            best = names
    return best


def parse_classified(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
    t = replace(t, rows=split_totals_joined(t.rows))
    start = next((i for i, r in enumerate(t.rows) if _is_data_start(r)), len(t.rows))
    header = t.rows[:start]
    economic = kind == "gp_basic" or any("经济分类" in c.text for r in header for c in r)
    layout = classified_layout(header)
    ncode = max((sum(c.text.strip() in ("类", "款", "项") for c in r if not c.merged) for r in header), default=0)
    # one code column labelled 科目编码 (no 类/款/项 under it) and rows that give a code, then a name: the code
    # stands in one cell
    single = not ncode and any("编码" in c.text and "名称" not in c.text for r in header for c in r) and any(
        len(r) > 1 and normalise_code(r[0].text.strip()) is not None and _NAME_START.match(r[1].text.strip())
        for r in t.rows[start:start + 5])
    ncode = ncode or (1 if single else 2 if economic else 3)
    columns = [label for label, _ in layout.values] if layout else _columns(header)
    out = AccountTable(kind, title, t.source, columns, classification=ECONOMIC if economic else FUNCTIONAL)
    prev: list[str] = []
    seen: set[str] = set()
    # rows give code and name in one cell (known from the first such row, so that a 合计 row printed before it is
    # read the same way: "合计 | 1,245.60 |" over "201 一般公共服务支出 | 35.20 |")
    joined = any(r and split_code_name(r[0].text.strip()) is not None for r in t.rows[start:start + 5])
    for cells in t.rows[start:]:
        texts = [c.text.strip() for c in cells]
        if not any(texts) or is_header_row(texts):
            continue  # blank, or the header repeated where the table goes on over a page
        if says_nothing(texts[0]) and not any(texts[1:]):
            continue  # "无": the table declares it holds nothing
        src = Source(cells[0].source.file, cells[0].source.line, cells[0].source.page, cells[0].source.cell)
        first = texts[0]
        name_at = layout.name_at if layout else ncode
        if not layout and joined and is_total(texts[0]):
            name_at = 0  # code and name in one cell above: the 合计 stands in that cell, its values after it
        code: str | None = None
        code_text: str | None = None
        total = is_total(first)
        name = ""
        if not first and (lead := blank_code_total(texts)) is not None:
            total = True  # the 合计 row with its code cell(s) empty
            name_at = name_at if layout else lead
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
            col: cell_value(cells[i] if i < len(cells) else None, problems, f"{title} {col}")
            for col, i in zip(out.columns, at)
        }
        used = set(at) | {name_at} | set(layout.code_at if layout else range(name_at))
        for j, extra in enumerate(cells):
            if j not in used and j > min(at, default=0) and extra.text.strip() and not extra.merged:
                problems.append(
                    Problem(f"多余的单元格「{extra.text}」不属于任何栏目", extra.source, f"extra cell {extra.text!r}")
                )
        row = AccountRow(name, values, src, code=code, code_text=code_text, total=total)
        if total and (said := next((clean_name(x) for x in texts if x and is_total(x)), "合计")) != "合计":
            row.printed = said  # 本年合计, 支出合计 …: the total row, under the label it is printed with
        if code and code in seen:
            row.code_incomplete = True
        if code:
            seen.add(code)
        out.rows.append(row)
    return out


def split_totals_joined(rows: list[list[Cell]]) -> list[list[Cell]]:
    """The rows with a 合计/总计 label a tall cell split over two rows ("合" alone on its row, "计" beside the figures
    on the next) joined into the second row's cell, the first row left out."""
    out: list[list[Cell]] = []
    for k, cells in enumerate(rows):
        filled = [i for i, c in enumerate(cells) if c.text.strip()]
        before = out[-1] if out and k else None
        if before is not None and filled and len(lone := [c for c in before if c.text.strip()]) == 1 and (
                i := before.index(lone[0])) in filled and is_total(lone[0].text + cells[i].text):
            out[-1] = [*cells[:i], replace(cells[i], text=clean_name(lone[0].text + cells[i].text)), *cells[i + 1:]]
            continue
        out.append(cells)
    return out


def parse_summary(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
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
    elif (one := _one_sided(t.rows)) is not None:
        return _down_the_page(out, t, *one, problems)
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
    # a 行次 (栏次, 序号) column numbers the lines: no amount of theirs
    read = [(side, at, [(c, i) for c, i in cols if clean_name(c) not in _LINE_NUMBERS]) for side, at, cols in sides]
    out.columns = list(dict.fromkeys(c for _, _, cols in read for c, _ in cols))
    body = t.rows[start:]
    wrapped: dict[str, str] = {}  # a side's label a narrow cell wrapped ("本年收入" over "合计"): its first part
    for k, cells in enumerate(body):
        src = Source(cells[0].source.file, cells[0].source.line, cells[0].source.page, cells[0].source.cell)
        for side, at, cols in read:
            name = wrapped.pop(side, "") + (cells[at].text.strip() if at < len(cells) else "")
            if not name or clean_name(name) in _LINE_NUMBERS:  # the 栏次 row numbering the columns
                continue
            if _wraps(name, cells, cols, body[k + 1] if k + 1 < len(body) else None, at):
                wrapped[side] = name
                continue
            values = {
                col: cell_value(cells[i] if i < len(cells) else None, problems, f"{title} {name}") for col, i in cols
            }
            out.rows.append(_row(name, values, src, side))
    return out


def _wraps(name: str, cells: list[Cell], cols: list[tuple[str, int]], after: list[Cell] | None, at: int) -> bool:
    """A total's label, its cell wrapped: a total's first words (``WRAPPED_FIRST``: 本年收入 / 合计, 收入 / 总计) with
    no value beside them, the same side of the next row a bare 合计/总计; never a line whose figure is blank (事业收入
    over 合计), which is a row of its own."""
    if after is None or at >= len(after) or clean_name(after[at].text) not in WRAPPED_REST:
        return False
    empty = all(i >= len(cells) or not cells[i].text.strip() for _, i in cols)
    return empty and WRAPPED_FIRST.match(clean_name(name)) is not None


def _one_sided(rows: list[list[Cell]]) -> tuple[int, list[tuple[str, int]]] | None:
    """A summary printed down the page, one label column (项目 | 2024年预算数 | 2023年预算数 | 增减额, income lines
    then expenditure lines): the header row's index and its value columns; None for the two-sided template
    (项目 | 预算数 | 项目 | 预算数) or a header not found before the first figure."""
    for i, r in enumerate(rows):
        texts = [clean_name(c.text) for c in r]
        if any(parse_decimal(x) is not None for x in texts):
            return None
        if not texts or texts[0] != "项目" or "项目" in texts[1:]:
            continue
        cols = [(x, j) for j, x in enumerate(texts) if j and x]
        if not cols or any(_SIDE_WORD.search(x) for x, _ in cols):
            return None  # 支出项目, 收入: the other side's label column
        # every cell under a value column holds an amount or nothing: no second label column among them
        values = [r[j].text.strip() for r in rows[i + 1:] for _, j in cols if j < len(r)]
        return (i, cols) if all(not x or x in _DASH or parse_decimal(x) is not None for x in values) else None
    return None


_SIDE_WORD = re.compile(r"项目|收入|支出|科目|名称")


def _down_the_page(out: AccountTable, t: Table, at: int, cols: list[tuple[str, int]],
                   problems: list[Problem]) -> AccountTable:
    """The rows of a summary printed down the page: the income lines, then from the first line that names 支出 the
    expenditure lines, each with its value under every column."""
    out.columns = list(dict.fromkeys(c for c, _ in cols))
    side = "income"
    for cells in t.rows[at + 1:]:
        name = cells[0].text.strip() if cells else ""
        if not name:
            continue
        if "支出" in name or "结转下年" in name:
            side = "expenditure"
        values = {col: cell_value(cells[i] if i < len(cells) else None, problems, f"{out.title} {name}") for col, i in cols}
        out.rows.append(_row(name, values, cells[0].source, side))
    return out


_SIDE_TOTAL = {"income": "收入总计", "expenditure": "支出总计"}


def _row(name: str, values: dict[str, Val], src: Source, side: str) -> AccountRow:
    """A summary's row; a bare 总计 (each side's last line, as the 决算 template prints it) is that side's total, named
    收入总计 or 支出总计 as a loose summary names it (``accounts.stream_summary``), its printed label kept."""
    if clean_name(name) == "总计" and side in _SIDE_TOTAL:
        return AccountRow(_SIDE_TOTAL[side], values, src, side=side, total=True, printed=name)
    return AccountRow(name, values, src, side=side, total=clean_name(name) == "总计")


def _item_header(r: list[Cell]) -> bool:
    texts = [clean_name(c.text) for c in r]
    return bool(texts) and texts[0] == "项目" and "项目" in texts[1:]
