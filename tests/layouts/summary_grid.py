"""A 收入支出决算总表 whose grid is kept (pipes, tabs), in the template that numbers its lines: each side's 行次
column between its label and its amount (项目 | 行次 | 金额 | 项目 | 行次 | 金额) and a 栏次 row under the header.
Invented figures that hold; ``plant`` prints 本年收入合计 10.00 low."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("pipes", "tabs")
INCOME = ("一、财政拨款收入", "二、事业收入", "三、其他收入")
SPENDING = ("一、一般公共服务支出", "二、教育支出", "三、社会保障和就业支出")


def rowno(seed: int, plant: bool = False) -> tuple[list[list[str]], dict[str, Decimal]]:
    rng = random.Random(seed)
    income = {n: Decimal(rng.randrange(100, 90_000)) / 100 for n in INCOME}
    year = sum(income.values(), Decimal(0))
    carried = Decimal(rng.randrange(0, 5_000)) / 100
    total = year + carried
    first, second = (Decimal(rng.randrange(1, int(total * 40))) / 100 for _ in range(2))
    spending = {SPENDING[0]: first, SPENDING[1]: second, SPENDING[2]: total - first - second}
    rows = [["收入", "", "", "支出", "", ""], ["项目", "行次", "金额", "项目", "行次", "金额"],
            ["栏次", "", "1", "栏次", "", "2"]]
    for k, (a, b) in enumerate(zip(INCOME, SPENDING, strict=True)):
        rows.append([a, str(k + 1), str(income[a]), b, str(k + 32), str(spending[b])])
    rows += [["本年收入合计", "30", str(year - (10 if plant else 0)), "本年支出合计", "57", str(total)],
             ["年初结转和结余", "31", str(carried), "年末结转和结余", "58", "0"],
             ["总计", "32", str(total), "总计", "59", str(total)]]
    return rows, {**income, **spending, "本年收入合计": year, "年初结转和结余": carried, "总计": total, "本年支出合计": total,
                  "年末结转和结余": Decimal(0)}
