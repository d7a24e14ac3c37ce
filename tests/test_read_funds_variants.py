"""Funds blocks as published forms print them: the 20-point block with its weight in the label and amounts
with their unit (预算执行情况（万元）（20分）, 10万), a 年初预算数 column left blank whose cells vanished, 得分
printed below its numbers, a weight of 100 that cannot be the block's (generators in ``tests/layouts``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one as _one
from layouts.files import write as _write
from layouts.grid import VARIANTS, rows
from layouts.model import MISTAKES, assert_read_as_invented, invent
from layouts.render import RENDERERS, flattened, one_run

EXPECTED = {"rate": "execution_rate", "total": "total_sum", "score_over_weight": "score_bounds"}


@pytest.mark.parametrize("layout", [*sorted(RENDERERS), "one_run"])
def test_the_blocks_weight_in_its_label(tmp_path: Path, layout: str) -> None:
    """预算执行情况（万元）（20分）| 预算数 | 执行数 | 执行率 | 得分（20分*执行率）, amounts printed 3405.63万元."""
    p = invent(31, exec_weight=20)
    grid = rows(p, VARIANTS["weight_in_label"])
    assert grid[3][0] == "预算执行情况（万元）（20分）" and grid[4][1].endswith("万元")
    render = one_run if layout == "one_run" else RENDERERS[layout]
    doc = _one(tmp_path, render(grid))
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec) == (
        p.budget, p.executed, Decimal(20), p.rate, p.exec_score)
    assert t.annual_budget.text == f"{p.budget:.2f}万元"  # as printed
    assert any("分值读自资金表的标题" in x.message for x in doc.problems)


@pytest.mark.parametrize("mistake", MISTAKES)
@pytest.mark.parametrize("variant", ["weight_in_label", "blank_initial"])
@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "flattened", "cell_lines"])
def test_mistakes_planted_in_the_variants_are_found(tmp_path: Path, layout: str, variant: str, mistake: str) -> None:
    p = invent(32, exec_weight=20, mistake=mistake)
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](rows(p, VARIANTS[variant]))))])
    errors = {f.kind for f in result.findings if f.severity == "error"}
    assert errors == {EXPECTED[mistake]}, [(f.kind, f.message) for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("layout", ["pipes_collapsed", "flattened", "row_lines"])
def test_a_blank_initial_column_whose_cells_vanished(tmp_path: Path, layout: str) -> None:
    """年初预算数 in the header, its cells blank and gone: the one budget is the 全年预算数 the rate divides by,
    in the total row and in its sub-rows (which cannot hold a column the total row left empty)."""
    p = invent(33)
    doc = _one(tmp_path, RENDERERS[layout](rows(p, VARIANTS["blank_initial"])))
    t, cur = doc.funds["total"], doc.funds["current_year"]
    assert (t.initial_budget.value, t.annual_budget.dec, t.executed.dec) == (None, p.budget, p.executed)
    assert (cur.initial_budget.value, cur.annual_budget.dec, cur.executed.dec) == (None, p.current[1], p.current[2])


def test_a_sub_row_that_repeats_the_weight_and_score(tmp_path: Path) -> None:
    """云南临翔: 其中：当年财政拨款 | 32.4 | 31.69 | 10 | 97.80% | 9, the whole row repeated under the total."""
    text = ("项目名称 示例项目 主管部门 示例局 项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            "年度资金总额 32.4 31.69 10 97.80% 9 其中：当年财政拨款 32.4 31.69 10 97.80% 9 "
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
            "产出指标 数量指标 收容所面积 ≥200平方米 204平方米 90 90 总分 100 99\n")
    doc = _one(tmp_path, text)
    for key in ("total", "current_year"):
        row = doc.funds[key]
        assert (row.initial_budget.value, row.annual_budget.dec, row.executed.dec) == (None, Decimal("32.4"),
                                                                                     Decimal("31.69")), key


def test_score_label_below_its_numbers_and_a_weight_of_100(tmp_path: Path) -> None:
    """江西上饶: 得分 printed after the rows' numbers, 分值 100 on the execution row (the whole form's weight):
    the score is read under 得分, the 100 is said and not read, and no score is called wrong against it."""
    text = ("项目支出绩效自评表（2021年度） 项目名称 示例经费 主管部门 示例局 项目资金(万元) 实施单位 示例局 "
            "年初预算数 全年预算数 全年执行数 分值 执行率(全年 执行数/全年 预算数) "
            "年度资金总额: 620.82万元 620.82万元 620.82万元 100 100% 10 "
            "其中:当年财政 拨款 620.82万元 620.82万元 620.82万元 100 100% 10 得分 上年结转资金 其他资金 "
            "预期目标 实际完成情况 完成任务 已完成\n")
    path = _write(tmp_path, text)
    result = audit_paths([str(path)])
    (doc,) = result.documents
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (
        Decimal("620.82"), Decimal("620.82"), Decimal("620.82"), Decimal(100), Decimal(10))
    assert t.weight.value is None and any("整张表的分值" in x.message for x in doc.problems)
    assert doc.funds["current_year"].executed.dec == Decimal("620.82")
    assert [f.message for f in result.findings if f.severity == "error"] == []


def test_amounts_with_units_run_together(tmp_path: Path) -> None:
    """湖北黄冈 (traditional script): 年度財政資金總額10萬10萬100%20 — amounts split at their units."""
    text = ("項目名稱 檔案專項經費 主管部門 檔案館 預算執行情況（萬元）（20分） 預算數（A） 執行數（B） 執行率（B/A） "
            "得分（20分*執行率） 年度財政資金總額10萬10萬100%20年度績效指標 一級指標 二級指標 三級指標\n")
    doc = _one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.weight.dec, t.score.dec) == (
        Decimal(10), Decimal(10), Decimal(100), Decimal(20), Decimal(20))


def test_a_name_whose_unit_wrapped_and_a_grade_after_the_total(tmp_path: Path) -> None:
    """扶持发展新型农业经营主体 / (个): one name; 总分 | 100 | 96 | 优: the grade is the cell after the total."""
    p = invent(34)
    grid = rows(p, VARIANTS["national"])
    h = next(k for k, r in enumerate(grid) if r[:2] == ["绩效指标", "一级指标"])
    grid[h + 1][3] += " (人次)"
    grid[-1].append("优")
    doc = _one(tmp_path, flattened(grid))
    assert doc.indicators[0].level3.value == f"{p.indicators[0].name}(人次)"
    assert doc.indicators[0].score.dec == p.indicators[0].score
    assert doc.grade.value == "优"


def test_a_table_whose_rows_broke_is_read_as_a_stream_when_that_holds_more(tmp_path: Path) -> None:
    """云南临翔: each funds row's label on a line of its own, its numbers on the next (| 32.4 | 31.69 | …): the
    table reading places nothing, the reading by anchors places them all, and that reading is kept."""
    p = invent(35)
    grid = rows(p, VARIANTS["national"])
    lines = []
    for r in grid:
        if r[0].startswith(("年度资金总额", "其中", "上年结转")):
            lines += [f"{r[0]} |", "| " + " | ".join(c for c in r[1:] if c) + " |"]
        else:
            lines.append("| " + " | ".join(c for c in r if c) + " |")
    doc = _one(tmp_path, "\n".join(lines) + "\n")
    assert_read_as_invented(doc, p)
    assert doc.funds["total"].initial_budget.dec == p.initial


def test_row_labels_printed_before_the_header_share_the_numbers(tmp_path: Path) -> None:
    """山西稷山 (an xlsx flattened, its label column first): 年度资金总额 其中：当年财政拨款 全年预算数 全年执行数 分值
    执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% —: the rows share the run, a dash holding a blank's place."""
    p = invent(36)
    grid = rows(p, VARIANTS["blank_initial"])
    h = next(k for k, r in enumerate(grid) if r[0].startswith("项目资金"))
    header, total, current = grid[h], grid[h + 1], grid[h + 2]
    cells = [header[0], header[1], total[0], current[0], *header[2:],
             *[c or "—" for c in total[2:]], *[c or "—" for c in current[2:]]]
    grid[h : h + 3] = [cells]
    doc = _one(tmp_path, flattened(grid))
    t, cur = doc.funds["total"], doc.funds["current_year"]
    assert (t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec) == (
        p.budget, p.executed, p.exec_weight, p.rate, p.exec_score)
    assert (cur.annual_budget.dec, cur.executed.dec) == (p.current[1], p.current[2])
    assert any("表头与数值交错" in x.message for x in doc.problems)


def test_a_run_cut_among_its_rows_by_the_arithmetic(tmp_path: Path) -> None:
    """Eight numbers for two rows, no dash for the blanks: 65.66 65.07 10 99% 9 | 65.66 65.07 99% is the one cut
    under which both rows hold together (not 65.66 65.07 10 99% | 9 65.66 65.07 99%, a part budget of 9)."""
    text = ("项目名称 示例项目 主管部门 示例局 项目资金 年度资金总额 其中 当年财政拨款 全年预算数 全年执行数 分值 执行率 得分 "
            "65.66 65.07 10 99% 9 65.66 65.07 99% 预期目标 实际完成情况 完成 已完成 "
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 人数 100人 100人 90 90 总分 100 99\n")
    doc = _one(tmp_path, text)
    t, cur = doc.funds["total"], doc.funds["current_year"]
    assert (t.annual_budget.text, t.executed.text, t.weight.text, t.rate.text, t.score.text) == (
        "65.66", "65.07", "10", "99%", "9")
    assert (cur.annual_budget.text, cur.executed.text, cur.weight.value) == ("65.66", "65.07", None)


def test_zeros_made_by_splitting_digits_confirm_nothing() -> None:
    """303010100%: 30 | 30 | 10 | 100% (全年预算数, 全年执行数, 分值, 执行率), not 30 | 301 | 0 | 10 | 0% (a 0% rate
    for a 0 spent: the digits split into zeros) nor 3030 | 10 | 10 | 0% (amounts a hundredfold apart)."""
    from jixiao.read.recognise.placement import place

    got = place(["303010100%"], ["initial_budget", "annual_budget", "executed", "weight", "rate", "score"])
    assert got.how == "by arithmetic"
    assert {k: v.text for k, v in got.values.items()} == {
        "annual_budget": "30", "executed": "30", "weight": "10", "rate": "100%"}


def test_an_empty_template_row_run_onto_the_figures(tmp_path: Path) -> None:
    """湖北新洲 (a docx preview run together): 演出设备成本件/件2万元2万元2018指标2 — the next empty template row's
    label (指标2) ends the row, whose weight and score ran together (20, 18); 全年执行 heads the executed column."""
    text = ("项目名称 演出设备更新专项经费 主管部门 示例剧团 项目资金(万元) 年初预算数 全年预算数 全年执行 分值 执行率 得分 "
            "年度资金总额303010100% 其中:当年财政拨款303030100% 上年结转资金 其他资金 "
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
            "产出指标 数量指标 设备更新数量50件50件4040指标2 成本指标 演出设备成本2万元2万元5048指标2 总分 10098\n")
    doc = _one(tmp_path, text)
    assert doc.funds["total"].weight.dec == 10 and doc.funds["total"].rate.dec == 100
    cur = doc.funds["current_year"]
    assert (cur.initial_budget.dec, cur.annual_budget.dec, cur.executed.dec) == (30, 30, 30)
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(40, 40), (50, 48)]


def test_labels_and_names_wrapped_at_the_cells_width(tmp_path: Path) -> None:
    """河北廊坊 / 山西稷山: a second level wrapped after a shorter label (经济效益 / 指标), a long name cut at the
    cell's width (资金是否全部纳入医 / 保统筹), 其中：本年一般公共预算拨款 as the current year's row."""
    text = ("项目名称 示例项目 主管部门 示例局 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            "年度资金总额 80 80 72 10 90% 9 其中：本年一般公共预算拨款 80 80 72 "
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
            "产出指标 质量指标 指标1:资金是否全部纳入医 保统筹 100% 100% 45 45 "
            "效益指标 经济效益 指标 指标1安全率 100 100 45 44 总分 100 98\n")
    doc = _one(tmp_path, text)
    assert doc.funds["current_year"].executed.dec == 72
    assert [(i.level2.value, i.level3.value, i.target.value, i.actual.value, i.weight.dec, i.score.dec)
            for i in doc.indicators] == [
        ("质量指标", "指标1:资金是否全部纳入医保统筹", "100%", "100%", 45, 45),
        ("经济效益指标", "指标1安全率", "100", "100", 45, 44)]


def test_a_row_whose_last_cells_ran_together(tmp_path: Path) -> None:
    """音响质量等合格合格 / 2020: no weight is 2020; the row's text read as cells run together gives 合格, 合格,
    20, 20 (the one reading whose target and actual agree)."""
    text = ("项目名称 示例项目 主管部门 示例局 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            "年度资金总额 80 80 80 10 100% 10 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
            "产出指标 质量指标 音响质量等合格合格 2020 时效指标 按期完成率 100% 100% 70 70 总分 100 100\n")
    doc = _one(tmp_path, text)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        ("音响质量等", 20, 20), ("按期完成率", 70, 70)]


@pytest.mark.parametrize("variant", ["national", "sichuan", "nature"])
def test_labels_wrapped_in_text_run_together(tmp_path: Path, variant: str) -> None:
    """项目资金（万元）年初 / 预算数全年 / 预算数全年 / 执行数分值…: each line a label and the start of the next
    one; the labels are joined back across the lines and the numbers placed under them."""
    from layouts import degrade
    from layouts.render import run_together

    p = invent(37)
    text = degrade.wrapped_labels(run_together(rows(p, VARIANTS[variant])))
    assert "预算数全年\n" in text
    doc = _one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec) == (
        p.initial, p.budget, p.executed, p.rate)
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(i.weight, i.score) for i in p.indicators]


@pytest.mark.parametrize("variant", ["nature", "weight_first"])
def test_ocr_signs_in_cells_run_together(tmp_path: Path, variant: str) -> None:
    """》 for ≥ (OCR) inside rows whose cells ran together (完成培训人次》167人次182…): a sign, never a name's start."""
    from layouts import degrade
    from layouts.render import run_together

    p = invent(38)
    text = degrade.ocr_signs(run_together(rows(p, VARIANTS[variant])))
    assert "》" in text
    doc = _one(tmp_path, text)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]


@pytest.mark.parametrize("render", ["one_run", "run_together"])
def test_a_run_together_row_no_reading_splits_is_said_and_no_sum_checked(tmp_path: Path, render: str) -> None:
    """A score over its weight in a row whose cells ran together (…≥167人次18211.0012.00): no reading keeps the
    score within the weight, so the row is not read — said, and the sums that would need it are not checked
    (before, the row vanished in silence and the sums gave false errors)."""
    from layouts.render import run_together

    p = invent(60, mistake="score_over_weight")
    text = (one_run if render == "one_run" else run_together)(rows(p, VARIANTS["nature"]))
    result = audit_paths([str(_write(tmp_path, text))])
    (doc,) = result.documents
    assert any("无法确定如何拆开" in x.message for x in doc.problems)
    assert [f.message for f in result.findings if f.severity == "error"] == []
    assert any(f.kind == "cannot_verify" for f in result.findings)


def test_a_total_over_its_weight_run_together_is_read_and_found(tmp_path: Path) -> None:
    """总分100.00100.47: the weight (the weights' sum) and a score over it, printed alike — read as 100.00 and
    100.47, and the audit finds the total wrong (before, no split kept the score within the weight: unread)."""
    from layouts.render import run_together

    p = invent(39)
    grid = rows(p, VARIANTS["national"])
    grid[-1] = ["总分", "", "", "", "", "", "100.00", "100.47"]
    result = audit_paths([str(_write(tmp_path, run_together(grid)))])
    (doc,) = result.documents
    assert (doc.total_weight.dec, doc.total_score.dec) == (Decimal(100), Decimal("100.47"))
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}


@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "flattened", "cell_lines"])
@pytest.mark.parametrize("cut", [2, 4])
def test_a_form_cut_short_before_its_total_is_not_summed(tmp_path: Path, layout: str, cut: int) -> None:
    """A document site's preview that stops inside the indicator table (its last rows and 总分 not there): the
    rows read are kept, and no sum over them is checked (before, a pipe table gave a false weight_sum error)."""
    p = invent(40)
    grid = rows(p, VARIANTS["national"])[:-cut]
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](grid)))])
    (doc,) = result.documents
    assert len(doc.indicators) == len(p.indicators) - cut + 1
    assert [f.message for f in result.findings if f.severity == "error"] == []
    assert any(f.kind == "cannot_verify" for f in result.findings)
