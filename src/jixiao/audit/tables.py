"""合计行 — in score tables and budget-execution tables, the 合计 row equals the sum of the rows above it,
and every published execution rate equals 实际支出 ÷ 调整后预算 of its own row.

Final-accounts tables (classified by code) are left to ``jixiao.accounts``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from jixiao.audit.common import finding, pct, percent
from jixiao.audit.rounding_detect import MODES
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, parse_decimal
from jixiao.core.rounding import Rounding
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table

NamedAt = Callable[[Source], str]
TOTAL_LABELS = ("合计", "总计")
_CODE7 = re.compile(r"\b\d{3}\s?\d{2}\s?\d{2}\b")


def _text(row: list[Cell], k: int) -> str:
    return row[k].text.strip() if k < len(row) else ""


def _width(row: list[Cell]) -> int:
    n = len(row)
    while n and not row[n - 1].text.strip():
        n -= 1
    return n


def _label(row: list[Cell]) -> str:
    return next((c.text.strip() for c in row if c.text.strip()), "")


def header_index(table: Table, words: tuple[str, ...]) -> int | None:
    for i, row in enumerate(table.rows[:4]):
        joined = "".join(c.text for c in row)
        if any(w in joined for w in words):
            return i
    return None


def _column(header: list[Cell], words: tuple[str, ...]) -> int | None:
    for k, c in enumerate(header):
        t = c.text.replace(" ", "")
        if any(w in t for w in words):
            return k
    return None


@dataclass(frozen=True, slots=True)
class RateTable:
    """A budget-execution table: which columns hold the budget, the spending and the rate. ``grid`` is the
    table as read, or turned a quarter when the table lists its measures down the side (seed 003 表1-4)."""

    table: Table
    grid: list[list[Cell]]
    header: int
    budget: int
    executed: int
    rate: int

    def rows(self) -> list[list[Cell]]:
        return [r for r in self.grid[self.header + 1:] if _label(r)]

    def exact_rate(self, row: list[Cell]) -> Decimal | None:
        return percent(parse_decimal(_text(row, self.executed)), parse_decimal(_text(row, self.budget)))


_BUDGET = ("调整后预算", "调整预算")
_SPENT = ("实际支出", "决算支出", "支出决算", "实际拨付")


def _transposed(table: Table) -> list[list[Cell]]:
    width = table.width
    first = [r for r in table.rows if r]
    return [[r[k] if k < len(r) else Cell("", r[0].source) for r in first] for k in range(width)]


def rate_table(table: Table) -> RateTable | None:
    for grid in (table.rows, None):
        if grid is None:
            labels = "".join(r[0].text for r in table.rows if r)
            if "执行率" not in labels or not any(w in labels for w in _BUDGET):
                return None
            grid = _transposed(table)
        h = next((i for i, r in enumerate(grid[:4]) if any("执行率" in c.text for c in r)), None)
        if h is None:
            continue
        header = grid[h]
        rate, budget, executed = _column(header, ("执行率",)), _column(header, _BUDGET), _column(header, _SPENT)
        if rate is not None and budget is not None and executed is not None:
            return RateTable(table, grid, h, budget, executed, rate)
    return None


def rounds_to(exact: Decimal, published: Decimal) -> bool:
    """Whether some rounding at the published number of decimals gives the published rate."""
    exp = published.as_tuple().exponent
    digits = -exp if isinstance(exp, int) and exp < 0 else 0
    return any(Rounding(m, digits).apply(exact) == published for m in MODES)


def check_rate_table(rt: RateTable, name_at: NamedAt) -> list[Finding]:
    out: list[Finding] = []
    rows = rt.rows()
    exact = {id(r): rt.exact_rate(r) for r in rows}
    for row in rows:
        published = parse_decimal(_text(row, rt.rate))
        x = exact[id(row)]
        if published is None or x is None or rounds_to(x, published):
            continue
        label = _label(row)
        rec = Rounding("half_up", 2).apply(x)
        owners = [_label(r) for r in rows if r is not row and (e := exact[id(r)]) is not None and rounds_to(e, published)]
        formula = f"{_text(row, rt.executed)}÷{_text(row, rt.budget)}×100%={pct(rec)}"
        zh = f"“{label}”的执行率应为{formula}，表中为{pct(published)}"
        en = f"'{label}': the rate is {formula}, the table says {published}%"
        if owners:
            zh += f"；{pct(published)}是“{'、'.join(owners)}”的执行率"
            en += f"; {published}% is the rate of {', '.join(owners)}"
        src = row[rt.rate].source if rt.rate < len(row) else row[0].source
        out.append(finding("rate_wrong_row" if owners else "execution_rate", "error", name_at(src), src,
                           zh + "。", en + ".", pct(published), pct(rec), label))
    return out


def check_total_row(table: Table, name_at: NamedAt, header_words: tuple[str, ...] = ("得分", "执行率", "分值")
                    ) -> list[Finding]:
    """Σ rows = 合计, column by column (amounts and points; percentages are rates, not summed), in a table whose
    header holds one of ``header_words``."""
    h = header_index(table, header_words)
    if h is None or any(_CODE7.search(c.text) for r in table.rows for c in r[:1]):
        return []
    body = table.rows[h + 1:]
    totals = [r for r in body if _label(r) in TOTAL_LABELS]
    if len(totals) != 1 or any("小计" in _label(r) for r in body):
        return []
    total = totals[0]
    data = body[: body.index(total)]
    header = table.rows[h]
    if any(_width(r) != _width(total) for r in data):
        return []  # cells shifted by a lost merge: the columns cannot be trusted to line up
    out: list[Finding] = []
    for k in range(1, len(total)):
        t_text = total[k].text.strip()
        t = parse_decimal(t_text)
        if t is None or t_text.endswith("%") or "率" in _text(header, k):
            continue
        vals = [parse_decimal(_text(r, k)) for r in data]
        nums = [v for v in vals if v is not None]
        if len(nums) < 2 or len(nums) < len([r for r in data if _text(r, k)]):
            continue
        s = sum(nums, ZERO)
        if s != t:
            col = _text(header, k) or f"第{k + 1}列"
            out.append(finding(
                "table_total", "error", name_at(total[k].source), total[k].source,
                f"“{col}”各行之和为{s}，合计行为{t}。", f"Column '{col}' sums to {s}; the total row says {t}.",
                t, s, _label(total),
            ))
    return out


def check_tables(tables: list[Table], name_at: NamedAt) -> list[Finding]:
    out: list[Finding] = []
    for t in tables:
        rt = rate_table(t)
        if rt is not None:
            out += check_rate_table(rt, name_at)
        out += check_total_row(t, name_at)
    return out
