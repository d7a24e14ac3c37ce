"""Short 三公 statements in prose that give both stages of the year, item by item, in the wordings pages use
(``accounts.sangong_stage``, ``accounts.sangong_each``). Invented figures: a 决算 below its budget, each stage's items
adding to its own total. ``plant``: which stage's 公务接待费 is printed 1.00 off ("预算" or "决算"), so that its stage's
total no longer adds up (the other stage still does).

Wordings (``WORDINGS``):
- ``labels``: each amount with its stage word before it ("预算数X万元，决算数Y万元，其中：因公出国(境)费预算a万元，决算b万元；…");
- ``side_by_side``: the head gives both totals, each item its two amounts side by side in the head's order
  ("…支出预算为X万元、决算为Y万元，其中：因公出国(境)费a万元、b万元；…");
- ``brackets``: the stage words after the amounts ("X万元（预算数）、Y万元（决算数）");
- ``in_turn_items``: the items listed once, the amounts of each stage in turn ("因公出国(境)费、公务接待费、公务用车购置及
  运行费预算数分别为a万元、b万元和c万元，决算数分别为…");
- ``in_turn_stages``: one item's two stages in turn ("公务接待费预算、决算分别为a万元、b万元");
- ``colon_lines``: an item a line, its name before a colon ("公务接待费：年初预算a万元，实际支出b万元。");
- ``spent_against_budget``: each figure said as spent, the budget it is set against after it ("因公出国(境)支出a万元,
  年初预算为b万元,差值为d万元");
- ``actual_spent``: 年初预算 and 实际支出 inline, the 执行率 of the whole;
- ``completed_of_budget``: each figure spent with the budget it completes ("…支出决算为y万元,完成预算x万元的r%");
- ``bare_spent``: "因公出国(境)费预算a万元，支出b万元" (支出 alone is the spending);
- ``other_in_brackets``: "公务接待费预算数a万元（决算数b万元）".

``rate_after_change``: the difference between the stages said before the completion rate.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal

NAMES = ("因公出国（境）费", "公务接待费", "公务用车购置及运行费")
Figures = tuple[list[Decimal], list[Decimal]]  # (budgets, spending) of the three items


def _figures(seed: int) -> Figures:
    rng = random.Random(seed)
    budget = [Decimal(rng.randrange(0, 3)) * 5, Decimal(rng.randrange(200, 900)) / 100, Decimal(rng.randrange(500, 2000)) / 100]
    spent = [b * Decimal(rng.randrange(60, 100)) / 100 for b in budget]
    return budget, [s.quantize(Decimal("0.01")) for s in spent]


def _planted(figs: Figures, plant: str | None) -> Figures:
    budget, spent = list(figs[0]), list(figs[1])
    if plant == "预算":
        budget[1] += 1
    elif plant == "决算":
        spent[1] += 1
    return budget, spent


def _setup(seed: int, plant: str | None) -> tuple[Figures, list[Decimal], list[Decimal], int]:
    """The statement's figures by stage, each stage's items as printed (one planted off on request), and its year."""
    figs = _figures(seed)
    b, s = _planted(figs, plant)
    return figs, b, s, 2019 + seed % 5


def _head(year: int) -> str:
    return f"某县某局{year}年度“三公”经费决算情况说明"


def labels(seed: int, plant: str | None = None) -> list[str]:
    figs = _figures(seed)
    (b, s), sep = _planted(figs, plant), ("；", ";")[seed % 2]
    year = 2019 + seed % 5
    items = sep.join(f"{n}预算{x}万元，决算{y}万元" for n, x, y in zip(NAMES, b, s, strict=True))
    return [_head(year), f"{year}年三公经费预算数{sum(figs[0])}万元，决算数{sum(figs[1])}万元，其中：{items}。",
            "决算数小于预算数的主要原因是厉行节约。"]


def side_by_side(seed: int, plant: str | None = None) -> list[str]:
    figs, b, s, year = _setup(seed, plant)
    items = "；".join(f"{n}{x}万元、{y}万元" for n, x, y in zip(NAMES, b, s, strict=True))
    return [_head(year), f"{year}年“三公”经费支出预算为{sum(figs[0])}万元、决算为{sum(figs[1])}万元，其中：{items}。"]


def brackets(seed: int, plant: str | None = None) -> list[str]:
    figs, b, s, year = _setup(seed, plant)
    items = "；".join(f"{n}{x}万元（预算数）、{y}万元（决算数）" for n, x, y in zip(NAMES, b, s, strict=True))
    return [_head(year), f"{year}年“三公”经费{sum(figs[0])}万元（预算数）、{sum(figs[1])}万元（决算数），其中：{items}。"]


def in_turn_items(seed: int, plant: str | None = None) -> list[str]:
    figs, b, s, year = _setup(seed, plant)
    return [_head(year), f"{year}年“三公”经费预算数{sum(figs[0])}万元，决算数{sum(figs[1])}万元。",
            f"{'、'.join(NAMES)}预算数分别为{b[0]}万元、{b[1]}万元和{b[2]}万元，决算数分别为{s[0]}万元、{s[1]}万元和{s[2]}万元。"]


def in_turn_stages(seed: int, plant: str | None = None) -> list[str]:
    figs, b, s, year = _setup(seed, plant)
    items = "；".join(f"{n}预算、决算分别为{x}万元、{y}万元" for n, x, y in zip(NAMES, b, s, strict=True))
    return [_head(year), f"{year}年“三公”经费预算、决算分别为{sum(figs[0])}万元、{sum(figs[1])}万元，其中：{items}。"]


def colon_lines(seed: int, plant: str | None = None) -> list[str]:
    figs, b, s, year = _setup(seed, plant)
    rate = (sum(figs[1]) / sum(figs[0]) * 100).quantize(Decimal("0.1"))
    return [_head(year), f"本单位{year}年“三公”经费年初预算{sum(figs[0])}万元，全年实际支出{sum(figs[1])}万元，执行率{rate}%。",
            *(f"{n}：年初预算{x}万元，实际支出{y}万元。" for n, x, y in zip(NAMES, b, s, strict=True))]


def spent_against_budget(seed: int, plant: str | None = None) -> list[str]:
    figs, b, s, year = _setup(seed, plant)
    items = ";".join(f"{n.replace('费', '')}支出{y}万元,年初预算为{x}万元,差值为{x - y}万元" for n, x, y in zip(NAMES, b, s, strict=True))
    return ["二、“三公”经费财政拨款支出与年初预算对比情况。",
            f"{year}年度本部门一般公共预算财政拨款安排的“三公”经费支出{sum(figs[1])}万元,年初预算为{sum(figs[0])}万元,"
            f"差值为{sum(figs[0]) - sum(figs[1])}万元。其中:{items}。"]


def actual_spent(seed: int, plant: str | None = None) -> list[str]:
    figs, b, s, year = _setup(seed, plant)
    items = "；".join(f"{n}年初预算{x}万元，实际支出{y}万元" for n, x, y in zip(NAMES, b, s, strict=True))
    return [_head(year), f"{year}年度“三公”经费年初预算{sum(figs[0])}万元，实际支出{sum(figs[1])}万元。其中：{items}。"]


def completed_of_budget(seed: int, plant: str | None = None) -> list[str]:
    figs, b, s, year = _setup(seed, plant)

    def rate(x: Decimal, y: Decimal) -> str:
        return f"{(y / x * 100).quantize(Decimal('0.01'))}%" if x else "0%"
    items = ";".join(f"{n}支出决算为{y}万元,完成预算{x}万元的{rate(x, y)}" for n, x, y in zip(NAMES, b, s, strict=True))
    return [f"某局{year}年一般公共预算财政拨款“三公”经费支出决算情况说明",
            f"某局{year}年度“三公”经费财政拨款支出决算为{sum(figs[1])}万元,完成全年预算{sum(figs[0])}万元的"
            f"{rate(sum(figs[0]), sum(figs[1]))}。其中:{items}。"]


def bare_spent(seed: int, plant: str | None = None) -> list[str]:
    figs, b, s, year = _setup(seed, plant)
    items = "；".join(f"{n}预算{x}万元，支出{y}万元" for n, x, y in zip(NAMES, b, s, strict=True))
    return [_head(year), f"{year}年“三公”经费预算{sum(figs[0])}万元，实际支出{sum(figs[1])}万元。其中：{items}。"]


def other_in_brackets(seed: int, plant: str | None = None) -> list[str]:
    figs, b, s, year = _setup(seed, plant)
    items = "，".join(f"{n}预算数{x}万元（决算数{y}万元）" for n, x, y in zip(NAMES, b, s, strict=True))
    return [_head(year), f"{year}年“三公”经费预算数{sum(figs[0])}万元（决算数{sum(figs[1])}万元），其中：{items}。"]


def rate_after_change(seed: int, rate_off: Decimal = Decimal(0)) -> list[str]:
    """The head states the difference between the stages before the completion rate ("决算数比预算数减少D万元，完成预算的
    r%"): the rate is of the 决算, not of the difference; ``rate_off`` is added to the printed rate."""
    budget, spent = (sum(x) for x in _figures(seed))
    year = 2019 + seed % 5
    rate = (spent / budget * 100).quantize(Decimal("0.1")) + rate_off
    return [_head(year), f"{year}年“三公”经费预算数为{budget}万元，决算数为{spent}万元，决算数比预算数减少{budget - spent}万元，"
            f"完成预算的{rate}%。", "决算数小于预算数的主要原因是厉行节约。"]


WORDINGS: dict[str, Callable[[int, str | None], list[str]]] = {
    "labels": labels, "side_by_side": side_by_side, "brackets": brackets, "in_turn_items": in_turn_items,
    "in_turn_stages": in_turn_stages, "colon_lines": colon_lines, "spent_against_budget": spent_against_budget,
    "actual_spent": actual_spent, "completed_of_budget": completed_of_budget, "bare_spent": bare_spent,
    "other_in_brackets": other_in_brackets,
}
