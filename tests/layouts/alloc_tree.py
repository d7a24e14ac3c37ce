"""A province's (or city's) allocation table as a tree: a group row per city (东州市小计, or 东州市合计) over its
members (its 市本级, its counties), and the table's 合计 (全省合计) first or last; invented names and figures.

``tree(seed, total_first, group_word, member_prefix, planted)`` gives the rows of cells and the total;
``planted`` prints the table's 合计 one more than the groups' sum.
"""

from __future__ import annotations

import random
from decimal import Decimal

CITIES = ("东州市", "西州市", "南州市", "北州市")
MEMBERS = ("甲县", "乙县", "丙区", "丁县", "戊区", "己县")


def tree(seed: int, total_first: bool, group_word: str = "小计", member_prefix: str = "",
         planted: bool = False) -> tuple[list[list[str]], Decimal]:
    rng = random.Random(seed)
    rows: list[list[str]] = [["2031年困难残疾人生活补贴资金分配表"], ["单位:万元"], ["地区", "金额", "备注"]]
    body: list[list[str]] = []
    total = Decimal(0)
    for city in CITIES[: rng.randint(2, 4)]:
        names = [f"{member_prefix}市本级", *rng.sample(MEMBERS, rng.randint(1, 4))]
        amounts = [Decimal(rng.randint(10, 9000)) / rng.choice((1, 10)) for _ in names]
        group = sum(amounts, Decimal(0))
        total += group
        body.append([f"{city}{group_word}", f"{group}", ""])
        body += [[n, f"{v}", "按因素法分配" if k % 3 == 2 else ""] for k, (n, v) in enumerate(zip(names, amounts))]
    printed = total + 1 if planted else total
    head = ["全省合计", f"{printed}", ""]
    rows += [head, *body] if total_first else [*body, head]
    rows.append(["附件2", "2031年困难残疾人生活补贴资金区域绩效目标表"])
    return rows, total
