"""A report's verdict and funds in every wording and line break (generators in ``tests/layouts/verdict.py``): the total
score and the grade read wherever the report states them, never the scale's bands or an indicator's score; a bare
得分 taken only where its clause grades it; a page holding only the verdict (no title, no money) recognised by its
template with the score read; a report form whose spending cannot be read kept, the spending missing; a wrong grade
found as a suspicion, never an error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.degrade import pdf_spaces
from layouts.files import one, write
from layouts.verdict import (
    BRACKETS,
    FUNDS_SAYS,
    PARTS,
    VERDICT_SAYS,
    invent,
    report,
    scored_headings,
    verdict_only,
)


@pytest.mark.parametrize("width", [0, 7, 13])
@pytest.mark.parametrize("seed", range(len(VERDICT_SAYS) * len(FUNDS_SAYS) // 3))
def test_the_verdict_and_funds_in_every_wording(tmp_path: Path, seed: int, width: int) -> None:
    v = invent(seed)
    text = report(v, seed, width)
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec) == (v.budget, v.executed, v.rate)
    assert (doc.total_score.dec, doc.grade.str_) == (v.score, v.grade)
    assert doc.total_score.source is not None and doc.total_score.source.line is not None
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(0, len(VERDICT_SAYS) * 2, 3))
def test_the_verdict_with_pdf_spaces(tmp_path: Path, seed: int) -> None:
    v = invent(seed)
    doc = one(tmp_path, pdf_spaces(report(v, seed), 3))
    assert (doc.total_score.dec, doc.grade.str_, doc.funds["total"].executed.dec) == (v.score, v.grade, v.executed)


@pytest.mark.parametrize("seed", range(len(VERDICT_SAYS)))
def test_a_wrong_grade_is_a_suspicion(tmp_path: Path, seed: int) -> None:
    v = invent(seed, wrong_grade=True)
    result = audit_paths([str(write(tmp_path, report(v, seed)))])
    assert [(f.severity, f.reported) for f in result.findings if f.kind == "grade"] == [("suspect", "差")]
    assert [f.kind for f in result.findings if f.severity == "error"] == []


def test_no_total_said_takes_no_band_and_no_indicator(tmp_path: Path) -> None:
    """Bands (90分（含）以上为优, 得分90分以上的评为优) and indicators' scores (预算执行率指标得分为9分), no total: the score
    stays missing, the funds read."""
    text = ("示例局2023年度示例项目绩效自评报告\n一、项目资金情况\n全年预算50万元，实际支出45万元，执行率90%。\n"
            "二、自评情况\n评分标准：90分（含）以上为优，得分80分以上的评为良。预算执行率指标得分为9分，"
            "满意度得分为8分，产出指标得分45分（满分50分）。\n")
    doc = one(tmp_path, text)
    assert (doc.funds["total"].executed.dec, doc.total_score.dec, doc.grade.value) == (45, None, None)


@pytest.mark.parametrize("band", ["自评得分90分以上为优秀，80-90分为良好", "自评得分90(含)以上为优，80(含)-90为良",
                                  "自评得分90（含）以上为优", "综合得分90分及以上的评为优",
                                  "满意度测评得分95分（满分100分）", "产出指标得分45分（满分100分）"])
def test_a_scale_said_with_the_totals_own_words_is_no_total(tmp_path: Path, band: str) -> None:
    """A report whose funds cannot be read states only its scale, in the total's own words (自评得分90分以上为优秀), or a
    part's score against 100 (满意度测评得分95分（满分100分）), and its grade elsewhere: no total score (a threshold taken for it made a false 等级不符), no finding on it (review 1 of
    session 22)."""
    text = f"示例县2023年示例推广项目绩效自评报告\n一、项目基本情况\n项目由示例局实施。\n二、评价标准\n按评分规则，{band}。\n"
    assert one(tmp_path, text).total_score.dec is None
    graded = write(tmp_path, text + "本项目评价等级为良好。\n", "g.txt")
    assert [f.kind for f in audit_paths([str(graded)]).findings if f.severity in ("error", "suspect")] == []
    said = text + "经综合评价，自评得分86分，等级为良好。\n"
    assert one(tmp_path, said).total_score.dec == 86


@pytest.mark.parametrize("rule", ["预算执行率达到95%的得满分，未达到的按比例扣分", "执行率100%者得10分", "执行率达到100%，得10分",
                                  # (review 2 finding 10: 时 / 则, or points named later in the clause)
                                  "预算执行率达到60%时得6分，每增加1个百分点加0.1分", "执行率为60%则该项得6分",
                                  "执行率为80%即得8分", "预算执行率为70%该项计7分"])
def test_a_rules_rate_is_not_the_reports_rate(tmp_path: Path, rule: str) -> None:
    """A scoring rule's rate (预算执行率达到95%的得满分) in a report whose funds are unread is not the report's execution
    rate; the report's own stated rate still is."""
    text = f"示例县2023年示例推广项目绩效自评报告\n一、项目基本情况\n项目由示例局实施。\n二、评价标准\n{rule}。\n"
    assert one(tmp_path, text).funds["total"].rate.dec is None
    stated = text + "三、执行情况\n项目预算执行率为96.5%。\n"
    assert one(tmp_path, stated).funds["total"].rate.dec == Decimal("96.5")


@pytest.mark.parametrize("seed", range(len(VERDICT_SAYS)))
def test_a_page_holding_only_the_verdict(tmp_path: Path, seed: int) -> None:
    """一、自评结论 (一)自评得分 opening the page, no title, no money: recognised as a project's report, the score (and
    the grade where said) read, the counts never money, the funds missing with the report's problem."""
    v = invent(seed)
    doc = one(tmp_path, verdict_only(v, seed))
    t = doc.funds["total"]
    assert (doc.total_score.dec, doc.grade.str_) == (v.score, v.grade)
    assert (t.annual_budget.dec, t.executed.dec) == (None, None)
    assert any("未读到预算数与执行数" in p.message for p in doc.problems)
    other = verdict_only(v, seed).replace("一、自评结论\n（一）自评得分", "一、工作总结\n（一）工作情况")
    assert read_path(write(tmp_path, other, "c.txt")).documents == []


def test_a_titled_report_without_funds_gives_its_verdict_and_rate(tmp_path: Path) -> None:
    """The funds said in a unit the text gets wrong or not at all: the score, grade and the one rate stated read; a rate
    band (执行率90%以上) is no rate."""
    text = ("示例市示例委2022年度项目绩效自评报告（示例经费项目）\n一、自评结论\n（一）自评得分\n项目开展绩效评分96分，"
            "自评为优。\n二、佐证材料\n1.预算执行情况分析\n示例经费全部到位并使用完毕，执行率98.5%\n")
    doc = one(tmp_path, text)
    assert (doc.total_score.dec, doc.grade.str_, doc.funds["total"].rate.dec) == (96, "优", Decimal("98.5"))
    banded = text.replace("执行率98.5%", "执行率98.5%，要求执行率90%以上")
    assert one(tmp_path, banded).funds["total"].rate.dec == Decimal("98.5")
    two = text.replace("执行率98.5%", "执行率98.5%，上年执行率88%")
    assert one(tmp_path, two).funds["total"].rate.dec is None


@pytest.mark.parametrize("spent", ["7,00.0,77", "——", ""])
def test_a_report_form_whose_spending_cannot_be_read(tmp_path: Path, spent: str) -> None:
    """The older report form (计划安排资金 (万元) | 700 | 实际支出 (万元) | 7,00.0,77): its own label names the file, the
    budget read, the spending left missing with a problem (never 7 or 77), no error."""
    text = ("评价方式:部门(单位)绩效自评\n一、项目基本概况 |\n计划安排资金 (万元) |\n700 |\n实际到位资金 (万元) |\n"
            f"{spent} |\n实际支出 (万元) |\n{spent} |\n结余 (万元) |\n0 |\n")
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec) == (700, None, None)
    assert any("未找到执行数" in p.message for p in doc.problems)
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(len(BRACKETS)))
def test_the_parts_scores_in_the_headings(tmp_path: Path, seed: int) -> None:
    """二、预算执行情况（自评得分10分）, 1.数量指标（分值20分，得分18分）…: the execution block's score and each numbered
    indicator's score (and weight where the bracket gives it) read from the headings; the sections (（一）产出指标) and a
    bracket of points only (（100分）) not; the total the verdict's; no error."""
    text, total = scored_headings(seed)
    doc = one(tmp_path, text)
    weighted = "{w}" in BRACKETS[seed]
    assert (doc.funds["total"].score.dec, doc.funds["total"].weight.dec) == (10, 10 if weighted else None)
    assert [(r.level3.str_, r.score.dec, r.weight.dec) for r in doc.indicators] == [
        (name, s, w if weighted else None) for name, w, s in PARTS]
    assert doc.total_score.dec == total
    assert not any("指标未读取" in p.message for p in doc.problems)
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity in ("error", "suspect")] == []
    one_only = text.replace("2.质量指标", "质量方面").replace("3.时效指标", "时效方面").replace("4.成本指标", "成本方面")
    one_only = one_only.replace("5.社会效益指标", "社会方面").replace("6.满意度指标", "满意方面")
    assert one(tmp_path, one_only).indicators == []


@pytest.mark.parametrize("seed", range(len(BRACKETS)))
def test_a_total_the_headed_parts_do_not_give_is_found(tmp_path: Path, seed: int) -> None:
    """The verdict's total planted 3 points above the execution score plus the indicators' headed scores: a suspicion
    naming both sums (read from prose, never an error) where the brackets give the weights too; without the execution
    block's weight the sum is said to be unverifiable, nothing more."""
    text, total = scored_headings(seed)
    text = text.replace(f"综合得分{total}分", f"综合得分{total + 3}分")
    result = audit_paths([str(write(tmp_path, text))])
    weighted = "{w}" in BRACKETS[seed]
    assert [(f.kind, f.severity) for f in result.findings if f.severity in ("error", "suspect")] == (
        [("total_sum", "suspect")] if weighted else [])
    assert any(f.kind == "cannot_verify" for f in result.findings) is not weighted


GRADE_ONLY = ("本项目自评等级为“{g}”。", "综合评价结论为{g}。", "经自评，本项目绩效自评为“{g}”。", "评价结果：{g}。")


@pytest.mark.parametrize("say", GRADE_ONLY)
@pytest.mark.parametrize("grade", ["优", "良好", "合格"])
def test_a_grade_given_without_a_score(tmp_path: Path, say: str, grade: str) -> None:
    """The grade said with no score: read; the scale's bands beside it (评价等级分为优(90分以上)、良(80-90分)…, 90分以上
    为优) never taken for it, and nothing read where the text gives only the bands or two different grades."""
    v = invent(1)
    bands = "评价等级分为：优（90分以上）、良（80-90分）、中（60-80分）、差（60分以下）。"
    text = report(v, 1).split("三、自评结论")[0] + "三、自评结论\n" + bands + say.format(g=grade) + "\n"
    text = text.replace(VERDICT_SAYS[1].format(s=v.score, g=v.grade), "")
    doc = one(tmp_path, text)
    assert (doc.total_score.dec, doc.grade.str_) == (None, grade)
    assert one(tmp_path, text.replace(say.format(g=grade), "")).grade.str_ is None
    two = text.replace(say.format(g=grade), say.format(g=grade) + "上年" + say.format(g="差"))
    assert one(tmp_path, two).grade.str_ is None


@pytest.mark.parametrize("grade", ["中等", "一般", "较差", "基本合格", "优秀", "良"])
def test_the_grade_after_the_score_is_any_grade_name(tmp_path: Path, grade: str) -> None:
    """The grade said right after the score (75分，为中等) is read from the one list of grade names
    (``gradebands.GRADE_NAMES``), which reportverdict typed again with fewer (中等 was cut to nothing; review 2's
    duplicates)."""
    text = (f"示例县2023年示例推广项目绩效自评报告\n一、项目基本情况\n项目由示例局实施。\n二、自评结论\n"
            f"经评价，本项目自评得分75分，为{grade}。\n")
    doc = one(tmp_path, text)
    assert (doc.total_score.dec, doc.grade.value) == (Decimal(75), grade)
