"""A “三公”经费 决算 stated only in prose, one year, its budget and its spending both said (Yunnan county pages): "…“三公”
经费支出年初预算为B元,支出决算为A元,完成年初预算的r%。其中:因公出国(境)费支出决算为a元,…;公务接待费支出决算为d元,
…。" then a paragraph of changes on last year that names the items again without a stage ("其中:因公出国(境)费支出0.00
元;…"). Every figure is said twice, so only the stage each label ends in tells which go together. Invented figures
in 元 or 万元; the items in the seed's order, separated by ；or ，; ``plant`` prints the 决算 total ``off`` away from
its items."""

from __future__ import annotations

import random
from decimal import Decimal

ITEMS = ("因公出国(境)费", "公务用车购置费", "公务用车运行维护费", "公务接待费")


def stage_text(seed: int, off: Decimal = Decimal(0)) -> tuple[list[str], Decimal]:
    """The page's lines and the 决算 total as printed."""
    rng = random.Random(seed)
    yuan = seed % 2 == 0
    unit, scale = ("元", 100) if yuan else ("万元", 10000)
    spent = {k: Decimal(0) if k == ITEMS[0] or (k == ITEMS[1] and seed % 3) else
             Decimal(rng.randrange(100 * scale, 5000 * scale)) / scale for k in ITEMS}
    spent = {k: v.quantize(Decimal("0.01")) for k, v in spent.items()}
    total = sum(spent.values(), Decimal(0)) + off
    budget = (total * Decimal(rng.randrange(110, 300)) / 100).quantize(Decimal("0.01"))
    sep = ("；", "，")[seed // 2 % 2]
    order = list(ITEMS) if seed % 3 else list(reversed(ITEMS))
    said = sep.join(f"{k}支出决算为{spent[k]}{unit}" for k in order)
    prior = {k: (v + Decimal(rng.randrange(0, 900)) / 100).quantize(Decimal("0.01")) for k, v in spent.items()}
    moved = sum(prior.values(), Decimal(0)) - sum(spent.values(), Decimal(0))
    again = sep.join(f"{k}支出{spent[k]}{unit}" for k in order)
    year = 2020 + seed % 5
    return ([f"{year}年度“三公”经费支出决算情况说明",
             f"本部门{year}年度一般公共预算财政拨款“三公”经费支出年初预算为{budget}{unit},支出决算为{total}{unit},"
             f"完成年初预算的{(total / budget * 100).quantize(Decimal('0.1'))}%。其中:{said}。",
             f"{year}年度一般公共预算财政拨款“三公”经费支出决算数比上年减少{moved}{unit}。其中:{again}。"], total)


WORDS = (("因公出国(境)费", "公务接待费", "公务用车运行维护费", "公务用车购置"),
         ("因公出国(境)经费", "公务接待费用", "公务用车运行费", "公务用车购置费"))


def line_text(seed: int, off: Decimal = Decimal(0)) -> tuple[list[str], Decimal]:
    """A town's 三公 lines (Chongqing pages): the year's budget and its items on one line ("2021年我镇“三公”经费预算为
    20万元,其中:因公出国(境)费0万元,公务接待费9万元,…"), then the year's spending said once more with its changes and
    no items. Both totals are the year's, so only the line tells which items go with which; the items in the seed's
    words and order, ``off`` added to the budget total as printed."""
    rng = random.Random(seed)
    words = WORDS[seed % 2]
    items = [Decimal(0), Decimal(rng.randrange(2, 40)), Decimal(rng.randrange(2, 40)),
             Decimal(0) if seed % 3 else Decimal(rng.randrange(5, 30))]
    total = sum(items, Decimal(0)) + off
    pairs = list(zip(words, items, strict=True))
    if seed % 4 >= 2:
        pairs.reverse()
    sep = ("，", ",", "；")[seed % 3]
    year = 2019 + seed % 5
    spent = (total * Decimal(rng.randrange(40, 95)) / 100).quantize(Decimal("0.01"))
    return ([f"{year}年“三公”经费决算汇总情况",
             f"{year}年我镇“三公”经费预算为{total}万元,其中:" + sep.join(f"{w}{a}万元" for w, a in pairs) + "。",
             f"{year}年“三公”经费支出共计{spent}万元,较年初预算数减少{total - spent}万元,主要原因是厉行节约。"], total)


TOTALS = ("决算总数", "决算总额", "支出决算合计")


def two_sets(seed: int, off: Decimal = Decimal(0), line: int = 3) -> tuple[list[str], Decimal]:
    """One year's 三公 said twice in a news item (Xinjiang pages): its spending on one line, the total named
    "…决算总数"/"…决算总额" and the items "…决算"; its budget on another, no label naming a stage ("…支出总额为A万元。
    其中:…费用0万元;公务接待费B万元;公务用车购置及运行维护费C万元,包括公务用车购置费D万元、…运行及维护费E万元").
    Only the lines tell which items go with which total; ``off`` is added to one item on ``line`` (2: the spending's,
    3: the budget's). The item printed off and the line's total as printed are returned."""
    rng = random.Random(seed)
    year = 2012 + seed % 6
    sep = ("；", ";", "，")[seed % 3]
    spent = [Decimal(0), Decimal(rng.randrange(1000, 9000)) / 100, Decimal(rng.randrange(100, 2000)) / 100]
    buy, run = Decimal(rng.randrange(10, 400)), Decimal(rng.randrange(1000, 20000)) / 10
    budget = [Decimal(0), Decimal(rng.randrange(10, 300)), buy + run]
    names = WORDS[seed % 2][:2] + ("公务用车购置及运行维护费",)
    total_spent, total_budget = sum(spent, Decimal(0)), sum(budget, Decimal(0))
    if line == 2:
        spent[1] += off
    else:
        budget[1] += off
    said = sep.join(f"{n}决算{a}万元" for n, a in zip(names, spent, strict=True))
    planned = sep.join(f"{n}{a}万元" for n, a in zip(names, budget, strict=True))
    return ([f"{year}年“三公”经费公示",
             f"{year}年本区财政拨款“三公”经费{TOTALS[seed % 3]}{total_spent}万元(含政府性基金),其中:{said}。",
             f"本区{year}年“三公”经费预算安排情况:{year}年本区本级“三公”经费支出总额为{total_budget}万元。其中:{planned},"
             f"包括公务用车购置费{buy}万元、公务用车运行及维护费{run}万元。"],
            total_spent if line == 2 else total_budget)
