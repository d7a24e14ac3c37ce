"""A 转移支付 self-evaluation report that states the amount sent down in a sentence and then prints how it was sent,
as a table (…资金下达情况 / …资金分配表 / …资金下达表): 序号 | 地区 | 小计 | one column a kind of funds, each label's unit
printed under it ((万元), a cell of its own where the table comes one cell a line), the 合计 row first or last; with
invented figures.

Or the table has no title and a sentence announces it (资金分配情况如下(单位:万元):, 具体分配如下:, …见下表:).

``report(seed, planted, cut, intro)`` gives the rows of the table (the unit apart or in its label), the text before it and the
table's total; ``planted`` prints the 合计 one more than the places' sum; ``cut`` ends the text after the second place
with the third's 序号 (an excerpt or a page that stops inside the table).
"""

from __future__ import annotations

import random
from decimal import Decimal

TITLES = ("{y}年示例补助资金下达情况", "{y}年示例补助资金分配表", "{y}年示例补助资金下达表")
# or no title: a sentence ending its line announces the table (资金分配情况如下(单位:万元):)
INTROS = ("资金分配情况如下（单位：万元）：", "具体分配如下：", "各县（区）下达情况见下表：", "按因素法安排如下:", "资金分配明细如下")
KINDS = ("一般项目", "重点项目", "绩效奖励")
PLACES = ("市本级", "甲县", "乙县", "丙区", "丁县")


def report(seed: int, planted: bool = False, cut: bool = False, unit_apart: bool = True, intro: int | None = None
           ) -> tuple[str, list[list[str]], Decimal]:
    """(the text before the table, its rows, its total); ``intro`` announces the table in a sentence, no title."""
    rng = random.Random(seed)
    year = 2020 + seed % 4
    kinds = KINDS[: 2 + seed % 2]
    places = PLACES[: rng.randint(3, len(PLACES))]
    amounts = [[Decimal(rng.randrange(10, 500)) for _ in kinds] for _ in places]
    parts = [sum((a[k] for a in amounts), Decimal(0)) for k in range(len(kinds))]
    total = sum(parts, Decimal(0))
    said = "，".join(f"{k}资金{p}万元" for k, p in zip(kinds, parts, strict=True))
    text = (f"示例市{year}年度示例补助资金绩效自评报告\n一、绩效目标分解下达情况\n"
            + (f"省级下达我市示例补助资金{total}万元，其中：{said}，具体情况如下：\n" + TITLES[seed % len(TITLES)].format(y=year)
               if intro is None else f"省级下达我市示例补助资金{total}万元，其中：{said}。\n{INTROS[intro]}") + "\n")
    head = ["序号", "地区", "小计"]
    for k in kinds:
        head += [k, "(万元)"] if unit_apart else [f"{k}(万元)"]
    printed = total + 1 if planted else total
    total_row = ["合计", "", f"{printed}", *(f"{p}" for p in parts)]
    body = [[str(n), place, f"{sum(a, Decimal(0))}", *(f"{v}" for v in a)]
            for n, (place, a) in enumerate(zip(places, amounts, strict=True), 1)]
    if cut:
        body = [*body[:2], ["3"]]
    rows = [head, total_row, *body] if seed % 2 == 0 else [head, *body, total_row] if not cut else [head, total_row, *body]
    return text, rows, total
