"""A finance report's figure against its budget with the gap said ("2021年度公共预算收入35215万元,较年初预算40860万元,
短收5645万,主要原因是…"), in the wordings reports use: the subject and its verb, how the budget is named (较年初预算,
比预算, 较调整预算数的, 与年初预算…相比), the word for the gap (短收/减收/减少 below the budget, 超收/增收/增加 above it),
万元 whole or 亿元 to the cent, the gap's unit with or without its 元. Invented figures; ``off`` is added to the gap as
printed."""

from __future__ import annotations

import random
from decimal import Decimal

SUBJECTS = ("公共预算收入", "一般公共预算收入累计完成", "税收收入实现", "全县一般公共预算支出完成")
BUDGETS = ("较年初预算{b}{u}", "比预算{b}{u}", "较调整预算数的{b}{u}", "与年初预算{b}{u}相比")
BELOW, ABOVE = ("短收", "减收", "减少"), ("超收", "增收", "增加")


def gap_text(seed: int, off: Decimal = Decimal(0)) -> tuple[list[str], str]:
    """The report's lines and the gap as printed."""
    rng = random.Random(seed)
    yi = seed % 2 == 1
    budget = (Decimal(rng.randrange(2000, 9000)) / 100).quantize(Decimal("0.01")) if yi else \
        Decimal(rng.randrange(20000, 90000))
    done = (budget * Decimal(rng.randrange(80, 120)) / 100).quantize(Decimal("0.01") if yi else Decimal(1))
    below = done < budget
    gap = abs(done - budget) + off
    unit = "亿元" if yi else "万元"
    said = f"{gap}{unit if seed % 3 else unit.rstrip('元')}"
    subject = SUBJECTS[seed % len(SUBJECTS)]
    word = ("减少" if below else "增加") if "支出" in subject else (BELOW if below else ABOVE)[seed % 3]
    year = 2019 + seed % 5
    line = (f"{year}年度{subject}{done}{unit}," + BUDGETS[seed // 2 % len(BUDGETS)].format(b=budget, u=unit)
            + f",{word}{said},主要原因是经济形势变化。")
    other = (done * Decimal("0.6")).quantize(Decimal("0.01") if yi else Decimal(1))
    return [f"某县关于{year}年财政决算的报告", "一、一般公共预算收支决算情况", line,
            f"{year}年度政府性基金预算收入{other}{unit},增长{rng.randrange(2, 30)}.5%。",
            f"{year}年度一般公共预算支出{other * 2}{unit},增长{rng.randrange(2, 30)}.5%。"], str(gap)
