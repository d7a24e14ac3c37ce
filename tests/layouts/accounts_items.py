"""The 一般公共预算财政拨款支出决算具体情况 of a 决算情况说明 as pages give it from the middle (no heading, Sichuan
county pages): one line per 项, "一般公共服务(类)政府办公厅(室)及相关机构事务(款)行政运行(项):支出决算为A万元,完成
预算100%,决算数与预算数持平。", a 款 whose 项 is left empty ("(款)(项)"), a name with a bracket of its own (办公厅(室)),
and one 项 spent below its budget with the difference said. Invented figures; ``plant`` prints that 项's
completion rate five points high; ``same_off`` prints one 项 that spent its whole budget with a rate other than
100% (``words``: how its sentence says the two are equal, its rate and its comma, varied by seed)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)

ITEMS = (("一般公共服务", "政府办公厅(室)及相关机构事务", "行政运行"),
         ("社会保障和就业", "行政事业单位养老支出", ""),
         ("卫生健康", "行政事业单位医疗", "行政单位医疗"),
         ("住房保障", "住房改革支出", "住房公积金"))


@dataclass
class Items:
    spent: dict[str, Decimal]  # the 项's name (the 款's where the 项 is empty) → its 决算
    rate: Decimal  # the under-spent 项's completion rate as printed
    lines: list[str]


SAME = ("决算数与预算数持平", "决算数等于预算数", "决算数与年初预算数一致", "决算与预算持平")
RATE = ("完成预算{}%", "完成年初预算的{}%", "完成调整预算数的{}%")


def items(seed: int, plant: bool = False, same_off: bool = False) -> Items:
    rng = random.Random(seed)
    spent: dict[str, Decimal] = {}
    lines: list[str] = []
    rate = Decimal(0)
    for k, (lei, kuan, xiang) in enumerate(ITEMS):
        amount = Decimal(rng.randrange(100, 90000)) / 100
        spent[xiang or kuan] = amount
        head = f"{lei}(类){kuan}(款){xiang}(项):支出决算为{amount}万元,"
        if k == 1:
            short = Decimal(rng.randrange(100, 5000)) / 100
            rate = (amount / (amount + short) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            rate += 5 if plant else 0
            lines.append(head + f"完成预算{rate}%,决算数小于预算数{short}万元,主要原因是人员减少。")
        elif k == 2:  # spent its whole budget: 100%, said in the seed's words
            off = Decimal(rng.randrange(105, 2000)) / 100 * rng.choice((1, -1))
            said = RATE[seed % len(RATE)].format(HUNDRED + off if same_off else 100)
            comma = "，" if seed % 2 else ","
            lines.append(head.replace(",", comma) + said + comma + SAME[seed % len(SAME)] + "。")
        else:
            lines.append(head + "完成预算100%,决算数与预算数持平。")
    return Items(spent, rate, lines)
