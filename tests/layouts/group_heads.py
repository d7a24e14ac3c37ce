"""A classified table (一般公共预算支出表, 一般公共预算财政拨款支出决算表) whose header is two rows, the first naming the
group the second splits (预算数 / 2024年预算数 / 本年预算 / 本年支出 / 决算数 over 合计 or 小计 | 基本支出 | 项目支出;
科目 over 编码 | 名称), its grid lost in the text: one cell a line ending in " |" with blank cells gone (``cells``) or
printed as a lone "|" (``blanks``, fewer than the text reader's run of lone pipes), or a row a line with spaces; the total row (合计 or 总计) first or last; the next
table's title after it. ``planted`` adds 1 to the total's 基本支出.
Invented amounts from the seed."""

from __future__ import annotations

import random
from decimal import Decimal

GROUPS = {"budget": ("预算数", "{year}年预算数", "本年预算"), "final": ("决算数", "本年支出")}
SHAPES = ("cells", "spaces", "blanks")
_CLASSES = (("201", "一般公共服务支出", "20101", "人大事务"), ("208", "社会保障和就业支出", "20805", "行政事业单位养老支出"),
            ("210", "卫生健康支出", "21011", "行政事业单位医疗"))


def table(seed: int, stage: str, group: str, shape: str, total: str = "合计", last: bool = False,
          planted: bool = False) -> tuple[str, dict[str, Decimal]]:
    rng = random.Random(seed)
    year = 2019 + rng.randrange(6)
    rows: list[list[str]] = []
    basic_sum = project_sum = Decimal(0)
    for cls, name, code, sub in _CLASSES[:2 + seed % 2]:
        basic, project = Decimal(rng.randrange(1_000, 90_000)) / 100, Decimal(rng.randrange(0, 9_000)) / 100
        basic_sum, project_sum = basic_sum + basic, project_sum + project
        cells = [f"{basic + project}", f"{basic}", f"{project}" if project else ""]
        rows += [[cls, name, *cells], [code, sub, *cells]]
    head = group.format(year=year)
    sub_total = "小计" if head.startswith("本年") else "合计"
    said_basic = basic_sum + (1 if planted else 0)
    total_row = ["", total, f"{basic_sum + project_sum}", f"{said_basic}", f"{project_sum}"]
    rows = [*rows, total_row] if last else [total_row, *rows]
    header = [["科目", "", head, "", ""], ["编码", "名称", sub_total, "基本支出", "项目支出"]]
    title = "一般公共预算支出表" if stage == "budget" else "一般公共预算财政拨款支出决算表"
    word = "预算" if stage == "budget" else "决算"
    lines = [f"某县某局{year}年度部门{word}", title, "单位:万元"]
    for r in [*header, *rows]:
        if shape == "blanks":
            lines += [f"{c} |" if c else "|" for c in r]
        else:
            lines += [f"{c} |" for c in r if c] if shape == "cells" else [" ".join(c for c in r if c)]
    lines.append("政府性基金预算支出表")  # the next table's title: the table ends before the text does
    return "\n".join(lines) + "\n", {sub_total: basic_sum + project_sum, "基本支出": said_basic, "项目支出": project_sum}
