"""A “三公”经费 决算 table printed across the page (the items as column heads over two rows, 预算数 / 决算数
under each, the figures in one row) as the text reaches users without its grid: ``pipes`` (the grid kept),
``cells`` (one cell a line ending in " |"), ``flat`` (all on one line), ``bare`` (one cell a line, no separator).
Invented figures that hold; ``plant`` prints the 合计 决算数 one yuan-cent-hundred too high (+1.00)."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("pipes", "cells", "flat", "bare")
ROW_SHAPES = ("cells", "flat", "bare")  # the stages down the page (``by_stage``)
HEADS = ("合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费")
SUBS = ("小计", "公务用车购置费", "公务用车运行费")


def wide(seed: int, shape: str, plant: bool = False, by_stage: bool = False,
         split_head: bool = False) -> tuple[str, dict[str, tuple[Decimal, Decimal]]]:
    """``by_stage``: the items across without the vehicles' parts, a row per stage ("预算数 …", "决算数 …");
    ``split_head``: a head broken over two cells as a narrow column prints it ("公务" then "接待费")."""
    rng = random.Random(seed)

    def amount() -> Decimal:
        return Decimal(rng.randrange(0, 3000)) / 100

    fig: dict[str, tuple[Decimal, Decimal]] = {"因公出国(境)费": (Decimal(0), Decimal(0))}
    fig["公务用车购置费"] = (amount(), amount())
    fig["公务用车运行费"] = (amount(), amount())
    fig["公务用车购置及运行费"] = (fig["公务用车购置费"][0] + fig["公务用车运行费"][0],
                                 fig["公务用车购置费"][1] + fig["公务用车运行费"][1])
    fig["公务接待费"] = (amount(), amount())
    fig["合计"] = (sum((fig[k][0] for k in HEADS[1:]), Decimal(0)),
                 sum((fig[k][1] for k in HEADS[1:]), Decimal(0)) + (Decimal(1) if plant else Decimal(0)))
    order = ("合计", "因公出国(境)费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费")
    values = [f"{v:.2f}" for k in order for v in fig[k]]
    title = ["2022年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元"]
    if shape == "pipes":
        lines = ["| 合计 | | 因公出国(境)费 | | 公务用车购置及运行费 | | | | | | 公务接待费 | |",
                 "| | | | | 小计 | | 公务用车购置费 | | 公务用车运行费 | | | |",
                 "| " + " | ".join(["预算数", "决算数"] * 6) + " |", "| " + " | ".join(values) + " |"]
    elif by_stage:
        cells = ["项目", *HEADS]
        for k, stage in enumerate(("预算数", "决算数")):
            cells += [stage, *(f"{fig[h][k]:.2f}" for h in HEADS)]
        lines = ([f"{c} |" for c in cells] if shape == "cells" else [" ".join(cells)] if shape == "flat" else cells)
    else:
        heads = [x for h in HEADS for x in (("公务", "接待费") if split_head and h == "公务接待费" else (h,))]
        cells = [*heads, *SUBS, *(["预算数", "决算数"] * 6), *values]
        lines = ([f"{c} |" for c in cells] if shape == "cells" else [" ".join(cells)] if shape == "flat" else cells)
    return "\n".join([*title, *lines, "注:本单位无因公出国(境)支出。"]) + "\n", fig


def year_groups(seed: int, plant: bool = False) -> tuple[str, dict[str, tuple[Decimal, Decimal]]]:
    """A central department's 2011 page (国家海洋局): two year groups over the items ("2010年“三公经费”财政拨款决算数",
    "2011年…预算数"), 合计 and the three items printed under each, one cell a line each followed by a line holding
    only "|", the eight figures group by group. ``plant``: the 2011 合计 one 万元 too high."""
    rng = random.Random(seed)
    heads = ("合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费")
    fig: dict[str, tuple[Decimal, Decimal]] = {}
    for item in heads[1:]:
        fig[item] = (Decimal(rng.randrange(1000, 500000)) / 100, Decimal(rng.randrange(1000, 500000)) / 100)
    fig["合计"] = (sum((v[0] for v in fig.values()), Decimal(0)), sum((v[1] for v in fig.values()), Decimal(0)))
    cells = ["2010年“三公经费”财政拨款决算数", "2011年“三公经费”财政拨款预算数", *heads, *heads]
    cells += [str(fig[h][0]) for h in heads] + [str(fig[h][1] + (1 if plant and h == "合计" else 0)) for h in heads]
    lines = ["某局“三公经费”财政拨款情况及说明", "单位:万元"] + [x for c in cells for x in (c, "|")]
    return "\n".join([*lines, "有关情况说明如下:"]) + "\n", fig


GROUP_SHAPES = ("pipes", "cells", "bare", "rows")


def year_groups_parts(seed: int, shape: str, plant: bool = False,
                      lose: bool = False) -> tuple[str, dict[str, tuple[Decimal, Decimal]]]:
    """A county budget's 三公 table across the page in two year groups ("2023年预算数", "2024年预算数"), under each
    the four items and, on a second row, the vehicles' 小计 / 购置费 / 运行费, the twelve figures in one row group by
    group: in pipes with the blank cells of the merged heads (``pipes``), one cell a line ending in " |" (``cells``),
    one cell a line (``bare``), or each row's cells on one line apart by spaces (``rows``). (last year's, this
    year's) per item. ``plant``: this year's 合计 one 万元 too high; ``lose``: one figure lost (11 for 12 columns)."""
    rng = random.Random(seed)

    def amount() -> Decimal:
        return Decimal(rng.randrange(0, 3000)) / 100

    fig: dict[str, tuple[Decimal, Decimal]] = {"因公出国(境)费": (Decimal(0), Decimal(0))}
    for item in ("公务用车购置费", "公务用车运行费", "公务接待费"):
        fig[item] = (amount(), amount())
    fig["公务用车购置及运行费"] = (fig["公务用车购置费"][0] + fig["公务用车运行费"][0],
                                 fig["公务用车购置费"][1] + fig["公务用车运行费"][1])
    fig["合计"] = (sum((fig[k][0] for k in HEADS[1:]), Decimal(0)), sum((fig[k][1] for k in HEADS[1:]), Decimal(0)))
    order = ("合计", "因公出国(境)费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费")
    values = [f"{fig[k][g] + (1 if plant and g == 1 and k == '合计' else 0):.2f}" for g in (0, 1) for k in order]
    if lose:
        del values[8]
    groups = ["2023年预算数", "2024年预算数"]
    if shape == "pipes":
        lines = ["| 2023年预算数 | | | | | | 2024年预算数 | | | | | |",
                 "| " + " | ".join(["合计", "因公出国(境)费", "公务用车购置及运行费", "", "", "公务接待费"] * 2) + " |",
                 "| " + " | ".join(["", "", *SUBS, ""] * 2) + " |", "| " + " | ".join(values) + " |"]
    else:
        rows = [groups, [*HEADS, *HEADS], [*SUBS, *SUBS], values]
        cells = [c for r in rows for c in r]
        lines = ([f"{c} |" for c in cells] if shape == "cells" else cells if shape == "bare"
                 else [" ".join(r) for r in rows])
    title = ["某县林业局2024年一般公共预算“三公”经费支出表", "单位:万元"]
    return "\n".join([*title, *lines, "二、2024年一般公共预算“三公”经费支出预算情况说明"]) + "\n", fig


RUNNING_WORDS = ("公务用车运行费", "公车运行及维护", "车辆运行维护费", "公务车运行维护")


def subtotal_lost(seed: int, shape: str, running: str = "公务用车运行费", plant: bool = False,
                  other: str | None = None) -> tuple[str, dict[str, Decimal]]:
    """A district's 三公 summary across the page, one row of 预算数: the heads over two rows (合计, 因公出国(境)费,
    公务用车购置及运行费 over 小计 / 购置费 / ``running``, 公务接待费, the second row's cells before 公务接待费 as
    the text reaches users), the figures row without the 小计 (printed blank, lost with its cell): five figures for
    six columns. ``plant``: the 合计 one 万元 too high (no placement then adds up); ``other``: the running head
    replaced by a head no reader knows (a column behind it)."""
    rng = random.Random(seed)
    fig = {k: Decimal(rng.randrange(100, 500000)) / 100 for k in ("因公出国(境)费", "公务用车购置费", "公务用车运行费",
                                                                 "公务接待费")}
    fig["公务用车购置及运行费"] = fig["公务用车购置费"] + fig["公务用车运行费"]
    fig["合计"] = fig["因公出国(境)费"] + fig["公务用车购置及运行费"] + fig["公务接待费"]
    heads = ["合计", "因公出国(境)费", "公务用车购置及运行费", "小计", "公务用车购置费", other or running, "公务接待费"]
    order = ("合计", "因公出国(境)费", "公务用车购置费", "公务用车运行费", "公务接待费")
    values = [f"{fig[k] + (1 if plant and k == '合计' else 0):.2f}" for k in order]
    cells = [*heads, *values]
    lines = ([f"{c} |" for c in cells] if shape == "cells" else [" ".join(cells)] if shape == "flat" else cells)
    title = ["2017年某区“三公”经费汇总情况表 |", "|||||||", "单位:万元 |"]
    return "\n".join([*title, *lines]) + "\n", fig
