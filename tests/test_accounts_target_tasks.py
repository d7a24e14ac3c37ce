"""A 部门整体支出绩效目标表's 年度主要任务 block (generator: ``tests/layouts/target_tasks.py``): funds labels over task
rows closed by 金额合计, read by the block's shape; on a budget's page the table is the budget's (its funds the 合计
under each label, the tasks a table checked column by column and row by row), filed alone it stays the department's
form with the same reading kept on it; a 合计 or a task's 总额 that does not add up is found, a consistent block
makes no error."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.target_tasks import LABELS, SHAPES, TITLE, tasks, text, totals


def _read(tmp_path: Path, body: str) -> list:
    p = tmp_path / "dept_target.txt"
    p.write_text(body, encoding="utf-8")
    return read_path(p).documents


@pytest.mark.parametrize("seed", [1, 4])
@pytest.mark.parametrize("shape", SHAPES)
def test_the_budgets_department_target_table_reads_its_tasks(tmp_path: Path, shape: str, seed: int) -> None:
    docs = _read(tmp_path, text(seed, shape))
    assert [(d.type, d.title) for d in docs] == [("budget_disclosure", TITLE)]
    funds, grid = docs[0].extra["accounts"].tables
    assert [(r.name, r.get("金额").dec) for r in funds.rows] == list(zip(LABELS, totals(seed), strict=True))
    assert grid.kind == "target_tasks" and grid.columns == list(LABELS)
    assert [(r.name, tuple(r.get(c).dec for c in LABELS)) for r in grid.rows] == [*tasks(seed), ("合计", totals(seed))]
    assert [f for f in check_accounts(docs[0]) if f.severity == "error"] == []


@pytest.mark.parametrize("shape", SHAPES)
def test_a_total_or_a_tasks_whole_that_does_not_add_up_is_found(tmp_path: Path, shape: str) -> None:
    off = [f for f in check_accounts(_read(tmp_path, text(2, shape, total_off=True))[0]) if f.severity == "error"]
    assert [f.row for f in off] == ["合计", "合计"]  # the 财政拨款 column's 合计, and the 合计 row's 总额
    off = [f for f in check_accounts(_read(tmp_path, text(2, shape, whole_off=True))[0]) if f.severity == "error"]
    assert [f.row for f in off] == ["合计", tasks(2)[1][0]]  # the 总额 column's 合计, and the task's own 总额


@pytest.mark.parametrize("shape", SHAPES)
def test_filed_alone_the_department_target_table_stays_the_departments(tmp_path: Path, shape: str) -> None:
    docs = _read(tmp_path, text(3, shape, budget_page=False))
    assert [d.type for d in docs] == ["project_self_evaluation"] and "部门" in docs[0].header
    funds = docs[0].extra["accounts"].tables[0]
    assert [(r.name, r.get("金额").dec) for r in funds.rows] == list(zip(LABELS, totals(3), strict=True))
