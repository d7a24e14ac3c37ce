"""Project evaluations published as reports (prose, or the 财政支出项目绩效评价报告 form's labelled cells):
the budget, spending, rate and score are read with their sources, a planted mistake is found, and a text
that is not a project's evaluation is not taken for one (generators in ``tests/layouts/report.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.degrade import pdf_spaces
from layouts.files import one, write
from layouts.render import RENDERERS, one_run
from layouts.report import grade_of, invent_report, prose, report_rows, worded


@pytest.mark.parametrize("layout", ["prose", *sorted(RENDERERS), "one_run"])
def test_reports_in_every_layout(tmp_path: Path, layout: str) -> None:
    r = invent_report(3)
    if layout == "prose":
        text = prose(r)
    else:
        text = (one_run if layout == "one_run" else RENDERERS[layout])(report_rows(r))
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, doc.total_score.dec) == (
        r.budget, r.executed, r.rate, r.score)
    assert t.executed.source is not None and t.executed.source.line is not None
    if layout != "prose":
        assert doc.title == r.name
    assert doc.indicators == [] and any("评价报告的文字" in p.message for p in doc.problems)
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("layout", ["prose", "cell_lines", "flattened"])
def test_a_rate_the_figures_do_not_give_is_found(tmp_path: Path, layout: str) -> None:
    r = invent_report(4, mistake="rate")
    text = prose(r) if layout == "prose" else RENDERERS[layout](report_rows(r))
    result = audit_paths([str(write(tmp_path, text))])
    # from the report form's labelled cells an error; from sentences a suspicion (a figure may be taken for another)
    severity = "suspect" if layout == "prose" else "error"
    assert [(f.severity, f.reported) for f in result.findings if f.kind == "execution_rate"] == [
        (severity, f"{r.rate}%")]
    assert {f.kind for f in result.findings if f.severity == "error"} == (set() if layout == "prose"
                                                                        else {"execution_rate"})


def test_what_is_not_a_projects_evaluation_is_not_taken(tmp_path: Path) -> None:
    r = invent_report(5)
    department = prose(r).replace("项目绩效自评结果", "部门整体支出绩效自评报告")
    no_spending = prose(r).replace(f"执行数为{r.executed}万元，", "")
    # (not a project's evaluation by its outline: at most the last resort's reading of the fund's stated amounts)
    assert {d.extra.get("layout_family") for d in read_path(write(tmp_path, no_spending)).documents} <= {
        "transfer-prose-stated"}
    # a department's report is read as the department's (``recognise.deptreport``), never as a project's
    assert [("部门整体" in (d.title or ""), "项目名称" in d.header)
            for d in read_path(write(tmp_path, department)).documents] == [(True, False)]


def test_a_report_giving_the_initial_and_the_annual_budget(tmp_path: Path) -> None:
    """年初预算80万元，全年预算100万元，全年执行95万元，执行率95%；总体得分96分: the rate divides by the annual one."""
    text = ("示例局2022年度示例专项项目绩效自评报告\n一、预算执行情况：该项目年初预算80万元，全年预算100万元，全年执行95万元，"
            "执行率95%。\n二、评价结论：项目绩效评价总体得分96分。\n")
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec, doc.total_score.dec) == (
        80, 100, 95, 95, 96)


@pytest.mark.parametrize("spaced", [False, True])
@pytest.mark.parametrize("seed", range(12))
def test_reports_in_every_wording(tmp_path: Path, seed: int, spaced: bool) -> None:
    """Each statement in the wordings reports use (批复数, 批复预算N个项目X, ，支出X, 资金执行率, 自评分, 等级为…), in
    万元 or 元, the score before or after the funds, as typed or with PDF spaces in the runs of characters: every
    figure read, the grade with the score, no false error."""
    r = invent_report(seed)
    grade = grade_of(r, seed)
    text, budget, executed = worded(r, seed, grade)
    text = pdf_spaces(text, 1 + seed % 3) if spaced else text
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, doc.total_score.dec, doc.grade.str_) == (
        budget, executed, r.rate, r.score, grade)
    assert t.executed.source is not None and t.executed.source.line is not None
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(12))
def test_a_wrong_rate_in_any_wording_is_found(tmp_path: Path, seed: int) -> None:
    r = invent_report(seed, mistake="rate")
    result = audit_paths([str(write(tmp_path, worded(r, seed, grade_of(r, seed))[0]))])
    assert [(f.severity, f.reported) for f in result.findings if f.kind == "execution_rate"] == [("suspect", f"{r.rate}%")]
    assert [f.kind for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(4))
def test_a_grade_the_score_does_not_give_is_found(tmp_path: Path, seed: int) -> None:
    """The grade stated with the score in prose (等级为良 beside 95分) is checked against the bands."""
    r = invent_report(seed)
    wrong = "差" if r.score >= 60 else "优"
    result = audit_paths([str(write(tmp_path, worded(r, seed, wrong)[0]))])
    # read from sentences: a suspicion (the grade beside the score may be another's), never an error
    assert [f.severity for f in result.findings if f.kind == "grade"] == ["suspect"]
    assert [f.kind for f in result.findings if f.severity == "error"] == []


def test_a_titled_report_stating_only_its_budgets(tmp_path: Path) -> None:
    """年初批复预算8个项目985万元 (a count between label and amount), 调整预算后项目预算861.46万元, 实际到位资金 (arrived,
    not spent): the initial and annual budgets read, the spending missing with a problem, no finding an error."""
    text = ("示例州示例中心2024年度项目支出绩效单位自评报告\n一、基本情况\n2024年，示例中心实施项目共15个，年初批复预算8个"
            "项目985万元（含1个年初结转结余项目50万元），调整预算后项目预算861.46万元，年中增加8个项目，实际到位资金"
            "334.67万元。其中部门预算项目支出87.5万元。\n")
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec) == (985, Decimal("861.46"), None)
    assert any("未找到执行数" in p.message for p in doc.problems)
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []
    assert one(tmp_path, pdf_spaces(text, 3)).funds["total"].initial_budget.dec == 985
    untitled = text.replace("项目支出绩效单位自评报告", "工作总结（项目绩效）")
    assert read_path(write(tmp_path, untitled, "c.txt")).documents == []


@pytest.mark.parametrize("heading", ["二、项目资金申报及使用情况", "三、项目资金使用及管理情况"])
def test_a_page_beginning_mid_report(tmp_path: Path, heading: str) -> None:
    """A page cut before its title: the funds heading of a project report's outline says what it is, so the budget it
    states (批复下达预算资金12.5万元) is read, the spending missing with a problem; without the heading, nothing."""
    text = (f"成本指标 | 成本 | 12.5万元 | 已完成100%\n（三）项目自评步骤及方法\n围绕绩效目标进行评价。\n{heading}\n"
            "（一）项目资金申报及批复情况。\n该专项资金项目于2020年初申报，批复下达预算资金12.5万元。\n1.资金到位\n")
    doc = one(tmp_path, text)
    assert (doc.funds["total"].annual_budget.dec, doc.funds["total"].executed.dec) == (Decimal("12.5"), None)
    assert any("未找到执行数" in p.message for p in doc.problems)
    # (without the heading no project report: at most the last resort's reading of the fund's stated amounts)
    assert {d.extra.get("layout_family") for d in read_path(write(tmp_path, text.replace(heading, "二、其他情况"),
                                                                  "c.txt")).documents} <= {"transfer-prose-stated"}
