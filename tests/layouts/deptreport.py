"""An invented department-wide self-evaluation report (部门整体支出绩效自评报告): a heading, the department's
situation, then sentences that state the year's budget, what was spent, the execution rate, the score and the
grade, in the wordings departments use (``WORDINGS``). A mistake can be planted: ``rate`` (the rate stated is not
what was spent ÷ the budget: one point more)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from layouts.model import percent

CENT = Decimal("0.01")
# how the report states the budget and what was spent ({b}, {e} and {r} filled in)
WORDINGS = (
    "{y}年度部门整体支出预算数为{b}万元，全年实际支出{e}万元，预算执行率为{r}%。",
    "{y}年度部门预算总额为{b}万元，全年支出{e}万元，执行率为{r}%。",
    "{y}年全年预算数为{b}万元，全年执行数为{e}万元，预算执行率{r}%。",
    "{y}年度，我单位年初预算支出{b}万元，全年实际支出{e}万元，预算执行率为{r}%。",
    "{y}年度部门预算安排{b}万元，全年总支出{e}万元，预算执行率为{r}%。",
    "{y}年批复预算{b}万元，本年支出合计{e}万元，执行率{r}%。",
    "{y}年度部门整体支出调整预算数{b}万元，决算支出{e}万元，预算执行率{r}%。",
    # the spending verb alone opening its clause
    "{y}年部门预算批复{b}万元，执行{e}万元，执行率{r}%。",
    # the income's budget stated beside the spending's: the spending's is the budget
    "{y}年度收入预算{i}万元，实际收入{i}万元；支出预算{b}万元，实际支出{e}万元，预算执行率{r}%。",
    # what was spent first, the rate as its share of the budget
    "{y}年度实际支出{e}万元，占全年预算{b}万元的{r}%。",
    "{y}年度本部门整体支出预算为{b}万元，实际完成{e}万元，预算完成率{r}%。",
    # the rate in a sentence of its own after the figures'
    "本部门{y}年全年预算{b}万元，决算数{e}万元。全年预算执行率{r}%。",
    "{y}年年初预算安排{b}万元，全年完成支出{e}万元，预算执行率{r}%。",
    "{y}年度本部门预算总支出{b}万元，实际总支出{e}万元，执行率{r}%。",
)
# the report's heading in the wordings departments use (the unit and year before it)
HEADINGS = ("部门整体支出绩效自评报告", "整体支出绩效自评报告", "部门整体支出预算绩效自评报告", "部门整体绩效目标完成情况自评报告",
            "部门绩效自评报告", "部门整体支出绩效自评结果", "单位整体支出绩效自评报告")
# how the report states its score ({s} filled in): the wording follows the figures' wording
SCORE_WORDINGS = ("部门整体支出绩效自评得分为{s}分", "综合评分{s}分", "最终得分为{s}分", "自评得{s}分", "自评得分：{s}")
# … and its grade, after the score's clause
GRADE_WORDINGS = ("评价等级为“优”", "属“优”等次", "自评等级：优")


@dataclass
class DeptReport:
    unit: str
    year: int
    budget: Decimal
    executed: Decimal
    score: Decimal
    wording: int
    planted: str | None = None

    @property
    def rate(self) -> Decimal:
        return percent(self.executed, self.budget)


def invent_report(seed: int, wording: int = 0, mistake: str | None = None) -> DeptReport:
    rnd = random.Random(seed)
    budget = (Decimal(rnd.randint(30000, 300000)) / 100).quantize(CENT)
    executed = budget - (Decimal(rnd.randint(100, 3000)) / 100).quantize(CENT)
    return DeptReport(f"示例市{rnd.choice(['甲', '乙', '丙'])}区某局", 2019 + seed % 5, budget, executed,
                      Decimal(rnd.randint(900, 990)) / 10, wording, mistake)


def report_lines(r: DeptReport) -> list[str]:
    """The report, one paragraph a line."""
    rate = r.rate + (1 if r.planted == "rate" else 0)
    figures = WORDINGS[r.wording].format(y=r.year, b=r.budget, e=r.executed, r=rate, i=r.budget + 100)
    heading = f"{r.unit}{r.year}年度{HEADINGS[r.wording % len(HEADINGS)]}"
    return ["首页 > 信息公开 > 财政信息 > 预算绩效 " * 8,  # a site's breadcrumbs before the heading
            heading,
            "一、部门基本情况",
            "（一）部门职能",
            "负责全区有关行业的管理工作。",
            "（二）机构设置及人员情况",
            "本部门下设5个股室，编制20人，实有人员18人。",
            "二、部门整体支出情况",
            figures,
            "三、部门整体支出绩效情况",
            "本部门较好地完成了年度工作任务。",
            "四、自评结论",
            f"经自评，本部门{r.year}年度{SCORE_WORDINGS[r.wording % len(SCORE_WORDINGS)].format(s=r.score)}，"
            f"{GRADE_WORDINGS[r.wording % len(GRADE_WORDINGS)]}。"]


def stated_lines(r: DeptReport, mistake: str | None = None) -> list[str]:
    """The report without a budget statement, stating instead the year's income and spending and their parts, each
    with its share (本年收入合计…，其中：…，占…%；本年支出合计…，其中：基本支出…，占…%；项目支出…，占…%). ``parts``
    misprints 项目支出 by 10 (its share is the true one's, so the shares still make 100%)."""
    share = percent

    income, grant = r.executed + Decimal(20), (r.executed * Decimal("0.8")).quantize(CENT)
    basic = (r.executed * Decimal("0.6")).quantize(CENT)
    project = r.executed - basic
    printed = project + (10 if mistake == "parts" else 0)
    lines = report_lines(r)
    figures = lines.index(next(x for x in lines if "万元" in x))
    lines[figures : figures + 1] = [
        f"{r.year}年本年收入合计{income}万元，其中：一般公共预算财政拨款收入{grant}万元，占{share(grant, income)}%；"
        f"其他收入{income - grant}万元，占{share(income - grant, income)}%。",
        f"{r.year}年本年支出合计{r.executed}万元，其中：基本支出{basic}万元，占{share(basic, r.executed)}%；"
        f"项目支出{printed}万元，占{share(project, r.executed)}%。"]
    return lines


def table_lines(r: DeptReport, render: Callable[[list[list[str]]], str]) -> list[str]:
    """The report with its execution given in a small table (项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率: 合计,
    基本支出, 项目支出; ``render`` lays it out) in place of the figures' sentence; the score's sentence unchanged.
    The initial budget is the budget less 100."""
    basic_b = (r.budget * Decimal("0.6")).quantize(CENT)
    basic_e = min(basic_b, r.executed)
    rows = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["合计", f"{r.budget - 100}", f"{r.budget}", f"{r.executed}", f"{r.rate}%"],
            ["基本支出", f"{basic_b - 60}", f"{basic_b}", f"{basic_e}", f"{percent(basic_e, basic_b)}%"],
            ["项目支出", f"{r.budget - basic_b - 40}", f"{r.budget - basic_b}", f"{r.executed - basic_e}",
             f"{percent(r.executed - basic_e, r.budget - basic_b)}%"]]
    lines = report_lines(r)
    figures = lines.index(next(x for x in lines if "万元" in x))
    lines[figures : figures + 1] = ["单位：万元", *render(rows).rstrip("\n").split("\n")]
    return lines


# a county site's menus before an article: 预决算 among them, and as many items as the site has
MENU = ("首页 > 政务公开 > 财政预决算 > 部门预决算 > 绩效评价", " ".join(f"{w}{k}" for k in range(1, 100)
                                                          for w in ("政务动态", "通知公告")[: 1 + k % 2]))


def with_menus(lines: list[str]) -> list[str]:
    """The report below a site's menus: a breadcrumb naming 预决算, then a long run of menu items (over 800
    characters), none a sentence."""
    return [MENU[1], MENU[0], *lines]
