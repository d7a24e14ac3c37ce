"""A 三公 news item that states two years' figures on one line (a budget with its items, then last year's execution
in a later sentence: "Y年…“三公”经费财政拨款预算T亿元中,因公出国(境)费a亿元,…。与Y-1年预算执行数相比,分别减少…。
…Y-1年“三公”经费财政拨款预算执行数为P亿元。"), invented figures, in 亿元 or 万元, with the item ``off`` (a planted
mistake: the first item ten units of its last place more)."""

from __future__ import annotations

import random
from decimal import Decimal

ITEMS = ("因公出国(境)费", "公务用车购置及运行费", "公务接待费")


def news(seed: int, off: bool = False) -> list[str]:
    rng = random.Random(seed)
    year, unit = rng.randint(2030, 2036), rng.choice(("亿元", "万元"))
    parts = [Decimal(rng.randrange(100, 9000)) / 100 for _ in ITEMS]
    total = sum(parts, Decimal(0))
    said = [p + (Decimal("0.10") if off and k == 0 else 0) for k, p in enumerate(parts)]
    drops = "、".join(f"{Decimal(rng.randrange(1, 90)) / 100}{unit}" for _ in ITEMS)
    prior = total + Decimal(rng.randrange(100, 900)) / 100
    who = rng.choice(("中央本级", "省本级", "市直部门"))
    line = (f"{year}年{who}“三公”经费财政拨款预算{total}{unit}中,"
            + ",".join(f"{name}{v}{unit}" for name, v in zip(ITEMS, said, strict=True))
            + f"。与{year - 1}年预算执行数相比,分别减少{drops}。{who}{year - 1}年“三公”经费财政拨款预算执行数为{prior}{unit}。")
    return [line, "“三公”经费预算严格按照厉行节约的要求编制。"]
