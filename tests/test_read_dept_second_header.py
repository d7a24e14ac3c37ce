"""A department form whose funds block holds two headers (the Ministry of Finance template: 年度主要任务 | 预算数 | 执行数
… 金额合计, then 年度部门整体支出预算 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 and its 年度资金总额
row) run together with no separator left: the 年度资金总额 row is read under its own header, and the tasks' 金额合计
is never the form's total, whichever block comes first (generators in ``tests/layouts/deptvariants``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.degrade import full_width, traditional
from layouts.deptvariants import invent_variant, task_rows
from layouts.render import one_run

DEGRADE = {"plain": lambda t: t, "traditional": traditional, "full_width": full_width}


def _funds_first(rows: list[list[str]]) -> list[list[str]]:
    """The funds block before the tasks' block."""
    tasks = next(i for i, r in enumerate(rows) if r[:1] == ["年度主要任务"])
    funds = next(i for i, r in enumerate(rows) if r[:1] == ["年度部门整体支出预算（万元）"])
    goals = next(i for i, r in enumerate(rows) if r[:1] == ["年度总体目标"])
    return rows[:tasks] + rows[funds:goals] + rows[tasks:funds] + rows[goals:]


@pytest.mark.parametrize("degrade", sorted(DEGRADE))
@pytest.mark.parametrize("seed", [3, 6])
def test_the_total_row_is_read_under_its_own_header(tmp_path: Path, degrade: str, seed: int) -> None:
    v = invent_variant(seed)
    for order, rows in (("tasks_first", task_rows(v)), ("funds_first", _funds_first(task_rows(v)))):
        p = tmp_path / f"{order}.txt"
        p.write_text(DEGRADE[degrade](one_run(rows)), encoding="utf-8")
        result = audit_paths([str(p)])
        total = result.files[0].documents[0].funds["total"]
        got = (total.initial_budget.dec, total.annual_budget.dec, total.executed.dec, total.rate.dec, total.score.dec)
        assert got == (v.initial, v.budget, v.executed, v.rate, v.execution_score), order
        assert not [f for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("render", ["one_run", "run_together"])
@pytest.mark.parametrize("seed", [3, 6])
def test_an_ab_forms_total_row_run_together_is_placed_by_the_score_its_amounts_imply(tmp_path: Path, render: str,
                                                                                     seed: int) -> None:
    """The (A)/(B) layout (资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分, no 执行率 column) with its total
    row's numbers run together (1217.991194.70109.81): the one cut whose score is the rate its amounts imply times the
    weight (9.81 = 1194.70 ÷ 1217.99 × 10) is taken."""
    from layouts.deptvariants import ab_rows
    from layouts.render import run_together

    v = invent_variant(seed)
    p = tmp_path / "ab.txt"
    p.write_text({"one_run": one_run, "run_together": run_together}[render](ab_rows(v)), encoding="utf-8")
    result = audit_paths([str(p)])
    total = result.files[0].documents[0].funds["total"]
    got = (total.initial_budget.dec or total.annual_budget.dec, total.executed.dec, total.weight.dec, total.score.dec)
    assert got == (v.budget, v.executed, 10, v.execution_score)
    assert not [f for f in result.findings if f.severity == "error"]
