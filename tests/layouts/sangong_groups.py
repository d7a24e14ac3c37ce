"""A central department's 三公 page: a table across the page in two year groups (last year's 决算数, this year's
预算数, each over 合计 and the three items), one cell a line, then a 说明 item by item ("…2010年实际执行数为A万元,2011年
预算数为B万元。2011年预算数比上年执行数减少C万元。"). The group heads in the wordings pages print (with or without 年,
年度, the 三公 words between), the cells bare, between blank lines, ending " |", or each row on one line. Invented
figures that hold; ``plant``: the 说明's change of 公务接待费 set off by 0.45 from the table's (the table is right)."""

from __future__ import annotations

import random
from decimal import Decimal

ITEMS = ("因公出国(境)费", "公务用车购置及运行费", "公务接待费")
HEADS = ("合计", *ITEMS)
GROUP_WORDS = ("{y}三公经费财政拨款{s}数", "{y}年“三公经费”财政拨款{s}数", "{y}年度三公经费{s}数", "{y}年{s}数")
CELL_SHAPES = ("bare", "blank", "pipe", "rows")


def year_groups_text(seed: int, words: str, shape: str, plant: bool = False) -> tuple[str, dict[str, tuple[Decimal, Decimal]]]:
    """(text, {head: (last year's 决算数, this year's 预算数)})."""
    rng = random.Random(seed)
    year = rng.randrange(2011, 2024)
    fig: dict[str, tuple[Decimal, Decimal]] = {
        k: (Decimal(rng.randrange(10000, 5000000)) / 100, Decimal(rng.randrange(10000, 5000000)) / 100) for k in ITEMS}
    fig["合计"] = (sum((fig[k][0] for k in ITEMS), Decimal(0)), sum((fig[k][1] for k in ITEMS), Decimal(0)))
    groups = [words.format(y=year - 1, s="决算"), words.format(y=year, s="预算")]
    values = [f"{fig[h][g]:.2f}" for g in (0, 1) for h in HEADS]
    rows = [groups, [*HEADS, *HEADS], values]
    cells = [c for r in rows for c in r]
    lines = (cells if shape == "bare" else [x for c in cells for x in (c, " ")] if shape == "blank"
             else [f"{c} |" for c in cells] if shape == "pipe" else [" ".join(r) for r in rows])
    notes = ["一、基本情况", "本院是国务院直属事业单位。"]
    for n, item in enumerate(ITEMS, 2):
        last, now = fig[item]
        said = last - now + (Decimal("0.45") if plant and item == "公务接待费" else 0)
        notes += [f"{'二三四'[n - 2]}、{item}情况",
                  f"本部门财政拨款{item}{year - 1}年实际执行数为{last:.2f}万元,{year}年预算数为{now:.2f}万元。"
                  f"{year}年预算数比上年执行数{'减少' if said > 0 else '增加'}{abs(said)}万元。"]
    text = ["海洋研究院公布“三公经费”情况说明", "", "海洋研究院三公经费财政拨款情况表", *([" "] * 6), "单位:万元",
            *lines, " ", *notes]
    return "\n".join(text) + "\n", fig
