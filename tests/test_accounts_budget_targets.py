"""A budget's project target tables are the budget's (generator: ``tests/layouts/budget_targets.py``): a table of a
department's projects, one row per indicator, gives each project's amount from its 预算数 column and no project
self-evaluation; a table whose cost basis quotes past years' 实际执行数 is still a target table, recognised as the
budget's; a table with 实际完成值 and 得分 stays a self-evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.budget_targets import MIXED_SHAPES, amounts, columns, cost_basis, mixed
from layouts.files import write


@pytest.mark.parametrize("comparator", [True, False])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_projects_amount_is_read_from_its_column(tmp_path: Path, seed: int, comparator: bool) -> None:
    docs = read_path(write(tmp_path, columns(seed, comparator))).documents
    assert [d.type for d in docs] == ["budget_disclosure"]  # no project form read from the target table
    t = docs[0].extra["accounts"].tables[0]
    assert t.kind == "target_funds" and t.unit == "元"
    assert [(r.name, r.get("金额").dec) for r in t.rows] == amounts(seed)
    assert [f for f in check_accounts(docs[0]) if f.severity != "info"] == []


@pytest.mark.parametrize("seed", [1, 2])
def test_a_cost_basis_quoting_past_execution_is_still_a_target_table(tmp_path: Path, seed: int) -> None:
    docs = read_path(write(tmp_path, cost_basis(seed))).documents
    assert [(d.type, d.extra["accounts"].stage) for d in docs] == [("budget_disclosure", "budget")]
    assert [p.message.split("（")[0] for p in docs[0].problems] == ["绩效目标表的资金未能按标签读取"]
    assert check_accounts(docs[0]) == []  # nothing read, nothing said to be empty


def test_a_table_with_actuals_and_scores_stays_a_self_evaluation(tmp_path: Path) -> None:
    docs = read_path(write(tmp_path, columns(1, evaluated=True))).documents
    assert "budget_disclosure" not in [d.type for d in docs]


@pytest.mark.parametrize("shape", MIXED_SHAPES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_budgets_notes_with_its_target_table_is_the_budget(tmp_path: Path, seed: int, shape: str) -> None:
    """The 说明 and the 项目支出绩效目标表 it publishes: one budget, the table's funds among its tables, no project form
    read from the target table (its indicators hold targets alone)."""
    text, project = mixed(seed, shape)
    docs = read_path(write(tmp_path, text)).documents
    assert [(d.type, d.extra["accounts"].stage) for d in docs] == [("budget_disclosure", "budget")]
    tables = {t.kind: t for t in docs[0].extra["accounts"].tables}
    assert tables["notes"].rows and tables["target_funds"].rows[0].get("金额").dec == project
    assert [f for f in check_accounts(docs[0]) if f.severity in ("error", "suspect")] == []
