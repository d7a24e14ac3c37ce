"""An invented department-wide target form filed on its own (部门整体支出绩效目标申报表): the department's name, its funds
by 收入构成 and 支出构成 side by side (each line's amount and share beside its label, a 合计 closing each side), its
functions, its annual target and a few indicators with their target values — no execution, no score."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

TWO = Decimal("0.01")


@dataclass
class Goals:
    fiscal: Decimal
    other: Decimal
    basic: Decimal
    project: Decimal

    @property
    def total(self) -> Decimal:
        return self.fiscal + self.other


def invent(seed: int) -> Goals:
    rnd = random.Random(seed)
    fiscal = Decimal(rnd.randint(50_000, 900_000)) / 100
    other = Decimal(rnd.randint(0, 9_000)) / 100
    basic = ((fiscal + other) * Decimal(rnd.randint(550, 850)) / 1000).quantize(TWO, ROUND_HALF_UP)
    return Goals(fiscal, other, basic, fiscal + other - basic)


def _share(part: Decimal, whole: Decimal) -> str:
    return f"{(part / whole * 100).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"


def rows(g: Goals, title: str = "部门整体支出绩效目标申报表", before: tuple[str, ...] = ()) -> list[list[str]]:
    t = g.total
    return [*([b] for b in before), [title], ["填报日期：2021年1月28日"],
            ["部门（单位）名称", "示例市甲局", "填报人", "张三", "联系电话", "12345678"],
            ["部门总体资金情况（单位：万元）", "收入构成", "", "", "支出构成", "", ""],
            ["", "", "金额", "占比", "", "金额", "占比"],
            ["", "财政拨款", f"{g.fiscal}", _share(g.fiscal, t), "基本支出", f"{g.basic}", _share(g.basic, t)],
            ["", "其他收入", f"{g.other}", _share(g.other, t), "项目支出", f"{g.project}", _share(g.project, t)],
            ["", "合计", f"{t}", "100%", "合计", f"{t}", "100%"],
            ["部门职能概述", "（一）负责全市人民防空工作。（二）负责市政府值班工作。"],
            ["年度绩效目标", "保障机关正常运转，完成年度重点工作"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "完成重点工作数", "≥10项"],
            ["效益指标", "社会效益指标", "群众满意度", "≥90%"]]
