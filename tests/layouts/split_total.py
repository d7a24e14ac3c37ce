"""Tables whose 合计 row label a tall cell split over two lines: "合" on a row of its own with no figure, "计" on the
next beside the row's figures. ``sangong``: a 三公 决算 table down the page (项目 | 预算数 | 决算数); ``spending``: a
部门支出总表 (科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出), the 合计 row first. Shapes: ``pipes``, ``cells`` (one cell
a line), ``bars`` (one cell a line ending " |"), ``spaces`` (a row a line), ``tabs``. Invented figures; ``plant``
prints the 合计 row's first figure 1.00 too high."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("pipes", "cells", "bars", "spaces", "tabs")


def _render(rows: list[list[str]], shape: str) -> list[str]:
    if shape == "pipes":
        return ["| " + " | ".join(r) + " |" for r in rows]
    if shape == "tabs":
        return ["\t".join(r) for r in rows]
    if shape == "spaces":
        return [" ".join(c for c in r if c) for r in rows]
    return [c + (" |" if shape == "bars" else "") for r in rows for c in r if c]


def _money(rng: random.Random, hi: int) -> Decimal:
    return Decimal(rng.randrange(100, hi)) / 100


def sangong(seed: int, shape: str, plant: bool = False) -> tuple[str, dict[str, tuple[Decimal, Decimal]]]:
    rng = random.Random(seed)
    fig = {k: (_money(rng, 3000), _money(rng, 3000)) for k in ("公务用车购置费", "公务用车运行费", "公务接待费")}
    fig["因公出国(境)费"] = (Decimal(0), Decimal(0))
    fig["公务用车购置及运行费"] = (fig["公务用车购置费"][0] + fig["公务用车运行费"][0],
                             fig["公务用车购置费"][1] + fig["公务用车运行费"][1])
    total = tuple(fig["因公出国(境)费"][k] + fig["公务用车购置及运行费"][k] + fig["公务接待费"][k] for k in range(2))
    fig["合计"] = (total[0] + (Decimal(1) if plant else Decimal(0)), total[1])
    rows = [["项目", "预算数", "决算数"], ["合", "", ""], ["计", *(f"{v:.2f}" for v in fig["合计"])]]
    rows += [[name, *(f"{v:.2f}" for v in fig[item])] for name, item in (
        ("因公出国(境)费", "因公出国(境)费"), ("公务用车购置及运行费", "公务用车购置及运行费"),
        ("其中:公务用车购置费", "公务用车购置费"), ("公务用车运行费", "公务用车运行费"), ("公务接待费", "公务接待费"))]
    head = ["东湖县审计局2023年度部门决算", "财政拨款“三公”经费支出决算表", "单位:万元"]
    return "\n".join([*head, *_render(rows, shape)]) + "\n", fig


def spending(seed: int, shape: str, plant: bool = False) -> tuple[str, tuple[Decimal, Decimal]]:
    """The text and the 合计 row's (基本支出, 项目支出) as printed."""
    rng = random.Random(seed)
    classes = {"205 教育支出": (_money(rng, 10**6), _money(rng, 10**5)), "208 社会保障和就业支出": (_money(rng, 10**5),
               _money(rng, 10**4)), "221 住房保障支出": (_money(rng, 10**5), _money(rng, 10**4))}
    basic = sum((b for b, _ in classes.values()), Decimal(0)) + (Decimal(1) if plant else Decimal(0))
    project = sum((p for _, p in classes.values()), Decimal(0))
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合", "", "", ""],
            ["", "计", f"{basic + project:.2f}", f"{basic:.2f}", f"{project:.2f}"]]
    rows += [[*k.split(), f"{b + p:.2f}", f"{b:.2f}", f"{p:.2f}"] for k, (b, p) in classes.items()]
    head = ["东湖县第一中学2024年部门预算", "三、部门支出总表", "单位:万元"]
    return "\n".join([*head, *_render(rows, shape), "注:本表反映部门本年度的支出预算。"]) + "\n", (basic, project)
