"""A 部门预算 (or 部门决算) 说明's totals in the many ways units word them: the sentence that gives the budget's total (收入预算总额为,
收支预算总额, 收入和支出预算均为, 收、支预算总额均为, 预算收支总额均为, 收入预算为人民币, 收入预算金额为, 部门收支预算总计,
收入预算合计数为, 收入总预算为 …), then the income's parts and the spending's parts with their shares. Invented figures
in 万元 or 元; ``plant``: the 一般公共预算拨款收入's share one point high; ``stage`` 决算: the same words of final
accounts (收支决算总额, 收入决算数为 …), the second income part 其他收入."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# (the totals sentence, whether it states the spending's total too)
TOTALS = (("2024年收入{s}总额为{a}{u}", False), ("2024年收支{s}总额{a}{u}", True),
          ("2024年收入和支出{s}均为{a}{u}", True), ("2024年收、支{s}总额均为{a}{u}", True),
          ("2024年{s}收支总额均为{a}{u}", True), ("2024年收入{s}为人民币{a}{u}", False),
          ("2024年收入{s}金额为{a}{u}", False), ("2024年部门收支{s}总计{a}{u}", True),
          ("本年度收入{s}合计数为{a}{u}", False), ("2024年收入{s}数为 {a} {u}", False),
          ("2024年收入、支出{s}总额各为{a}{u}、{a}{u}", True))


@dataclass
class Words:
    lines: list[str]
    total: Decimal
    parts: dict[str, Decimal]
    unit: str


def _share(part: Decimal, whole: Decimal) -> Decimal:
    return (part / whole * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def budget_totals(seed: int, wording: int, plant: bool = False, stage: str = "预算") -> Words:
    rng = random.Random(seed)
    unit = rng.choice(("万元", "元"))
    general = Decimal(rng.randrange(100_000, 900_000)) / 100
    other = Decimal(rng.randrange(1_000, 90_000)) / 100
    total = general + other
    basic = (total * Decimal(rng.randrange(60, 90)) / 100).quantize(Decimal("0.01"))
    project = total - basic
    said, both = TOTALS[wording]
    second = "上年结转" if stage == "预算" else "其他收入"
    lines = [f"某单位2024年部门{stage}情况说明", f"一、收支{stage}总体情况", said.format(a=total, u=unit, s=stage) + "。",
             f"二、收入{stage}情况",
             f"{'' if both else f'收入{stage}{total}{unit},'}其中:一般公共预算拨款收入{general}{unit},"
             f"占{_share(general, total) + (1 if plant else 0)}%;{second}{other}{unit},占{_share(other, total)}%。",
             f"三、支出{stage}情况",
             f"{'' if both else f'支出{stage}{total}{unit},'}其中:基本支出{basic}{unit},占{_share(basic, total)}%;"
             f"项目支出{project}{unit},占{_share(project, total)}%。"]
    return Words(lines, total, {"一般公共预算拨款收入": general, second: other, "基本支出": basic,
                                "项目支出": project}, unit)
