"""A unit's or township's 收支 stated in prose with no 预算 and no 绩效 (××镇2024年财政收支情况): 本年收入合计 with its
sources (one of them a 转移支付收入), 本年支出合计 with 基本支出 and 项目支出, the functions, and perhaps a section on
the transfer funds received (上级下达转移支付资金A万元，全部用于…). ``report`` adds a performance report's sentence
(绩效目标全部完成), which makes the amounts a report's. Invented units and amounts from the seed."""

from __future__ import annotations

import random
from decimal import Decimal

_UNITS = ("某镇人民政府", "某乡人民政府", "某街道办事处", "某县供销合作社")


def stated(seed: int, section: bool, report: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    unit, year = _UNITS[seed % len(_UNITS)], 2019 + seed % 6
    upper, transfer, other = (Decimal(rng.randrange(10000, 300000)) / 100 for _ in range(3))
    income = upper + transfer + other
    basic = (income * Decimal("0.6")).quantize(Decimal("0.01"))
    project = income - basic
    f = f"{unit}{year}年{'财政收支情况' if seed % 2 else '收支情况公开'}"
    lines = [f, "一、收入情况",
             f"{year}年本年收入合计{income}万元，其中：上级补助收入{upper}万元，转移支付收入{transfer}万元，其他收入{other}万元。",
             "二、支出情况", f"{year}年本年支出合计{income}万元，其中：基本支出{basic}万元，项目支出{project}万元。"]
    if section:
        lines += ["三、转移支付资金使用情况", f"上级下达转移支付资金{transfer}万元，全部用于乡村振兴和基础设施建设。"]
    if report:
        lines += ["四、绩效情况", "项目绩效目标全部完成，群众满意度较高。"]
    return "\n".join(lines) + "\n", {"本年收入合计": income, "本年支出合计": income, "基本支出": basic}
