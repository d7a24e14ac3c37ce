"""Report sentences built by code from their grammar (``recognise.reportwords``, ``recognise.transfer_prose``): a
budget statement is a budget noun or a verb granting money (with or without the money's noun), a spending statement a
verb of spending (with or without the money's noun), a rate its word and a percentage, a score its word and 分, a
grade its label and the grade. Each case varies the wording, the order of the clauses, the money unit (元, 万元,
亿元), full-width digits, the spaces PDF text puts between characters and line breaks inside a sentence, and asserts
the figures read. Reading stays linear in the text."""

from __future__ import annotations

import re
import time
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read import read_path
from jixiao.read.recognise import report
from jixiao.read.recognise.flatgaps import closed
from jixiao.read.recognise.streamtail import mend_names
from jixiao.read.recognise.transfer_prose import read_prose
from jixiao.read.recognise.transfer_text import Flat
from layouts.files import one, write

# the project report's statements
BUDGETS = ("全年预算数为{}", "年度预算资金{}", "批复预算{}", "财政下达资金{}", "安排项目资金{}", "项目总预算{}", "下达专项经费{}",
           "获得上级补助资金{}", "预算安排{}", "项目资金总额{}", "调整后预算数为{}", "核定资金{}", "资金总计{}", "预算批复数为{}",
           "预算资金为人民币{}")
SPENDING = ("实际支出{}", "已支出{}", "累计支出资金{}", "实际支付{}", "拨付使用{}", "实际使用资金{}", "全年执行数为{}",
            "实际完成投资{}", "已拨付{}", "实际执行{}", "共支出{}", "实际支出项目资金{}", "实际支出金额为{}")
RATES = ("预算执行率为{}%", "执行率{}%", "资金执行率达{}%", "完成预算的{}%", "预算执行率达到{}%")
SCORES = ("自评得分{}分", "综合得分为{}分", "评价得分{}分", "自评总分{}分", "最终得分为{}分")
GRADES = ("等级为“{}”", "评价等级为{}", "自评结果为“{}”", "评级为{}")
# (unit, budget, spent, rate)
UNITS = (("万元", "50", "45", "90"), ("元", "500000", "450000", "90"), ("亿元", "1.25", "1", "80"))
VARIANTS = ("plain", "spent-first", "full-width", "spaced", "line-break", "grade-first")
HEAD = "示例县示例局2023年度示例项目支出绩效自评报告\n一、项目基本情况\n"

_FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")
_CJK_PAIR = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


def spaced(text: str) -> str:
    """``text`` with a space between every two Chinese characters (PDF text)."""
    return _CJK_PAIR.sub(" ", text)


def broken(text: str) -> str:
    """``text`` with a line break in its middle (a PDF line's end inside a sentence)."""
    return text[: len(text) // 2] + "\n" + text[len(text) // 2 :]


def _case(i: int) -> tuple[str, tuple[Decimal, Decimal, Decimal, Decimal, str]]:
    """The i-th generated report: each part of the grammar cycled at its own pace, so every wording meets every
    unit and variant."""
    unit, b, e, r = UNITS[i % len(UNITS)]
    variant = VARIANTS[(i // len(UNITS)) % len(VARIANTS)]
    budget = BUDGETS[i % len(BUDGETS)].format(b + unit)
    spent = SPENDING[(i * 5) % len(SPENDING)].format(e + unit)
    rate = RATES[(i * 3) % len(RATES)].format(r)
    score, grade = SCORES[i % len(SCORES)].format("92.5"), GRADES[(i * 7) % len(GRADES)].format("优")
    body = f"截至年底，{spent}，{budget}，{rate}。" if variant == "spent-first" else f"项目{budget}，{spent}，{rate}。"
    body = {"full-width": body.translate(_FULL), "spaced": spaced(body), "line-break": broken(body)}.get(variant, body)
    tail = f"经评价，{grade}，{score}。" if variant == "grade-first" else f"经评价，{score}，{grade}。"
    return HEAD + body + "\n" + tail + "\n", (Decimal(b), Decimal(e), Decimal(r), Decimal("92.5"), "优")


@pytest.mark.parametrize("i", range(0, 252, 3))
def test_a_project_reports_statements_in_any_wording(tmp_path: Path, i: int) -> None:
    text, want = _case(i)
    doc = one(tmp_path, text, report.TYPE)
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec, doc.total_score.dec, doc.grade.value) == want


@pytest.mark.parametrize("said", ["实际支出项目资金45万元", "已支付专项资金45万元", "结余资金45万元"])
def test_money_a_verb_acts_on_is_no_budget(tmp_path: Path, said: str) -> None:
    """实际支出项目资金45万元: 项目资金 is what was spent, never the budget (the budget stated later is)."""
    doc = one(tmp_path, HEAD + f"截至年底，{said}。全年预算数为50万元。\n", report.TYPE)
    assert doc.funds["total"].annual_budget.dec == Decimal(50)


@pytest.mark.parametrize("heading", [
    "示例县妇女联合会2021年度项目支出绩效单位自评报告\n一、项目实施情况",
    "示例县水利局2021年度九山河治理工程专项资金绩效评价报告\n一、专项资金基本情况",
    "示例市农业农村局关于2021年度项目绩效自评工作的报告\n一、自评工作开展情况",
    "2021年度示例工程\n一、基本情况\n（一）项目概况",  # no title: the template's outline says it
])
def test_a_report_without_figures_is_recognised_and_says_so(tmp_path: Path, heading: str) -> None:
    """A report whose title (or outline) says what it is but whose text (an excerpt) ends before any figure:
    recognised, its funds missing with a located problem, nothing invented."""
    doc = one(tmp_path, f"索引号 000014348/2022-01539\n{heading}\n共计实施项目6个，绩效目标明确，依据（示财预〔2021〕464 号）文件。\n",
              report.TYPE)
    total = doc.funds["total"]
    assert (total.annual_budget.value, total.executed.value, total.rate.value) == (None, None, None)
    assert doc.year == 2021
    assert any("未读到预算数" in p.message and p.source is not None for p in doc.problems)


def test_a_notice_naming_the_department_makes_no_department_report(tmp_path: Path) -> None:
    """部门整体 in the name of the notice a project's report cites is no department's report: the project's figures
    are read."""
    doc = one(tmp_path, "一、项目基本情况\n示例高速改线工程前期工作。\n二、项目绩效自评工作开展情况\n按照《示例市财政局关于2020年"
              "市级部门整体支出和项目支出绩效自评有关事项的通知》要求开展自评。\n三、项目绩效实现情况\n市财政局下达我局项目前期"
              "工作经费200.00万元。实际支出项目资金200.00万元，资金执行率100.00%。\n", report.TYPE)
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == (Decimal(200), Decimal(200), Decimal(100))


# the transfer report's statements
T_HEAD = "示例县2023年度中央财政示例补助资金绩效自评报告\n一、绩效目标分解下达情况\n"
T_BUDGETS = ("省财政厅下达示例补助资金{}", "省财政厅共下达资金{}", "省财政厅安排转移支付资金{}", "全年预算数{}",
             "我县获得中央补助资金{}", "资金总额为{}", "省财政厅下达我局示例资金{}", "年度预算资金{}")
T_SPENDING = ("实际支出{}", "已支出{}", "执行数为{}", "已拨付{}", "累计支付{}", "实际完成投资{}", "支出资金{}", "已执行{}",
              "实际使用资金{}", "实际执行{}", "实际支出人民币{}")
T_RATES = ("执行率为{}%", "预算执行率{}%", "资金执行率达{}%")
T_VARIANTS = ("plain", "sections", "full-width", "spaced")


def _transfer(i: int) -> tuple[str, tuple[Decimal, Decimal, Decimal]]:
    unit, b, e, r = UNITS[i % len(UNITS)]
    variant = T_VARIANTS[(i // len(UNITS)) % len(T_VARIANTS)]
    budget = T_BUDGETS[i % len(T_BUDGETS)].format(b + unit)
    spent, rate = T_SPENDING[(i * 3) % len(T_SPENDING)].format(e + unit), T_RATES[i % len(T_RATES)].format(r)
    if variant == "sections":
        body = f"2023年{budget}。\n二、绩效目标完成情况分析\n（一）资金投入情况分析\n截至2023年12月31日，{spent}，{rate}。"
    else:
        body = f"2023年{budget}，截至年底{spent}，{rate}。"
    body = {"full-width": body.translate(_FULL), "spaced": spaced(body)}.get(variant, body)
    return T_HEAD + body + "\n", (Decimal(b), Decimal(e), Decimal(r))


@pytest.mark.parametrize("i", range(0, 240, 3))
def test_a_transfer_reports_statements_in_any_wording(tmp_path: Path, i: int) -> None:
    text, want = _transfer(i)
    doc = one(tmp_path, text)
    total = doc.funds["total"]
    assert (total.annual_budget.dec, total.executed.dec, total.rate.dec) == want


def test_closing_the_gaps_keeps_every_lines_source() -> None:
    from jixiao.core.source import Source

    flat = Flat.join([("下 达 资 金 50 万 元", Source("t.txt", 1)), ("实 际 支 出 45 万 元", Source("t.txt", 2))], "\n")
    shut = closed(flat)
    assert shut.text == "下达资金 50 万元\n实际支出 45 万元"
    assert shut.source_at(shut.text.index("45")).line == 2
    assert shut.source_at(shut.text.index("50")).line == 1


def test_reading_spaced_prose_stays_linear() -> None:
    """A long run of spaced statements (a 400 KB PDF text) reads in well under the time a quadratic reading takes."""
    from jixiao.core.source import Source

    line = "下 达 示 例 资 金 12 万 元 ， 实 际 支 出 10 万 元 ， 执 行 率 为 83.33% 。 "
    text = T_HEAD + line * 8000
    flat = Flat.join([(x, Source("t.txt", k + 1)) for k, x in enumerate(text.split("\n"))], "\n")
    began = time.perf_counter()
    prose = read_prose(flat)
    assert prose is not None
    assert time.perf_counter() - began < 10


@pytest.mark.parametrize(("text", "budget", "score", "grade"), [
    # a heading of the outline names the transfer; the grade said at the end
    (("一、转移支付基本情况2023年自治区下达示例市就业补助资金共500万元,中央资金300万元,自治区资金200万元,二、总体绩效目标"
     "完成情况…,三、绩效自评结论:综合评价结果为:优秀。"), "500", None, "优秀"),
    # a report on a grant from above (衔接资金, 补助资金) is a transfer's
    (("示例市2023年度衔接资金绩效自评情况报告\n2023年示例市共投入各级财政衔接推进乡村振兴补助资金1000万元,其中:中央资金600"
     "万元、省级资金400万元。经自评,自评得分98分。"), "1000", "98", None),
    ("示例县水务局2022年度中央补助资金绩效自评报告\n(一)2022年衔接资金共下达105万元,用于实施示例产业项目。", "105", None, None),
    ("示例县2022年度省级补助资金绩效评价报告\n一、绩效目标分解下达情况\n专项资金合计下达80万元。", "80", None, None),
])
def test_a_transfer_report_known_by_its_outline_or_its_grant(tmp_path: Path, text: str, budget: str,
                                                            score: str | None, grade: str | None) -> None:
    doc = one(tmp_path, text + "\n")
    assert doc.funds["total"].annual_budget.dec == Decimal(budget)
    assert doc.total_score.dec == (None if score is None else Decimal(score))
    assert doc.grade.value == grade


# every report's total score and grade, in one vocabulary (``reportwords.SCORE_TOTAL``, ``grade_said``)
KINDS = {
    "project": HEAD + "项目全年预算数为50万元，实际支出45万元，预算执行率为90%。\n",
    "transfer": T_HEAD + "2023年省财政厅下达示例补助资金50万元，截至年底实际支出45万元，执行率为90%。\n",
    "department": "示例局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n2023年部门整体支出预算数为50万元，全年实际支出"
                  "45万元，预算执行率为90%。\n",
}
SCORE_SAID = ("自评分数为{}分", "得分合计{}分", "评价总得分{}分", "经综合评价，得分{}分", "综合评定得分{}分", "自评结果为{}分",
              "最终评分{}分", "自评得分：{}分", "自评总得分为{}分", "经自评，总得分{}分", "经评价，该项目得分为{}分",
              "自评分值{}分", "本项目自评得分为 {} 分")
GRADES_SAID = (("评价等级为“优”", "优"), ("评定为优秀等级", "优秀"), ("等次为良", "良"), ("评价结果为“优秀”", "优秀"),
              ("属于“良好”等次", "良好"), ("等级为B", "B"), ("评价等级：A级", "A"),
              ("评价等级为“一般”", "一般"), ("评价结果：较好", "较好"))  # (好 / 较好 / 一般 / 差: a scale evalform reads too)


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("said", SCORE_SAID)
def test_a_reports_score_in_any_wording(tmp_path: Path, kind: str, said: str) -> None:
    doc = one(tmp_path, KINDS[kind] + "三、评价结论\n" + said.format("92.5") + "。\n")
    assert doc.total_score.dec == Decimal("92.5")


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize(("said", "grade"), GRADES_SAID)
def test_a_reports_grade_by_name_or_letter(tmp_path: Path, kind: str, said: str, grade: str) -> None:
    doc = one(tmp_path, KINDS[kind] + f"三、评价结论\n自评得分92.5分，{said}。\n")
    assert doc.grade.value == grade


def test_full_marks_are_no_score(tmp_path: Path) -> None:
    """总分为100分 is the framework's full marks, never the report's score."""
    doc = one(tmp_path, KINDS["project"] + "评价指标体系总分为100分。\n")
    assert doc.total_score.dec is None


@pytest.mark.parametrize("every", [1, 2, 4])
def test_a_transfer_report_spaced_throughout(tmp_path: Path, every: int) -> None:
    """A transfer report whose every run of characters PDF text broke (the title too: 衔接资金绩效 自评情况报告) is still
    known as one and read."""
    text = ("示例市2023年度衔接资金绩效自评情况报告\n2023年示例市共投入各级财政衔接推进乡村振兴补助资金1000万元，其中：中央资金"
            "600万元、省级资金400万元。经自评，自评得分98分。\n")
    spaced_text = re.sub(f"[\u4e00-\u9fff]{{{every + 1},}}",
                         lambda m: " ".join(m.group(0)[k : k + every] for k in range(0, len(m.group(0)), every)), text)
    doc = one(tmp_path, spaced_text)
    assert doc.extra.get("layout_family") == "transfer-report-text"
    assert (doc.funds["total"].annual_budget.dec, doc.total_score.dec) == (Decimal(1000), Decimal(98))


SCALE = "评价结果分为四个等级：A级（90分及以上）、B级（80-89分）、C级（60-79分）、D级（60分以下）。"


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize(("verdict", "grade"), [("评价等级为B级", "B"), ("等级为C", "C"), ("", None)])
def test_a_grading_scale_is_no_grade(tmp_path: Path, kind: str, verdict: str, grade: str | None) -> None:
    """A级(90分及以上) is the scale's band, not the report's grade: the grade is the verdict stated with the score,
    none where only the scale stands."""
    doc = one(tmp_path, KINDS[kind] + f"三、评价结论\n{SCALE}经自评，本项目得分85分，{verdict}。\n")
    assert doc.total_score.dec == Decimal(85)
    assert doc.grade.value == grade


def test_two_different_grades_by_the_score_give_none(tmp_path: Path) -> None:
    """评价等级为A … 评价等级为B within the score's reach: which is the report's is not told, none is read."""
    doc = one(tmp_path, KINDS["project"] + "三、评价结论\n上年评价等级为A，本年自评得分85分，评价等级为B。\n")
    assert doc.grade.value is None


@pytest.mark.parametrize("title", ["关于报送2024年度项目支出绩效自评报告的通知", "关于开展2024年度项目支出绩效自评报告编报工作的通知",
                                   "示例县财政局关于做好项目绩效评价报告报送工作的通知"])
def test_a_notice_asking_for_reports_is_no_report(tmp_path: Path, title: str) -> None:
    """A notice whose title names the report it asks for (关于报送…绩效自评报告的通知) is no project's report: no
    half-read document, no finding of a report that is not there."""
    rr = read_path(write(tmp_path, f"{title}\n各单位：\n请各单位于2025年3月底前报送项目绩效自评报告，评价项目支出情况。\n"))
    assert [d.type for d in rr.documents if d.type == report.TYPE] == []


def test_a_long_target_cell_is_mended_in_linear_time() -> None:
    """streamtail.mend_names on a target of 20,000 Chinese characters and no sign: left as it is, at once (its pattern
    once backtracked quadratically: 9.6 s)."""
    row = IndicatorRow(level3=Val("指标"), target=Val("足额保障率" * 4000))
    doc = Document(type=report.TYPE, title=None, source=None, indicators=[row])
    started = time.perf_counter()
    mend_names(doc)
    assert time.perf_counter() - started < 1
    assert (row.level3.value, row.target.value) == ("指标", "足额保障率" * 4000)
    mend = IndicatorRow(level3=Val("足额保障"), target=Val("率=100%"))
    mend_names(Document(type=report.TYPE, title=None, source=None, indicators=[mend]))
    assert (mend.level3.value, mend.target.value) == ("足额保障率", "=100%")
