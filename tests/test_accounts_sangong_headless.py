"""A 三公 table whose 合计 label and header were lost gives its total row from the bare figures before the first item
when, and only when, they are the items' sum in every column (generator: ``tests/layouts/sangong_headless.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.sangong_headless import SHAPES, headless


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_lost_total_row_is_read(tmp_path: Path, shape: str, seed: int) -> None:
    text, total = headless(seed, shape)
    doc = one(tmp_path, text, "sangong")
    rows = [r for r in doc.extra["accounts"].tables[0].rows if r.item == "合计"]
    assert [tuple(v.dec for v in r.values.values()) for r in rows] == [total]


@pytest.mark.parametrize("shape", SHAPES)
def test_figures_that_do_not_add_up_are_no_total(tmp_path: Path, shape: str) -> None:
    text, _ = headless(4, shape, off=True)
    doc = one(tmp_path, text, "sangong")
    assert not [r for r in doc.extra["accounts"].tables[0].rows if r.item == "合计"]
    assert not [f for f in check_accounts(doc) if f.severity == "error"]
