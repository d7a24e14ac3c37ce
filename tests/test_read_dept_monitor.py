"""A department's monitoring form (部门整体支出绩效监控表: 1-7月执行数 and a 全年预计执行数 column beside the year's
budget), a funds total row under the label 合计, and a one-column 安排表 of a transfer: each read by its labels and
the form's own arithmetic, in several layouts, and a planted mistake found (generators in ``tests/layouts``)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import one as _one
from layouts.files import write as _write
from layouts.render import RENDERERS

LAYOUTS = ("pipes", "pipes_collapsed", "cell_lines", "row_lines", "flattened")


def _monitor(seed: int, executed_label: str, planted: bool = False) -> tuple[list[list[str]], dict[str, Decimal]]:
    rnd = random.Random(seed)
    initial = Decimal(rnd.randint(50000, 200000)) / 100
    budget = initial + Decimal(rnd.randint(0, 20000)) / 100
    spent = (budget * Decimal(rnd.randint(30, 70)) / 100).quantize(Decimal("0.01"))
    rate = (spent / budget * 100).quantize(Decimal("0.01"))
    printed = rate + 5 if planted else rate
    rows = [["部门整体支出绩效监控表"], ["部门名称", "某某县教育局"],
            ["年度预算执行情况（万元）", "年初预算数", "全年预算数", executed_label, "执行率", "全年预计执行数", "偏差原因"],
            ["年度资金总额", f"{initial}", f"{budget}", f"{spent}", f"{printed}%", f"{budget}", ""],
            ["年度总体目标", "年初目标", "1-7月执行情况"], ["保障机构正常运转", "运转正常"],
            ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因"],
            ["", "产出指标", "数量指标", "在校学生数", "≥5000人", "5100人", "5100人", ""]]
    return rows, {"initial_budget": initial, "annual_budget": budget, "executed": spent, "rate": rate}


@pytest.mark.parametrize("label", ["1-7月执行数", "1-6月执行数", "截至6月底执行数", "执行数"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_monitoring_form_reads_its_spending_so_far(tmp_path: Path, layout: str, label: str) -> None:
    """全年预计执行数 is a column of its own (placed, not kept): the numbers before it stay under their labels."""
    rows, want = _monitor(len(label) + len(layout), label)
    doc = _one(tmp_path, RENDERERS[layout](rows))
    t = doc.funds["total"]
    assert {k: getattr(t, k).dec for k in want} == want
    assert "部门" in doc.header


@pytest.mark.parametrize("layout", ["pipes", "cell_lines"])
def test_a_planted_rate_in_a_monitoring_form_is_found(tmp_path: Path, layout: str) -> None:
    rows, _ = _monitor(3, "1-7月执行数", planted=True)
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](rows)))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"execution_rate"}


def _town(total_label: str, layout: str, score: str = "100") -> str:
    return RENDERERS[layout]([
        ["部门整体支出绩效自评表"], ["单位名称", "示例镇人民政府"],
        ["预算执行情况(万元) (20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分 (20分*执行率)"],
        [total_label, "864.2", "864.2", "100%", "20"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        ["产出指标", "数量指标", "办结信访案件", "168起", "168起", "40"],
        ["效益指标", "社会效益指标", "改善人居环境", "有效改善", "有效改善", "40"],
        ["总分", score]])


@pytest.mark.parametrize("label", ["合计", "部门整体支出合计"])
@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "cell_lines", "row_lines"])
def test_a_funds_total_row_labelled_heji_is_no_total_score(tmp_path: Path, layout: str, label: str) -> None:
    """The 合计 in the funds block is its total row (864.2 the budget), the 总分 after the indicators the score."""
    doc = _one(tmp_path, _town(label, layout))
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.score.dec) == (Decimal("864.2"), Decimal("864.2"),
                                                                             Decimal(100), Decimal(20))
    assert doc.total_score.dec == Decimal(100)


def test_a_planted_total_after_a_heji_funds_row_is_found(tmp_path: Path) -> None:
    result = audit_paths([str(_write(tmp_path, _town("合计", "pipes", "96")))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}


NOTICE = "关于下达2022年省级水利专项资金的通知\n各乡镇人民政府:现下达2022年省级水利专项资金,具体金额及项目详见附件。\n"


def _plan(seed: int, planted: bool = False) -> tuple[list[list[str]], Decimal]:
    """A county's 资金安排表 with one amount column (序号 | 乡镇名称 | 项目名称 | 金额 | 备注) and its 合计 row."""
    rnd = random.Random(seed)
    rows = [["2022年省级水利专项资金安排表"], ["单位:万元"], ["序号", "乡镇名称", "项目名称", "金额", "备注"]]
    total = Decimal(0)
    for k, town in enumerate(("西坪镇", "桃舟乡", "芦田镇", "蓬莱镇", "魁斗镇"), 1):
        amount = Decimal(rnd.randint(50, 900)) / 10
        rows.append([str(k), town, f"{town}水利设施修复", f"{amount}", ""])
        total += amount
    rows.append(["合计", "", "", f"{total + 1 if planted else total}", ""])
    return rows, total


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed"])
def test_a_one_column_plan_gives_its_total(tmp_path: Path, layout: str, seed: int) -> None:
    """安排表 as well as 分配表; the 合计 confirmed by the rows above it (the table's one amount column)."""
    rows, total = _plan(seed)
    docs = [d for d in read_path(_write(tmp_path, NOTICE + RENDERERS[layout](rows))).documents
            if d.extra.get("form") == "transfer"]
    assert len(docs) == 1 and docs[0].funds["total"].annual_budget.dec == total


def test_a_planted_plan_total_is_found_and_not_read(tmp_path: Path) -> None:
    """A 合计 the rows do not add up to is not the total read (unconfirmed), and the column check finds it: an error,
    as every row prints its amount (each cell stood at its column: ``audit.transfer._severity``)."""
    rows, _ = _plan(1, planted=True)
    result = audit_paths([str(_write(tmp_path, NOTICE + RENDERERS["pipes"](rows)))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"table_total"}
    assert not [f for f in result.findings if f.severity == "suspect"]
    docs = [d for d in result.documents if d.extra.get("form") == "transfer"]
    assert docs[0].funds.get("total") is None
