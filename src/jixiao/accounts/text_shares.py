"""Shares a 情况说明 states with both their amounts ("民生支出合计A万元,占一般公共预算支出B万元的x%"): x = A ÷ B, the
amounts in 万元 whatever scale each is printed in, rounded as printed (``accounts.text_rates`` for the other rates)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from jixiao.accounts.identity import Ctx
from jixiao.accounts.prose import NUMBER_START, is_change
from jixiao.accounts.text_rates import ANY_AMOUNT, CLAUSE, SCALE, line_named, pct, pct_finding
from jixiao.core.findings import Finding
from jixiao.core.numbers import parse_decimal
from jixiao.core.rounding import rate_allowed
from jixiao.core.source import Source

# "民生支出合计138966万元,占一般公共预算支出165720万元的84%", "收入完成112853万元,占年计划100500万元的112.29%": the
# part, then its whole stated inside the 占 phrase (groups: part, its scale, whole, its scale, the share)
_SHARE_OF = re.compile(NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*([亿万]?)元\s*[,，]?\s*占[^\d,，。;；%]{0,16}?"
                       r"(\d[\d,]*(?:\.\d+)?)\s*([亿万]?)元的?\s*(?:比重|比例)?[为是]?\s*(\d+(?:\.\d+)?)\s*[%％]")


def share_of_findings(ctx: Ctx, text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding | None]:
    """A share stated with both its amounts ("A万元,占…B万元的x%"): x = A ÷ B (each in 万元), rounded as printed."""
    for m in _SHARE_OF.finditer(text):
        part, whole = parse_decimal(m.group(1)), parse_decimal(m.group(3))
        if part is None or not whole or is_change(text, m.start(1)) or _listed(text, m.start(1)):
            continue
        allowed = rate_allowed(m.group(5), part, whole, scale=(SCALE[m.group(2)], SCALE[m.group(4)]))
        part, whole = part * SCALE[m.group(2)], whole * SCALE[m.group(4)]
        got = pct(part, whole, m.group(5))
        subject = line_named(text, m.start(1))
        yield pct_finding(ctx, "text_percent", lines, m.group(5), got, f"{m.group(1)} ÷ {m.group(3)} × 100%", "error",
                           (f"{subject}占比" if subject else "占比", "share"), (part, whole), allowed)


_LIST_REACH = 60  # characters a part's clause is looked back over for another amount


def _listed(text: str, at: int) -> bool:
    """The amount at ``at`` closes a list of amounts in its clause ("人员经费200万元、公用经费100万元,占本年支出520万元的
    57.69%": the share is of them together, or of the last; which, the words do not say): no part to recompute."""
    clause = CLAUSE.split(text[max(0, at - _LIST_REACH):at])[-1]
    return re.search(ANY_AMOUNT, clause) is not None
