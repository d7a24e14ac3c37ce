"""A 情况说明 that states two figures of a line and the difference between them ("支出2.05万元,年初预算为2.95万元,
差值为0.9万元"), as some provinces' 三公 templates do, in varied wordings (差值为/差额为/差额/两者相差; the spending
or the budget first; 万元 or 元) and for the total and each item. Invented figures; ``plant``: the 公务接待费's
difference stated 1.00 (万元, or 100 元) off.
"""

from __future__ import annotations

import random
from decimal import Decimal

_DIFF = ("差值为", "差额为", "差额", "两者相差")
ITEMS = ("“三公”经费", "因公出国(境)费", "公务接待费", "公务用车购置及运行维护费")


def invent(seed: int, plant: bool = False) -> tuple[list[str], int]:
    """The lines and the 1-based line of the 公务接待费's sentence."""
    rng = random.Random(seed)
    year, yuan = rng.randint(2030, 2036), seed % 3 == 2
    unit, scale = ("元", 10000) if yuan else ("万元", 1)
    budget = {k: Decimal(rng.randrange(100, 2000)) / 100 for k in ITEMS[1:]}
    spent = {k: (v * rng.randrange(40, 130) / 100).quantize(Decimal("0.01")) for k, v in budget.items()}
    budget[ITEMS[0]], spent[ITEMS[0]] = sum(budget.values(), Decimal(0)), sum(spent.values(), Decimal(0))
    budget_first = rng.random() < 0.5

    def said(k: str) -> str:
        a, b = spent[k] * scale, budget[k] * scale
        d = abs(a - b) + (Decimal(scale) if plant and k == "公务接待费" else 0)
        word = rng.choice(_DIFF)
        if budget_first:
            return f"{k}年初预算为{b:.2f}{unit},支出决算为{a:.2f}{unit},{word}{d:.2f}{unit}"
        return f"{k}支出{a:.2f}{unit},年初预算为{b:.2f}{unit},{word}{d:.2f}{unit}"

    lines = [f"某局{year}年度“三公”经费支出决算情况说明", f"一、{year}年度“三公”经费财政拨款支出与年初预算对比情况",
             f"{year}年度本部门一般公共预算财政拨款安排的{said(ITEMS[0])}。其中:"]
    lines += [f"{i}.{said(k)},原因是严格执行中央八项规定。" for i, k in enumerate(ITEMS[1:], 1)]
    return lines, 3 + ITEMS[1:].index("公务接待费") + 1
