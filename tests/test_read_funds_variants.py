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
from layouts.model import MISTAKES, invent
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
    t = doc.funds["total"]
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (
        p.initial, p.budget, p.executed, p.rate, p.exec_score)
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(i.weight, i.score) for i in p.indicators]
