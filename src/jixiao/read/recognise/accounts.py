"""Recognise final-accounts tables (部门决算, seed 003) and build ``jixiao.accounts.model.Accounts``.

A set of consecutive tables whose titles name the public tables (收入支出决算总表 … 政府性基金预算财政拨款
支出决算表) makes one ``Document(type="final_accounts")``; the parsed model is in ``extra["accounts"]`` and
the 情况说明 text that follows the tables in ``body``. Cells that cannot be placed become located problems.
"""

from __future__ import annotations

import re

from jixiao.accounts.model import (
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
from jixiao.core.numbers import parse_decimal
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


def title_kind(line: str) -> str | None:
    """The kind a title line names; None for other lines (a sentence of the notes that mentions a table)."""
    squashed = re.sub(r"\s+", "", line)
    if len(squashed) > 60 or "说明" in squashed or not re.search(r"决算(总)?表", squashed):
        return None
    return next((kind for kind, key, _ in TABLE_KINDS if key in squashed), None)


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
    """
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
    return normalise_code(first) is not None or clean_name(first) in _TOTAL


def _columns(header: list[list[Cell]]) -> list[str]:
    best: list[str] = []
    for row in header:
        names = [clean_name(c.text) for c in row if clean_name(c.text) not in _LABELS]
        if len(names) > len(best):
            best = names
    return best


def _parse_classified(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
    start = next((i for i, r in enumerate(t.rows) if _is_data_start(r)), len(t.rows))
    header = t.rows[:start]
    economic = kind == "gp_basic" or any("经济分类" in c.text for r in header for c in r)
    ncode = max((sum(c.text.strip() in ("类", "款", "项") for c in r) for r in header), default=0)
    ncode = ncode or (2 if economic else 3)
    out = AccountTable(kind, title, t.source, _columns(header), classification=ECONOMIC if economic else FUNCTIONAL)
    prev: list[str] = []
    seen: set[str] = set()
    for cells in t.rows[start:]:
        texts = [c.text.strip() for c in cells]
        if not any(texts):
            continue
        src = Source(cells[0].source.file, cells[0].source.line)
        first = texts[0]
        name_at = ncode
        code: str | None = None
        code_text: str | None = None
        total = clean_name(first) in _TOTAL
        if total:
            name = "合计"
        else:
            whole = normalise_code(first)
            if whole is not None and (len(whole) > 3 or " " in first):
                code, code_text = whole, first
                if len(texts) > 1 and texts[1] and not texts[1].isdigit():
                    name_at = 1
            else:
                parts = [texts[i] if i < len(texts) else "" for i in range(ncode)]
                if not parts[0] and prev:
                    parts[0] = prev[0]  # 类 carried down (merged cell lost)
                if ncode == 3 and not parts[1] and parts[2] and len(prev) > 1:
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
        values = {
            col: _val(cells[name_at + 1 + j] if name_at + 1 + j < len(cells) else None, problems, f"{title} {col}")
            for j, col in enumerate(out.columns)
        }
        for extra in cells[name_at + 1 + len(out.columns) :]:
            if extra.text.strip():
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
    for i, r in enumerate(t.rows):
        texts = [clean_name(c.text) for c in r]
        if texts and texts[0] == "项目" and "项目" in texts[1:]:
            split = texts.index("项目", 1)
            left_cols = [x for x in texts[1:split] if x] or left_cols
            right_cols = [x for x in texts[split + 1 :] if x] or right_cols
            start = i + 1
            break
    out.columns = list(dict.fromkeys([*left_cols, *right_cols]))
    for cells in t.rows[start:]:
        src = Source(cells[0].source.file, cells[0].source.line)
        for side, at, cols in (("income", 0, left_cols), ("expenditure", split, right_cols)):
            name = cells[at].text.strip() if at < len(cells) else ""
            if not name:
                continue
            values = {
                col: _val(cells[at + 1 + j] if at + 1 + j < len(cells) else None, problems, f"{title} {name}")
                for j, col in enumerate(cols)
            }
            out.rows.append(AccountRow(name, values, src, side=side, total=clean_name(name) == "总计"))
    return out


def _parse_three_public(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
    out = AccountTable(kind, title, t.source, columns=list(THREE_PUBLIC_COLUMNS))
    for cells in t.rows:
        numeric = [c for c in cells if parse_decimal(c.text) is not None]
        if len(numeric) < len(THREE_PUBLIC_COLUMNS) - 1:
            continue
        if len(numeric) > len(THREE_PUBLIC_COLUMNS):
            problems.append(Problem("“三公”经费表的数字多于栏目", cells[0].source, "more numbers than columns"))
        values = {col: _val(c, problems, col) for col, c in zip(THREE_PUBLIC_COLUMNS, numeric)}
        out.rows.append(AccountRow("“三公”经费", values, Source(cells[0].source.file, cells[0].source.line)))
    return out


def parse_table(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
    if kind in CLASSIFIED:
        return _parse_classified(kind, title, t, problems)
    if kind == "three_public":
        return _parse_three_public(kind, title, t, problems)
    return _parse_summary(kind, title, t, problems)


Where = tuple[tuple[str | None, int | None], int]


def _span(t: Table) -> tuple[Where, Where]:
    first = _position(t.rows[0][0].source) if t.rows and t.rows[0] else _position(t.source)
    last = max((_position(r[0].source) for r in t.rows if r), key=lambda w: w[1], default=first)
    return first, last


def _between(fr: FileRead, lo: Where, hi: Where | None) -> list[tuple[str, Source]]:
    """Body lines after ``lo`` (same sheet or page) and before ``hi`` when ``hi`` is on the same sheet."""
    out = []
    for x, s in fr.body:
        key, pos = _position(s)
        if key == lo[0] and pos > lo[1] and (hi is None or hi[0] != key or pos < hi[1]):
            out.append((x, s))
    return out


def recognise(fr: FileRead) -> list[Document]:
    sets: list[list[tuple[str, str, Table]]] = []
    ends: list[Where | None] = []  # where each set's text ends (the next foreign table)
    current: list[tuple[str, str, Table]] = []
    for t in split_at_titles(fr):
        found = table_kind(t)
        if current and (found is None or any(k == found[0] for k, _, _ in current)):
            sets.append(current)
            ends.append(_span(t)[0])
            current = []
        if found is not None:
            current.append((found[0], found[1], t))
    if current:
        sets.append(current)
        ends.append(None)
    return [_document(fr, s, end) for s, end in zip(sets, ends)]


def _document(fr: FileRead, tables: list[tuple[str, str, Table]], end: Where | None) -> Document:
    problems: list[Problem] = []
    acc = Accounts()
    first = tables[0][2]
    for idx, (kind, title, t) in enumerate(tables):
        table = parse_table(kind, title, t, problems)
        stop = _span(tables[idx + 1][2])[0] if idx + 1 < len(tables) else end
        after = _between(fr, _span(t)[1], stop)
        table.statement = next(((x, s) for x, s in after[:3] if "无数据" in x or "本表无" in x), None)
        acc.tables.append(table)
        for line in [title, *t.preamble]:
            if acc.year is None and (m := _YEAR.search(line)):
                acc.year = int(m.group(1))
            if acc.money_unit is None and (m := _UNIT.search(line)):
                acc.money_unit = m.group(1)
    body = _between(fr, _span(first)[0], end)
    heading = next((x for x in first.preamble if "部门决算" in x), None)
    return Document(
        type="final_accounts",
        title=heading or (f"{acc.year}年度部门决算" if acc.year else "部门决算"),
        source=first.source,
        year=acc.year,
        money_unit=acc.money_unit,
        tables=[t for _, _, t in tables],
        problems=problems,
        body=body,
        extra={"accounts": acc},
    )
