"""A budget execution table flattened to words is read by its rows' arithmetic (``accounts.exec_table``; generator:
``tests/layouts/exec_rows.py``): the columns confirmed by 完成预算% = 完成数 ÷ 预算数 and 比上年增长% = 完成数 ÷ 上年
完成数 − 1, a planted rate found at its row, and a table whose columns cannot be told never read."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.exec_rows import exec_rows
from layouts.files import one, write


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_rows_are_read_and_their_rates_hold(tmp_path: Path, seed: int) -> None:
    rows, text = exec_rows(seed)
    doc = one(tmp_path, text, "budget_disclosure")
    t = doc.extra["accounts"].tables[0]
    assert t.kind == "execution"
    assert {r.name: tuple(r.get(c).dec for c in ("上年完成数", "预算数", "完成数")) for r in t.rows} == rows
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


def test_a_rate_printed_wrong_is_found_at_its_row(tmp_path: Path) -> None:
    _, text = exec_rows(4, plant=True)
    found = [(f.kind, f.severity, f.row) for f in check_accounts(one(tmp_path, text, "budget_disclosure"))
             if f.severity != "info"]
    assert found == [("table_rate", "error", "增值税")]


def test_columns_the_arithmetic_does_not_confirm_are_never_read(tmp_path: Path) -> None:
    _, text = exec_rows(5, order="budget_first")
    rr = read_path(write(tmp_path, text))
    assert not [t for d in rr.documents for t in d.extra.get("accounts").tables if t.kind == "execution"]
    assert rr.documents or rr.unrecognised  # never silent
