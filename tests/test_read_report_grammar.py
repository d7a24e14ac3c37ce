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
           "全年预算项目资金{}", "核定预算数为{}", "项目资金{}")
SPENDS = ("实际支出{}", "已支出{}", "累计支出{}", "支付{}", "拨付使用{}", "实际使用{}", "已使用{}", "实际执行{}",
          "实际完成投资{}", "全年支出{}")
# the amount first, then what became of it
SPENT_AFTER = ("共计{}资金全部支付完毕", "{}已全部支出", "{}资金均已使用")
RATES = ("预算执行率{}%", "支出进度为{}%", "资金使用率达{}%", "执行进度{}%")
SCORES = ("自评得分{}分", "最终得分为{}分", "评价总分{}分", "综合评分为{}分", "综合得分{}分")
GRADES = ("等级为“{}”", "自评结果为“{}”", "评价结论为{}", "等次为{}", "评级为{}")
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
    says_spent = (SPENT_AFTER[seed % 3] if seed % 2 else SPENDS[seed // 2 % len(SPENDS)]).format(spent)
    clauses = f"{says_spent}，{says_budget}" if seed % 5 == 0 else f"{says_budget}，{says_spent}"
    text = (f"{r.unit}{r.year}年度{r.name}项目支出绩效自评报告\n一、项目基本情况\n项目用于示例工作。\n"
            f"二、项目资金使用情况\n本项目{clauses}，{RATES[seed % 4].format(r.rate)}。\n"
            f"三、自评结论\n项目{SCORES[seed % 5].format(r.score)}，{GRADES[seed % 5].format(grade)}。\n")
    return text, b, e, r.rate, r.score, grade


@pytest.mark.parametrize("seed", range(20))
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
    """The rate in the budget's and spending's own sentence, 7 points off: the audit's execution_rate finding, a
    suspicion (figures matched in sentences may be the reading's: a rate of the money arrived), never an error."""
    text, _, _, rate, _, _ = paraphrase(seed)
    wrong = min(Decimal(100), rate + 7) if rate < 93 else rate - 7
    text = text.replace(f"{rate}%", f"{wrong}%")
    result = audit_paths([str(write(tmp_path, text))])
    assert [(f.severity, f.reported) for f in result.findings if f.kind == "execution_rate"] == [
        ("suspect", f"{wrong}%")]
    assert [f.kind for f in result.findings if f.severity == "error"] == []


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
    # (the titled report is recognised, its budget missing with a problem: never 50)
    assert [d.funds["total"].annual_budget.dec for d in read_path(write(tmp_path, text)).documents] == [None]
    whole = text.replace("，实际支出", "，项目资金总额70万元，实际支出")
    doc = one(tmp_path, whole)
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (70, 68)


def test_arrival_is_never_spending(tmp_path: Path) -> None:
    """资金全部拨付到位 / 实际到位资金: money arriving, never what was spent."""
    text = ("示例县2023年度示例项目支出绩效自评报告\n一、基本情况\n批复资金80万元，80万元资金全部拨付到位，"
            "实际到位资金80万元。\n")
    doc = one(tmp_path, text)
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (80, None)


@pytest.mark.parametrize("say", ["专项资金指标154万元", "下达我市示例补短工程154万元，分别下达甲县和乙县各77万元",
                                 "年初安排示例专项资金154万元", "年度预算154万元"])
@pytest.mark.parametrize("degrade", range(len(DEGRADES)))
def test_transfer_reports_read_by_grammar(tmp_path: Path, say: str, degrade: int) -> None:
    """A 转移支付 report: the quota (资金指标) or the amount sent to the writer with a fund's name between (下达我市
    …154万元), never 各77万元 (each of two); the amount said first then spent (共计150万元资金全部支付到位), never
    taken for the budget; 2023年支出 after the year. As typed, in full-width digits, traditional script, PDF spaces."""
    text = (f"示例县示例转移支付2023年度绩效自评报告\n一、绩效目标分解下达情况\n{say}。\n二、绩效目标完成情况分析\n"
            "其中18家企业共计150万元资金全部支付到位，4万元未到位。\n")
    t = one(tmp_path, DEGRADES[degrade](text)).funds["total"]
    assert (t.annual_budget.dec, t.executed.dec) == (154, 150)
    said_year = text.replace("其中18家企业共计150万元资金全部支付到位", "2023年支出150万元")
    assert one(tmp_path, DEGRADES[degrade](said_year)).funds["total"].executed.dec == 150


def test_several_batches_and_the_total_the_text_says(tmp_path: Path) -> None:
    """Budgets of several batches listed, then the one the text calls their total (合计批复总投资): the total; without
    that sentence, never the sum (the reader adds nothing up)."""
    batches = "".join(f"{k}批项目县级批复总投资{x}万元，" for k, x in (("一", "300.5"), ("二", "200.25"), ("三", "99.25")))
    text = (f"示例县交通运输局2021年度道路建设项目绩效自评报告\n一、县级批复资金情况\n{batches}合计批复总投资600万元。\n"
            "二、项目实施情况\n截至年底，实际支出580万元，预算执行率96.67%。\n")
    doc = one(tmp_path, text)
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec, doc.funds["total"].rate.dec) == (
        600, 580, Decimal("96.67"))
    assert [f for f in audit_paths([str(write(tmp_path, text, "b.txt"))]).findings if f.severity == "error"] == []


@pytest.mark.parametrize(("say", "initial", "annual"), [
    ("年初财政下达资金12万元", 12, None),
    ("财政安排示例检查站租金项目经费12万元", None, 12),
    ("共计12万元的预算资金", None, 12),
])
def test_budget_statements_in_other_orders(tmp_path: Path, say: str, initial: int | None, annual: int | None) -> None:
    """年初 before the label makes the initial budget; the verb, the project's name, then 经费; the amount before the
    word 预算资金. The report recognised by its outline's headings (项目绩效实现情况) though its title is missing."""
    text = (f"（示例项目）\n一、项目基本情况\n示例。\n二、项目绩效自评工作开展情况\n示例。\n三、项目绩效实现情况\n"
            f"1.项目资金执行情况。\n{say}，截至12月31日，项目资金实际支出12万元，执行率为100%。\n")
    t = one(tmp_path, text).funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec) == (initial, annual, 12, 100)


def test_transfer_rate_and_score_wordings(tmp_path: Path) -> None:
    """A 转移支付 report's rate as 支出进度 and its score as 综合得分, each stated once."""
    text = ("示例县2023年度示例转移支付绩效自评报告\n一、绩效目标分解下达情况\n下达我县示例资金200万元。\n二、绩效情况分析\n"
            "已支付180万元，支出进度90%。经评价，综合得分95分。\n")
    doc = one(tmp_path, text)
    assert (doc.funds["total"].executed.dec, doc.funds["total"].rate.dec, doc.total_score.dec) == (180, 90, 95)


@pytest.mark.parametrize("parts", ["87.5万元，专项支出2350万元", "87.5万元，专项支出2368万元"])
def test_a_project_reports_parts_that_do_not_add_up(tmp_path: Path, parts: str) -> None:
    """项目资金总预算为2455.5万元，其中…87.5万元，…2350万元 (2437.5): a suspect finding at the total; when they add up
    (87.5 + 2368 = 2455.5), none. A 其中 in brackets ends with its bracket: (其中建筑工程3292万元) is no list."""
    text = ("示例市科学技术局2021年度项目绩效自评报告\n一、项目基本情况\n项目资金总预算为2455.5万元，其中部门预算项目支出"
            f"{parts}。\n一批项目批复总投资3374.3万元（其中建筑工程3292万元），二批项目批复总投资2069.51万元。\n"
            "二、资金使用\n实际支出2400万元。\n")
    found = [f for f in audit_paths([str(write(tmp_path, text))]).findings if f.kind == "said_parts_sum"]
    assert [(f.severity, f.location.line if f.location else None) for f in found] == (
        [("suspect", 3)] if "2350" in parts else [])


def test_several_projects_and_no_total_read_none(tmp_path: Path) -> None:
    """项目一 预算X 支出Y；项目二 预算X2 支出Y2, no total: none of them is the report's (no value rather than a wrong
    one), a problem says why, no error; the score is still read."""
    text = ("示例局2023年度项目支出绩效自评报告\n一、项目资金情况\n项目一：全年预算50万元，实际支出45万元，执行率90%。\n"
            "项目二：全年预算30万元，实际支出30万元，执行率100%。\n二、自评结论\n自评得分92分。\n")
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, doc.total_score.dec) == (None, None, None, 92)
    assert any("几个项目" in p.message for p in doc.problems)
    assert [f for f in audit_paths([str(write(tmp_path, text, "b.txt"))]).findings if f.severity == "error"] == []


def test_a_central_funds_report_and_one_fund_of_several(tmp_path: Path) -> None:
    """示例县2023年度中央示例发展资金 / 绩效自评报告 (the title over two lines, no word 转移支付) is a transfer's report;
    下达…中央资金200万元 and 下达…资金79万元。其中49万元、30万元: 79 adds up but is one fund of two, never the
    transfer's budget; the 200 granted under the title's own fund name is (``transfer_fundname``); its 其中 list that
    does not add up (150 + 40 = 190) is found."""
    text = ("示例县2023年度中央示例发展资金\n绩效自评报告\n财政局文件下达示例县2023年中央示例发展资金200万元。其中：甲工程150万元，"
            "乙工程40万元。\n财政局文件下达示例县2023年配套资金79万元。其中：丙工程49万元，丁工程30万元。\n")
    doc = one(tmp_path, text)
    assert doc.type == "project_self_evaluation" and doc.extra.get("form") == "transfer"
    assert doc.funds["total"].annual_budget.dec == 200
    findings = audit_paths([str(write(tmp_path, text, "b.txt"))]).findings
    assert [(f.severity, f.reported) for f in findings if f.kind == "said_parts_sum"] == [("suspect", "200")]
    assert not [f for f in findings if f.severity == "error"]


def test_an_indicators_score_before_the_total(tmp_path: Path) -> None:
    """预算执行率指标得分为10分 before 自评得分95分: the total's wording wins over a bare 得分为."""
    text = ("示例局2023年度示例项目支出绩效自评报告\n一、项目资金情况\n全年预算100万元，实际支出100万元，预算执行率100%，"
            "该指标得分为10分。\n二、自评结论\n项目自评得分95分，等级为优。\n")
    doc = one(tmp_path, text)
    assert (doc.total_score.dec, doc.grade.str_) == (95, "优")
