"""A project's self-evaluation given as a report rather than the form: the figures in sentences, or in the
older 财政支出项目绩效评价报告 form's labelled cells (计划安排资金 / 实际到位资金 / 实际支出, each with its
中央 / 省 / 市县财政 parts), with invented figures and a mistake planted on purpose."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

TWO = Decimal("0.01")


@dataclass
class Report:
    name: str
    unit: str
    year: int
    budget: Decimal
    executed: Decimal
    rate: Decimal  # percent, as printed
    score: Decimal


def invent_report(seed: int, mistake: str | None = None) -> Report:
    """Figures from ``seed``; ``mistake="rate"`` prints a rate that the budget and spending do not give."""
    rnd = random.Random(seed)
    budget = Decimal(rnd.randint(1_000, 500_000)) / 100
    executed = (budget * Decimal(rnd.randint(800, 1000)) / 1000).quantize(TWO, rounding=ROUND_HALF_UP)
    rate = (executed / budget * 100).quantize(TWO, rounding=ROUND_HALF_UP)
    if mistake == "rate":
        rate = min(Decimal(100), rate + Decimal(7))
    return Report(f"示例{seed}号专项资金", "示例县示例局", 2020 + seed % 5, budget, executed, rate,
                  Decimal(rnd.randint(800, 1000)) / 10)


def prose(r: Report) -> str:
    """The evaluation summary in prose, after a site's breadcrumb, one paragraph a line."""
    return (f"您所在的位置: 首页 >> 绩效评价\n{r.year}年度{r.name}项目绩效自评结果\n"
            f"一、自评结论\n对照年初绩效目标及项目实际完成情况，综合评价得分为 {r.score}分。\n"
            f"二、执行情况\n{r.name}项目全年预算数为{r.budget}万元，执行数为{r.executed}万元，完成预算的{r.rate}%。"
            "项目绩效目标完成情况：较好地完成了各项任务。\n")


def report_rows(r: Report) -> list[list[str]]:
    """The 财政支出项目绩效评价报告 form's base-information block as rows of cells."""
    def parts(x: Decimal) -> list[str]:
        return ["其中：中央财政", "", "省财政", "", "市县财政", str(x), "其它", ""]

    return [
        ["财政支出项目绩效评价报告"],
        ["项目名称", r.name],
        ["项目单位", r.unit],
        ["一、项目基本信息"],
        ["计划安排资金（万元）", str(r.budget), *parts(r.budget)],
        ["实际到位资金（万元）", str(r.budget), *parts(r.budget)],
        ["实际支出（万元）", str(r.executed), *parts(r.executed)],
        ["预算执行率", f"{r.rate}%"],
        ["自评得分", f"{r.score}分"],
    ]
