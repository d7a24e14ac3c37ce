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


# the wordings reports use for each statement (budget, spending, rate, score, grade), cycled by the seed
BUDGET_SAYS = ("全年预算数为{}", "“二下”批复数{}", "批复预算4个项目{}", "调整后预算数:{}", "下达预算资金{}", "批复预算数 {} ")
SPENT_SAYS = ("，支出{}", "，实际支出{}", "，已支出 {} ", "，执行数为{}", "、支出金额{}", "，全年执行数{}")
RATE_SAYS = ("预算执行率为{}%", "资金执行率{}%", "执行率达{}%", "完成预算的{}%", "执行率: {} %")
SCORE_SAYS = ("自评得分{}分", "综合得分为{}分", "评价得分:{}分", "自评分 {} 分", "综合评价得分{}分")
GRADE_SAYS = ("，等级为{}", "，评价等级为“{}”", "，自评等级:{}", "，等级评定为{}")


def grade_of(r: Report, seed: int) -> str:
    """The grade the default bands give ``r``'s score (90 and over 优, 80 to 90 良), in either wording."""
    return (("优", "优秀") if r.score >= 90 else ("良", "良好"))[seed % 2]


def worded(r: Report, seed: int, grade: str) -> tuple[str, Decimal, Decimal]:
    """A 项目支出绩效自评报告 stating ``r``'s figures in the wordings ``seed`` picks, in 万元 or (odd seeds) in 元;
    the score's section first on seeds divisible by 3. Returns the text and the budget and spending as printed."""
    scale = Decimal(10_000) if seed % 2 else Decimal(1)
    unit = "元" if seed % 2 else "万元"
    budget, executed = r.budget * scale, r.executed * scale
    funds = (f"二、项目资金使用及管理情况\n本项目{r.year}年度{BUDGET_SAYS[seed % 6].format(budget)}{unit}"
             f"{SPENT_SAYS[seed % 5].format(executed)}{unit}，{RATE_SAYS[seed % 4].format(r.rate)}。\n")
    score = (f"三、自评结论\n项目绩效{SCORE_SAYS[seed % 5].format(r.score)}"
             f"{GRADE_SAYS[seed % 4].format(grade)}。\n")
    head = f"{r.unit}{r.year}年度{r.name}项目支出绩效自评报告\n一、项目基本情况\n项目用于示例工作。\n"
    return head + (score + funds if seed % 3 == 0 else funds + score), budget, executed


# how a converter separates a row's cells when it prints no pipe before the first: the ASCII pipe, the full-width
# one, a box-drawn table's rule; runs of empty cells after the row's last are kept or not
SEPARATORS = (" | ", "｜", " │ ", "|")
# the report form's money labels as forms print them: the unit in full-width or ASCII brackets, or in a cell apart
LABEL_UNITS = ("（万元）", "(万元)", "")


def unled_form(r: Report, seed: int) -> str:
    """The 财政支出项目绩效评价报告 form (``report_rows``) as rows of cells with no separator before the first cell and,
    on odd seeds, a run of empty cells after the last (计划安排资金(万元) | 1088.00 | 实际到位资金(万元) | 1020.02 | ||||):
    the separator and the labels' unit cycled by ``seed``; a label without its unit has it in the next cell, (万元)."""
    sep, unit = SEPARATORS[seed % len(SEPARATORS)], LABEL_UNITS[seed % len(LABEL_UNITS)]
    rows = []
    for row in report_rows(r):
        if row[0].endswith("（万元）"):
            row = [row[0].replace("（万元）", unit), *([] if unit else ["(万元)"]), *row[1:]]
        cells = [c for c in row if c]
        rows.append(sep.join(cells) + sep.rstrip() + (sep.strip() * 4 if seed % 2 else ""))
    return "\n".join(rows) + "\n"


# the 湖南 项目绩效自评报告表's field of the money and its sources, as the form prints it (a field, then its cell)
MAKEUP_SAYS = ("资金总额及构成 | 总额{}万元，其中：", "资金总额及构成\n总额{}万元，其中：", "资金总额及构成：{}万元，其中：",
               "资金总额及构成总额{}万元,其中:")


def makeup_form(r: Report, seed: int, mistake: str | None = None) -> tuple[str, Decimal]:
    """The 湖南 项目绩效自评报告表 (实施单位用) whose funds are only the 资金总额及构成 field: the total and its sources
    (中央 / 省级财政 / 市级财政 / 其他), in the wording ``seed`` picks (``MAKEUP_SAYS``). ``mistake="parts"`` prints
    a 市级 part one 万元 over, so that the parts do not make the total. Returns the text and the total."""
    central = (r.budget * Decimal("0.6")).quantize(TWO)
    province = (r.budget * Decimal("0.1")).quantize(TWO)
    city = r.budget - central - province + (1 if mistake == "parts" else 0)
    funds = (MAKEUP_SAYS[seed % len(MAKEUP_SAYS)].format(r.budget)
             + f"中央{central}万元；省级财政{province}万元；市级财政{city}万元；其他万元。")
    text = (f"{r.year}年项目绩效自评报告表（实施单位用）\n填报单位：{r.unit}\n基本情况\n项目名称 | {r.name}\n"
            f"项目单位 | {r.unit}\n{funds}\n项目起止时间 | {r.year}年1月起至{r.year}年12月止\n")
    return (text.replace(" | ", "") if seed % 2 else text), r.budget
