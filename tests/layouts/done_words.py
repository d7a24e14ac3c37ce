"""A 三公 statement in words whose completion rates are said in the wordings pages use besides 完成预算的: "占年初预算的
x%", "为全年预算数的x%", "达到预算的x%", "完成调整预算的x%" (invented figures): the total's and the 公务接待费's, each
after its budget ("年初预算为B万元") and its spending ("支出决算为A万元"). ``plant``: "total" or "item", that rate ten
units of its last place off. ``yi``: a county report's revenue in 亿元 said "为年初预算数的x%" after them, and after a budget and an
amount in 万元 (its figure is not in 万元: neither is the one it is of).
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

WORDS = ("完成{b}预算的", "占{b}预算的", "为{b}预算数的", "达到{b}预算的", "占{b}预算数的")
BUDGETS = ("年初", "全年", "调整", "")


def _rate(a: Decimal, b: Decimal, places: int) -> Decimal:
    return (a / b * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def invent(seed: int, plant: str | None = None, yi: bool = False) -> tuple[list[str], int]:
    """The lines and the 1-based line of the rate planted (the total's on line 2, the item's on line 3)."""
    rng = random.Random(seed)
    year, places = rng.randint(2030, 2036), rng.choice((0, 1, 2))
    step = Decimal(10).scaleb(-places)
    item_b = Decimal(rng.randrange(500, 3000)) / 100
    item_a = (item_b * rng.randrange(30, 98) / 100).quantize(Decimal("0.01"))
    rest_b = Decimal(rng.randrange(500, 3000)) / 100
    rest_a = (rest_b * rng.randrange(30, 98) / 100).quantize(Decimal("0.01"))
    total_b, total_a = item_b + rest_b, item_a + rest_a
    total_r = _rate(total_a, total_b, places) + (step if plant == "total" else 0)
    item_r = _rate(item_a, item_b, places) + (step if plant == "item" else 0)

    def said(rate: Decimal) -> str:
        return rng.choice(WORDS).format(b=rng.choice(BUDGETS)) + f"{rate}%"

    lines = [f"某局{year}年度“三公”经费支出决算情况说明",
             f"{year}年度一般公共预算财政拨款“三公”经费支出年初预算为{total_b:.2f}万元,支出决算为{total_a:.2f}万元,"
             f"{said(total_r)}。",
             f"其中:公务接待费年初预算为{item_b:.2f}万元,支出决算为{item_a:.2f}万元,{said(item_r)};公务用车运行维护费"
             f"年初预算为{rest_b:.2f}万元,支出决算为{rest_a:.2f}万元。"]
    if yi:
        lines.append(f"县本级收入年初预算为{rng.randrange(5000, 9000)}万元,实际完成{rng.randrange(5000, 9000)}万元。"
                        f"全县一般公共预算收入{Decimal(rng.randrange(100, 900)) / 10}亿元,为年初预算数的"
                        f"{Decimal(rng.randrange(900, 1300)) / 10}%。")
    return lines, 2 if plant == "total" else 3


def budget_shares(seed: int) -> list[str]:
    """A 部门预算 说明 whose kinds' budgets are said with their share of the whole budget in the completion's words
    ("基本支出预算A万元,占预算的x%"): a share, never a completion of the figure before it (which is itself a budget)."""
    rng = random.Random(seed)
    year = rng.randint(2030, 2036)
    basic, project = Decimal(rng.randrange(10000, 90000)) / 100, Decimal(rng.randrange(10000, 90000)) / 100
    whole = basic + project
    word = rng.choice(("占预算的", "占年初预算的", "占预算数的", "为预算的"))
    return [f"某单位{year}年度部门预算情况说明", "一、收入支出预算总体情况",
            f"{year}年度收入预算{whole:.2f}万元,支出预算{whole:.2f}万元。其中:基本支出预算{basic:.2f}万元,"
            f"{word}{_rate(basic, whole, 2)}%;项目支出预算{project:.2f}万元,{word}{_rate(project, whole, 2)}%。"]


# the spending said first, then the budget, then a rate that says it is the 决算's (or names the budget with it)
SPENT_FIRST = ("决算数占预算数的{r}%", "预算执行率为{r}%", "预算执行率{r}%", "决算数占{b}预算数的{r}%")


def spent_first(seed: int, plant: bool = False) -> tuple[list[str], int]:
    """A 三公 total said "支出决算为A万元,年初预算为B万元,决算数占预算数的x%" (or "预算执行率为x%"), or "支出决算为A万元,为年初
    预算B万元的x%": the rate is A ÷ B although the figure right before it is the budget. ``plant``: the rate ten units
    of its last place off. The lines and the 1-based line of the rate."""
    rng = random.Random(seed)
    year, places = rng.randint(2030, 2036), rng.choice((0, 1, 2))
    budget = Decimal(rng.randrange(1500, 9000)) / 100
    spent = (budget * rng.randrange(40, 98) / 100).quantize(Decimal("0.01"))
    rate = _rate(spent, budget, places) + (Decimal(10).scaleb(-places) if plant else 0)
    b = rng.choice(BUDGETS)
    if seed % 3 == 2:
        said = f"支出决算为{spent:.2f}万元,为{b}预算{budget:.2f}万元的{rate}%"
    else:
        said = (f"支出决算为{spent:.2f}万元,{b}预算为{budget:.2f}万元,"
                + rng.choice(SPENT_FIRST).format(r=rate, b=b))
    return [f"某局{year}年度“三公”经费支出决算情况说明", f"{year}年度一般公共预算财政拨款“三公”经费{said}。",
            f"其中:公务接待费支出决算为{spent:.2f}万元,因公出国(境)费和公务用车购置及运行维护费均为0万元。"], 2

