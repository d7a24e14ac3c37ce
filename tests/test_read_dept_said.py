"""A department's report states its whole year beside its parts, in many wordings and clause orders: generated
reports (``layouts.deptsaid``: the heading's, the budget's, the spending's, the rate's, the score's and the grade's
wordings, the clauses' order, the parts before, inside or after the whole, 万元 or 元, and the text as lines, run
together, with PDF gaps inside words or in traditional script) are read as the department's whole, never a part's;
the unit is the one the title names; a rate the figures do not make is found, and, read from sentences, it is a
suspicion, never an arithmetic error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.degrade import pdf_spaces, traditional
from layouts.deptsaid import FIGURES, HEADINGS, case, lines
from layouts.files import one, write

LAYOUTS = {
    "lines": lambda xs: "\n".join(xs) + "\n",
    "one_line": lambda xs: " ".join(xs) + "\n",
    "pdf_spaces": lambda xs: pdf_spaces("\n".join(xs) + "\n"),
    "traditional": lambda xs: traditional("\n".join(xs) + "\n"),
}
CASES = range(70)  # every wording of every dimension, each with each layout at least once


@pytest.mark.parametrize("k", CASES)
def test_the_departments_whole_is_read_in_every_wording(tmp_path: Path, k: int) -> None:
    r = case(k)
    layout = sorted(LAYOUTS)[k % len(LAYOUTS)]
    text = LAYOUTS[layout](lines(r))
    doc = one(tmp_path, text, "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec) == (r.printed(r.budget), r.printed(r.executed), r.rate)
    if r.order == 2:
        assert t.initial_budget.dec == r.printed(r.initial)
    assert doc.money_unit == r.money
    assert (doc.total_score.dec, doc.grade.value) == (r.score, "优")
    assert doc.header["部门"].value == r.unit and doc.year == r.year
    assert [f.message for f in audit_paths([str(write(tmp_path, text, "a.txt"))]).findings
            if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("k", range(0, 70, 3))
def test_a_rate_the_figures_do_not_make_is_found_as_a_suspicion(tmp_path: Path, k: int) -> None:
    """The planted rate (one point more) is found at the total, as a suspicion: the figures were read from
    sentences, so a difference among them is never an arithmetic error."""
    r = case(k, "rate")
    found = audit_paths([str(write(tmp_path, LAYOUTS["lines"](lines(r))))]).findings
    rates = [f for f in found if f.kind in ("execution_rate", "body_rate")]
    assert rates and {f.severity for f in rates} == {"suspect"}
    assert str(r.rate + 1) in {(f.reported or "").rstrip("%") for f in rates}
    assert not [f for f in found if f.severity == "error"]


@pytest.mark.parametrize("k", range(0, 70, 5))
def test_the_parts_alone_are_never_read_as_the_whole(tmp_path: Path, k: int) -> None:
    """A report that states only its parts' budgets and spending (基本支出…；项目支出…；三公经费…) gives the department
    no budget and no spending: a part's figures are never the whole's."""
    r = case(k)
    m = r.money_text
    parts = (f"基本支出预算{m(r.initial)}，实际支出{m(r.initial)}，执行率100%；项目支出预算{m(r.budget)}，"
             f"实际支出{m(r.executed)}，执行率{r.rate}%；三公经费预算{m(r.budget)}，实际支出{m(r.executed)}。")
    xs = lines(r)
    xs[FIGURES] = parts
    doc = one(tmp_path, LAYOUTS[sorted(LAYOUTS)[k % len(LAYOUTS)]](xs), "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.annual_budget.value, t.executed.value, t.rate.value) == (None, None, None)
    assert doc.total_score.dec == r.score


@pytest.mark.parametrize("heading", range(len(HEADINGS)))
def test_the_unit_is_the_one_the_title_names_before_or_after_its_year(tmp_path: Path, heading: int) -> None:
    """南县财政局2020年度…报告 and 2021年度霞山区爱国街道办事处整体支出…报告: the unit stands before or after the year."""
    r = case(heading * 10 + heading)
    r.heading = heading
    xs = lines(r)
    for title, before in ((f"{r.unit}{r.year}年度{HEADINGS[heading]}", True),
                          (f"{r.year}年度{r.unit}{HEADINGS[heading]}", False)):
        xs[1] = title
        doc = one(tmp_path, "\n".join(xs) + "\n", "project_self_evaluation")
        assert (doc.header["部门"].value, doc.title, doc.year) == (r.unit, title, r.year), before


@pytest.mark.parametrize("k", range(0, 70, 7))
def test_income_and_spending_listed_as_items_are_the_years_totals(tmp_path: Path, k: int) -> None:
    """1、收入:…万元。其中：财政拨款收入…  2、支出:…万元。其中：人员经费支出…，项目支出…: the bare 收入 and 支出 of a
    list's items are the year's totals (本年收入合计, 本年支出合计), kept as the report's stated figures; what was spent
    is the year's spending, said so; the parts are never the whole."""
    r = case(k)
    income, staff = r.executed + 20, (r.executed * Decimal("0.6")).quantize(Decimal("0.01"))
    xs = lines(r)
    xs[FIGURES : FIGURES + 1] = [f"1、收入:{income}万元。其中:财政拨款收入{income}万元。",
                                 f"2、支出:{r.executed}万元。其中:人员经费支出{staff}万元,项目支出{r.executed - staff}万元。"]
    doc = one(tmp_path, LAYOUTS[sorted(LAYOUTS)[k % len(LAYOUTS)]](xs), "project_self_evaluation")
    rows = {row.name: row.values["金额"].dec for row in doc.extra["accounts"].tables[0].rows}
    assert (rows["本年收入合计"], rows["本年支出合计"]) == (income, r.executed)
    assert doc.funds["total"].executed.dec == r.executed and doc.funds["total"].annual_budget.value is None
    assert any("全年执行数读自报告所述的本年支出合计" in p.message for p in doc.problems)


def test_spending_said_in_yuan_is_shown_in_yuan(tmp_path: Path) -> None:
    """A report stating its totals in 元 (施甸 2024: 收入合计9570171.39元,支出合计7686456.33元): the note shows the spending
    in the unit it is printed in, never as 万元."""
    r = case(0)
    xs = lines(r)
    xs[FIGURES : FIGURES + 1] = ["本单位2031年度收入合计2500000.50元,支出合计2000000.40元。"]
    doc = one(tmp_path, "\n".join(xs) + "\n", "project_self_evaluation")
    notes = [p.message for p in doc.problems if "全年执行数读自报告所述的" in p.message]
    assert notes and "（2000000.40元）" in notes[0], notes


@pytest.mark.parametrize("said", ["2031年度支出{e}万元,其中:基本支出{b}万元,项目支出{p}万元。",
                                  "2031年支出{e}万元,其中:基本支出{b}万元,项目支出{p}万元。"])
def test_the_years_spending_said_with_its_year_is_the_wholes(tmp_path: Path, said: str) -> None:
    """"1.2部门支出描述 2018年度支出5560.46万元,其中:基本支出…,项目支出…" (儋州 法院 2018): the year's spending, said
    after its year (年度 or 年), is the 全年执行数 of a report that states no budget; its parts are never it."""
    r = case(0)
    xs = lines(r)
    basic = (r.executed * Decimal("0.6")).quantize(Decimal("0.01"))
    xs[FIGURES : FIGURES + 1] = ["1.2部门支出描述", said.format(e=r.executed, b=basic, p=r.executed - basic)]
    doc = one(tmp_path, "\n".join(xs) + "\n", "project_self_evaluation")
    assert doc.funds["total"].executed.dec == r.executed and doc.funds["total"].annual_budget.value is None


@pytest.mark.parametrize(("text", "grade"), [
    ("评价等级为“优”", "优"), ("自评等级：良好", "良好"), ("等级评定为良", "良"), ("自评结果为“优秀”", "优秀"),
    ("评价结论为合格", "合格"), ("评定为“优”等级", "优"), ("达到良好等次", "良好"), ("综合评定为优秀", "优秀"), ("被评为优秀共产党员", None), ("等 级 为 优 秀", "优秀"),
    ("从评价结果中看", None), ("评价等级分为优、良、中、差四档", None), ("等级为优化", None)])
def test_a_grade_is_read_in_every_wording_by_the_one_pattern(tmp_path: Path, text: str, grade: str | None) -> None:
    """The grade a report states, in the wordings departments and projects use, read by one pattern (the report
    readers' and the score tables' alike); words that only resemble one give none."""
    r = case(1)
    xs = lines(r)
    xs[-1] = f"经自评，本部门自评得分为{r.score}分，{text}。"
    doc = one(tmp_path, "\n".join(xs) + "\n", "project_self_evaluation")
    assert (doc.grade.value.replace(" ", "") if doc.grade.value else None) == grade


@pytest.mark.parametrize("k", range(0, 70, 7))
@pytest.mark.parametrize("layout", ["lines", "one_line"])
def test_the_unit_of_a_title_spaced_from_its_year_on_a_page_run_onto_one_line(tmp_path: Path, k: int,
                                                                             layout: str) -> None:
    """示例县第1局2021年度 部门整体支出绩效自评报告, under the site's own title (2021年度部门整体…报告, no unit) and with
    the page's line ends lost: the unit is still the one the title names (on one line it was lost: the report
    was read as no department's)."""
    r = case(k)
    text = lines(r)
    text[1] = f"{r.unit}{r.year}年度 {HEADINGS[r.heading]}"
    text.insert(1, f"{r.year}年度{HEADINGS[r.heading]} 来源：财政局 发布时间：{r.year + 1}-05-20")
    doc = one(tmp_path, LAYOUTS[layout](text), "project_self_evaluation")
    assert doc.header["部门"].value == r.unit and doc.year == r.year
