"""A department's self-evaluation published as a report (部门整体支出绩效自评报告): its stated budget, spending,
rate, score and grade are read, as a department's, in the wordings departments use and however the text reached
us; a rate that the figures do not make is found; a final account that only names the report is not read as one
(generator in ``tests/layouts/deptreport``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.degrade import pdf_spaces, traditional
from layouts.deptreport import (
    HEADINGS,
    WORDINGS,
    invent_report,
    report_lines,
    stated_lines,
    table_lines,
    with_menus,
)
from layouts.files import one, write
from layouts.render import RENDERERS

LAYOUTS = {
    "lines": lambda lines: "\n".join(lines) + "\n",
    "blank_lines": lambda lines: "\n\n".join(lines) + "\n",
    "one_line": lambda lines: " ".join(lines) + "\n",
    "traditional": lambda lines: traditional("\n".join(lines) + "\n"),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("wording", range(len(WORDINGS)))
def test_the_reports_figures_are_read_as_a_departments(tmp_path: Path, layout: str, wording: int) -> None:
    r = invent_report(wording + 1, wording)
    doc = one(tmp_path, LAYOUTS[layout](report_lines(r)), "project_self_evaluation")
    t = doc.funds["total"]
    if WORDINGS[wording].count("年初预算"):  # the budget stated is the initial one (no annual one is stated)
        assert (t.initial_budget.dec, t.annual_budget.dec) == (r.budget, None)
    else:
        assert t.annual_budget.dec == r.budget
    assert (t.executed.dec, t.rate.dec) == (r.executed, r.rate)
    assert doc.total_score.dec == r.score and doc.grade.value == "优"
    assert doc.header["部门"].value == r.unit
    assert doc.title is not None and doc.title.endswith(HEADINGS[wording % len(HEADINGS)])
    assert any("评价报告" in p.message for p in doc.problems)  # it says how it was read
    assert [f for f in audit_paths([str(write(tmp_path, LAYOUTS[layout](report_lines(r)), "a.txt"))]).findings
            if f.severity == "error"] == []


@pytest.mark.parametrize("layout", ["lines", "one_line"])
def test_a_rate_the_figures_do_not_make_is_found(tmp_path: Path, layout: str) -> None:
    r = invent_report(7, 0, "rate")
    found = [f for f in audit_paths([str(write(tmp_path, LAYOUTS[layout](report_lines(r))))]).findings
             if f.kind == "execution_rate"]
    assert [(Decimal((f.reported or "").rstrip("%")), Decimal((f.recomputed or "").rstrip("%"))) for f in found] == [
        (r.rate + 1, r.rate)]
    assert found[0].severity == "suspect"  # figures read from sentences: a suspicion, never an arithmetic error


def test_a_final_account_naming_the_report_is_not_read_as_one(tmp_path: Path) -> None:
    """A 决算's table of contents lists the report as one of its parts: it is no department report."""
    r = invent_report(3)
    lines = ["某局2021年度部门决算", "目录", "十三、2021年度部门整体支出绩效自评报告", *report_lines(r)[7:9]]
    rr = read_path(write(tmp_path, "\n".join(lines) + "\n"))
    assert not any((d.title or "").endswith("自评报告") for d in rr.documents)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_report_without_figures_is_still_a_departments_report(tmp_path: Path, layout: str) -> None:
    """A department's report whose text ends before its figures (a page cut, the amounts in a table attached apart)
    is still recognised as a department's report, by its heading and unit, with nothing invented: no budget, no
    spending, no score, and a located problem that says its execution could not be checked; the audit raises no
    error and no suspect on it (a total it never saw is no missing total)."""
    r = invent_report(4)
    lines = [x for x in report_lines(r) if "万元" not in x and "得分" not in x]
    path = write(tmp_path, LAYOUTS[layout](lines))
    rr = read_path(path)
    assert [(d.type, d.header["部门"].value) for d in rr.documents] == [("project_self_evaluation", r.unit)]
    doc = rr.documents[0]
    assert doc.title is not None and doc.title.endswith("整体支出绩效自评报告")
    assert all(getattr(row, c).value is None for row in doc.funds.values()
               for c in ("initial_budget", "annual_budget", "executed", "rate", "weight", "score"))
    assert doc.total_score.value is None and doc.indicators == []
    assert any(p.message.startswith("部门整体支出绩效评价报告：文中未读到预算数与执行数") for p in doc.problems)
    assert [f.kind for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []


def test_a_parts_rate_in_another_sentence_is_not_the_totals(tmp_path: Path) -> None:
    """其中：基本支出…执行率为100% beside the total's sentence: the total's rate is the one its own sentence states,
    and none when it states none (the part's 100% would hide or invent a difference)."""
    r = invent_report(5)
    lines = report_lines(r)
    k = next(i for i, x in enumerate(lines) if "万元" in x)
    part = "其中：基本支出100.00万元，执行率为100%。"
    lines[k] = part + lines[k] + part
    doc = one(tmp_path, "\n".join(lines) + "\n")
    assert doc.funds["total"].rate.dec == r.rate
    lines[k] = part + f"{r.year}年度部门整体支出预算数为{r.budget}万元，全年实际支出{r.executed}万元。" + part
    doc = one(tmp_path, "\n".join(lines) + "\n")
    assert doc.funds["total"].rate.value is None


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_report_stating_income_and_spending_gives_its_spending_and_their_sums(tmp_path: Path, layout: str) -> None:
    """A department's report that states no budget but the year's income and spending with their parts: what was
    spent is its 全年执行数 (said so), the statements are kept as the report's stated figures, and a part
    misprinted (the shares making 100%, so the list is whole) is found at its row, as a suspicion (figures read from
    sentences are never an arithmetic error); none otherwise."""
    r = invent_report(6)
    path = write(tmp_path, LAYOUTS[layout](stated_lines(r)))
    doc = one(tmp_path, LAYOUTS[layout](stated_lines(r)), "project_self_evaluation")
    assert doc.funds["total"].executed.dec == r.executed and doc.funds["total"].annual_budget.value is None
    assert any("全年执行数读自报告所述的本年支出合计" in p.message for p in doc.problems)
    assert doc.total_score.dec == r.score and doc.header["部门"].value == r.unit
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []
    found = [f for f in audit_paths([str(write(tmp_path, LAYOUTS[layout](stated_lines(r, "parts")), "b.txt"))]).findings
             if f.severity in ("error", "suspect")]
    assert [(f.kind, f.severity, f.reported) for f in found if f.row == "本年支出合计"] == [
        ("total_sum", "suspect", str(r.executed))]
    assert not any("收入" in (f.row or "") for f in found)  # the income sentence holds


@pytest.mark.parametrize("seed", [2, 6, 7])
def test_the_rate_stated_with_the_income_and_spending_is_the_wholes(tmp_path: Path, seed: int) -> None:
    """"…收入合计X元,支出合计Y元,执行率为Z%" (施甸 2024): the spending is the 全年执行数 and the rate its sentence
    states the whole's; the income is the budget only where that rate confirms it (Y ÷ X), said so."""
    r = invent_report(seed)
    lines = report_lines(r)
    k = lines.index(next(x for x in lines if "万元" in x))
    income = (r.executed / Decimal("0.8")).quantize(Decimal("0.01"))
    rate = (r.executed / income * 100).quantize(Decimal("0.01"))
    lines[k] = f"{r.unit}{r.year}年度收入合计{income}万元,支出合计{r.executed}万元,执行率为{rate}%,其中:基本支出执行率达100.00%。"
    doc = one(tmp_path, "\n".join(lines) + "\n", "project_self_evaluation")
    total = doc.funds["total"]
    assert (total.executed.dec, total.rate.dec, total.annual_budget.dec) == (r.executed, rate, income)
    lines[k] = lines[k].replace(f"执行率为{rate}%", f"执行率为{rate + 3}%")
    doc = one(tmp_path, "\n".join(lines) + "\n", "project_self_evaluation")
    total = doc.funds["total"]
    assert (total.executed.dec, total.rate.dec, total.annual_budget.value) == (r.executed, rate + 3, None)


def test_a_heading_a_pdf_broke_with_gaps_is_still_a_departments_report(tmp_path: Path) -> None:
    """部门 整体支出 / 绩效评价 自评报告: the gaps PDF text leaves between Chinese characters, the heading over two
    lines, do not hide the department's report."""
    r = invent_report(5)
    lines = [x for x in report_lines(r) if "万元" not in x and "得分" not in x]
    lines[1] = lines[1].replace("整体支出", "整体支出\n")
    doc = one(tmp_path, pdf_spaces("\n".join(lines) + "\n"), "project_self_evaluation")
    assert (doc.title or "").replace(" ", "").endswith("报告") and doc.funds["total"].executed.value is None


@pytest.mark.parametrize("render", ["pipes", "pipes_collapsed", "trailing_pipes", "row_lines", "cell_lines", "flattened"])
def test_a_report_giving_its_execution_in_a_table_is_read_as_the_departments(tmp_path: Path, render: str) -> None:
    """The execution in a small table inside the report (合计 / 基本支出 / 项目支出 under 年初预算数 | 全年预算数 |
    全年执行数 | 执行率), the score and grade in a sentence: the department's report, named by its unit, with the 合计
    row's funds (never its figures for a total score) and the score and grade its sentence states; nothing is an
    error."""
    r = invent_report(3)
    path = write(tmp_path, "\n".join(table_lines(r, RENDERERS[render])) + "\n")
    rr = read_path(path)
    assert len(rr.documents) == 1
    doc = rr.documents[0]
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec) == (
        r.budget - 100, r.budget, r.executed, r.rate)
    assert (doc.total_score.dec, doc.grade.value, doc.header["部门"].value) == (r.score, "优", r.unit)
    assert any(p.message.startswith("部门整体支出绩效评价报告：预算数、执行数与执行率读自报告中的预算执行表格")
               for p in doc.problems)
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


def test_a_project_form_attached_to_the_report_keeps_its_own_funds(tmp_path: Path) -> None:
    """A department's report stating no funds, then 附件：项目支出绩效自评表 with its 项目名称 and funds: the form's funds
    are that project's, never given to the department's report (review 1 of session 22)."""
    text = ("示例县示例局2023年度部门整体支出绩效自评报告\n二、自评结论\n经自评，本部门整体支出绩效自评得分92分，等级为优。\n"
            "附件：项目支出绩效自评表\n项目支出绩效自评表\n项目名称 | 示例道路养护\n"
            "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
            "年度资金总额 | 50 | 60 | 57 | 10 | 95% | 9.5\n")
    docs = read_path(write(tmp_path, text)).documents
    assert not any(d.total_score.dec == 92 and d.funds["total"].executed.dec == 57 for d in docs)
    assert [(d.header["项目名称"].value, d.funds["total"].executed.dec) for d in docs if "项目名称" in d.header] == [
        ("示例道路养护", 57)]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_report_below_a_sites_menus_is_read(tmp_path: Path, layout: str) -> None:
    """A site's menus before the heading (预决算 in the breadcrumb, a run of items longer than the top reach): the
    heading is the first thing on the page that is no menu, so the report is still the department's, its figures
    read; a final account (决算 in its title) naming the report in its contents below the same menus is still none."""
    r = invent_report(2)
    doc = one(tmp_path, LAYOUTS[layout](with_menus(report_lines(r))), "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, doc.total_score.dec) == (
        r.budget, r.executed, r.rate, r.score)
    assert doc.header["部门"].value == r.unit
    accounts = with_menus(["某局2021年度部门决算", "目录", "十三、2021年度部门整体支出绩效自评报告", *report_lines(r)[7:9]])
    rr = read_path(write(tmp_path, LAYOUTS[layout](accounts), "b.txt"))
    assert not any((d.title or "").endswith("自评报告") for d in rr.documents)


def test_a_heading_far_below_sentences_is_no_reports() -> None:
    """Past the top reach, a heading is the report's only where nothing before it is a sentence: a project report's
    text that names a department's report further on is not taken for one."""
    from jixiao.read.recognise.deptreport import heading

    menus = " ".join(with_menus([]))
    assert heading(menus + " 示例局2021年度部门整体支出绩效自评报告 一、基本情况") is not None
    prose = "某项目2021年度绩效自评报告 " + "项目按计划实施，资金按规定使用。" * 60
    assert heading(prose + " 示例局2021年度部门整体支出绩效自评报告") is None


@pytest.mark.parametrize("cover", ["单位名称（盖章）：{}", "部门(单位)名称：{}", "填报单位（盖章）：{}"])
def test_the_unit_a_cover_names_is_the_department(tmp_path: Path, cover: str) -> None:
    """A title without the unit, the unit on the cover's line (单位名称（盖章）：…): the department is the one it names."""
    r = invent_report(6)
    lines = report_lines(r)
    lines[1:2] = [f"{r.year}年度部门整体支出绩效自评报告", cover.format(r.unit)]
    doc = one(tmp_path, "\n".join(lines) + "\n", "project_self_evaluation")
    assert doc.header["部门"].value == r.unit


# a unit's own report named by the unit and the year alone: the kinds of unit, the wordings of the evaluation
UNITS = ("示例县某镇人民政府", "示例市甲区某局", "示例县疾病预防控制中心", "示例市第一中学", "示例县人民法院", "示例区某街道办事处")
UNIT_HEADINGS = ("绩效自评报告", "绩效评价报告", "绩效自我评价报告")


@pytest.mark.parametrize("seed", range(len(UNITS)))
def test_a_units_report_titled_by_the_unit_and_year_alone(tmp_path: Path, seed: int) -> None:
    """下桥镇人民政府2024年度绩效自评报告: no 部门整体 in the title, yet a unit's whole year evaluated, read as a
    department's (its figures, its unit); a planted rate is found."""
    annual = [k for k, w in enumerate(WORDINGS) if "年初预算" not in w]  # (an initial budget alone checks no rate)
    r = invent_report(seed + 1, annual[seed])
    r.unit = UNITS[seed]
    lines = report_lines(r)
    lines[1] = f"{r.unit}{r.year}年度{UNIT_HEADINGS[seed % len(UNIT_HEADINGS)]}"
    doc = one(tmp_path, "\n".join(lines) + "\n", "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.executed.dec, t.rate.dec, doc.total_score.dec) == (r.executed, r.rate, r.score)
    assert doc.header["部门"].value == r.unit
    r.planted = "rate"
    planted = report_lines(r)
    planted[1] = lines[1]
    found = audit_paths([str(write(tmp_path, "\n".join(planted) + "\n", "b.txt"))]).findings
    assert [f.kind for f in found if f.kind == "execution_rate"] == ["execution_rate"]


@pytest.mark.parametrize("subtitle", ["（林业技术试验示范推广项目）", "——示例专项资金项目"])
def test_a_projects_report_under_its_units_title_is_not_a_departments(tmp_path: Path, subtitle: str) -> None:
    """A unit's title over a project's report (…推广站2019年度绩效自评报告 (林业技术试验示范推广项目)) stays a project's."""
    text = (f"示例县某推广站2019年度绩效自评报告\n{subtitle}\n一、项目基本情况\n项目主要工作是示范推广。\n"
            "二、项目资金情况\n项目全年预算数为5万元，执行数为5万元，完成预算的100%。\n")
    doc = one(tmp_path, text, "project_self_evaluation")
    assert "部门" not in doc.header and doc.funds["total"].executed.dec == 5


COMBINED = ("部门整体和项目支出绩效自评报告", "部门整体支出和项目支出绩效自评报告", "部门整体及项目支出绩效自评报告",
            "单位整体支出与项目支出绩效评价报告")


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("combined", range(len(COMBINED)))
def test_a_report_of_the_whole_and_its_projects_is_a_departments(tmp_path: Path, layout: str, combined: int) -> None:
    """开远市第十二中学校2024年度部门整体和项目支出绩效自评报告: one report of the department's whole spending and of its
    projects is the department's (its figures, its unit, its title), never a project's report without a title; cut
    before its figures, it is still the department's report, nothing invented."""
    annual = [k for k, w in enumerate(WORDINGS) if "年初预算" not in w]  # (the budget stated is the annual one)
    r = invent_report(combined + 2, annual[combined])
    lines = report_lines(r)
    lines[1] = f"{r.unit}{r.year}年度{COMBINED[combined]}"
    doc = one(tmp_path, LAYOUTS[layout](lines), "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, doc.total_score.dec) == (
        r.budget, r.executed, r.rate, r.score)
    assert doc.header["部门"].value == r.unit
    assert doc.title is not None and doc.title.endswith(COMBINED[combined])
    cut = [x for x in lines if "万元" not in x and "得分" not in x]
    doc = one(tmp_path, LAYOUTS[layout](cut), "project_self_evaluation")
    assert doc.header["部门"].value == r.unit and doc.funds["total"].executed.value is None
    assert any(p.message.startswith("部门整体支出绩效评价报告：文中未读到预算数与执行数") for p in doc.problems)


def test_a_title_of_the_whole_and_its_projects_broken_by_a_pdf_is_a_departments(tmp_path: Path) -> None:
    """The combined title as a PDF gives it: spaces around the year, the line broken after 部门整体和."""
    r = invent_report(9, 0)
    lines = report_lines(r)
    lines[1:2] = [f"{r.unit} {r.year} 年度部门整体和", "项目支出绩效自评报告"]
    doc = one(tmp_path, "\n".join(lines) + "\n", "project_self_evaluation")
    assert doc.funds["total"].executed.dec == r.executed and doc.header["部门"].value == r.unit


# a title naming the whole's evaluation and nothing after it: no 自评 with 报告
BARE = ("部门整体支出绩效评价情况", "部门整体支出绩效评价", "部门整体绩效评价结果", "部门整体绩效评价情况说明",
        "部门整体支出绩效情况", "部门整体支出绩效自评", "单位整体支出绩效自评情况说明", "部门整体支出绩效目标完成情况")
# a site's metadata above the article (索引号 …), one item a line
META = ("索引号", "000000000/2024-00001", "发布机构", "示例县财政局", "发布日期", "2024-06-30", "时效性", "有效")


@pytest.mark.parametrize("layout", ["lines", "one_line", "traditional"])
@pytest.mark.parametrize("bare", range(len(BARE)))
@pytest.mark.parametrize("stated", [False, True])
def test_a_title_naming_the_wholes_evaluation_alone_is_a_departments_report(tmp_path: Path, layout: str, bare: int,
                                                                            stated: bool) -> None:
    """某局2022年度部门整体支出绩效评价情况 below a site's metadata: neither 自评 nor 报告 in its title, yet the text is the
    department's evaluation, read as its report (its spending, its unit, the whole title), never a budget disclosure
    of the site's publisher; stating its income and spending instead of a budget, the same."""
    annual = [k for k, w in enumerate(WORDINGS) if "年初预算" not in w]
    r = invent_report(bare + 3, annual[bare])
    lines = stated_lines(r) if stated else report_lines(r)
    lines[1] = f"{r.unit}{r.year}年度{BARE[bare]}"
    rr = read_path(write(tmp_path, LAYOUTS[layout]([*META, *lines])))
    assert [d.type for d in rr.documents] == ["project_self_evaluation"]
    doc = rr.documents[0]
    assert doc.funds["total"].executed.dec == r.executed and doc.header["部门"].value == r.unit
    assert doc.title is not None and doc.title.endswith(BARE[bare])
    if not stated:
        assert (doc.funds["total"].annual_budget.dec, doc.total_score.dec) == (r.budget, r.score)


@pytest.mark.parametrize("text", [
    "关于开展2023年度部门整体支出绩效评价工作的通知",  # a notice: the title names more
    "2023年度部门整体支出绩效评价指标体系",  # a table of rules
    "示例局2024年部门整体支出绩效目标",  # a budget's targets
    "示例局2023年度部门整体支出绩效目标完成情况表",  # a form (the form readers')
    "二、示例局2023年度工作\n三、部门整体支出绩效情况",  # a numbered section of a text
    "示例县某推广站2023年度项目整体支出绩效评价情况",  # a project's
])
def test_what_names_more_than_the_wholes_evaluation_is_no_report_title(text: str) -> None:
    from jixiao.read.recognise.deptreport import heading

    assert heading(text + "\n一、基本情况\n") is None


def test_a_menu_item_naming_the_wholes_evaluation_is_no_title(tmp_path: Path) -> None:
    """A site's breadcrumb or menu (首页 > 预算绩效 > 部门整体支出绩效评价, 项目支出绩效评价 部门整体支出绩效评价) above a
    project's report names no year: it is no title, and the project's report stays a project's."""
    from jixiao.read.recognise.deptreport import heading

    menus = ["首页 > 预算绩效 > 部门整体支出绩效评价 > 正文", "项目支出绩效评价 部门整体支出绩效评价 政府采购"]
    text = (f"{menus[0]}\n{menus[1]}\n示例县某推广站2019年度项目绩效自评报告\n一、项目基本情况\n项目主要工作是示范推广。\n"
            "二、项目资金情况\n项目全年预算数为5万元，执行数为5万元，完成预算的100%。\n")
    assert heading(text) is None
    doc = one(tmp_path, text, "project_self_evaluation")
    assert "部门" not in doc.header and doc.funds["total"].executed.dec == 5
