"""A spending's change on last year explained by the two kinds' changes in its own reasons: "支出预算较2025减少18.23万元,
主要是基本支出预算增加91.32万元,项目支出预算减少73.09万元" (重庆九龙坡's). Every line of spending is 基本支出 or 项目支出,
so the whole's change is the sum of the two kinds' changes, each signed by its word (增加/增长 up, 减少/下降 down): here
+91.32 − 73.09 = +18.23, a rise the sentence calls a fall. Suspect (a 决算 may count a third kind, 上缴上级支出, apart),
compared in one unit only.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.accounts.identity import Ctx, compare, suspected
from jixiao.accounts.prose import where
from jixiao.core.findings import Finding
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

_WAY = r"(增加|减少|增长|下降)"
_AMOUNT = r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)"
_REASONED = re.compile(r"(支出(?:预算)?数?)\s*(?:较|比)\s*(?:上年度?|去年|\d{4}\s*年?度?)(?:预算数?|决算数?)?\s*" + _WAY
                       + r"\s*" + _AMOUNT + r"\s*[,，]\s*主要(?:原因)?(?:是|为)?(?:由于)?\s*基本支出(?:预算|决算)?\s*"
                       + _WAY + r"\s*" + _AMOUNT + r"\s*[,，、;；]\s*项目支出(?:预算|决算)?\s*" + _WAY + r"\s*" + _AMOUNT)


def signed(way: str, amount: str) -> Decimal | None:
    """A change said with its word, signed by it (增加/增长/增 up, 减少/下降/减 down); the one rule, ``kind_split``'s and
    ``class_reasons``' too."""
    d = parse_decimal(amount)
    return None if d is None else d if way.startswith("增") else -d


def reasoned_change_findings(ctx: Ctx, paras: list[tuple[str, list[tuple[str, Source]]]]) -> list[Finding | None]:
    """Each change of a spending said with both kinds' changes as its reasons: the whole's signed change = the sum of
    theirs (see the module docstring)."""
    out: list[Finding | None] = []
    for text, lines in paras:
        for m in _REASONED.finditer(text):
            if len({m.group(4), m.group(7), m.group(10)}) != 1:
                continue  # amounts in different units
            whole, basic, project = (signed(m.group(k), m.group(k + 1)) for k in (2, 5, 8))
            if whole is None or basic is None or project is None or whole == basic + project:
                continue
            label = m.group(1)

            def val(d: Decimal, k: int, m: re.Match[str] = m, lines: list[tuple[str, Source]] = lines) -> Val:
                return Val(d, ("-" if d < 0 else "") + m.group(k), where(lines, m.group(k)))

            out.append(suspected(compare(
                ctx, "total_sum", (f"情况说明：{label}比上年的增减 = 基本支出的增减 + 项目支出的增减（增加为正、减少为负）",
                                   f"the notes: {label}'s change on last year = the basic's + the project's (a rise "
                                   "positive, a fall negative)"),
                val(whole, 3), [val(basic, 6), val(project, 9)], where(lines, m.group(3)), label,
                ["基本支出", "项目支出"], blame_blank=False)))
    return out
