"""An allocation stated per recipient after their count (12个脱贫县…,每个县安排1000万元; 5家企业,每家补助10万元): the
clause allocates the count × the amount, and that product is what the allocation's arithmetic adds up (12 × 1000 +
10 × 200 + 2175 = the 16175万元 sent down). Only where the clause names the count before 每 and no other amount
stands between them; the amount printed is never changed, only the figure the sum is checked with."""

from __future__ import annotations

import re
from decimal import Decimal

# the clause an amount belongs to starts after the last of these before it
_CLAUSE_START = re.compile(r"[;；。:：\n]")
_COUNT = re.compile(r"(?<![\d.])(\d{1,4})\s*(?:个|家|所|户|名|人)")
# 每 and a recipient (每个县(市、区)安排, 每县, 每村, 每户, 每家企业), never a period or a measure (每年, 每月, 每亩, 每次)
_EACH = re.compile(r"每(?:一)?(?=[个家所名户人县市区乡镇村校单企项街社])[个家所名]?[一-龥]{0,4}?"
                   r"(?:\s*[(（][^()（）]{0,12}[)）])?[一-龥]{0,6}$")

Amount = tuple[Decimal, int, str | None]  # (value, where it stands, unit)


def per_each(text: str, amounts: list[Amount]) -> list[Amount]:
    """``amounts`` with each one the text allocates per recipient after their count as the count × the amount."""
    out: list[Amount] = []
    prev_end = 0  # where the amount before this one stands (no count is taken from before it)
    for value, at, unit in amounts:
        start = max(prev_end, max((m.end() for m in _CLAUSE_START.finditer(text, max(0, at - 200), at)), default=0))
        prev_end = at + 1
        clause = text[start:at]
        each = clause.rfind("每")
        counts = list(_COUNT.finditer(clause, 0, each)) if each > 0 else []
        if counts and _EACH.search(clause[each:]):
            out.append((value * int(counts[-1].group(1)), at, unit))
        else:
            out.append((value, at, unit))
    return out
