"""A 收支总表 in two halves side by side, each half's cells one after the other under its side's head, is one table:
both sides' lines read, 收入总计 = 支出总计 checked (generator: ``tests/layouts/summary_halves.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.summary_halves import SHAPES, halves


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", [1, 2])
def test_both_halves_are_read(tmp_path: Path, shape: str, seed: int) -> None:
    text, fig = halves(seed, shape)
    doc = one(tmp_path, text, "budget_disclosure")
    read = {r.name: v.dec for t in doc.extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert {k: read.get(k) for k in fig} == fig
    assert [f for f in check_accounts(doc) if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("shape", SHAPES)
def test_a_total_off_is_found(tmp_path: Path, shape: str) -> None:
    text, _ = halves(3, shape, plant=True)
    doc = one(tmp_path, text, "budget_disclosure")
    assert [f.severity for f in check_accounts(doc) if f.severity in ("error", "suspect")] == ["error"]
