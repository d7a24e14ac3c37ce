"""Invented forms whose funds block is 福建's 财政资金安排和使用情况: the budget's making, what was paid out and what is
left, each column numbered and its formula printed in the label (预算安排 | 拨付情况 | 结余情况 over 年初预算安排金额① |
历年结余结转② | 年中调整金额③ | 小计④=①+②+③ | 年度拨付金额⑤ | 支出实现率(%)⑥=⑤/④ | 本年度结余金额⑦=④-⑤ |
资金结余率(%)⑧=⑦/④), rows 财政资金小计, ①中央及省级财政资金, ②市级财政资金, 其他资金小计 and 合计. Printed under a
department-wide form (部门整体支出绩效自评表, 部门(单位)名称) or a project's (项目支出绩效自评表, 项目名称), the figures in
元 or 万元.

The mistake that can be planted: ``rate`` (the printed 支出实现率 is five points off 拨付 ÷ 小计).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from layouts.model import percent

CENT = Decimal("0.01")


@dataclass
class AllocForm:
    kind: str  # "dept" or "project"
    name: str
    initial: Decimal
    carried: Decimal
    adjusted: Decimal
    paid: Decimal
    indicators: list[tuple[str, str, str, Decimal, Decimal]]  # level1, level2, name, weight, score
    planted: str | None = None

    @property
    def budget(self) -> Decimal:
        return self.initial + self.carried + self.adjusted

    @property
    def rate(self) -> Decimal:
        return percent(self.paid, self.budget)

    @property
    def printed_rate(self) -> Decimal:
        return self.rate + (5 if self.planted == "rate" else 0)


def invent_alloc(seed: int, kind: str = "dept", yuan: bool = False, planted: str | None = None) -> AllocForm:
    rnd = random.Random(seed)
    scale = 10000 if yuan else 1
    money = lambda low, high: (Decimal(rnd.randint(low * 100, high * 100)) / 100 * scale).quantize(CENT)  # noqa: E731
    initial = money(80, 900)
    carried, adjusted = money(0, 60), rnd.choice([Decimal(0), money(1, 30)])
    paid = (initial + carried + adjusted - money(1, 40)).quantize(CENT)
    inds = [("产出指标", "数量指标", "完成年度工作任务数", Decimal(20), Decimal(rnd.choice([18, 20]))),
            ("产出指标", "质量指标", "任务完成合格率", Decimal(20), Decimal(20)),
            ("效益指标", "社会效益指标", "服务群众满意率", Decimal(30), Decimal(rnd.choice([27, 30])))]
    name = f"示例市{rnd.choice(['甲', '乙', '丙'])}{'局' if kind == 'dept' else '专项经费'}"
    return AllocForm(kind, name, initial, carried, adjusted, paid, inds, planted)


def _row(label: str, f: AllocForm) -> list[str]:
    rest = f.budget - f.paid
    return [label, f"{f.initial}", f"{f.carried}", f"{f.adjusted}", f"{f.budget}", f"{f.paid}", f"{f.printed_rate}%",
            f"{rest}", f"{percent(rest, f.budget)}%"]


def alloc_rows(f: AllocForm) -> list[list[str]]:
    """The form, cells as printed (blank cells kept as "")."""
    title, field = (("部门整体支出绩效自评表", "部门（单位）名称") if f.kind == "dept" else ("项目支出绩效自评表", "项目名称"))
    rows = [[title], ["（2018年度）"], [field, f.name, "部门预算编码", "901001033"],
            ["财政资金安排和使用情况（万元）", "资金结构", "预算安排", "", "", "", "拨付情况", "", "结余情况", ""],
            ["", "", "年初部门预算安排金额①", "历年结余结转②", "年中调整金额③", "小计④=①+②+③", "年度拨付金额⑤",
             "支出实现率(%)⑥=⑤/④", "本年度结余金额⑦=④-⑤", "资金结余率(%)⑧=⑦/④"],
            ["", *_row("财政资金小计", f)],
            ["", "①中央及省级财政资金", "", "", "", "", "", "", "", ""],
            ["", *_row("②市级财政资金", f)],
            ["", "其他资金小计", "", "", "", "", "", "", "", ""],
            ["", *_row("合计", f)],
            ["年度总体目标完成情况", "预期目标", "目标实际完成情况"],
            ["", "目标1：保障机构正常运转。", "目标1完成情况：基本完成。"],
            ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "指标解释", "绩效目标值", "实际完成值", "指标分值",
             "得分"]]
    for l1, l2, name, w, s in f.indicators:
        rows.append(["", l1, l2, name, f"反映{name}", "≥90%", "95%", f"{w}", f"{s}"])
    return rows
