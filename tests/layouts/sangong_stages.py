"""The 部门决算 template's “三公” table (财政拨款“三公”经费支出决算表) with the stages across the top: 预算数 over six
columns (合计, 因公出国(境)费, 公务用车购置及运行费 split into 小计 / 公务用车购置费 / 公务用车运行费, 公务接待费),
决算数 over the same six, then one row of figures, group by group. ``numbered``: a 栏次 row numbering the twelve
columns 1 … 12 under the heads; ``inline``: the vehicles' parts in the items' row (合计 因公出国(境)费 小计 购置费
运行费 公务接待费, no head over them), a 项目 head beside the stages and a 金额 label before the figures; ``within``:
the table inside a 部门决算 after its 收入支出决算总表 (pipes). Shapes: ``pipes`` (the grid kept), ``cells`` (one
cell a line), ``bars`` (one cell a line ending " |"), ``flat`` (all on one line), ``rows`` (a row a line, cells at
spaces). Invented figures that hold; ``plant`` prints the 决算数 合计 1.00 too high. ``by_unit``: a budget's 三公
table across the page by unit, its 合计 row first."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("pipes", "cells", "bars", "flat", "rows")
ITEMS = ("合计", "因公出国(境)费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费")
Figures = dict[str, tuple[Decimal, Decimal]]


def invent(seed: int, plant: bool = False) -> Figures:
    rng = random.Random(seed)
    fig: dict[str, list[Decimal]] = {"因公出国(境)费": [Decimal(0), Decimal(0)]}
    for item in ("公务用车购置费", "公务用车运行费", "公务接待费"):
        fig[item] = [Decimal(rng.randrange(0, 4000)) / 100 for _ in range(2)]
    fig["公务用车购置及运行费"] = [fig["公务用车购置费"][k] + fig["公务用车运行费"][k] for k in range(2)]
    fig["合计"] = [fig["因公出国(境)费"][k] + fig["公务用车购置及运行费"][k] + fig["公务接待费"][k] for k in range(2)]
    if plant:
        fig["合计"][1] += 1
    return {k: (v[0], v[1]) for k, v in fig.items()}


def grid(fig: Figures, numbered: bool = False, inline: bool = False) -> list[list[str]]:
    """The table's rows of cells, blanks where the grid has empty or merged cells."""
    if inline:
        heads = [["项目", "预算数", "", "", "", "", "", "决算数", "", "", "", "", ""],
                 ["", *(["合计", "因公出国(境)费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费"] * 2)]]
        label = ["金额"]
    else:
        heads = [["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""],
                 ["合计", "因公出国(境)费", "公务用车购置及运行费", "", "", "公务接待费"] * 2,
                 ["", "", "小计", "公务用车购置费", "公务用车运行费", ""] * 2]
        label = []
    if numbered:
        heads.append([*([""] if inline else []), *(str(n) for n in range(1, 13))])
    values = [f"{fig[item][k]:.2f}" for k in range(2) for item in ITEMS]
    return [*heads, label + values]


def text(fig: Figures, shape: str, numbered: bool = False, inline: bool = False, within: bool = False) -> str:
    rows = grid(fig, numbered, inline)
    lines = _lines(rows, shape)
    title = ["九、财政拨款“三公”经费支出决算表", "公开09表", "金额单位:万元"]
    head = ["东湖县审计局2023年度部门决算"] + (_summary() if within else [])
    return "\n".join([*head, *title, *lines, "注:本单位2023年度无因公出国(境)支出。"]) + "\n"


def _lines(rows: list[list[str]], shape: str) -> list[str]:
    """The table's rows as text in ``shape``: pipes, one cell a line (bars: each ending " |"), one flat line, or a
    line a row with its cells spaced."""
    if shape == "pipes":
        return ["| " + " | ".join(r) + " |" for r in rows]
    if shape in ("cells", "bars"):
        return [c + (" |" if shape == "bars" else "") for r in rows for c in r if c]
    if shape == "flat":
        return [" ".join(c for r in rows for c in r if c)]
    return [" ".join(c for c in r if c) for r in rows]


def _summary() -> list[str]:
    return ["一、收入支出决算总表", "金额单位:万元", "| 收入 | | 支出 | |", "| 项目 | 决算数 | 项目 | 决算数 |",
            "| 一、一般公共预算财政拨款收入 | 300.00 | 一、一般公共服务支出 | 280.00 |",
            "| 二、政府性基金预算财政拨款收入 | | 二、社会保障和就业支出 | 20.00 |",
            "| 本年收入合计 | 300.00 | 本年支出合计 | 300.00 |", "| 总计 | 300.00 | 总计 | 300.00 |"]


def by_unit(seed: int, shape: str, plant: bool = False) -> tuple[str, dict[str, Decimal]]:
    """A budget's 三公 table by unit (a 单位名称 column, the items across, the vehicles' parts in a second header row),
    its 合计 row first, then a row per unit; ``plant`` prints the 合计 row's 合计 1.00 too high."""
    fig = {k: v[0] for k, v in invent(seed).items()}
    first = {k: (v / 3).quantize(Decimal("0.01")) for k, v in fig.items()}
    first["公务用车购置及运行费"] = first["公务用车购置费"] + first["公务用车运行费"]
    first["合计"] = first["因公出国(境)费"] + first["公务用车购置及运行费"] + first["公务接待费"]
    second = {k: fig[k] - first[k] for k in fig}
    printed = dict(fig, 合计=fig["合计"] + (Decimal(1) if plant else Decimal(0)))
    rows = [["单位名称", "合计", "因公出国(境)费", "公务用车购置及运行费", "", "", "公务接待费"],
            ["", "", "", "小计", "公务用车购置费", "公务用车运行费", ""],
            *([name, *(f"{v[item]:.2f}" for item in ITEMS)]
              for name, v in (("合计", printed), ("东湖县审计局", first), ("东湖县审计事务中心", second)))]
    lines = _lines(rows, shape)
    title = ["东湖县审计局2024年部门预算", "七、一般公共预算“三公”经费支出预算表", "单位:万元"]
    return "\n".join([*title, *lines]) + "\n", printed
