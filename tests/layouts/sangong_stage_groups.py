"""A 决算 三公 table whose header has two levels: the stage groups (预算数, 决算数), then the same columns under each (合计,
一般公共预算财政拨款, 政府性基金预算财政拨款), the total row last (总计) — a school's table in pipes, one cell a line
(``read.recognise.sangong_rows._grouped``, ``sangong._over_sources``). Invented figures; ``off`` is added to one
source cell of the reception (``where``: "预算" or "决算" group), so that only that group's 合计 = sources fails.
One cell a line, blank pipe lines between (the same header as pipe rows with spanning group cells is not read yet)."""

from __future__ import annotations

import random
from decimal import Decimal

ITEMS = ("因公出国(境)费", "公务接待费", "公务用车购置及运行维护费", "其中:公务用车运行维护费", "公务用车购置费")
SUBS = ("合计", "一般公共预算财政拨款", "政府性基金预算财政拨款")


def _values(seed: int) -> dict[str, list[Decimal]]:
    rng = random.Random(seed)

    def pair(hi: int) -> list[Decimal]:
        a, b = Decimal(rng.randrange(0, hi)) / 100, Decimal(rng.choice([0, 0, rng.randrange(0, hi)])) / 100
        return [a + b, a, b]
    abroad, guests, run, buy = pair(300), pair(2000), pair(1500), pair(800)
    spent = [[x * Decimal(rng.randrange(50, 100)) / 100 for x in v] for v in (abroad, guests, run, buy)]
    spent = [[(v[1] + v[2]).quantize(Decimal("0.01")), v[1].quantize(Decimal("0.01")), v[2].quantize(Decimal("0.01"))]
             for v in spent]
    budget = [abroad, guests, run, buy]

    def cars(v: list[list[Decimal]]) -> list[Decimal]:
        return [v[2][k] + v[3][k] for k in range(3)]
    b_cars, s_cars = cars(budget), cars(spent)
    out = {ITEMS[0]: budget[0] + spent[0], ITEMS[1]: budget[1] + spent[1], ITEMS[2]: b_cars + s_cars,
           ITEMS[3]: budget[2] + spent[2], ITEMS[4]: budget[3] + spent[3]}
    out["总计"] = [out[ITEMS[0]][k] + out[ITEMS[1]][k] + out[ITEMS[2]][k] for k in range(6)]
    return out


def table(seed: int, where: str | None = None, off: Decimal = Decimal(0)) -> list[str]:
    vals = _values(seed)
    if where:
        vals[ITEMS[1]][2 if where == "预算" else 5] += off
    year = 2019 + seed % 5
    head = ["项目", "预算数", "决算数", *SUBS, *SUBS]
    body = [*ITEMS, "总计"]
    lines = [f"某县第二中学{year}年度一般公共预算及政府性基金财政拨款“三公”经费支出决算情况说明",
             f"一、{year}年度一般公共预算及政府性基金财政拨款“三公”经费支出决算表", "编制部门:某县第二中学 |", "金额单位:万元 |"]
    lines += [f"{h} |" for h in head[:3]] + ["|||||"] + [f"{h} |" for h in head[3:]] + ["||"]
    for name in body:
        lines += [f"{name} |", *(f"{v:.2f} |" for v in vals[name]), "|"]
    return lines
