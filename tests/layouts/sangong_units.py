"""A city's 三公 budget as the news reports it (济南 2014): the total in 亿元 rounded to its hundredths ("预算总额为2.08
亿元") and the items in 万元 ("因公出国(境)费用1344万元"), each with its rate of change only. Invented figures;
``plant`` prints the total 0.5 亿元 above the items' sum, beyond the rounding of its last digit."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass
class News:
    total: Decimal  # 亿元, as printed
    items: dict[str, Decimal]  # 万元
    text: str


def news(seed: int, plant: bool = False) -> News:
    rng = random.Random(seed)
    items = {"因公出国(境)费用": Decimal(rng.randrange(500, 3000)), "车辆购置及运行维护费": Decimal(rng.randrange(8000, 20000)),
             "公务接待费": Decimal(rng.randrange(2000, 6000))}
    total = (sum(items.values(), Decimal(0)) / 10000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    total += Decimal("0.5") if plant else 0
    names = list(items)
    text = "\n".join([
        f"某市今年“三公”预算总额{total}亿 比去年下降",
        f"2014年某市本级公共预算财政拨款安排的“三公”经费预算总额为{total}亿元,比2013年预算下降10.84%,其中:"
        f"{names[0]}{items[names[0]]}万元,增长6.94%; {names[1]}{items[names[1]]}万元,下降10.42%; "
        f"{names[2]}{items[names[2]]}万元,下降16.59%。",
    ]) + "\n"
    return News(total, items, text)


def one_item(seed: int, plant: bool = False) -> tuple[Decimal, str]:
    """A county's 三公 budget under its own heading that gives one item only, its fall on last year as an amount and a
    rate, the other items said to have no budget (a county page, 2017). ``plant``: the rate printed 3 points high."""
    rng = random.Random(seed)
    running = Decimal(rng.randrange(2000, 9000)) / 100
    fall = Decimal(rng.randrange(50, 500)) / 100
    rate = (fall / (running + fall) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) + (3 if plant else 0)
    return running, "\n".join([
        "2017年“三公”经费预算情况说明", "时间:2018-01-10 来源:县财政局",
        f"2017年县级一般公共预算安排“三公”经费支出预算中公务用车运行维护费为{running}万元,比上年减少{fall}万元,"
        f"下降{rate}%。因我县财力不足,因公出(境)国、公务接待费没预算。"]) + "\n"
