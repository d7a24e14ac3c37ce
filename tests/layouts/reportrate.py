"""Invented evaluation reports whose budget or spending is stated in words that name neither, beside the rate that ties
them (spending ÷ budget): 预算安排专项资金项目共计12个，财政资金3267.28万元 … 项目执行金额2856.63万元，执行率87.43%;
or 项目全年预算数为… … 项目资金共计用去…万元，执行率…%. Other amounts stand around them (a part's 财政资金, 人员经费),
which the rate does not confirm. A project's report or a department's (部门整体支出绩效自评报告).

The mistake that can be planted: ``rate`` (the printed rate is three points off spending ÷ budget: no amount fits it,
so none may be taken for the missing one).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

TWO = Decimal("0.01")


@dataclass
class RateReport:
    unit: str
    year: int
    budget: Decimal
    executed: Decimal
    part: Decimal  # another amount of the text, a part of the budget
    planted: str | None = None

    @property
    def rate(self) -> Decimal:
        exact = (self.executed / self.budget * 100).quantize(TWO, rounding=ROUND_HALF_UP)
        return exact - 3 if self.planted == "rate" else exact


def invent_rate_report(seed: int, planted: str | None = None) -> RateReport:
    rnd = random.Random(seed)
    budget = Decimal(rnd.randint(50_000, 900_000)) / 100
    executed = (budget * Decimal(rnd.randint(700, 985)) / 1000).quantize(TWO, rounding=ROUND_HALF_UP)
    part = (budget * Decimal(rnd.randint(300, 600)) / 1000).quantize(TWO, rounding=ROUND_HALF_UP)
    return RateReport(f"示例县{rnd.choice(['农业农村', '自然资源', '交通运输'])}局", 2019 + seed % 5, budget, executed,
                      part, planted)


def budget_unnamed(r: RateReport) -> str:
    """A project report: the budget as 财政资金 after a count of projects, the spending labelled, with its rate."""
    return (f"{r.unit}{r.year}年度项目支出绩效自评报告\n"
            f"一、基本情况\n{r.year}年预算安排我局专项资金项目共计12个，财政资金{r.budget}万元。"
            f"其中绩效自评“优”的项目7个，财政资金{r.part}万元。\n"
            f"二、项目资金使用及管理情况\n我局加强项目支出进度督导，至{r.year}年底我局项目执行金额{r.executed}万元，"
            f"执行率{r.rate}%。\n三、存在的问题\n个别项目支出进度偏慢。\n")


def spent_unnamed(r: RateReport) -> str:
    """A project report: the budget labelled, the spending in words of its own, with its rate."""
    return (f"{r.unit}{r.year}年度示例专项资金项目绩效自评报告\n"
            f"一、项目基本情况\n该项目全年预算数为{r.budget}万元，其中人员经费{r.part}万元。\n"
            f"二、项目资金使用情况\n截至{r.year}年12月底，项目资金共计用去{r.executed}万元，执行率{r.rate}%。\n"
            "三、绩效目标完成情况\n较好地完成了年度任务。\n")


def dept_budget_unnamed(r: RateReport) -> str:
    """A department's report: the year's money as 财政资金 in the department's description, the spending labelled with
    its rate, a part (基本支出) after them."""
    return (f"{r.unit}{r.year}年度部门整体支出绩效自评报告\n一、部门基本情况\n本局内设股室6个，在编人员42人。"
            f"{r.year}年度财政资金{r.budget}万元，主要用于保障机构运转和履行职能。\n二、部门整体支出情况\n"
            f"全年实际支出{r.executed}万元，执行率{r.rate}%。其中基本支出{r.part}万元。\n"
            "三、绩效目标完成情况\n较好地完成了年度各项工作任务。\n")
