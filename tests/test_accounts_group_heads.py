"""A classified table whose two header rows reached the text flattened (generator: ``tests/layouts/group_heads.py``):
the first row's group name (预算数, 2024年预算数, 本年预算, 本年支出, 决算数) stands before the total (合计, 小计) it heads and
is no column of its own, so each row's amounts fill 合计 | 基本支出 | 项目支出 and the total row is read whole (before,
the group name made four columns and the total row came out empty); a total's 基本支出 that its classes do not make is
found. Printed one cell a line with its blank cells as lone pipes, the pieces the text reader cuts it into at those
pipes are one table again (``recognise.accounts_runs``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.files import write
from layouts.group_heads import GROUPS, SHAPES, table


@pytest.mark.parametrize("planted", [False, True])
@pytest.mark.parametrize(("total", "last"), [("合计", False), ("总计", True), ("合计", True)])
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("stage", "group"), [(s, g) for s, gs in GROUPS.items() for g in gs])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_group_name_over_the_total_is_no_column(tmp_path: Path, seed: int, stage: str, group: str, shape: str,
                                                   total: str, last: bool, planted: bool) -> None:
    text, figures = table(seed, stage, group, shape, total, last, planted)
    docs = read_path(write(tmp_path, text)).documents
    assert len(docs) == 1 and docs[0].extra["accounts"].stage == stage
    t = docs[0].extra["accounts"].tables[0]
    assert t.kind == "gp_expenditure" and t.columns == list(figures)
    row = next(r for r in t.rows if r.total or r.name == "合计")
    assert {c: row.get(c).dec for c in figures} == figures
    errors = [f for f in check_accounts(docs[0]) if f.severity == "error"]
    assert bool(errors) == planted
    assert all("基本支出" in f.message for f in errors)
