"""A disclosure's tables with some of no template kind among them (generator: ``tests/layouts/budget_sets.py``): the
list of projects (…项目支出预算表 / …项目支出决算表) is read by its labels, never as the 支出表 (so no sum of 类 it
does not hold is set against the 收支总表's total), the tables after it stay the same disclosure's, and the 政府性基金's
own 三公 table beside the 一般公共预算 one does not start another document."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.labelled import LABELLED
from jixiao.read import read_path
from layouts.budget_sets import numbered_set, with_targets
from layouts.files import write

_TYPE = {"budget": "budget_disclosure", "final": "final_accounts"}


@pytest.mark.parametrize("stage", ["budget", "final"])
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_list_of_projects_among_the_tables(tmp_path: Path, seed: int, stage: str) -> None:
    text, figures = numbered_set(seed, stage)
    docs = read_path(write(tmp_path, text)).documents
    assert [d.type for d in docs] == [_TYPE[stage]]
    acc = docs[0].extra["accounts"]
    kinds = [t.kind for t in acc.tables]
    assert "expenditure" not in kinds and LABELLED in kinds
    assert kinds.count("three_public") == 2 and "gov_fund" in kinds
    summary = acc.table("summary")
    assert summary is not None
    assert {k: v.dec for r in summary.rows for k, v in ((r.name, r.get(summary.columns[0])),)
            if r.name in ("收入总计", "支出总计")} == {"收入总计": figures["收入总计"], "支出总计": figures["支出总计"]}
    three = acc.table("three_public")
    assert three is not None
    assert [r.get(three.columns[0]).dec for r in three.rows if r.name == "合计"] == [figures["三公"]]
    assert [f for f in check_accounts(docs[0]) if f.severity == "error"] == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_long_text_between_the_tables_ends_the_set(tmp_path: Path, seed: int) -> None:
    """More than a title's worth of text before the list: the tables after it are read apart."""
    text, _ = numbered_set(seed, "budget", gap=True)
    docs = read_path(write(tmp_path, text)).documents
    first = docs[0].extra["accounts"]
    assert [t.kind for t in first.tables][0] == "summary" and first.table("gov_fund") is None
    assert all(f.severity != "error" for d in docs for f in check_accounts(d))


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_target_table_beside_a_budget_that_never_says_so_is_the_budgets(tmp_path: Path, seed: int) -> None:
    """The project's target table (targets, no execution, no score) is no self-evaluation form bound into the page."""
    text, figures = with_targets(seed)
    docs = read_path(write(tmp_path, text)).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    summary = docs[0].extra["accounts"].table("summary")
    assert summary is not None
    assert {r.name: r.get(summary.columns[0]).dec for r in summary.rows if r.name in figures} == figures
