"""A 合计 row whose label a tall cell split over two lines ("合" on a row of its own, "计" beside the figures) is the
table's total row, in a 三公 table and in a 部门支出总表, whatever became of the grid (generator:
``tests/layouts/split_total.py``); on main 9600427 its figures were lost (and a 三公 grid gave two documents)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts
from layouts.files import one
from layouts.split_total import SHAPES, sangong, spending


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("plant", [False, True])
def test_a_three_public_total_split_over_two_lines(tmp_path: Path, shape: str, plant: bool) -> None:
    text, fig = sangong(1, shape, plant)
    doc = one(tmp_path, text, "sangong")
    t = doc.extra["accounts"].tables[0]
    assert {r.item: (r.get("预算数").dec, r.get("决算数").dec) for r in t.rows} == fig
    found = [(f.kind, f.severity) for f in check_accounts(doc) if f.severity != "info"]
    assert found == ([("three_public", "error")] if plant else [])


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("plant", [False, True])
def test_a_spending_table_total_split_over_two_lines(tmp_path: Path, shape: str, plant: bool) -> None:
    text, (basic, project) = spending(2, shape, plant)
    doc = one(tmp_path, text, "budget_disclosure")
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts)
    t = acc.table("expenditure")
    assert t is not None
    total = next(r for r in t.rows if r.code is None and r.get("基本支出").dec is not None)
    assert (total.get("基本支出").dec, total.get("项目支出").dec) == (basic, project)
    assert bool([f for f in check_accounts(doc) if f.severity == "error"]) == plant
