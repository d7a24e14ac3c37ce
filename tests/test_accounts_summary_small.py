"""A small unit's 收入支出决算总表 with a 行次 column on each side, reached the text without its grid, whose amounts are
one or two digits: an amount right after its line's 行次 is read as the line's, never taken for a number (the
reader dropped 87, 58, 45 as 行次), and the 行次 of a line whose label is blank is no amount of the line before
it (generator: ``tests/layouts/summary_small.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.summary_small import SHAPES, small


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_small_amounts_after_their_line_number_are_read(tmp_path: Path, shape: str, seed: int) -> None:
    text, figures = small(seed, shape)
    doc = one(tmp_path, text, "final_accounts")
    rows = {r.name: v.dec for t in doc.extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert {k: rows.get(k) for k in figures} == figures
    # the blank-label lines' 行次 (7, 8 …) are given to no line: the spending lines without an amount hold none
    assert rows.get("文化旅游体育与传媒支出") is None and rows.get("外交支出") is None
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("shape", SHAPES)
def test_totals_that_do_not_balance_are_found(tmp_path: Path, shape: str) -> None:
    doc = one(tmp_path, small(5, shape, plant=True)[0], "final_accounts")
    assert [(f.kind, f.row) for f in check_accounts(doc) if f.severity == "error"] == [("balance", "收入总计")]
