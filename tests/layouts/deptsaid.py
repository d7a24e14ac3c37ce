"""An invented department-wide self-evaluation report whose sentences state the department's whole year beside
its parts, in the many ways departments write them: the heading's wording (``HEADINGS``), the budget's and the
spending's labels (``BUDGETS``, ``SPENT``), the clauses' order (``ORDERS``), the parts stated before, inside or after
the whole (``PARTS``), amounts in 万元 or in 元 with thousands separators, the score's and the grade's wordings.
A case is chosen by a number (``case``), each dimension turning at its own pace, so that a range of numbers covers
every wording of every dimension. A mistake can be planted: ``rate`` (the rate stated is one point more than what
was spent ÷ the budget)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from layouts.model import percent

CENT = Decimal("0.01")
HEADINGS = ("部门整体支出绩效自评报告", "整体支出绩效自评报告", "单位整体支出绩效评价报告", "部门整体绩效自评报告",
            "整体支出自我绩效评价报告", "部门整体支出绩效单位自评报告", "部门整体支出绩效评价自评报告")
# the department's budget ({b}) and what it spent ({e}), as its report labels them
BUDGETS = ("部门整体支出预算数为{b}", "全年预算数{b}", "调整预算数为{b}", "预算收入{b}", "部门预算安排财政拨款资金共{b}",
           "批复预算{b}", "支出预算总额为{b}")
SPENT = ("全年实际支出{e}", "决算支出{e}", "本年支出合计{e}", "实际支出数为{e}", "全年支出{e}", "全年支出决算数为{e}")
RATES = ("预算执行率为{r}%", "执行率达{r}%", "预算执行率{r}%")
# the order of the sentence's clauses ({budget}, {spent}, {rate} filled in)
ORDERS = ("{y}年度，{budget}，{spent}，{rate}。",
          "{y}年度部门{spent}，{budget}，{rate}。",  # what was spent before the budget
          "{y}年度部门年初预算{i}，调整后全年预算{b}，{spent}，{rate}。")  # the initial budget, then the annual one
# the parts, stated in their own sentences before the whole, in a bracket inside it, or listed after it
PARTS = ("none", "topic_before", "bracket", "list_after", "sangong_before")
SCORES = ("经自评，本部门{y}年度整体支出绩效自评得分为{s}分", "部门整体支出绩效综合得分{s}分", "自评总分为{s}分")
GRADES = ("评价等级为“优”", "评定为“优”等级", "绩效等级：优", "综合评定为优")
UNITS = ("万元", "元")


@dataclass
class SaidReport:
    unit: str
    year: int
    initial: Decimal
    budget: Decimal
    executed: Decimal
    score: Decimal
    heading: int
    wording: int
    spent: int
    order: int
    parts: str
    money: str
    planted: str | None = None

    @property
    def rate(self) -> Decimal:
        return percent(self.executed, self.budget)

    def printed(self, amount: Decimal) -> Decimal:
        """An amount as the report prints it: in its unit (万元, or 元)."""
        return amount if self.money == "万元" else (amount * 10000).quantize(CENT)

    def money_text(self, amount: Decimal) -> str:
        if self.money == "万元":
            return f"{amount}万元"
        return f"{self.printed(amount):,}元"


def case(k: int, planted: str | None = None) -> SaidReport:
    """The ``k``-th report: every dimension's wording turns with ``k`` at its own pace."""
    budget = Decimal(1000 + 37 * k) + Decimal(k % 100) / 100
    executed = budget - Decimal(13 + k % 29) - Decimal(k % 7) / 100
    initial = budget - Decimal(100 + k % 50)
    return SaidReport(f"示例县第{k % 9 + 1}局", 2019 + k % 5, initial, budget, executed,
                      Decimal(900 + k % 90) / 10, k % len(HEADINGS), k % len(BUDGETS), k % len(SPENT),
                      (k // 2) % len(ORDERS), PARTS[(k // 3) % len(PARTS)], UNITS[(k // 5) % len(UNITS)], planted)


FIGURES = 5  # the line of ``lines`` that states the figures


def lines(r: SaidReport) -> list[str]:
    """The report, one paragraph a line: a site's breadcrumbs, the heading, the department's outline, the
    statements of its figures and its parts' (line ``FIGURES``), the conclusion with the score and the grade."""
    m = r.money_text
    rate = r.rate + (1 if r.planted == "rate" else 0)
    budget = BUDGETS[r.wording].format(b=m(r.budget))
    if r.parts == "bracket":
        basic = (r.budget * Decimal("0.6")).quantize(CENT)
        budget += f"（其中：基本支出{m(basic)}，项目支出{m(r.budget - basic)}）"
    figures = ORDERS[r.order].format(y=r.year, i=m(r.initial), b=m(r.budget), budget=budget, spent=SPENT[r.spent].format(e=m(r.executed)),
                           rate=RATES[r.wording % len(RATES)].format(r=rate))
    part_b, part_e = (r.budget * Decimal("0.7")).quantize(CENT), (r.executed * Decimal("0.7")).quantize(CENT)
    before = {
        "topic_before": f"基本支出预算{m(part_b)}，实际支出{m(part_e)}，执行率{percent(part_e, part_b)}%；"
                        f"项目支出预算{m(r.budget - part_b)}，实际支出{m(r.executed - part_e)}，"
                        f"执行率{percent(r.executed - part_e, r.budget - part_b)}%。",
        "sangong_before": f"三公经费预算{m(Decimal('12.50'))}，实际支出{m(Decimal('9.80'))}，执行率78.40%。",
    }.get(r.parts, "")
    after = f"其中：基本支出{m(part_e)}，项目支出{m(r.executed - part_e)}。" if r.parts == "list_after" else ""
    score = SCORES[r.heading % len(SCORES)].format(y=r.year, s=r.score)
    return ["首页 > 信息公开 > 财政资金 > 绩效评价",
            f"{r.unit}{r.year}年度{HEADINGS[r.heading]}",
            "一、部门基本情况",
            "本部门内设股室5个，编制人数20人，实有人数18人。",
            "二、部门整体支出情况",
            before + figures + after,
            "三、自评结论",
            f"{score}，{GRADES[r.spent % len(GRADES)]}。"]
