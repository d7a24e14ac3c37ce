"""Prose reports read by the grammar of their sentences (``recognise.reportwords``), not by a list of phrasings:
paraphrases built by code (the verbs, the order of the clauses, 元 or 万元, thousands separators, PDF spaces,
full-width digits, traditional script), each asserting the figures read; parts of a whole never taken for the
whole; a rate from another sentence never made an error; a rate that does not divide out in its own sentence found.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.degrade import full_width, pdf_spaces, traditional
from layouts.files import one, write
from layouts.report import invent_report

BUDGETS = ("全年预算资金为{}", "调整后预算{}", "批复资金{}", "下达资金{}", "安排资金{}", "财政资金总额{}",
           "全年预算项目资金{}", "核定预算数为{}")
SPENDS = ("实际支出{}", "已支出{}", "累计支出{}", "支付{}", "拨付使用{}", "实际使用{}", "已使用{}", "实际执行{}")
# the amount first, then what became of it
SPENT_AFTER = ("共计{}资金全部支付完毕", "{}已全部支出", "{}资金均已使用")
RATES = ("预算执行率{}%", "支出进度为{}%", "资金使用率达{}%", "执行进度{}%")
SCORES = ("自评得分{}分", "最终得分为{}分", "评价总分{}分", "综合得分{}分")
GRADES = ("等级为“{}”", "自评结果为“{}”", "评价结论为{}", "等次为{}")
DEGRADES = (lambda s: s, full_width, traditional, lambda s: pdf_spaces(s, 3))


def _money(x: Decimal, seed: int) -> tuple[str, Decimal]:
    """``x`` 万元 as printed: in 万元, or in 元 with thousands separators (seeds 2, 6 …)."""
    if seed % 4 == 2:
        yuan = x * 10_000
        return f"{yuan:,.2f}元", yuan
    return f"{x}万元", x


def paraphrase(seed: int) -> tuple[str, Decimal, Decimal, Decimal, Decimal, str]:
    """A 项目支出绩效自评报告 whose funds sentence ``seed`` words: the budget, spending, rate, score and grade as
    printed. Seeds divisible by 5 state the spending before the budget; odd seeds say the amount first."""
    r = invent_report(seed)
    grade = "优秀" if r.score >= 90 else "良好"
    budget, b = _money(r.budget, seed)
    spent, e = _money(r.executed, seed)
    says_budget = BUDGETS[seed % len(BUDGETS)].format(budget)
    says_spent = (SPENT_AFTER[seed % 3] if seed % 2 else SPENDS[seed % len(SPENDS)]).format(spent)
    clauses = f"{says_spent}，{says_budget}" if seed % 5 == 0 else f"{says_budget}，{says_spent}"
    text = (f"{r.unit}{r.year}年度{r.name}项目支出绩效自评报告\n一、项目基本情况\n项目用于示例工作。\n"
            f"二、项目资金使用情况\n本项目{clauses}，{RATES[seed % 4].format(r.rate)}。\n"
            f"三、自评结论\n项目{SCORES[seed % 4].format(r.score)}，{GRADES[seed % 4].format(grade)}。\n")
    return text, b, e, r.rate, r.score, grade


@pytest.mark.parametrize("seed", range(16))
def test_paraphrases_read_by_grammar(tmp_path: Path, seed: int) -> None:
    text, budget, spent, rate, score, grade = paraphrase(seed)
    text = DEGRADES[seed % len(DEGRADES)](text)
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, doc.total_score.dec, doc.grade.str_) == (
        budget, spent, rate, score, grade)
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(4))
def test_a_planted_rate_that_does_not_divide_out_is_found(tmp_path: Path, seed: int) -> None:
    """The rate in the budget's and spending's own sentence, 7 points off: the audit's execution_rate error."""
    text, _, _, rate, _, _ = paraphrase(seed)
    wrong = min(Decimal(100), rate + 7) if rate < 93 else rate - 7
    text = text.replace(f"{rate}%", f"{wrong}%")
    result = audit_paths([str(write(tmp_path, text))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"execution_rate"}


def test_a_rate_from_another_sentence_is_never_an_error(tmp_path: Path) -> None:
    """A rate that is not the spending ÷ the budget, in another sentence (it may be another sum's): not read as
    the project's rate, a problem says why, no error."""
    text = ("示例县示例局2023年度示例专项项目支出绩效自评报告\n一、项目资金情况\n全年预算100万元，实际支出90万元。"
            "\n二、绩效目标完成情况\n上级资金执行率95%。自评得分92分。\n")
    doc = one(tmp_path, text)
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec, doc.funds["total"].rate.dec) == (
        100, 90, None)
    assert any("不在同一句中" in p.message for p in doc.problems)
    assert [f for f in audit_paths([str(write(tmp_path, text, "b.txt"))]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("parts", ["省级下达资金50万元，县级配套资金20万元", "中央安排资金50万元，省级配套资金20万元"])
def test_parts_of_a_whole_are_never_the_whole(tmp_path: Path, parts: str) -> None:
    """省级下达资金50万元，县级配套20万元: two parts and no total printed, so no budget is read (never 50, never a sum
    the text does not print); where the text prints the total too (共计70万元), the total."""
    text = (f"示例县2023年度示例项目绩效自评报告\n一、基本情况\n{parts}，实际支出68万元，自评得分95分。\n")
    assert [d.funds["total"].annual_budget.dec for d in read_path(write(tmp_path, text)).documents] in ([], [None])
    whole = text.replace("，实际支出", "，项目资金总额70万元，实际支出")
    doc = one(tmp_path, whole)
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (70, 68)


def test_arrival_is_never_spending(tmp_path: Path) -> None:
    """资金全部拨付到位 / 实际到位资金: money arriving, never what was spent."""
    text = ("示例县2023年度示例项目支出绩效自评报告\n一、基本情况\n批复资金80万元，80万元资金全部拨付到位，"
            "实际到位资金80万元。\n")
    doc = one(tmp_path, text)
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (80, None)


@pytest.mark.parametrize("say", ["专项资金指标154万元", "下达我市示例补短工程154万元，分别下达甲县和乙县各77万元"])
def test_transfer_reports_read_by_grammar(tmp_path: Path, say: str) -> None:
    """A 转移支付 report: the quota (资金指标) or the amount sent to the writer with a fund's name between (下达我市
    …154万元), never 各77万元 (each of two); the amount said first then spent (共计150万元资金全部支付到位), never
    taken for the budget; 2023年支出 after the year."""
    text = (f"示例县示例转移支付2023年度绩效自评报告\n一、绩效目标分解下达情况\n{say}。\n二、绩效目标完成情况分析\n"
            "其中18家企业共计150万元资金全部支付到位，4万元未到位。\n")
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec) == (154, 150)
    said_year = text.replace("其中18家企业共计150万元资金全部支付到位", "2023年支出150万元")
    assert one(tmp_path, said_year).funds["total"].executed.dec == 150
