"""A budget's project target tables are the budget's (generator: ``tests/layouts/budget_targets.py``): a table of a
department's projects, one row per indicator, gives each project's amount from its 预算数 column and no project
self-evaluation; a table whose cost basis quotes past years' 实际执行数 is still a target table, recognised as the
budget's; a table with 实际完成值 and 得分 stays a self-evaluation."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.budget_targets import (
    COST_SHAPES,
    MIXED_SHAPES,
    SUMMARY_TITLES,
    UNNAMED_TITLES,
    amounts,
    columns,
    cost_basis,
    cost_table,
    costs,
    mixed,
    unnamed_page,
)
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


@pytest.mark.parametrize("costed", [True, False])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_cost_basis_quoting_past_execution_is_still_a_target_table(tmp_path: Path, seed: int, costed: bool) -> None:
    """A budget's target table quoting past 实际执行数: the budget's, its costs read; where no amount could be read
    (no cost basis at all), still the budget's, saying so."""
    docs = read_path(write(tmp_path, cost_basis(seed, costed))).documents
    assert [(d.type, d.extra["accounts"].stage) for d in docs] == [("budget_disclosure", "budget")]
    rows = [r.name for t in docs[0].extra["accounts"].tables for r in t.rows]
    said = [p.message.split("（")[0] for p in docs[0].problems]
    assert (rows, said) == ((["保安服务费", "保洁服务费"], []) if costed else ([], ["绩效目标表的资金未能按标签读取"]))
    assert check_accounts(docs[0]) == []  # nothing said to be empty


def test_a_table_with_actuals_and_scores_stays_a_self_evaluation(tmp_path: Path) -> None:
    docs = read_path(write(tmp_path, columns(1, evaluated=True))).documents
    assert "budget_disclosure" not in [d.type for d in docs]


@pytest.mark.parametrize("heading", ["部门预算情况说明", "预算情况说明", "预算公开说明", ""])
@pytest.mark.parametrize("shape", MIXED_SHAPES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_budgets_notes_with_its_target_table_is_the_budget(tmp_path: Path, seed: int, shape: str, heading: str) -> None:
    """The 说明 and the 项目支出绩效目标表 it publishes: one budget, the table's funds among its tables, no project form
    read from the target table (its indicators hold targets alone); the 说明's own words (收入预算总计, 支出预算总计) say it
    is a budget's where its heading does not say 部门/单位预算."""
    text, project = mixed(seed, shape, heading)
    docs = read_path(write(tmp_path, text)).documents
    assert [(d.type, d.extra["accounts"].stage) for d in docs] == [("budget_disclosure", "budget")]
    tables = {t.kind: t for t in docs[0].extra["accounts"].tables}
    assert tables["notes"].rows and tables["target_funds"].rows[0].get("金额").dec == project
    assert [f for f in check_accounts(docs[0]) if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("shape", COST_SHAPES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_cost_basis_lines_and_their_sums(tmp_path: Path, seed: int, shape: str) -> None:
    """项目预算成本构成: each cost's amount read under its name, the 合计 of every column adding up, nothing said."""
    doc = read_path(write(tmp_path, cost_table(seed, shape))).documents[0]
    tables = {t.kind: t for t in doc.extra["accounts"].tables}
    assert [(r.name, r.get("金额").dec) for r in tables["target_funds"].rows] == [(n, a) for n, a, _, _ in costs(seed)]
    assert [r.get("2021年实际执行数").dec for r in tables["target_costs"].rows[:-1]] == [x[3] for x in costs(seed)]
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


@pytest.mark.parametrize("shape", COST_SHAPES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_past_columns_total_that_does_not_add_up(tmp_path: Path, seed: int, shape: str) -> None:
    """The 2020 合计 off by 10: an error where the cells stand apart, suspect where the figures were cut apart."""
    doc = read_path(write(tmp_path, cost_table(seed, shape, Decimal(10)))).documents[0]
    found = [(f.severity, f.row) for f in check_accounts(doc) if f.severity != "info"]
    assert found == [("error" if shape == "pipes" else "suspect", "合计")]


@pytest.mark.parametrize("shape", MIXED_SHAPES)
@pytest.mark.parametrize("table_title", SUMMARY_TITLES)
@pytest.mark.parametrize("title", UNNAMED_TITLES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_page_of_budget_tables_that_never_names_itself_is_the_budget(
        tmp_path: Path, seed: int, title: str, table_title: str, shape: str) -> None:
    """The 项目支出绩效目标表 beside the budget's own tables is the budget's target table, not a self-evaluation form
    that leaves the budget unread: the page's budget table titles say what it is, whatever its heading says."""
    text, figures = unnamed_page(seed, title, table_title, shape)
    docs = read_path(write(tmp_path, text)).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    acc = docs[0].extra["accounts"]
    assert acc.stage == "budget"
    read = {r.name: v.dec for t in acc.tables for r in t.rows for v in r.values.values() if v.dec is not None}
    assert {k: read.get(k) for k in figures} == figures
    assert [f for f in check_accounts(docs[0]) if f.severity == "error"] == []
