"""Department-wide self-evaluation forms in the Ministry of Finance template (a 年度主要任务 block before the funds)
and in the (A)/(B) layout (资金来源 | 年初预算数(A) | 全年执行数(B)): the funds, the indicators and the total are read
in every text layout, and the planted mistakes are found (generators in ``tests/layouts/deptvariants``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.findings import Finding
from jixiao.core.records import Document
from layouts.deptvariants import VARIANT_MISTAKES, ab_rows, invent_variant, task_rows
from layouts.files import one, write
from layouts.render import RENDERERS, run_together

LAYOUTS = {**RENDERERS, "run_together": run_together}
LINED = ["pipes", "pipes_collapsed", "row_lines", "cell_lines", "trailing_pipes", "lone_pipes"]


def _audit(tmp_path: Path, text: str) -> list[Finding]:
    return list(audit_paths([str(write(tmp_path, text))]).findings)


def _funds(doc: Document) -> tuple[Decimal | None, ...]:
    t = doc.funds["total"]
    return (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.weight.dec, t.score.dec)


def _serious(found: list[Finding]) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.severity, f.row) for f in found if f.severity == "error" or f.kind.startswith("dept_")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("split", ["purpose", "source"])
def test_the_tasks_block_is_not_taken_for_the_funds(tmp_path: Path, layout: str, split: str) -> None:
    """年度主要任务's 预算数 / 执行数 come before the funds block: the 年度资金总额 row is still read under its own
    columns (it was read shifted by one column: two false errors), and the tasks are kept apart."""
    form = invent_variant(3, split=split)
    doc = one(tmp_path, LAYOUTS[layout](task_rows(form)), "project_self_evaluation")
    assert _funds(doc) == (form.initial, form.budget, form.executed, Decimal(10), form.execution_score)
    assert doc.funds["total"].rate.dec == form.rate
    if layout != "run_together":  # 部门名称 run into the unit's name cannot be told from it
        assert doc.header["部门"].value == form.unit
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (n, w, s) for _, _, n, w, s in form.indicators]
    assert doc.total_score.dec == form.total_score
    assert [f for f in _audit(tmp_path, LAYOUTS[layout](task_rows(form))) if f.severity == "error"] == []


@pytest.mark.parametrize("layout", LINED + ["flattened"])  # run together, a task's two amounts are one number
def test_the_tasks_are_read_and_their_sum_held_against_their_total(tmp_path: Path, layout: str) -> None:
    from jixiao.read.recognise.depttasks import TASKS

    form = invent_variant(4)
    doc = one(tmp_path, LAYOUTS[layout](task_rows(form)))
    block = doc.extra[TASKS]
    assert [(t.name.value, t.budget.dec, t.executed.dec) for t in block["tasks"]] == form.tasks
    assert block["total"].budget.dec == sum(b for _, b, _ in form.tasks)
    found = [f for f in _audit(tmp_path, LAYOUTS[layout](task_rows(invent_variant(4, "tasks"))))
             if f.kind == "dept_tasks_total"]
    executed = sum(e for *_, e in form.tasks)
    assert [(f.severity, f.row, f.reported, f.recomputed) for f in found] == [
        ("error", "金额合计", str(executed + 1), str(executed))]
    assert found[0].location is not None and found[0].location.line is not None


def test_a_task_row_whose_numbers_cannot_be_placed_is_missing_and_said() -> None:
    from jixiao.core.source import Source
    from jixiao.read.recognise.depttasks import task_block
    from jixiao.read.recognise.tokens import Token

    words = "年度主要任务 任务名称 主要内容 预算数 执行数 保障运转 日常工作 40 保障培训 培训 10 9 金额合计 50 49 年度资金总额"
    toks = [Token(w, Source("f.txt", 1)) for w in words.split()]
    block = task_block(toks)
    assert block is not None and toks[block.end].text == "年度资金总额"
    assert [(t.name.value, t.budget.dec, t.executed.dec) for t in block.tasks] == [
        ("保障运转", None, None), ("保障培训", Decimal(10), Decimal(9))]
    assert "无法确定" in block.problems[0].message
    assert block.total is not None and block.total.executed.dec == Decimal(49)


@pytest.mark.parametrize("layout", LINED + ["flattened"])
def test_without_a_funds_row_the_tasks_total_is_the_departments(tmp_path: Path, layout: str) -> None:
    """The template's own layout: no 年度资金总额 row, the 金额合计 of the tasks is the year's budget and spending,
    read as such and said; the indicator table after it is read whole (its 预算执行率 row opens no funds block)."""
    form = invent_variant(5)
    doc = one(tmp_path, LAYOUTS[layout](task_rows(form, funds=False)))
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec) == (sum(b for _, b, _ in form.tasks), sum(e for *_, e in form.tasks))
    assert any("金额合计" in p.message for p in doc.problems)
    assert [i.level3.str_ for i in doc.indicators][-1] == "预算执行率"
    assert len(doc.indicators) == len(form.indicators) + 1


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_ab_layout_reads_its_budget_and_spending(tmp_path: Path, layout: str) -> None:
    form = invent_variant(6)
    text = LAYOUTS[layout](ab_rows(form))
    if layout == "run_together":  # every label run into its value: said to be unreadable, never silent
        assert [f for f in _audit(tmp_path, text) if f.severity == "error"] == []
        return
    doc = one(tmp_path, text)
    assert _funds(doc) == (form.budget, None, form.executed, Decimal(10), form.execution_score)
    assert doc.header["部门"].value == form.unit
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (n, w, s) for _, _, n, w, s in form.indicators]
    assert [f for f in _audit(tmp_path, text) if f.severity == "error"] == []


@pytest.mark.parametrize("layout", LINED)
def test_parts_that_miss_the_total_beside_a_blank_third_row(tmp_path: Path, layout: str) -> None:
    """基本支出 + 项目支出 against 年度资金总额 when a third row (其他) is printed blank: it holds nothing, so the
    check is made (it was skipped as if 其他 were a third part)."""
    form = invent_variant(7, "parts")
    found = [f for f in _audit(tmp_path, LAYOUTS[layout](ab_rows(form))) if f.kind == "dept_funds_parts"]
    assert [(f.severity, f.row, f.reported, f.recomputed) for f in found] == [
        ("error", "年度资金总额", str(form.executed), str(form.executed + 10))]


@pytest.mark.parametrize("mistake", [m for m in VARIANT_MISTAKES if m != "tasks"])
@pytest.mark.parametrize("layout", LINED)
def test_planted_mistakes_in_the_template_are_found(tmp_path: Path, layout: str, mistake: str) -> None:
    expected = {"parts": ("dept_funds_parts", "年度资金总额"), "total": ("total_sum", "总分"),
                "rate": ("execution_rate", "年度资金总额")}[mistake]
    found = _serious(_audit(tmp_path, LAYOUTS[layout](task_rows(invent_variant(8, mistake)))))
    assert [(k, r) for k, s, r in found if s == "error"] == [expected]


@pytest.mark.parametrize("layout", LINED + ["flattened"])
def test_tasks_split_by_source_give_the_total_and_its_parts(tmp_path: Path, layout: str) -> None:
    """预算金额 heading 总额 | 财政拨款 | 其他资金: the group label is no column; with no funds block the 金额合计 row
    gives the year's budget and its split by source; each row's split is held against its 总额."""
    from layouts.deptvariants import source_task_rows

    form = invent_variant(9)
    doc = one(tmp_path, LAYOUTS[layout](source_task_rows(form)))
    total = sum(b for _, b, _ in form.tasks)
    assert doc.funds["total"].annual_budget.dec == total
    assert (doc.funds["current_year"].annual_budget.dec, doc.funds["other"].annual_budget.dec) == (
        total - 15, Decimal(15))
    assert not [f for f in _audit(tmp_path, LAYOUTS[layout](source_task_rows(form))) if f.severity == "error"]
    found = [f for f in _audit(tmp_path, LAYOUTS[layout](source_task_rows(invent_variant(9, "tasks"))))
             if f.kind == "dept_tasks_total"]
    name, budget, _ = form.tasks[0]
    grant = total - 15  # the one 财政拨款 too many breaks its row and the column's sum: both are said
    assert sorted((f.severity, f.row, f.reported, f.recomputed) for f in found) == sorted([
        ("error", name, str(budget), str(budget + 1)), ("error", "金额合计", str(grant), str(grant + 1))])


@pytest.mark.parametrize("layout", LINED + ["flattened"])
def test_a_form_with_weights_in_its_labels_is_no_score_table(tmp_path: Path, layout: str) -> None:
    """Level labels with their weights (产出指标（60分）) under a header that names 年度指标值 and 实际完成值: the
    score-table readers leave it to the form readers (it was read as a department score table: the funds lost,
    the execution score missing from the sum, and a false total_sum error on a correct form)."""
    from jixiao.read.recognise.deptmark import names_targets_and_actuals
    from layouts.deptvariants import weighted_label_rows

    form = invent_variant(11)
    text = LAYOUTS[layout](weighted_label_rows(form))
    doc = one(tmp_path, text, "project_self_evaluation")
    assert doc.header["部门"].value == form.unit
    assert _funds(doc)[1:] == (form.budget, form.executed, Decimal(10), form.execution_score)
    # (the text reader takes a second level's "(15分)" for the indicator's name: the names are not asserted)
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(w, s) for *_, w, s in form.indicators]
    assert doc.total_score.dec == form.total_score
    assert [f for f in _audit(tmp_path, text) if f.severity == "error"] == []
    found = _serious(_audit(tmp_path, LAYOUTS[layout](weighted_label_rows(invent_variant(11, "total")))))
    assert [(k, r) for k, s, r in found if s == "error"] == [("total_sum", "总分")]
    assert names_targets_and_actuals("一级指标 二级指标 三级指标 年度 指标值 实际 完成值 分值 得分")
    assert not names_targets_and_actuals("一级指标 二级指标 三级指标 分值 评分标准 得分")


@pytest.mark.parametrize("layout", LINED + ["flattened"])
@pytest.mark.parametrize("labels", [("全年预算数", "全年执行数"), ("年初预算数", "全年预算数", "全年执行数")])
def test_tasks_headed_with_the_funds_columns_labels(tmp_path: Path, layout: str, labels: tuple[str, ...]) -> None:
    """A template that heads its tasks with the funds block's own labels (全年预算数 | 全年执行数): still the tasks
    (their amounts were read as the funds block's, one column off), their 金额合计 the department's total."""
    form = invent_variant(12)
    rows = task_rows(form, funds=False)
    k = next(i for i, r in enumerate(rows) if r and r[0] == "年度主要任务")
    rows[k] = ["年度主要任务", "任务名称", "主要内容", *labels]
    if len(labels) == 3:  # 年初预算数 printed too: the tasks' budget less five
        rows[k + 1 : k + 5] = [[*r[:3], str(Decimal(r[3]) - 5), *r[3:]] for r in rows[k + 1 : k + 5]]
    doc = one(tmp_path, LAYOUTS[layout](rows))
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec) == (sum(b for _, b, _ in form.tasks), sum(e for *_, e in form.tasks))
    assert [f for f in _audit(tmp_path, LAYOUTS[layout](rows)) if f.severity == "error"] == []


@pytest.mark.parametrize("layout", LINED + ["flattened"])
@pytest.mark.parametrize("label", ["部门名称", "单位名称", "预算单位名称", "部门（单位）名称"])
def test_a_filing_line_between_the_heading_and_the_name(tmp_path: Path, layout: str, label: str) -> None:
    """填报单位（盖章） | 填报日期 | 金额单位 between 部门整体支出绩效自评表 and the unit's label: still a department's form
    (it was read as a project's: the heading stood more than four words before the label)."""
    from jixiao.read.recognise.deptmark import department_heading

    form = invent_variant(13)
    rows = [r for r in task_rows(form) if r[:1] != ["年度主要任务"] and r[1:2] != ["金额合计"]
            and not (len(r) > 1 and r[1] in [t[0] for t in form.tasks])]
    rows[2] = [label, form.unit]
    rows[1:1] = [["填报单位（盖章）：", form.unit, "填报日期：", f"{form.year + 1}年3月5日", "金额单位：万元"]]
    doc = one(tmp_path, LAYOUTS[layout](rows), "project_self_evaluation")
    assert doc.header["部门"].value == form.unit
    assert _funds(doc)[1:3] == (form.budget, form.executed)
    assert not department_heading(["部门整体支出绩效自评表", "附件2", "项目支出绩效自评表"])  # a project's form after it


@pytest.mark.parametrize("layout", LINED + ["flattened"])
def test_the_core_flag_form_reads_its_execution_amounts(tmp_path: Path, layout: str) -> None:
    """部门预算执行情况: 年初预算数 | 全年（调整）预算数 | 全年执行数 printed apart before the rate are read under their
    labels (they were left unread); the unit under 主管部门 names the department; a planted rate is found."""
    from layouts.deptvariants import core_flag_rows

    form = invent_variant(14)
    text = LAYOUTS[layout](core_flag_rows(form))
    doc = one(tmp_path, text, "project_self_evaluation")
    assert _funds(doc) == (form.initial, form.budget, form.executed, Decimal(10), form.execution_score)
    assert doc.header["部门"].value == form.unit
    assert [f for f in _audit(tmp_path, text) if f.severity == "error"] == []
    found = _serious(_audit(tmp_path, LAYOUTS[layout](core_flag_rows(invent_variant(14, "rate")))))
    assert [(k, r) for k, s, r in found if s == "error"] == [("execution_rate", "年度资金总额")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_department_form_that_scores_nothing_is_a_departments_and_says_so(tmp_path: Path, layout: str) -> None:
    """部门名称, then an indicator block of targets and actuals with no 分值 nor 得分 and no 年度资金总额 row: no figure
    the reader places, but a department's form all the same (it was not recognised at all: 表格结构已损坏), saying
    its rows were not read; no figure is invented and no error raised."""
    from jixiao.read import read_path
    from layouts.deptvariants import unscored_rows

    form = invent_variant(7)
    rr = read_path(write(tmp_path, LAYOUTS[layout](unscored_rows(form))))
    assert len(rr.documents) == 1, [p.message for p in rr.problems]
    doc = rr.documents[0]
    if layout != "run_together":  # 部门名称 run into the unit's name cannot be told from it
        assert doc.header["部门"].str_ == form.unit
    assert "部门" in doc.header
    t = doc.funds["total"]
    assert (t.annual_budget.value, t.executed.value, doc.total_score.value) == (None, None, None)
    assert any("指标表没有分值栏" in p.message for p in doc.problems)
    assert [f for f in _audit(tmp_path, LAYOUTS[layout](unscored_rows(form))) if f.severity == "error"] == []


@pytest.mark.parametrize("layout", ["pipes", "cell_lines"])
def test_a_project_name_or_a_score_header_is_no_such_form(tmp_path: Path, layout: str) -> None:
    """The same skeleton under a unit's name with no word of a department's form, or an indicator header with no
    target nor actual (a score table's 评分标准): not recognised as a form."""
    from jixiao.read import read_path
    from layouts.deptvariants import unscored_rows

    rows = [["四、绩效指标"] if r == ["四、部门整体支出绩效指标"] else r for r in unscored_rows(invent_variant(8))]
    rows = [["部门支出表"], *(r for r in rows if r != ["部门整体支出绩效自评表"])]
    assert read_path(write(tmp_path, LAYOUTS[layout](rows))).documents == []
    scored = [["指标", "评分标准", "", "", "", "", "", ""] if r[:1] == ["一级指标"] else r
              for r in unscored_rows(invent_variant(8))]
    assert all(d.type != "project_self_evaluation" for d in read_path(write(tmp_path, LAYOUTS[layout](scored))).documents)


@pytest.mark.parametrize("layout", ["cell_lines", "row_lines", "flattened", "pipes"])
@pytest.mark.parametrize("gapped", ["是否核心指标", "all"])
def test_the_core_flag_form_with_a_pdfs_gaps_in_its_labels(tmp_path: Path, layout: str, gapped: str) -> None:
    """是否核心 指标 (a PDF's gap in the anchor of the layout) or a gap in every run of more than four characters: the
    rows are still split at their 是/否 cell; read by the general reader, 得分系数 (a percent) had been taken for the
    得分 column, each row's weight and score swapped: a false score_bounds error (now no error, the figures right)."""
    from layouts.degrade import pdf_spaces
    from layouts.deptvariants import core_flag_rows

    form = invent_variant(5)
    text = LAYOUTS[layout](core_flag_rows(form))
    text = pdf_spaces(text) if gapped == "all" else text.replace("是否核心指标", "是否核心 指标")
    doc = one(tmp_path, text, "project_self_evaluation")
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (n, w, s) for _, _, n, w, s in form.indicators]
    assert _funds(doc) == (form.initial, form.budget, form.executed, Decimal(10), form.execution_score)
    assert [f for f in _audit(tmp_path, text) if f.severity == "error"] == []


@pytest.mark.parametrize("layout", ["pipes", "row_lines", "cell_lines"])
def test_a_score_coefficient_column_is_never_the_score(tmp_path: Path, layout: str) -> None:
    """三级指标 … | 得分系数（%） | 权重 | 得分 with no 是否核心指标 column: the general reader's header reads 得分系数 as a
    column of its own (no field's), so the row's last two figures are its weight and its score, in that order, and the
    coefficient is never its actual."""
    rows = [["部门整体支出绩效自评表"], ["部门名称", "示例县甲局"],
            ["预算执行情况（万元）", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "100.00", "90.00", "10", "90.00%", "9.00"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分系数（%）", "权重", "得分"],
            ["产出指标", "数量指标", "完成重点工作任务数", "≥10项", "9项", "90%", "50", "45"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "100%", "40", "40"],
            ["总分", "", "", "", "", "", "100", "94"]]
    doc = one(tmp_path, LAYOUTS[layout](rows), "project_self_evaluation")
    assert [(i.target.str_, i.actual.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        ("≥10项", "9项", Decimal(50), Decimal(45)), ("≥90%", "95%", Decimal(40), Decimal(40))]


def _previewed(rows: list[list[str]], width: int = 300) -> str:
    """A document-sharing preview: every cell run together, cut into numbered chunks below the site's banner."""
    text = "".join(c for r in rows for c in r)
    chunks = [text[k : k + width] for k in range(0, len(text), width)]
    return "《部门整体绩效自评表.docx》由会员分享\n" + "\n".join(f"{k}、{c}" for k, c in enumerate(chunks, 1)) + "\n"


GLUED = {"run_together": run_together, "preview": _previewed}


@pytest.mark.parametrize("shape", ["run_together", "preview"])
@pytest.mark.parametrize("seed", [2, 5, 9, 14])
def test_a_core_flag_execution_block_run_together_is_cut_by_its_arithmetic(tmp_path: Path, shape: str,
                                                                          seed: int) -> None:
    """548.24578.25573.7899.23%109.92: the block's three amounts, its rate, weight and score with every separator
    lost are read by the one cut whose rate is 执行数 ÷ 预算数 and whose score is weight × rate (the rate was read as
    7899.23% and the rest left unread); said how; no error raised."""
    from layouts.deptvariants import core_flag_rows

    form = invent_variant(seed)
    text = GLUED[shape](core_flag_rows(form))
    doc = one(tmp_path, text, "project_self_evaluation")
    assert _funds(doc) == (form.initial, form.budget, form.executed, Decimal(10), form.execution_score)
    assert doc.funds["total"].rate.dec == form.rate
    assert any("按表内算术关系" in p.message for p in doc.problems)
    assert [f for f in _audit(tmp_path, text) if f.severity == "error"] == []


@pytest.mark.parametrize("shape", ["run_together", "preview"])
def test_a_core_flag_execution_block_run_together_with_a_wrong_rate_is_not_read(tmp_path: Path, shape: str) -> None:
    """A printed rate the amounts do not make: no cut is confirmed, so neither the amounts nor the rate are read
    (never the run's tail as a rate), said; no error is made of a misread run."""
    from layouts.deptvariants import core_flag_rows

    text = GLUED[shape](core_flag_rows(invent_variant(14, "rate")))
    doc = one(tmp_path, text, "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.executed.value, t.rate.value) == (None, None)
    assert any("无法按表内算术关系唯一拆开" in p.message for p in doc.problems)
    assert [f for f in _audit(tmp_path, text) if f.severity == "error"] == []


NAME_LABELS_RUN = ("部门名称", "单位名称", "预算单位名称", "部门（单位）名称")
UNITS_RUN = ("示例县丙局", "示例镇人民政府", "示例市某某中心", "示例县第一中学校")


@pytest.mark.parametrize("k", range(len(NAME_LABELS_RUN)))
def test_a_name_label_run_onto_its_units_name_still_opens_the_form(tmp_path: Path, k: int) -> None:
    """部门名称示例县丙局: the cells of every row run together, the name label glued to the unit's name. The label still
    opens the form and the unit is its department; the funds block under it is read (it was left above the form,
    whose start was taken at the 部门 of 部门总体绩效目标: no funds, the title 总体)."""
    from layouts.deptvariants import weighted_label_rows

    form = invent_variant(k + 2)
    form.unit = UNITS_RUN[k]
    rows = weighted_label_rows(form)
    rows[1] = [NAME_LABELS_RUN[k], form.unit]
    text = run_together(rows)
    doc = one(tmp_path, text, "project_self_evaluation")
    assert doc.header["部门"].value == form.unit
    assert _funds(doc) == (form.initial, form.budget, form.executed, Decimal(10), form.execution_score)
    assert doc.total_score.dec == form.total_score
    assert [f for f in _audit(tmp_path, text) if f.severity == "error"] == []


def test_a_name_label_run_onto_words_that_name_no_unit_is_one_word() -> None:
    """单位名称规范率 (an indicator's name holding the label) and 部门名称及编码 stay one word."""
    from jixiao.read.recognise.tokens import _pieces

    assert _pieces("单位名称规范率") == ["单位名称规范率"]
    assert _pieces("部门名称及编码") == ["部门名称及编码"]
    assert _pieces("部门名称示例县丙局") == ["部门名称", "示例县丙局"]
