"""转移支付 self-evaluation reports in prose, built from the wordings counties use to state the key figures: the
budget (下达/安排/落实/收到/拨付 … 资金, 预算, 年度资金, a total of two levels' parts), the spending (实际支出, 完成支出,
资金支付, 兑付, 支出 after the date …), the rate (执行率, 支出进度, 支付率 …), the score (自评得分, 综合评分, 经自评，
评分, 该项目得分, 评价结果为优，得分 …) and the grade (等级, 等次, 评价结果 …), in several orders and every unit (元 with
thousands' commas, 万元, 亿元), with invented figures.

``paragraphs()`` yields the combinations of the tables (each table cycled at its own pace, so that every wording
meets every unit and order, and the other tables' wordings in turn), as ``Case`` (the text and the figures a reader
must read). A case with ``planted`` states a rate that is not its spending ÷ budget: a reader must not turn it into
an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

HEAD = "示例县2023年度中央财政示例补助资金绩效自评报告\n一、绩效目标分解下达情况\n"
# the budget: ``{}`` is the amount with its unit; ``{a}``/``{b}`` two parts (中央/省级) in the same unit
BUDGETS = (
    "省财政厅下达示例补助资金{}", "中央下达我县示例资金{}", "上级共拨付示例资金{}", "安排示例转移支付资金{}",
    "落实示例补助资金{}", "全年预算资金{}", "年度资金{}", "共计下达中央、省级转移支付资金{}", "项目资金共{}",
    "资金总额为{}", "共收到上级补助资金{}", "示例资金预算{}", "收到中央补助资金{}", "示例资金总预算为{}",
    "下达示例补助资金合计{}，其中中央资金{a}、省级资金{b}", "下达中央资金{a}、省级资金{b}，合计{}",
    "中央下达示例资金{a}，省级下达示例资金{b}，共计{}", "下达示例补助资金{}（其中中央资金{a}，省级资金{b}）",
    "示例补助资金共{}已全部下达", "示例补助资金{}，其中：中央{a}，省级{b}",
    # the verb granting with no noun, the amount said first and then granted, 补助 received, the fund's size
    "省财政厅累计下达{}", "中央下达{}（示财〔2023〕1号）", "示例资金{}已全部下达", "收到上级补助{}", "示例补助资金规模为{}",
    # the money granted to the writer by other verbs (拨付/分配/核定 我县, 批复), the granted total after its verb
    "拨付我县示例资金{}", "分配我县示例补助资金{}", "核定我县示例资金{}", "省财政厅批复示例资金{}", "示例资金下达总额为{}",
)
SPENDING = (
    "实际支出{}", "已支出{}", "执行数{}", "已完成拨付{}", "累计支付{}", "完成支出{}", "已使用{}", "支付资金{}",
    "实际使用资金{}", "资金支出{}", "共支出资金{}", "已执行{}", "执行资金{}", "累计完成支出{}", "资金使用{}", "已兑付{}",
    "已发放{}", "实际支付{}", "资金执行{}", "资金支付{}", "合计支出{}", "已全部支出{}", "支出总额为{}", "支付{}",
    # the spending of each level, then its total, or the total, then its parts
    "中央资金支出{a}，省级资金支出{b}，合计支出{}", "共支出{}，其中中央资金{a}，省级资金{b}",
    "实际支出{}（中央资金{a}、省级资金{b}）",
    # the plainer verbs of paying out (发放, 兑现, 实现支出, 预算执行, 执行 after the date), the money paid to where it goes, and a total of the
    # spending after its verb (累计支付资金合计…: the spending, never the budget)
    "实际发放{}", "已发放补助{}", "兑现资金{}", "已兑现{}", "实现支出{}", "累计使用资金{}", "预算执行{}",
    "已拨付至乡镇{}", "实际拨付到项目{}", "累计支付资金合计{}", "已支出资金合计{}", "执行{}",
    # the money paid out (实际拨付资金), claimed back against the works (报账), the spending's amount, what was done
    "实际拨付资金{}", "已报账{}", "累计报账{}", "实际支出金额{}", "实际完成{}",
    # the whole said after the verb (锡林郭勒's 资金执行总量29675万元)
    "资金执行总量{}", "资金支出总额{}",
)
# a total of the spending worded as the budget's totals are (共计使用资金…: never the budget), the year's spending, and the
# share paid out (read where it is the spending ÷ the budget): kept apart from the cycled tables above
SPENDING_MORE = ("共计使用资金{}", "全年执行{}", "全年共支付{}")
RATES_PAID = ("拨付率{}%", "发放率为{}%", "使用率达{}%", "报账率为{}%")
# where the spending follows the date at once (截至年底支出…)
DATED = ("截至年底支出{}", "截至2023年12月31日支出{}", "截至年末执行{}", "截至年底，实际支出{}")
RATES = ("执行率{}%", "预算执行率为{}%", "资金执行率达{}%", "支出率{}%", "支出进度{}%", "资金支出率为{}%", "执行进度为{}%",
         "资金使用率{}%", "支付率{}%", "支付进度为{}%", "执行率达到了{}%")
SCORES = ("自评得分{}分", "综合得分为{}分", "评分{}分", "自评分{}分", "综合评分{}分", "得分{}分", "自评分数为{}分",
          "总得分{}分", "绩效自评得分为{}分", "该项目得分{}分", "本转移支付资金得分{}分", "最终得分{}分", "考核得分{}分",
          "总体评分{}分", "评分结果：{}分", "自评得{}分")
GRADES = ("等级为“{}”", "等次为{}", "评价结果为“{}”", "自评等级为{}", "评价等次为“{}”", "自评结果为{}", "评价等级：{}")
# the orders of the statements: budget, spending, rate (b, s, r), and the date's place
ORDERS = ("b s r", "b r s", "s r b", "r s b", "b,dated r")
# (unit, budget, its central part, its provincial part, spent, rate, spent's central and provincial parts),
# spent ÷ budget = rate
UNITS = (("万元", "120", "100", "20", "108", "90", "90", "18"),
         ("元", "1,250,000", "1,000,000", "250,000", "1,000,000", "80", "800,000", "200,000"),
         ("亿元", "1.5", "1.2", "0.3", "1.35", "90", "1.08", "0.27"),
         ("万元", "1,250.5", "1,000.5", "250", "1,125.45", "90", "900.45", "225"))


@dataclass(frozen=True)
class Case:
    text: str
    budget: Decimal
    executed: Decimal
    rate: Decimal
    score: Decimal
    grade: str
    planted: bool = False


def num(s: str) -> Decimal:
    """An amount as printed (1,250.5), as a Decimal."""
    return Decimal(s.replace(",", ""))


def case(i: int, *, planted: bool = False) -> Case:
    """The i-th paragraph: each table cycled at its own pace (co-prime strides), so that over ``len(BUDGETS) *
    len(UNITS)`` cases every wording meets every unit and, in turn, every other table's wordings and the orders."""
    unit, b, a1, a2, e, r, e1, e2 = UNITS[i % len(UNITS)]
    order = ORDERS[(i // len(UNITS)) % len(ORDERS)]
    budget = BUDGETS[i % len(BUDGETS)].format(b + unit, a=a1 + unit, b=a2 + unit)
    said = SPENDING[(i * 7 + i // len(SPENDING)) % len(SPENDING)]
    spent = (DATED[i % len(DATED)] if "dated" in order else "截至年底，" + said).format(e + unit, a=e1 + unit,
                                                                                  b=e2 + unit)
    rate = RATES[(i * 3) % len(RATES)].format("95" if planted else r)
    parts = {"b": f"2023年{budget}", "s": spent, "r": rate, "b,dated": f"2023年{budget}。{spent}"}
    body = "，".join(parts[k] for k in order.split()) + "。"
    score, grade = SCORES[(i * 5) % len(SCORES)].format("92.5"), GRADES[(i * 3) % len(GRADES)].format("优")
    # the score said after the verb of evaluating, before or after the grade, or after the grade alone
    tail = (f"经自评，{score}，{grade}。", f"经自评，{grade}，{score}。", f"综上，{grade}，{score}。")[i % 3]
    return Case(HEAD + body + "\n二、自评结论\n" + tail + "\n", num(b), num(e), Decimal(r), Decimal("92.5"), "优",
                planted)


def paragraphs() -> Iterator[Case]:
    """Every wording of every table with every unit and order (see ``case``)."""
    n = len(BUDGETS) * len(UNITS) * len(ORDERS)
    for i in range(max(n, len(SPENDING) * len(UNITS), len(RATES) * len(SCORES))):
        yield case(i)
