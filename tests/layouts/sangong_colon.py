"""A 三公 statement in prose whose total is a bare 合计 (共计, 总计) after a colon, the words before the colon naming
what it totals ("本单位2024年“三公”经费预算数为:合计9.6万元,其中因公出国(境)费0万元,…"). Invented figures that hold;
``plant``: the 合计 printed 1 万元 high."""

from __future__ import annotations

import random
from decimal import Decimal

OWNERS = ("本单位{y}年“三公”经费预算数为", "{y}年度“三公”经费财政拨款支出决算", "我局{y}年三公经费安排情况是")
WORDS = ("合计", "共计", "总计")


def colon_total(seed: int, owner: str, word: str, plant: bool = False) -> tuple[str, Decimal]:
    rng = random.Random(seed)
    year = rng.randrange(2015, 2025)
    reception, cars = Decimal(rng.randrange(100, 3000)) / 100, Decimal(rng.randrange(100, 3000)) / 100
    total = reception + cars
    printed = total + (1 if plant else 0)
    sep = rng.choice(("：", ":"))
    space = rng.choice(("", " "))
    line = (f"{owner.format(y=year)}{sep}{word}{space}{printed:.2f}万元，其中：因公出国（境）费0.00万元，"
            f"公务接待费{reception:.2f}万元，公务用车购置及运行维护费{cars:.2f}万元。")
    return "\n".join(["“三公”经费情况说明", line, "以上经费严格按照规定使用。"]) + "\n", total
