"""A small unit's 收入支出决算总表 (a village school, a township station) in 万元 whose amounts are one or two digits, in
the template that numbers its lines (项目 | 行次 | 决算数 on each side), reached the text without its grid: the amounts
look like 行次 numbers. Invented figures; the income side runs out of lines before the spending side, so its rows
below are blank but for their 行次 ("| | 8 |"), and a blank cell is left out. Shapes: ``cells`` (one cell a line
ending in " |", blank cells as "|" lines), ``bare`` (one cell a line, blank lines between, no pipes), ``pipes`` (each
two-sided row on a line, "a | 7 | 87 | b | 41 |", no leading pipe). The unit line, the header's words and the
spending side's first 行次 and the title (a line of its own or a cell "收入支出决算总表 |") vary with the seed. ``plant`` prints the spending 总计 one more than the income 总计."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("cells", "bare", "pipes")
INCOME = ("一、财政拨款收入", "二、上级补助收入", "三、事业收入", "四、经营收入", "五、附属单位上缴收入", "六、其他收入")
SPENDING = ("一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出", "六、科学技术支出",
            "七、文化旅游体育与传媒支出", "八、社会保障和就业支出", "九、卫生健康支出", "十、节能环保支出",
            "十一、城乡社区支出")
FILLED_IN = (0, 5)  # 财政拨款收入, 其他收入
FILLED_OUT = (4, 7, 8)  # 教育, 社会保障和就业, 卫生健康


def _amount(rng: random.Random, taken: set[int]) -> Decimal:
    """One or two digits (now and then with a decimal), never the number right after a 行次 (that one is the next
    line's 行次 where a label is blank: the reader reads it so, and a figure the text cannot tell is not asked)."""
    while True:
        v = rng.randrange(3, 100)
        if v - 1 not in taken:
            return Decimal(v) if rng.random() < 0.7 else Decimal(v) + Decimal(rng.randrange(1, 10)) / 10


def small(seed: int, shape: str, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    first = rng.choice((32, 34, 35, 38))  # the spending side's first 行次
    rows = max(len(INCOME), len(SPENDING))
    taken = set(range(1, rows + 1)) | set(range(first, first + rows + 4))
    spend = [_amount(rng, taken) for _ in FILLED_OUT]
    year = sum(spend, Decimal(0))
    other = _amount(rng, taken)
    while other >= year:
        other = _amount(rng, taken)
    income: dict[str, Decimal | None] = dict.fromkeys(INCOME)
    income[INCOME[FILLED_IN[0]]], income[INCOME[FILLED_IN[1]]] = year - other, other  # the grant may take 3 digits
    out: dict[str, Decimal | None] = dict.fromkeys(SPENDING)
    for k, v in zip(FILLED_OUT, spend, strict=True):
        out[SPENDING[k]] = v
    lines: list[tuple[str, str, Decimal | None, str, str, Decimal | None]] = []
    for k in range(rows):
        a = INCOME[k] if k < len(INCOME) else ""
        lines.append((a, str(k + 1), income.get(a), SPENDING[k], str(first + k), out[SPENDING[k]]))
    n, m = rows + 1, first + rows
    lines += [("本年收入合计", str(n), year, "本年支出合计", str(m), year),
              ("年初结转和结余", str(n + 1), None, "年末结转和结余", str(m + 1), None),
              ("总计", str(n + 2), year, "总计", str(m + 2), year + (1 if plant else 0))]
    unit = rng.choice(("金额单位:万元", "单位：万元", "单位:万元"))
    head = ["收入", "支出", "项目", "行次", rng.choice(("决算数", "金额")), "项目", "行次",
            rng.choice(("决算数", "金额"))]
    cells: list[str] = ["公开01表", "部门:东湖县青石镇中心小学", unit, *head]
    for a, i, x, b, j, y in lines:
        cells += [a, i, _n(x), b, j, _n(y)]
    if shape == "cells":
        body = [f"{c} |" if c else "|" for c in cells]
    elif shape == "bare":
        body = [line for c in cells for line in (c, "")]
    else:
        body = ["公开01表 | 部门:东湖县青石镇中心小学 |", f"{unit} |", " | ".join(head) + " |"]
        body += [" | ".join([a, i, _n(x), b, j, _n(y)]) + " |" for a, i, x, b, j, y in lines]
    figures = {**{k[2:]: v for k, v in income.items() if v is not None},
               **{k.split("、", 1)[1]: v for k, v in out.items() if v is not None},
               "本年收入合计": year}
    title = "收入支出决算总表" + (" |" if shape != "bare" and seed % 2 else "")  # a line of its own, or a cell
    text = "东湖县青石镇中心小学2023年度部门决算\n" + title + "\n" + "\n".join(body) + "\n"
    return text, figures


def _n(d: Decimal | None) -> str:
    return "" if d is None else f"{d}"
