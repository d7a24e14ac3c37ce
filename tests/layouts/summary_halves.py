"""A 部门收支总表 printed in two halves side by side (收入 | 预算数 beside 支出 | 预算数) whose cells reached the text one
half after the other, each under its side's head ("收入", "支出"): one cell a line (``cells``), one cell a line ending
" |" (``bars``: the text reader runs each half into one row), a row a line at spaces (``spaces``). Invented figures
that hold; ``plant``: the 支出总计 printed 1.00 high."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("cells", "bars", "spaces")
SPENDING = ("一、一般公共服务支出", "二、教育支出", "三、社会保障和就业支出", "四、卫生健康支出")


def halves(seed: int, shape: str, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    spent = {name: Decimal(rng.randrange(10**3, 10**6)) / 100 for name in SPENDING}
    carried = Decimal(rng.randrange(0, 10**4)) / 100
    year = sum(spent.values(), Decimal(0))
    fig = {"一般公共预算拨款收入": year - carried, "本年收入合计": year - carried, "上年结转": carried,
           "收入总计": year, "本年支出合计": year, "支出总计": year}
    left = [["项目", "预算数"], ["一、一般公共预算拨款收入", f"{year - carried:.2f}"], ["二、政府性基金预算拨款收入", ""],
            ["本年收入合计", f"{year - carried:.2f}"], ["上年结转", f"{carried:.2f}"], ["收入总计", f"{year:.2f}"]]
    right = [["项目", "预算数"], *([n, f"{v:.2f}"] for n, v in spent.items()), ["本年支出合计", f"{year:.2f}"],
             ["支出总计", f"{year + (1 if plant else 0):.2f}"]]

    def render(rows: list[list[str]]) -> list[str]:
        cells = [c for r in rows for c in r if c]
        return (cells if shape == "cells" else [c + " |" for c in cells] if shape == "bars"
                else [" ".join(c for c in r if c) for r in rows])

    lines = ["城东街道办事处2024年部门预算", "一、部门收支总表", "单位:万元", "收入", *render(left), "支出", *render(right),
             "二、部门收入总表", "本表无数据"]
    return "\n".join(lines) + "\n", fig
