"""A 决算 statement of the Yunnan county template that ends with the items one by one, the vehicles' figure followed by
其中 and its two parts on the lines after it (``accounts.sangong_vehicles``). Invented figures; ``off`` is added to the
running cost as printed under the vehicles (the figures said before stay right). Units 万元 or 元 by seed."""

from __future__ import annotations

import random
from decimal import Decimal


def listed(seed: int, off: Decimal = Decimal(0), none_said: bool = False) -> tuple[list[str], int]:
    """The lines, and the line (1-based) of the vehicles' figure the parts are listed under. ``none_said``: no car
    bought, and the purchase's line says so (本单位…年度无此项支出), as 寻甸 塘子街道 2023's does."""
    rng = random.Random(seed)
    yuan = seed % 2 == 1
    scale = Decimal(10000) if yuan else Decimal(1)
    unit = "元" if yuan else "万元"
    buy = Decimal(0 if none_said else rng.choice([0, 0, rng.randrange(100, 2000)])) / 100 * scale
    run = Decimal(rng.randrange(100, 900)) / 100 * scale
    guests = Decimal(rng.randrange(100, 900)) / 100 * scale
    cars, total = buy + run, buy + run + guests
    year = 2019 + seed % 5
    return ([f"某县某局{year}年度“三公”经费决算情况说明",
             "一、一般公共预算财政拨款“三公”经费支出决算总体情况",
             f"某县某局{year}年度一般公共预算财政拨款“三公”经费支出决算为{total}{unit}。其中:因公出国(境)费支出决算为0{unit};"
             f"公务用车购置及运行费支出决算为{cars}{unit};公务接待费支出决算为{guests}{unit}。",
             "二、一般公共预算财政拨款“三公”经费支出决算具体情况",
             f"{year}年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出0{unit};公务用车购置及运行维护费支出{cars}"
             f"{unit};公务接待费支出{guests}{unit}。具体情况如下:",
             f"1.因公出国(境)费支出0{unit},共安排因公出国(境)团组0个,累计0人次。",
             f"2.公务用车购置及运行维护费支出{cars}{unit}。其中:",
             f"公务用车购置支出{buy}{unit},购置车辆{1 if buy else 0}辆。" + (f"本单位{year}年度无此项支出。" if none_said else ""),
             f"公务用车运行维护支出{run + off * scale}{unit},开支一般公共预算财政拨款的公务用车保有量为7辆。",
             f"3.公务接待费支出{guests}{unit},主要用于上级检查接待。"], 7)
