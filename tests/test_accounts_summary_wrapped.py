"""A 收支总表's total labels wrapped over two lines (本年收入 / 合计, 收入 / 总计) are joined again, each with its own
side's figure, whether the grid is kept, one cell a line or rows at spaces (generator:
``tests/layouts/summary_wrapped.py``); on main 9600427 the grid gave no total at all, the words gave a row named
合计 (or the spending side's name with the income's figure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.summary_wrapped import SHAPES, blank_above_total, summary


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("plant", [False, True])
def test_the_wrapped_totals_with_their_figures(tmp_path: Path, shape: str, plant: bool) -> None:
    w = summary(3, shape, plant)
    doc = one(tmp_path, w.text, "budget_disclosure")
    rows = {r.name: next(iter(r.values.values())).dec for t in doc.extra["accounts"].tables for r in t.rows
            if r.values}
    assert {k: rows.get(k) for k in w.figures} == w.figures
    assert "合计" not in rows and "总计" not in rows  # no total left without the words of its side
    errors = [f for f in check_accounts(doc) if f.severity == "error"]
    assert bool(errors) == plant


@pytest.mark.parametrize("seed", range(3))
def test_a_blank_line_above_a_bare_total_is_no_wrapped_label(tmp_path: Path, seed: int) -> None:
    """A line left blank (事业收入, 住房保障支出 …) right above a bare 合计 row is a line of its own: never joined to
    the total as its wrapped first part (事业收入合计 580.00 and no 合计, on 0c42923); only a total's own words wrap."""
    w = blank_above_total(seed)
    doc = one(tmp_path, w.text, "budget_disclosure")
    rows = [(r.name, next(iter(r.values.values())).dec) for t in doc.extra["accounts"].tables for r in t.rows
            if r.values]
    blank = [k for k in w.figures if k != "合计"]
    assert [v for k, v in rows if k == "合计"] == [w.figures["合计"]] * 2
    assert [k for k, _ in rows if k in blank] == blank and not any(k.endswith("合计") and k != "合计" for k, _ in rows)
