"""A budget explained item by item (a 机关事务 bureau's 2012 page): each income kind "(一)经费拨款:指……。2012年预算安排
A万元。", then the spending by 项 with its code run into its name under a 款 heading that has no colon
("1.一般公共服务(类)政府办公厅(室)及相关机构事务(款)" / "2010301行政运行(项):用于…。2012年预算安排B万元。").
Invented figures; ``twice`` gives one item two arranged amounts (this year's and last year's), which no reader
may choose between."""

from __future__ import annotations

import random
from decimal import Decimal

INCOME = ("经费拨款", "非税收入", "住房补贴资金")
SPENDING = (("2010301", "行政运行"), ("2010302", "一般行政管理事务"), ("2050201", "学前教育"))


def budget_items(seed: int, twice: bool = False) -> tuple[dict[str, Decimal], list[str]]:
    rng = random.Random(seed)
    year = 2010 + rng.randrange(8)
    amounts = {name: Decimal(rng.randrange(100, 900000)) / 100 for name in (*INCOME, *(n for _, n in SPENDING))}
    lines = ["一、收入项目"]
    for k, name in enumerate(INCOME):
        lines.append(f"({'一二三'[k]}){name}:指财政部门当年安排给单位的资金。{year}年预算安排{amounts[name]}万元。")
    lines += ["二、支出项目", "(一)支出功能科目类", "1.一般公共服务(类)政府办公厅(室)及相关机构事务(款)"]
    for k, (code, name) in enumerate(SPENDING):
        if k == 2:
            lines.append("2、教育(类)普通教育(款)")
        extra = f"{year - 1}年预算安排{amounts[name] - 1}万元," if twice and k == 1 else ""
        lines.append(f"{code}{name}(项):用于反映本单位的支出。{extra}{year}年预算安排{amounts[name]}万元。")
    return amounts, lines
