"""Allocation tables whose amount columns carry the year they are for (2031年补助金额 | 2030年提前下达 | 2031年实际下达),
or name the rows' whole in a word no column model lists (核定数, 应拨数), generated with invented names and figures:
the first amount is the row's whole, the others its parts, as every row's and the 合计's own arithmetic shows.

``dated(seed, planted, named)`` gives (rows of cells, the table's total, one row's (name, whole)); ``planted``
prints the 合计 (its whole and its first part) one more than the rows make; ``named``: the whole's label is one a
header states (补助金额, 分配金额) after the year, else a word only the table's arithmetic explains.
"""

from __future__ import annotations

import random
from decimal import Decimal

PLACES = ("东州市", "西岭县", "南河区", "北原县", "石城市", "青川县", "白水县", "金沙区", "云台县", "柳江市")
NAMED = ("补助金额", "分配金额", "下达资金", "补助资金")
UNNAMED = ("核定数", "应拨数", "测算数")
PARTS = (("提前下达", "实际下达"), ("已下达", "本次下达"), ("上年预拨", "本年清算", "本次追加"))
TITLE = "2031年示例公共服务补助资金分配表"


def dated(seed: int, planted: bool = False, named: bool = True) -> tuple[list[list[str]], Decimal, tuple[str, Decimal]]:
    rng = random.Random(seed)
    parts = rng.choice(PARTS)
    whole = rng.choice(NAMED if named else UNNAMED)
    header = ["序号", rng.choice(("地区", "县(市、区)", "单位"))] + [f"2031年{whole}"] + \
        [f"{2030 + (k == len(parts) - 1)}年{p}" for k, p in enumerate(parts)]
    body: list[list[str]] = []
    sums = [Decimal(0)] * len(parts)
    one: tuple[str, Decimal] = ("", Decimal(0))
    for k, place in enumerate(rng.sample(PLACES, rng.randint(3, 8)), 1):
        split = [Decimal(rng.randint(10, 5000)) for _ in parts]
        sums = [a + b for a, b in zip(sums, split)]
        body.append([str(k), place, f"{sum(split, Decimal(0))}", *(f"{v}" for v in split)])
        one = (place, sum(split, Decimal(0)))
    total = sum(sums, Decimal(0))
    extra = Decimal(1) if planted else Decimal(0)
    lead = ["合 计"] if rng.random() < 0.5 else ["", "合计"]  # the label in the merged 序号 + name cell, or in its own
    printed = [*lead, f"{total + extra}", f"{sums[0] + extra}", *(f"{v}" for v in sums[1:])]
    first = rng.random() < 0.5
    rows = [[TITLE], ["单位:万元"], header] + ([printed] + body if first else body + [printed])
    rows.append(["附件2", "2031年示例公共服务补助资金绩效目标表"])
    return rows, total, one
