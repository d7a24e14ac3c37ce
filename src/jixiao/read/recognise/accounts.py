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


def table_kind(table: Table) -> tuple[str, str] | None:
    """(kind, title line) from the lines before the table, the nearest first."""
    for line in reversed(table.preamble):
        squashed = re.sub(r"\s+", "", line)
        # a title, not a sentence of the notes that mentions a table: short, and naming a 决算表
        if len(squashed) > 60 or "说明" in squashed or not re.search(r"决算(总)?表", squashed):
            continue
        for kind, key, _ in TABLE_KINDS:
            if key in squashed:
                return kind, line
    return None


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
            if whole and len(whole) > 3 or " " in first:
                code, code_text = whole, first
                if len(texts) > 1 and texts[1] and not texts[1].isdigit():
                    name_at = 1
            else:
                parts = [texts[i] if i < len(texts) else "" for i in range(ncode)]
                if not parts[0] and prev:
                    parts[0] = prev[0]  # 类 carried down (merged cell lost)
                if ncode == 3 and not parts[1] and parts[2] and len(prev) > 1:
                    parts[1] = prev[1]
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


def _last_line(t: Table) -> int:
    return max((c.source.line or 0 for r in t.rows for c in r), default=t.source.line or 0)


def recognise(fr: FileRead) -> list[Document]:
    sets: list[list[tuple[str, str, Table]]] = []
    ends: list[int | None] = []  # the line where each set's text ends (next foreign table)
    current: list[tuple[str, str, Table]] = []
    for t in fr.tables:
        found = table_kind(t)
        if current and (found is None or any(k == found[0] for k, _, _ in current)):
            sets.append(current)
            ends.append(t.source.line)
            current = []
        if found is not None:
            current.append((found[0], found[1], t))
    if current:
        sets.append(current)
        ends.append(None)
    return [_document(fr, s, end) for s, end in zip(sets, ends)]


def _document(fr: FileRead, tables: list[tuple[str, str, Table]], end: int | None) -> Document:
    problems: list[Problem] = []
    acc = Accounts()
    first = tables[0][2]
    start_line = first.source.line or 0
    for idx, (kind, title, t) in enumerate(tables):
        table = parse_table(kind, title, t, problems)
        stop = tables[idx + 1][2].source.line if idx + 1 < len(tables) else end
        after = [(x, s) for x, s in fr.body if (s.line or 0) > _last_line(t) and (stop is None or (s.line or 0) < stop)]
        table.statement = next(((x, s) for x, s in after[:3] if "无数据" in x or "本表无" in x), None)
        acc.tables.append(table)
        for line in [title, *t.preamble]:
            if acc.year is None and (m := _YEAR.search(line)):
                acc.year = int(m.group(1))
            if acc.money_unit is None and (m := _UNIT.search(line)):
                acc.money_unit = m.group(1)
    heading = next((x for x in first.preamble if "部门决算" in x), None)
    body = [(x, s) for x, s in fr.body if (s.line or 0) > start_line and (end is None or (s.line or 0) < end)]
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
