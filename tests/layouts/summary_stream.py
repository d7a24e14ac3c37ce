"""A budget's 部门收支总表 whose cells reached the text without a table (county pages and document-sharing
previews): invented figures in three shapes — ``pipes`` (two-sided rows "a | 1.00 | b | 1.00 |" without a leading
pipe, empty cells collapsed), ``spaces`` (one row a line, cells at spaces, labels spaced out "本 年 收 入 合 计"),
``flat`` (an xls preview on one line, the two sides interleaved, page furniture inside a label, the 教育支出
amount displaced after a header word), ``cells`` (one cell a line ending in " |", a 序号 column of row numbers and a
栏次 row, under the page's name 部门预算公开表 with no 收支总表 title), ``rowno`` (a 收入支出决算总表 in two-sided pipe
rows without a leading pipe, each side with its 行次 between its label and its amount, a 栏次 row, an income line
named 附属单位上缴收入). ``plant`` prints the spending 总计 100.00 above the income 总计."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

SHAPES = ("pipes", "spaces", "flat", "cells", "rowno")
OWN = "三、附属单位上缴收入"  # the third income line of the ``rowno`` shape
INCOME = ("一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、事业收入")
SPENDING = ("一、一般公共服务支出", "二、教育支出", "三、社会保障和就业支出", "四、卫生健康支出", "五、住房保障支出")


@dataclass
class Summary:
    income: dict[str, Decimal]
    spending: dict[str, Decimal]
    year_in: Decimal
    carried: Decimal
    total: Decimal
    text: str


def _n(d: Decimal) -> str:
    return f"{d:,.2f}"


def summary(seed: int, shape: str, plant: bool = False) -> Summary:
    rng = random.Random(seed)
    income = {INCOME[0]: Decimal(rng.randrange(10**5, 10**7)) / 100, INCOME[1]: Decimal(0),
              INCOME[2]: Decimal(rng.randrange(10**3, 10**5)) / 100}
    year_in = sum(income.values(), Decimal(0))
    carried = Decimal(rng.randrange(10**2, 10**4)) / 100
    total = year_in + carried
    parts = [Decimal(rng.randrange(1, 100)) for _ in SPENDING[1:]]
    spending = {SPENDING[0]: Decimal(0)}
    left = total
    for name, p in zip(SPENDING[1:-1], parts):
        spending[name] = (total * p / sum(parts)).quantize(Decimal("0.01"))
        left -= spending[name]
    spending[SPENDING[-1]] = left
    out_total = total + (Decimal(100) if plant else Decimal(0))
    rows = [(a, income.get(a), b, spending.get(b)) for a, b in zip([*INCOME, "", ""], SPENDING)]
    rows += [("本年收入合计", year_in, "本年支出合计", total), ("上年结转", carried, "结转下年", None),
             ("收入总计", total, "支出总计", out_total)]
    head = ["单位:万元", ]
    if shape == "pipes":
        body = ["收 入 | 支 出 | ||", "项 目 | 预算数 | 项 目 | 预算数 |"]
        body += [" | ".join([a, _n(x) if x else "", b, _n(y) if y else ""]) + " |" for a, x, b, y in rows]
    elif shape == "spaces":
        body = ["收入 支出", "项目 预算数 项目 预算数"]
        body += [" ".join(c for c in [" ".join(a), _n(x) if x else "", b, _n(y) if y else ""] if c)
                 if a.endswith("合计") else " ".join(c for c in [a, _n(x) if x else "", b, _n(y) if y else ""] if c)
                 for a, x, b, y in rows]
    elif shape == "rowno":
        body = ["收入 | 支出 | ||||", "项目 | 行次 | 决算数 | 项目 | 行次 | 决算数 |", "栏次 | 1 | 栏次 | 2 | ||"]
        body += [" | ".join([a.replace(INCOME[2], OWN), str(k), _n(x) if x else "", b, str(k + 28), _n(y) if y else ""])
                 + " |" for k, (a, x, b, y) in enumerate(rows, 1)]
    elif shape == "cells":
        cells = ["序号", "收入", "支出", "项 目", "预算数", "项 目", "预算数", "栏次", "1", "2", "3", "4"]
        for k, (a, x, b, y) in enumerate(rows, 1):
            cells += [str(k), a, _n(x) if x else "", b, _n(y) if y else ""]
        body = [f"{c} |" if c else "|" for c in cells]
    else:
        words: list[str] = ["收 项 入 目 支 预算数 项 出 目"]
        for a, x, b, y in rows:
            if b == SPENDING[1]:  # its amount printed away from it, after the right column's header
                words += [a, _n(x) if x else "", b, "预算数", _n(y) if y else ""]
                continue
            label = " ".join(a) if a.endswith("合计") else a
            if b == "支出总计":
                b = "支 第 2 页,共 9 页 出 总 计"
            words += [label, _n(x) if x else "", b, _n(y) if y else ""]
        body = [" ".join(w for w in words if w)]
    title = {"cells": "部门预算公开表", "rowno": "表1 收入支出决算总表"}.get(shape, "表1 部门收支总表")
    text = "\n".join(["某县教育局2024年部门预算", title, *head, *body, "表1-1 部门收入总表"]) + "\n"
    return Summary(income, spending, year_in, carried, out_total, text)
