"""基本支出's change on last year explained line by line by its economic classes: "2018年基本支出预算较上年增59.11万元,
增幅22%。主要变动原因如下: 1.工资福利支出较上年增94.22万元…2.商品和服务支出较上年增1.11万元…3.对个人和家庭补助支出较上年
(减少)16.23万元" (临沧's 预算变动说明). 基本支出 is made of its classes (工资福利支出, 商品和服务支出, 对个人和家庭的补助), so
where the lines after the whole's change give all three, the whole's change is the sum of theirs, each signed by its word
(增/增加 up, 减/减少 down, with or without brackets round it): here +94.22 + 1.11 − 16.23 = +79.10, not +59.11. Suspect (a
budget may count a fourth class, 资本性支出, in 基本支出), compared in one unit only.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.accounts.identity import Ctx, compare, suspected
from jixiao.accounts.kind_reasons import signed
from jixiao.accounts.prose import where
from jixiao.core.findings import Finding
from jixiao.core.records import Val
from jixiao.core.source import Source

_ON_LAST_YEAR = r"(?:预算|决算)?数?\s*(?:较|比)\s*(?:上年度?|去年|\d{4}\s*年度?)(?:预算数?|决算数?)?\s*"
_CHANGE = r"[(（]?(增加|减少|增长|下降|增|减)[)）]?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)"
_WHOLE = re.compile(r"基本支出" + _ON_LAST_YEAR + _CHANGE)
CLASSES = (("工资福利支出", "工资福利支出"), ("商品和服务支出", "商品和服务支出"),
           ("对个人和家庭的补助", r"对个人和家庭(?:的)?补助(?:支出)?"))
_CLASS = [re.compile(pattern + _ON_LAST_YEAR + _CHANGE) for _, pattern in CLASSES]
_REACH = 6  # paragraphs after the whole's in which its classes' lines may stand
_STOP = re.compile(r"项目支出")  # the next kind's change: the classes' lines have ended


def class_change_findings(ctx: Ctx, paras: list[tuple[str, list[tuple[str, Source]]]]) -> list[Finding | None]:
    """Each change of 基本支出 whose following lines give all three classes' changes: the whole's signed change = the
    sum of theirs (see the module docstring)."""
    out: list[Finding | None] = []
    for i, (text, lines) in enumerate(paras):
        for m in _WHOLE.finditer(text):
            span = [(text[m.end():], lines)]
            for later, later_lines in paras[i + 1:i + 1 + _REACH]:
                stop = _STOP.search(later)
                span.append((later[:stop.start()] if stop else later, later_lines))
                if stop:
                    break
            found = [[(c, ls) for t, ls in span for c in pattern.finditer(t)] for pattern in _CLASS]
            if any(len(f) != 1 for f in found):
                continue  # a class not said, or said twice: not the one list
            parts = [f[0] for f in found]
            if any(c.group(3) != m.group(3) for c, _ in parts):
                continue  # amounts in different units
            whole = signed(m.group(1), m.group(2))
            changes = [signed(c.group(1), c.group(2)) for c, _ in parts]
            if whole is None or None in changes or whole == sum((d for d in changes if d is not None), Decimal(0)):
                continue

            def val(d: Decimal | None, g: re.Match[str], ls: list[tuple[str, Source]]) -> Val:
                return Val(d, ("-" if d is not None and d < 0 else "") + g.group(2), where(ls, g.group(2)))

            out.append(suspected(compare(
                ctx, "total_sum", ("情况说明：基本支出比上年的增减 = 各经济分类（工资福利、商品和服务、对个人和家庭的补助）的增减之和"
                                   "（增加为正、减少为负）",
                                   "the notes: 基本支出's change on last year = the sum of its economic classes' changes (a "
                                   "rise positive, a fall negative)"),
                val(whole, m, lines), [val(d, c, ls) for d, (c, ls) in zip(changes, parts, strict=True)],
                where(lines, m.group(2)), "基本支出", [name for name, _ in CLASSES], blame_blank=False)))
    return out
