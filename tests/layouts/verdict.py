"""A project's self-evaluation report stating its verdict (total score and grade) and its funds in prose, in the many
wordings reports use, with the line breaks a page or a PDF puts anywhere, the scale's bands and the indicators' scores
beside the verdict, the verdict first (一、自评结论 (一)自评得分) or last; invented figures, a wrong grade planted on
request."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

TWO = Decimal("0.01")

# the total score and its grade, every way a report says them ({s}: the score, {g}: the grade)
VERDICT_SAYS = (
    "经自评，本项目自评得分为{s}分，评价等级为{g}",
    "项目综合评分{s}分，等级为“{g}”",
    "项目得分{s}分，评价等级为{g}",
    "经综合评价，该项目得分{s}分，评定为“{g}”",
    "项目自评{s}分（满分100分），等级为{g}",
    "项目能严格按照实施方案开展绩效评分{s}分，自评为{g}",
    "自评结果：得分{s}分，评定为{g}",
    "最终评定得分{s}分，绩效等级为{g}",
    "各项指标均已完成，绩效自评分为{s}分，自评等级为“{g}”",
    "项目综合得分{s}（满分100），等级为{g}",
    "经自评，本项目自评得分：{s}，评价等级：{g}",
    "本项目自评总得分为{s}分，为{g}",
)
# the budget, what was spent and the rate ({b}, {e}: amounts in 万元, {r}: the rate in percent)
FUNDS_SAYS = (
    "全年预算{b}万元，执行{e}万元，执行率{r}%",
    "批复预算{b}万元，已支出{e}万元，预算执行率为{r}%",
    "上级下达资金{b}万元，已使用{e}万元，资金执行率{r}%",
    "项目预算资金{b}万元，截至年底共支出{e}万元，执行率{r}%",
    "财政安排项目资金{b}万元，实际使用资金{e}万元，执行率{r}%",
    "预算数为{b}万元，执行数为{e}万元，预算执行率{r}%",
    "核拨资金{b}万元，实际发放{e}万元，执行率{r}%",
    "落实项目经费{b}万元，共计支出{e}万元，资金执行率为{r}%",
    "专项经费{b}万元，已兑付{e}万元，执行率{r}%",
    "批复金额{b}万元，累计拨付{e}万元，支付率{r}%",
    "资金规模{b}万元，资金支出{e}万元，执行率{r}%",
    "全年预算{b}万元，已支出{e}万元，预算完成率达到了{r}%",
    "年度预算资金{b}万元，实际支出{e}万元，执行比例为{r}%",
)
# what stands beside the verdict and is never it: the scale's bands, the indicators' scores
BANDS = "评分标准：总分90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。"
INDICATORS = "其中预算执行率指标得分为{x}分，产出指标得分{y}分，满意度指标得分9分。"


@dataclass
class Verdict:
    budget: Decimal
    executed: Decimal
    rate: Decimal
    score: Decimal
    grade: str
    execution_score: Decimal
    output_score: Decimal


def invent(seed: int, wrong_grade: bool = False) -> Verdict:
    """Figures from ``seed``: the grade the bands above give the score, or (``wrong_grade``) one they do not."""
    rnd = random.Random(seed)
    budget = Decimal(rnd.randint(500, 90_000)) / 100
    executed = (budget * Decimal(rnd.randint(850, 1000)) / 1000).quantize(TWO, rounding=ROUND_HALF_UP)
    rate = (executed / budget * 100).quantize(TWO, rounding=ROUND_HALF_UP)
    score = Decimal(rnd.randint(820, 995)) / 10
    grade = "优" if score >= 90 else "良"
    if wrong_grade:
        grade = "差"
    return Verdict(budget, executed, rate, score, grade, Decimal(rnd.randint(7, 10)), Decimal(rnd.randint(40, 50)))


def wrapped(text: str, width: int) -> str:
    """``text`` broken into lines of about ``width`` characters wherever they fall (inside words and labels too), as a
    page's fixed-width lines or a PDF's are, a number kept whole on its line; 0: as typed."""
    if not width:
        return text
    lines, k = [], 0
    while k < len(text):
        end = min(len(text), k + width)
        while end < len(text) and text[end - 1] in _NUMERIC and text[end] in _NUMERIC:
            end += 1
        lines.append(text[k:end])
        k = end
    return "\n".join(lines)


_NUMERIC = "0123456789."


def report(v: Verdict, seed: int, width: int = 0) -> str:
    """A 项目支出绩效自评报告 with ``v``'s figures in the wordings ``seed`` picks; the verdict first (the 自评结论 template)
    on even seeds; the bands and the indicators' scores before the verdict; each paragraph broken at ``width``."""
    verdict = VERDICT_SAYS[seed % len(VERDICT_SAYS)].format(s=v.score, g=v.grade)
    funds = FUNDS_SAYS[seed % len(FUNDS_SAYS)].format(b=v.budget, e=v.executed, r=v.rate)
    conclusion = ("（一）自评得分\n" + wrapped(BANDS + INDICATORS.format(x=v.execution_score, y=v.output_score)
                                              + verdict + "。", width) + "\n")
    money = "（二）项目资金情况\n" + wrapped(f"本项目{funds}。", width) + "\n"
    title = f"示例县示例局{2020 + seed % 4}年度示例{seed}号项目绩效自评报告\n"
    if seed % 2 == 0:
        return title + "一、自评结论\n" + conclusion + "二、佐证材料\n" + money
    return title + "一、项目基本情况\n项目用于示例工作。\n二、项目绩效实现情况\n" + money + "三、自评结论\n" + conclusion


def verdict_only(v: Verdict, seed: int) -> str:
    """A page cut before its title and its money: only the 自评结论 template's first part (the score, perhaps the grade)
    and the counts of what was done."""
    verdict = VERDICT_SAYS[seed % len(VERDICT_SAYS)].format(s=v.score, g=v.grade)
    return ("一、自评结论\n（一）自评得分\n" + f"{v.score.quantize(Decimal(1))}人次受益。{verdict}。\n"
            "（二）绩效目标完成情况\n1.产出指标完成情况。该项目接待500多人次，发放资料20000余册，完成率达100%。\n")


# indicators a report heads with their scores: (name, weight, score)
PARTS = (("数量指标", 20, 18), ("质量指标", 10, 10), ("时效指标", 10, 9), ("成本指标", 10, 10), ("社会效益指标", 30, 28),
         ("满意度指标", 10, 9))
# a part's bracket, every way: weight perhaps, then the score ({w}, {s})
BRACKETS = ("（自评得分{s}分）", "（得分{s}分）", "（分值{w}分，得分{s}分）", "(权重{w}分,自评得分{s}分)", "（满分{w}分，评分{s}分）")


def scored_headings(seed: int) -> tuple[str, Decimal]:
    """A report whose outline heads each part with its score (the execution block, a section, each indicator numbered
    1. 2. …) in the bracket ``seed`` picks, and a weight-only bracket ((10分): weight or score, not told) on the section
    of the verdict. Returns the text and the total score (the parts' sum)."""
    b = BRACKETS[seed % len(BRACKETS)]
    total = 10 + sum(s for _, _, s in PARTS)
    lines = [f"示例县示例局示例{seed}号项目绩效评价报告", "一、项目基本情况",
             "本项目全年预算数为80万元，执行数为76万元，执行率95%。", "二、预算执行情况" + b.format(w=10, s=10),
             "执行率95%，按规定计分。", "三、绩效目标及指标完成情况" + b.format(w=90, s=total - 10),
             "（一）产出指标" + b.format(w=50, s=sum(s for _, _, s in PARTS[:4]))]
    for k, (name, w, s) in enumerate(PARTS, 1):
        if k == 5:
            lines.append("（二）效益指标" + b.format(w=40, s=sum(s for _, _, s in PARTS[4:])))
        lines.append(f"{k}.{name}{b.format(w=w, s=s)}：完成示例任务{k}项。")
    lines.append(f"四、评价结论（100分）\n综合得分{total}分，评价等级为优。")
    return "\n".join(lines) + "\n", Decimal(total)
