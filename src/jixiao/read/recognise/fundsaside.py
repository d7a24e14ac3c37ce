"""A funds header's columns by their meaning, the ones the record has no field for among them.

Some templates print the budget's making and its balance beside the record's columns: 福建's 财政资金安排和使用情况
(预算安排 | 拨付情况 | 结余情况) prints 年初部门预算安排金额① | 历年结余结转② | 年中调整金额③ | 小计④=①+②+③ |
年度拨付金额⑤ | 支出实现率⑥=⑤/④ | 本年度结余金额⑦ | 资金结余率⑧. Read without the columns it has no field for, every
number after them shifts under the wrong label, or the row holds more numbers than the header has columns and none
is read. Each such column is kept as a column of its own (``placement.ASIDE``: placed, never kept), and the sum of
the budget's parts (小计 after them) is the year's whole budget, its 全年预算数.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from jixiao.read.recognise.formspec import funds_column
from jixiao.read.recognise.fundscolumn import aside_column, paid_out, subtotal_column
from jixiao.read.recognise.placement import ASIDE


def paid_beside_spending(text: str, labels: Iterable[str]) -> bool:
    """``text`` names the money paid out (拨付数) while another of the header's ``labels`` names the spending (全年执行数,
    实际支出): paid out is then no spending (``fundscolumn.paid_out``), and no column of the record."""
    return paid_out(text) and any(funds_column(x) == "executed" and not paid_out(x) for x in labels)


def header_column(text: str, before: Sequence[str], labels: Iterable[str] = ()) -> str | None:
    """The column a funds header label names, given the columns of the labels ``before`` it in reading order and the
    header's ``labels``: a field (``formspec.funds_column``; not 拨付数 beside the spending: ``paid_beside_spending``);
    a column beside the fields (``aside1``, ``aside2`` …); the 小计 of a budget whose parts stand before it (年初 and
    another part), read as the 全年预算数; else None."""
    if paid_beside_spending(text, labels):
        return None
    col = funds_column(text)
    if col is not None:
        return col
    if aside_column(text):
        return f"{ASIDE}{sum(c.startswith(ASIDE) for c in before) + 1}"
    if subtotal_column(text) and "annual_budget" not in before and "initial_budget" in before:
        parts = before[before.index("initial_budget") + 1 :]
        if parts and all(c.startswith(ASIDE) for c in parts):  # 年初 | 结转 | 调整 | 小计: the sum of the three
            return "annual_budget"
    return None
