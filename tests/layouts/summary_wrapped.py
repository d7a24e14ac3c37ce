"""A 部门收支总表 whose total labels a narrow cell wrapped over two lines ("本年收入" over "合计", "收入" over "总计",
each side's in the same row), invented figures with a 上年结转 so that the year's totals and the grand totals differ.
Shapes: ``pipes`` (the grid kept: the first parts a row of their own with no figure), ``cells`` (one cell a line:
each first part, its 合计, its figure), ``rows`` (a row a line, cells at spaces: both first parts, then 合计 X 合计 Y).
``plant`` prints the 支出总计 100.00 above the 收入总计."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

SHAPES = ("pipes", "cells", "rows")


@dataclass
class Wrapped:
    text: str
    figures: dict[str, Decimal]  # the joined label → its figure


def summary(seed: int, shape: str, plant: bool = False) -> Wrapped:
    rng = random.Random(seed)
    general, special = (Decimal(rng.randrange(10**5, 10**7)) / 100 for _ in range(2))
    carried = Decimal(rng.randrange(10**3, 10**5)) / 100
    year_in = general + special
    total = year_in + carried
    edu = (total * Decimal(rng.randrange(50, 90)) / 100).quantize(Decimal("0.01"))
    spent = total + (Decimal(100) if plant else Decimal(0))
    n = lambda d: f"{d:,.2f}"  # noqa: E731
    rows = [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"],
            ["一、一般公共预算拨款收入", n(general), "一、教育支出", n(edu)],
            ["二、事业收入", n(special), "二、社会保障和就业支出", n(total - edu)],
            ["本年收入", "", "本年支出", ""], ["合计", n(year_in), "合计", n(total)],
            ["三、上年结转", n(carried), "三、结转下年", ""], ["收入", "", "支出", ""], ["总计", n(total), "总计", n(spent)]]
    if shape == "pipes":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
    elif shape == "cells":
        lines = [c for r in rows[:4] for c in r if c]
        for a, b in ((4, 5), (7, 8)):  # each side's first part, its 合计/总计 and its figure, the sides one after the other
            lines += [rows[a][0], rows[b][0], rows[b][1], rows[a][2], rows[b][2], rows[b][3]]
            if a == 4:
                lines += [c for c in rows[6] if c]
    else:
        lines = [" ".join(c for c in r if c) for r in rows]
    text = "\n".join(["东湖县第一中学2024年部门预算", "一、部门收支总表", "单位:万元", *lines, "注:本表反映部门本年度的总收支。"])
    return Wrapped(text + "\n", {"本年收入合计": year_in, "本年支出合计": total, "收入总计": total, "支出总计": spent})


# lines a 收支总表 may leave blank (no budget of that kind), each side's, printed just above a bare 合计 row
BLANK_LINES = (("事业收入", "住房保障支出"), ("其他收入", "农林水支出"), ("经营收入", "其他支出"))


def blank_above_total(seed: int) -> Wrapped:
    """A 收支总表 whose last line on each side is left blank, right above a bare 合计 row (a line of its own, not a
    wrapped total), its grid kept: ``figures`` the blank lines (0) and the 合计 both sides give."""
    rng = random.Random(seed)
    income, spent = BLANK_LINES[seed % len(BLANK_LINES)]
    general, fund = (Decimal(rng.randrange(10**4, 10**6)) / 100 for _ in range(2))
    edu = (general * Decimal(rng.randrange(40, 90)) / 100).quantize(Decimal("0.01"))
    total = general + fund
    n = lambda d: f"{d:,.2f}"  # noqa: E731
    rows = [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"],
            ["一般公共预算拨款收入", n(general), "教育支出", n(edu)],
            ["政府性基金预算拨款收入", n(fund), "社会保障和就业支出", n(total - edu)],
            [income, "", spent, ""], ["合计", n(total), "合计", n(total)]]
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    text = "\n".join(["西湖县第二中学2024年部门预算", "一、部门收支总表", "单位:万元", *lines, "注:本表反映部门本年度的总收支。"])
    return Wrapped(text + "\n", {income: Decimal(0), spent: Decimal(0), "合计": total})
