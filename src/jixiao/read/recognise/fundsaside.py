"""A funds header's columns by their meaning, the ones the record has no field for among them.

Some templates print the budget's making and its balance beside the record's columns: 福建's 财政资金安排和使用情况
(预算安排 | 拨付情况 | 结余情况) prints 年初部门预算安排金额① | 历年结余结转② | 年中调整金额③ | 小计④=①+②+③ |
年度拨付金额⑤ | 支出实现率⑥=⑤/④ | 本年度结余金额⑦ | 资金结余率⑧. Read without the columns it has no field for, every
number after them shifts under the wrong label, or the row holds more numbers than the header has columns and none
is read. Each such column is kept as a column of its own (``placement.ASIDE``: placed, never kept), and the sum of
the budget's parts (小计 after them) is the year's whole budget, its 全年预算数.
"""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.read.recognise.formspec import funds_column
from jixiao.read.recognise.fundscolumn import aside_column, subtotal_column
from jixiao.read.recognise.placement import ASIDE


def header_column(text: str, before: Sequence[str]) -> str | None:
    """The column a funds header label names, given the columns of the labels ``before`` it in reading order: a
    field (``formspec.funds_column``); a column beside the fields (``aside1``, ``aside2`` …); the 小计 of a budget
    whose parts stand before it (年初 and another part), read as the 全年预算数; else None."""
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
