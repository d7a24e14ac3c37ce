"""A 三公 statement in words that says last year's amount beside this year's, then the change with no 比/较 before the
amount compared with: "支出决算18.60万元,上年决算22.00万元,同比减少3.40万元", "公务接待费8.40万元,2022年为9.80万元,减少
1.40万元", "同比下降15.45%(上年22.00万元)", "2022年“三公”经费决算数为22.00万元,比上年减少…" (invented figures, no table). ``plant``: "total", "item" or "rate", that
figure ten units of its last place off. The lines and the 1-based line of the figure planted.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

PRIOR = ("上年决算{p}万元", "{y}年为{p}万元", "{y}年决算{p}万元", "上年同期{p}万元", "去年为{p}万元")
CHANGE = ("同比{w}{d}万元", "比上年{w}{d}万元", "{w}{d}万元", "较上年{w}{d}万元")


def _word(d: Decimal) -> str:
    return "增加" if d > 0 else "减少"


def invent(seed: int, plant: str | None = None) -> tuple[list[str], int]:
    rng = random.Random(seed)
    year = rng.randint(2030, 2036)
    ten = Decimal("0.10")
    item, item_prior = Decimal(rng.randrange(300, 2000)) / 100, Decimal(rng.randrange(300, 2000)) / 100
    rest, rest_prior = Decimal(rng.randrange(300, 2000)) / 100, Decimal(rng.randrange(300, 2000)) / 100
    if item == item_prior:
        item_prior += 1
    total, total_prior = item + rest, item_prior + rest_prior
    if total == total_prior:
        rest_prior += 1
        total_prior += 1
    total_d, item_d = total - total_prior, item - item_prior
    said_total = abs(total_d) + (ten if plant == "total" else 0)
    said_item = abs(item_d) + (ten if plant == "item" else 0)

    def prior(p: Decimal) -> str:
        return rng.choice(PRIOR).format(p=f"{p:.2f}", y=year - 1)

    if seed % 4 == 2:  # the item named again for last year ("2022年“三公”经费决算数为22.00万元,比上年减少3.40万元")
        rate = (abs(total_d) / total_prior * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        first = (f"{year}年“三公”经费决算数为{total:.2f}万元,{year - 1}年“三公”经费决算数为{total_prior:.2f}万元,"
                 f"比上年{_word(total_d)}{said_total:.2f}万元,{'增长' if total_d > 0 else '下降'}{rate}%。")
    elif seed % 4 == 3:
        rate = (abs(total_d) / total_prior * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        rate += Decimal(1) if plant == "rate" else 0
        first = (f"{year}年度“三公”经费财政拨款支出决算{total:.2f}万元,同比{'增长' if total_d > 0 else '下降'}{rate}%"
                 f"(上年{total_prior:.2f}万元)。")
    else:
        first = (f"{year}年度“三公”经费财政拨款支出决算{total:.2f}万元,{prior(total_prior)},"
                 + rng.choice(CHANGE).format(w=_word(total_d), d=f"{said_total:.2f}") + "。")
    lines = [f"某局{year}年度“三公”经费支出决算情况说明", first,
             f"其中:公务接待费{item:.2f}万元,{prior(item_prior)},"
             + rng.choice(CHANGE).format(w=_word(item_d), d=f"{said_item:.2f}") + ";因公出国(境)费0万元;"
             f"公务用车购置及运行维护费{rest:.2f}万元。"]
    return lines, 3 if plant == "item" else 2


def saved(seed: int, plant: bool = False) -> tuple[list[str], int]:
    """"支出预算为B万元,实际支出A万元,节约D万元": a saving said with no 比/较 is on the budget said before it. ``plant``:
    D ten units of its last place off. The lines and the 1-based line of the saving."""
    rng = random.Random(seed)
    year = rng.randint(2030, 2036)
    budget = Decimal(rng.randrange(1500, 9000)) / 100
    spent = budget - Decimal(rng.randrange(10, 900)) / 100
    saving = budget - spent + (Decimal("0.10") if plant else 0)
    word = rng.choice(("节约", "节省"))
    return [f"某局{year}年度“三公”经费支出决算情况说明",
            f"{year}年度“三公”经费支出预算为{budget:.2f}万元,实际支出{spent:.2f}万元,{word}{saving:.2f}万元。"], 2


LEADS = ("与{y}年相比,", "与上年相比,", "与上年决算相比,", "较上年,")


def led(seed: int, plant: bool = False) -> tuple[list[str], int]:
    """Two years' totals said in one sentence, the change in the next, which opens with its comparison before the item
    it names ("与2022年相比,“三公”经费支出减少3.40万元"). ``plant``: the change ten units of its last place off."""
    rng = random.Random(seed)
    year = rng.randint(2030, 2036)
    now, before = Decimal(rng.randrange(500, 3000)) / 100, Decimal(rng.randrange(500, 3000)) / 100
    if now == before:
        before += 1
    change = abs(now - before) + (Decimal("0.10") if plant else 0)
    lead = rng.choice(LEADS).format(y=year - 1)
    return [f"某局{year}年度“三公”经费支出决算情况说明",
            f"{year}年“三公”经费支出{now:.2f}万元,{year - 1}年“三公”经费支出{before:.2f}万元。",
            f"{lead}“三公”经费支出{_word(now - before)}{change:.2f}万元。"], 3
