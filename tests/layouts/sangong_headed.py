"""A 三公 预算 说明 set out under numbered item headings (一、因公出国(境)经费 / 二、公务用车购置及运行费 / 三、公务接待费),
after an opening sentence that says it sets the figures out ("现将我厅2016年“三公经费”预算数说明如下:"): each item's
amount stands in the paragraph under its heading, its name quoted ("“公务用车运行维护费”预算数50万元") or not said at
all ("2016年预算安排8万元"), with last year's budget and the change. Invented figures; the heading marks, the intro's
verb, the quoting, the wording of the amount and the items' order vary with the seed. ``total`` states the 三公 total
in the opening sentence; ``plant`` prints it 10 万元 below the sum of the items (whole 万元: 1 is within rounding; the cars may be given by their 运行费 alone, and parts short of the total prove nothing).
``prior=False`` leaves last year's budgets out."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

HEADS = {"因公出国(境)费": "因公出国(境)经费", "公务用车运行费": "公务用车购置及运行费", "公务接待费": "公务接待费"}
SAID = {"因公出国(境)费": "因公出国(境)费", "公务用车运行费": "公务用车运行维护费", "公务接待费": "公务接待费"}


@dataclass
class Headed:
    text: str
    amounts: dict[str, Decimal]  # item → this year's amount
    read: dict[str, str]  # item → the item its amount is read as (the heading's, where the amount does not say)


def headed(seed: int, total: bool = False, plant: bool = False, prior: bool = True) -> Headed:
    rng = random.Random(seed)
    year = rng.randrange(2014, 2024)
    items = list(HEADS)
    rng.shuffle(items)
    amounts = {i: Decimal(rng.randrange(2, 200)) for i in items}
    marks = rng.choice((["一、", "二、", "三、"], ["(一)", "(二)", "(三)"], ["1.", "2.", "3."]))
    verb = rng.choice(("说明如下", "公布如下", "报告如下"))
    whole = sum(amounts.values(), Decimal(0)) - (10 if plant else 0)
    read = {i: i for i in items}
    said_total = f",“三公”经费预算数共{whole}万元" if total else ""
    lines = [f"根据财政部门关于做好{year}年预算公开工作的通知要求{said_total},现将我厅{year}年“三公经费”预算数{verb}:"]
    for k, item in enumerate(items):
        now = amounts[item]
        before = now + Decimal(rng.randrange(1, 50))
        rate = ((before - now) / before * 100).quantize(Decimal("0.1"))
        quote = rng.choice((("“", "”"), ("", "")))
        name = f"{quote[0]}{SAID[item]}{quote[1]}"
        amount = rng.choice((f"{year}年预算安排{now}万元", f"{name}预算数{now}万元", f"{year}年预算安排,{name}{now}万元"))
        if k == 0 and item == "公务接待费":  # the item not said at all, only its heading names it
            amount = f"{year}年预算安排{now}万元"
        if item == "公务用车运行费" and amount.startswith(f"{year}年预算安排{now}"):  # not said: its heading's item
            read[item] = "公务用车购置及运行费"
        lines += [f"{marks[k]}{HEADS[item]}",
                  f"    {amount},主要用于日常工作。" + (f"{year - 1}年预算数{before}万元,{year}年预算比{year - 1}年预算下降{rate}%。"
                                                    if prior else "")]
    return Headed("\n".join(lines) + "\n", amounts, read)
