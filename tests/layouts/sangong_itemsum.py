"""A 三公 预算 情况说明 in prose whose item sentences give their own workings: a trip's cost per person and its sum
("拟安排出访2批次,计划出国(境)4人,预算费用3.5万元/人,共计14万元"), a car's count and cost ("保留公务用车3辆,每辆
运行费4万元,总计12万元"), the sum said after the item's own figure, in its own sentence or in the same one; then a
closing sentence that lists two items or more and totals them ("…,公务接待费X万元,共计Y万元"), or not. Invented
figures; the total word (共计/总计), the separators, the order of the items and the heading vary with the seed.
``plant`` prints the 三公 total 1 万元 above the sum of its items."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class ItemSum:
    text: str
    total: Decimal
    items: dict[str, Decimal]


def item_sum(seed: int, plant: bool = False, closing: bool = False) -> ItemSum:
    rng = random.Random(seed)
    word = rng.choice(("共计", "总计"))
    comma = rng.choice((",", "，"))
    people, each = rng.randrange(2, 6), Decimal(rng.randrange(15, 60)) / 10
    cars, per = rng.randrange(2, 9), Decimal(rng.randrange(20, 80)) / 10
    abroad, running = people * each, cars * per
    reception = Decimal(rng.randrange(10, 200)) / 10
    total = abroad + running + reception
    printed = total + (1 if plant else 0)
    year = rng.randrange(2019, 2026)
    own = rng.random() < 0.5  # the workings in a sentence of their own, or run on after the item's figure
    sep = "。" if own else comma
    trip = (f"因公出国(境)经费{abroad}万元{comma}较上年预算下降10%{sep}根据年度出访计划{comma}计划出国(境){people}人"
            f"{comma}预算费用{each}万元/人{comma}{word}{abroad}万元。")
    car = (f"公务用车购置及运行费{running}万元(其中{comma}公务用车购置费0万元{comma}公务用车运行费{running}万元)"
           f"{sep}保留公务用车{cars}辆{comma}每辆运行费{per}万元{comma}{word}{running}万元。")
    guest = f"公务接待费{reception}万元{comma}主要用于上级检查指导工作的接待。"
    body = [trip, car, guest]
    rng.shuffle(body)
    lines = [rng.choice((f"某县农业农村局{year}年“三公”经费预算情况说明", f"{year}年“三公”经费预算说明")),
             f"本单位{year}年一般公共预算“三公”经费预算数为{printed}万元{comma}其中:", *body]
    if closing:  # the items listed again and totalled in one sentence: that 共计 is the 三公 total
        lines.append(f"综上{comma}因公出国(境)经费{abroad}万元{comma}公务用车购置及运行费{running}万元{comma}"
                     f"公务接待费{reception}万元{comma}{word}{printed}万元。")
    items = {"因公出国(境)费": abroad, "公务用车购置及运行费": running, "公务接待费": reception}
    return ItemSum("\n".join(lines) + "\n", printed, items)
