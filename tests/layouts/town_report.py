"""A town's 决算报告 in prose (Chongqing towns' pages): the general budget's income and spending with the amounts
added to reach their 总计 ("…收入X万元,加上级补助收入Y万元、上年结转Z万元,收入总计T万元"), the 财力 section's
"支出总计T万元,由一般公共预算支出S万元,加上解支出…等0万元等构成", and a sentence that subtracts (减) and one
that lists parts (其中), and one whose list ends in 等 (not the whole list), whose amounts are no plain sum. Invented figures in 万元 with thousands separators;
``plant`` drops the first digit of the 支出总计 (1,867.48 printed ,867.48), as a real report did."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class TownReport:
    own: Decimal
    transfers: Decimal
    carried: Decimal
    total: Decimal
    lines: list[str]


def _n(d: Decimal) -> str:
    return f"{d:,.2f}"


def town_report(seed: int, plant: bool = False) -> TownReport:
    rng = random.Random(seed)
    own = Decimal(rng.randrange(5000, 50000)) / 100
    transfers = Decimal(rng.randrange(100000, 400000)) / 100
    carried = Decimal(rng.randrange(100, 5000)) / 100
    total = own + transfers + carried
    year = 2018 + rng.randrange(6)
    printed = "," + _n(total)[2:] if plant else _n(total)  # the first digit lost, the separator kept
    tax = own - Decimal(rng.randrange(1, 99)) / 100
    lines = [
        f"某镇人民政府{year}年决算报告",
        "一、预算收支决算情况",
        f"全镇一般公共预算收入{_n(own)}万元,加上级补助收入{_n(transfers)}万元、上年结转{_n(carried)}万元,收入总计{_n(total)}万元。",
        f"全镇一般公共预算支出{_n(total)}万元,加上结转下年、上解上级支出等0万元,支出总计{_n(total)}万元,当年实现收支平衡。",
        f"全镇一般公共预算收入{_n(own)}万元,其中税收收入{_n(tax)}万元,加上级补助{_n(transfers)}万元,收入合计{_n(total)}万元。",
        f"全镇财力{_n(total + 1)}万元,减去上解支出1.00万元,加上年结余{_n(carried)}万元,收入总计{_n(total)}万元。",
        f"全镇一般公共预算收入{_n(own)}万元,加上级补助收入{_n(transfers)}万元等,收入总计{_n(total)}万元。",
        "二、地方财力及平衡情况",
        f"支出总计{printed}万元,由一般公共预算支出{_n(total)}万元,加上解支出、安排预算稳定调节基金、结转下年等0万元等构成,当年收支平衡。",
    ]
    return TownReport(own, transfers, carried, total, lines)
