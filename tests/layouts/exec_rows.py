"""A county's 一般公共预算收入执行情况表 from a PDF preview flattened to one run of words (西夏区 2021): the header's
years and kinds in two rows run together ("2020年 2021年 2021年 完成数 预算数 完成数"), then each row as its name,
last year's outturn, this year's budget, this year's outturn, 完成预算% and 比上年增长%. Invented figures; ``plant``
prints one row's 完成预算% five points high; ``order`` "budget_first" prints the amounts in another order than the
percentages were computed from (a table whose columns its arithmetic cannot confirm)."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

ROWS = ("合计", "税收收入小计", "增值税", "企业所得税", "个人所得税", "房产税")


def _pct(d: Decimal) -> Decimal:
    return (d * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def exec_rows(seed: int, plant: bool = False, order: str = "") -> tuple[dict[str, tuple[int, int, int]], str]:
    rng = random.Random(seed)
    rows: dict[str, tuple[int, int, int]] = {}
    words = ["表一 2021年某区一般公共预算收入执行情况表 单位:万元 2020年 2021年 2021年 完成数 预算数 完成数"]
    for k, name in enumerate(ROWS):
        prior, budget = rng.randrange(500, 50000), rng.randrange(500, 50000)
        done = budget + rng.randrange(-budget // 5, budget // 5)
        rows[name] = (prior, budget, done)
        p, g = _pct(Decimal(done) / budget) + (5 if plant and k == 2 else 0), _pct(Decimal(done) / prior - 1)
        a, b, c = (budget, done, prior) if order == "budget_first" else (prior, budget, done)
        words.append(f"{name} {a:,} {b:,} {c:,} {p}% {g}%")
    return rows, "报告附表.pdf\n" + " ".join(words) + "\n"
