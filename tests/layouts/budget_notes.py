"""情况说明 text published without its tables, as pages give it from the middle (no heading): a 部门预算说明
(收入预算 and its sources, the change on last year, 支出预算), a 决算 sentence with its 完成年初预算 rate, and a
“三公”经费 statement in prose. Invented figures; mistakes planted on purpose: ``growth`` (the change's rate
computed on the wrong base), ``exec`` (完成年初预算 said 100% while 决算数大于预算数)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
PLANTS = ("growth", "exec")


def _r(d: Decimal, q: Decimal = CENT) -> Decimal:
    return d.quantize(q, rounding=ROUND_HALF_UP)


@dataclass
class Budget:
    income: Decimal
    general: Decimal
    fund: Decimal
    change: Decimal
    rate: Decimal  # as printed
    lines: list[str]


def budget_notes(seed: int, plant: tuple[str, ...] = (), traditional: bool = False) -> Budget:
    """A budget's 说明 from its third section on: the income, its sources, the change on last year."""
    rng = random.Random(seed)
    general = _r(Decimal(rng.randrange(100000, 900000)) / 100)
    fund = _r(Decimal(rng.randrange(0, 50000)) / 100)
    income = general + fund
    change = _r(income * Decimal(rng.randrange(5, 40)) / 100)
    rate = _r(change / (income - change) * 100)
    if "growth" in plant:
        rate = _r(change / income * 100)  # the change over this year's figure: the wrong base
    year = 2020 + rng.randrange(5)
    lines = [
        "单位:万元。",
        "三、部门收支总体情况",
        f"(一)收入预算:{year}年本部门收入预算{income}万元,其中,一般公共预算财政拨款收入{general}万元,政府性基金预算"
        f"财政拨款收入{fund}万元。收入较上年增加{change}万元,增长{rate}%,主要是人员增加。",
        f"(二)支出预算:{year}年本部门支出预算{income}万元。",
    ]
    if traditional:
        table = str.maketrans("预算财政拨款较门收总体情况说单万", "預算財政撥款較門收總體情況說單萬")
        lines = [x.translate(table) for x in lines]
    return Budget(income, general, fund, change, rate, lines)


@dataclass
class Final:
    spent: Decimal
    over: Decimal
    lines: list[str]


def final_notes(seed: int, plant: tuple[str, ...] = ()) -> Final:
    """A 决算 sentence: the general-budget spending, its change, its 完成年初预算 rate and the difference."""
    rng = random.Random(seed)
    spent = _r(Decimal(rng.randrange(100000, 900000)) / 100)
    over = _r(spent * Decimal(rng.randrange(2, 9)) / 100)
    done = _r(spent / (spent - over) * 100, Decimal("0.01"))
    if "exec" in plant:
        done = Decimal(100)
    less = _r(Decimal(rng.randrange(100, 9000)) / 100)
    lines = [
        "(三)财政拨款收入决算情况。",
        f"本单位一般公共预算财政拨款支出总计{spent}万元,与上年相比减少{less}万元,降低"
        f"{_r(less / (spent + less) * 100)}%;完成年初预算{done}%,决算数大于预算数{over}万元,主要原因:人员增加。",
    ]
    return Final(spent, over, lines)


@dataclass
class ThreePublic:
    budget: Decimal
    final: Decimal
    reception: Decimal
    vehicles: Decimal
    lines: list[str]


def sangong_notes(seed: int) -> ThreePublic:
    """A 三公 statement in prose: the year's budget and final, the items with their shares."""
    rng = random.Random(seed)
    reception = _r(Decimal(rng.randrange(100, 5000)) / 100)
    vehicles = _r(Decimal(rng.randrange(100, 5000)) / 100)
    final = reception + vehicles
    budget = final + _r(Decimal(rng.randrange(0, 3000)) / 100)
    year = 2018 + rng.randrange(6)
    lines = [
        f"{year}年度“三公”经费财政拨款支出预算为{budget}万元,{year}年实际支出“三公经费”决算为{final}万元。"
        f"其中公务接待费为{reception}万元,占{_r(reception / final * 100)}%;公务用车运行维护费为{vehicles}万元,"
        f"占{_r(vehicles / final * 100)}%。无因公出国(境)支出。",
    ]
    return ThreePublic(budget, final, reception, vehicles, lines)
