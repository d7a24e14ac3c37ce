"""A 收入支出决算总表 with a 行次 column on each side and a 栏次 row (generator: ``tests/layouts/summary_grid.py``):
the 行次 numbers are no amounts (they were read as a column of their own and checked first: five false errors),
every line's 金额 read, a planted 本年收入合计 found."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts import render
from layouts.files import one
from layouts.summary_grid import SHAPES, rowno


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("plant", [False, True])
def test_the_line_numbers_are_no_amounts(tmp_path: Path, shape: str, plant: bool) -> None:
    rows, fig = rowno(3, plant)
    doc = one(tmp_path, "某县审计局2023年度部门决算\n收入支出决算总表\n单位：万元\n" + getattr(render, shape)(rows),
              "final_accounts")
    (t,) = doc.extra["accounts"].tables
    assert t.columns == ["金额"] and "栏次" not in {r.name for r in t.rows}
    got = {(r.printed or r.name): r.get("金额").dec for r in t.rows}  # (总计 is read as 收入总计 and 支出总计, printed 总计)
    assert got == {**fig, "本年收入合计": fig["本年收入合计"] - (10 if plant else 0)}
    found = {(f.kind, f.row) for f in check_accounts(doc) if f.severity == "error"}
    assert ("total_sum", "本年收入合计") in found if plant else found == set()
