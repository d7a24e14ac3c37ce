"""Allocation tables in shapes fresh notices print (``layouts.alloc_unseen``), in every layout of
``test_transfer_allocgrid`` (pipes, collapsed, one cell a line, rows flattened to spaces …): a classification code
(51301, 2130505) under a code column is text, never an amount or the next row (it made a one-row table read as the
whole); an amount with a remark in brackets (10(其中,灾情因素6万元)) is that amount; a numbered table's 小计 rows
without a 序号 are its groups, and its 合计 is read where the members add up to it. A 合计 planted one more than the
rows is never read; a flat table's is a finding, a tree's is not (its sums are never reported)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.alloc_unseen import coded, numbered_groups
from test_transfer_allocgrid import LAYOUTS, NOTICE
from test_transfer_alloctree import _budget


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(6))
def test_a_code_column_is_no_amount(tmp_path: Path, layout: str, seed: int) -> None:
    rows, total = coded(seed)
    path = tmp_path / "coded.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(3))
def test_a_planted_total_beside_codes_is_found(tmp_path: Path, layout: str, seed: int) -> None:
    rows, total = coded(seed, planted=True)
    path = tmp_path / "coded.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) is None
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert [(f.row, f.recomputed) for f in found] == [(rows[-2][0], f"{total}")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", range(6))
def test_subtotal_rows_without_a_number(tmp_path: Path, layout: str, seed: int) -> None:
    rows, total = numbered_groups(seed)
    path = tmp_path / "groups.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_planted_total_over_groups_is_not_read(tmp_path: Path, layout: str) -> None:
    rows, _ = numbered_groups(5, planted=True)
    path = tmp_path / "groups.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) is None
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]
