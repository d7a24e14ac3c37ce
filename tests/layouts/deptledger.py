"""An invented department-wide self-evaluation (a form or a report) that prints its department's 收支 as a row of
labels over a row of amounts (the 湖南 template's 二、部门(单位)收支情况: 年度收入情况 / 年度支出情况), with or without
a 三公 table after them: the shape accounts readers took for a 三公 table or read nothing of."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

CENT = Decimal("0.01")
HEADINGS = {
    "form": "{year}年度部门整体支出绩效自评表",
    "unit_form": "{unit}{year}年度部门整体支出绩效自评表",
    "eval": "{unit}单位整体支出绩效评价表",
    "report": "{year}年度部门整体支出绩效评价自评报告",
}
INCOME = ("收入合计", "上年结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他")
SPENDING = ("支出合计", "基本支出", "项目支出")


@dataclass
class Ledger:
    unit: str
    year: int
    income: dict[str, Decimal | None]  # None: the cell is printed blank
    spending: dict[str, Decimal]


def _money(rnd: random.Random, low: int, high: int) -> Decimal:
    return (Decimal(rnd.randint(low * 100, high * 100)) / 100).quantize(CENT)


def invent_ledger(seed: int, blank: bool = False) -> Ledger:
    """A department's 收支 whose totals are their parts; ``blank`` leaves 政府基金拨款 blank (its cell vanishes in
    text that drops blank cells)."""
    rnd = random.Random(seed)
    carried, public = _money(rnd, 1, 40), _money(rnd, 300, 2000)
    fund = None if blank else _money(rnd, 1, 50)
    special, other = _money(rnd, 1, 60), _money(rnd, 1, 30)
    total = carried + public + (fund or 0) + special + other
    income = dict(zip(INCOME, (total, carried, public, fund, special, other), strict=True))
    basic = _money(rnd, 200, int(total * Decimal("0.7")))
    project = _money(rnd, 10, int(total - basic))
    return Ledger(f"示例县{rnd.choice(['档案馆', '统计局', '司法局'])}", 2018 + seed % 5, income,
                  {"支出合计": basic + project, "基本支出": basic, "项目支出": project})


def ledger_rows(led: Ledger, heading: str, sangong: bool = False) -> list[list[str]]:
    """The self-evaluation's rows as cells (blank cells kept as ""): its heading, unit, staff, then the two blocks;
    with ``sangong``, a 三公 table after them."""
    rows = [[HEADINGS[heading].format(year=led.year, unit=led.unit)],
            [f"部门(单位)名称:{led.unit}"],
            ["一、部门(单位)基本概况"],
            ["人员编制", "30", "实有人数", "28"],
            ["二、部门(单位)收支情况"],
            ["年度收入情况(万元)"],
            list(led.income),
            ["" if v is None else f"{v}" for v in led.income.values()],
            ["年度支出情况(万元)"],
            list(led.spending),
            [f"{v}" for v in led.spending.values()]]
    if sangong:
        rows += [["三公经费支出情况(万元)"], ["合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费"],
                 ["12.50", "0", "8.00", "4.50"]]
    return rows
