"""A classified table's total row, under the labels templates print it with and where they print it.

合计 or 总计, and as some templates print it 本年合计, 支出合计, 本年支出合计 …; standing in the first column, or in
the name column after code cells all left empty (类 | 款 | 项: "| | | | 合计 | 300.00 | 250.00 | 50.00 |").
"""

from __future__ import annotations

import re

from jixiao.accounts.model import clean_name
from jixiao.core.numbers import parse_decimal

_TOTAL_NAME = re.compile(r"(?:本年)?(?:收入|支出)?(?:合计|总计)")
_CODE_CELLS = 3  # the code columns a row may leave empty before its 合计 (类 | 款 | 项)


def is_total(text: str) -> bool:
    """The label of a table's total row."""
    return bool(_TOTAL_NAME.fullmatch(clean_name(text)))


def blank_code_total(texts: list[str]) -> int | None:
    """Where a 合计/总计 row whose code cells are left empty ("| | | | 合计 | 300.00 |") prints its label; None for
    any other row."""
    lead = next((i for i, x in enumerate(texts) if x), None)
    if lead is None or not 0 < lead <= _CODE_CELLS or not is_total(texts[lead]):
        return None
    return lead if any(parse_decimal(x) is not None for x in texts[lead + 1:]) else None
