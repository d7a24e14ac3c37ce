"""The 年度主要任务 block of a 部门整体支出绩效目标表: the department's funds split by task, with their 合计.

A budget's department-wide target table (河南, 湖北 and others) lists the year's tasks before its indicators: a header
naming the task and its content, then the funds as columns (预算金额（万元）: 总额 | 财政拨款 | 其他资金), a row per task
(任务名称 | 主要内容 | 300.00 | 300.00 | 0.00) and a 金额合计 row. Its cells standing apart (one a line, pipes), the
block is read by its shape: two or more funds labels (``target_cells.label_of``), then rows of words ending in as many
amounts, the row whose name is 合计 (金额合计, 总计) last. The 合计 is the department's funds (one line per column, under
the column's label as printed); the block is a table of its own (kind ``target_tasks``), checked column by column (合计 =
the tasks) and, where the first column is the whole (总额, 资金总额, 合计) and the others its sources, row by row (the
whole = its sources).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.accounts.target_cells import amount_of, label_of, label_run, name
from jixiao.core.findings import Finding
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

_TOTAL = re.compile(r"^(?:金额|资金|预算)?\s*(?:合\s*计|总\s*计)$")
_WHOLE = re.compile(r"^(?:资金|预算)?总额$|^合计$")
_WORDS = 3  # cells of words a task row holds before its amounts (任务名称 | 主要内容, perhaps a number)
TOTAL = "合计"


def task_grid(cells: list[tuple[str, int]]) -> tuple[list[str], list[tuple[str, list[tuple[str, int]]]]] | None:
    """(the columns' labels, [(row name, [(amount, where)])]) of the first block of funds labels over task rows
    closed by a 合计 row (its name ``TOTAL``); None where the cells hold no such block."""
    for k in range(len(cells)):
        labels, j = label_run(cells, k)
        if len(labels) < 2:
            continue
        rows = _rows(cells, j, len(labels))
        if rows and rows[-1][0] == TOTAL and len(rows) >= 2:
            return labels, rows
    return None


def _rows(cells: list[tuple[str, int]], j: int, n: int) -> list[tuple[str, list[tuple[str, int]]]]:
    """The rows after the header: words then ``n`` amounts each, up to the 合计 row (or the first cells of no row)."""
    out: list[tuple[str, list[tuple[str, int]]]] = []
    while j < len(cells):
        words: list[str] = []
        while j < len(cells) and amount_of(cells[j][0]) is None and len(words) < _WORDS:
            words.append(cells[j][0])
            j += 1
        amounts: list[tuple[str, int]] = []
        while j < len(cells) and len(amounts) < n and (a := amount_of(cells[j][0])) is not None:
            amounts.append((a.group("amount"), cells[j][1]))
            j += 1
        if not words or len(amounts) != n or (j < len(cells) and amount_of(cells[j][0]) is not None):
            return []
        total = _TOTAL.match(words[0])
        out.append((TOTAL if total else words[0], amounts))
        if total:
            return out
    return []


def tasks_table(labels: list[str], rows: list[tuple[str, list[tuple[str, int]]]], source: Callable[[int], Source],
                unit: str | None) -> AccountTable:
    """The block as a table: a row per task and the 合计, a column per label."""
    t = AccountTable("target_tasks", "年度主要任务", source(rows[0][1][0][1]), columns=labels, stage="budget", unit=unit,
                     own_name="部门整体支出绩效目标表 年度主要任务")
    for row, amounts in rows:
        at = source(amounts[0][1])
        t.rows.append(AccountRow(row, {c: Val(parse_decimal(a), a, source(pos)) for c, (a, pos) in zip(labels, amounts,
                                                                                                     strict=True)}, at))
    return t


def check_target_tasks(ctx: Ctx, t: AccountTable) -> list[Finding]:
    """Each column's 合计 = its tasks; where the first column is the whole, each row's whole = its sources."""
    total = next((r for r in t.rows if r.name == TOTAL), None)
    tasks = [r for r in t.rows if r is not total]
    out: list[Finding | None] = []
    if total is not None:
        for col in t.columns:
            out.append(compare(ctx, "total_sum", (f"年度主要任务：{col}合计 = 各项任务之和",
                                                  f"the year's tasks: the {col} column's 合计 = its tasks"),
                               total.get(col), [r.get(col) for r in tasks], total.source, TOTAL, [r.name for r in tasks],
                               blame_blank=False))
    whole, *parts = t.columns
    if _WHOLE.match(whole) and parts:
        for r in t.rows:
            out.append(compare(ctx, "total_sum", (f"年度主要任务：{r.name}的{whole} = " + " + ".join(parts),
                                                  f"the year's tasks: {r.name}'s {whole} = the sum of its sources"),
                               r.get(whole), [r.get(c) for c in parts], r.source, r.name, parts, blame_blank=False))
    return [f for f in out if f]


def read_tasks(cells: list[tuple[str, int]], source: Callable[[int], Source], unit: str | None,
               seen: set[str]) -> tuple[list[AccountRow], AccountTable | None, tuple[int, int] | None]:
    """The department's funds (one line per column: its label and its 合计), the block as a table, and where the block
    stands (its first label to its 合计's last amount); labels read are added to ``seen``."""
    grid = task_grid(cells)
    if grid is None:
        return [], None, None
    labels, rows = grid
    total = rows[-1][1]
    lines: list[AccountRow] = []
    for label, (a, pos) in zip(labels, total, strict=True):
        if label not in seen:
            seen.add(label)
            lines.append(AccountRow(label, {"金额": Val(parse_decimal(a), a, source(pos))}, source(pos)))
    first = next(pos for cell, pos in cells if (m := label_of(cell)) is not None and name(m) == labels[0])
    return lines, tasks_table(labels, rows, source, unit), (first, total[-1][1] + len(total[-1][0]))
