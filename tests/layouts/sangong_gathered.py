"""A 三公 说明 whose total and items stand together (one line, or the total's line and its items on the lines straight
after it) or apart (the total in the opening paragraph, each item in a paragraph of its own further on, with other
text between): invented figures, the total optionally off its items by a planted amount. For
``tests/test_accounts_sangong_gathered.py``."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Gathered:
    text: str
    total: Decimal
    items: dict[str, Decimal]


def gathered(seed: int, apart: bool, plant: bool = False) -> Gathered:
    rng = random.Random(seed)
    comma = rng.choice((",", "，"))
    year = rng.randrange(2018, 2026)
    stage = rng.choice(("预算", "决算"))
    abroad = Decimal(rng.randrange(0, 50)) / 10
    reception = Decimal(rng.randrange(10, 300)) / 10
    cars = Decimal(rng.randrange(10, 500)) / 10
    total = abroad + reception + cars
    printed = total + (Decimal("1.5") if plant else 0)
    opening = rng.choice((f"{year}年“三公”经费{stage}数为{printed}万元",
                          f"本部门{year}年一般公共预算“三公”经费{stage}{printed}万元",
                          f"{year}年度“三公”经费财政拨款支出{stage}合计{printed}万元"))
    items = [f"因公出国(境)费{abroad}万元", f"公务接待费{reception}万元", f"公务用车购置及运行费{cars}万元"]
    rng.shuffle(items)
    head = rng.choice((f"{year}年“三公”经费{stage}情况说明", f"关于{year}年“三公”经费{stage}的说明"))
    if apart:
        filler = [f"“三公”经费的{stage}严格执行中央八项规定精神{comma}厉行节约。",
                  f"主要用于保障单位正常运转{comma}不搞铺张浪费。", "一、主要情况", "二、变动原因"]
        body = [opening + "。", rng.choice(filler)]
        for k, item in enumerate(items):
            body += [f"{'（一）（二）（三）'[3 * k:3 * k + 3]}{item}{comma}{rng.choice(('主要用于日常工作', '与上年持平'))}。",
                     rng.choice(filler)]
    else:
        sep = rng.choice(("，其中：", "，其中", "。其中:", "，包括"))
        if rng.random() < 0.5:
            body = [opening + sep + comma.join(items) + "。"]
        else:
            body = [opening + sep, *(x + (comma if i < 2 else "。") for i, x in enumerate(items))]
    named = {"因公出国(境)费": abroad, "公务接待费": reception, "公务用车购置及运行费": cars}
    return Gathered("\n".join([head, *body]) + "\n", printed, named)
