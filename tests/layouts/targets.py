"""A 项目支出绩效目标表 of a budget disclosure as published text: invented funds (a 财政拨款小计 over its three
sources, a 自有资金小计 over two; the medium term's 中期资金总额 before them on request), in the shapes met (indented
lines, one cell a line ending in " |", the whole table run together), and a 小计 that does not add up planted on
request."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("indented", "cell_pipes", "run_together")


def funds(seed: int, planted: bool = False) -> list[tuple[str, Decimal]]:
    rng = random.Random(seed)
    gp = Decimal(rng.randrange(100, 99999)) / 100
    gov = Decimal(rng.randrange(0, 2)) * Decimal(rng.randrange(100, 9999)) / 100
    own = Decimal(rng.randrange(0, 999)) / 100
    return [("(一)财政拨款小计", gp + gov + (Decimal(1) if planted else Decimal(0))), ("1、一般公共预算", gp),
            ("2、政府性基金", gov), ("3、国有资本经营预算", Decimal("0.00")), ("(二)自有资金小计", own),
            ("1、事业收入", own), ("2、经营性收入", Decimal("0.00")), ("(三)其他收入", Decimal("0.00"))]


def midterm(seed: int) -> Decimal:
    """The project's funds over the medium term (中期资金总额), printed before the year's: a few years' worth."""
    return sum((v for _, v in funds(seed)[:1]), Decimal(0)) * random.Random(seed).randrange(2, 5)


def text(seed: int, shape: str, planted: bool = False, medium: bool = False) -> str:
    rows = [*([("中期资金总额", midterm(seed))] if medium else []), *funds(seed, planted)]
    head = ["项目名称", "社区养老服务补助", "预算单位", "区民政局", "项目资金(万元)", "年度资金总额", "金额(万元)"]
    tail = ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "补助人数", "≥120人"]
    title = ["项目支出绩效目标申报表", "(2024年度)"]
    if shape == "indented":
        lines = [*title, *(f"{a} {b}" for a, b in zip(head[::2], head[1::2])), head[-1],
                 *(f"    {k} {v:.2f}" for k, v in rows), " ".join(tail[:4]), " ".join(tail[4:])]
    elif shape == "cell_pipes":
        cells = [*title, *head, *(x for k, v in rows for x in (k, f"{v:.2f}")), *tail]
        lines = [f"{c} |" for c in cells]
    else:
        lines = ["".join([*title, *head, *(f"{k}{v:.2f}" for k, v in rows), *tail])]
    return "\n".join(["区民政局2024年部门预算", *lines]) + "\n"
