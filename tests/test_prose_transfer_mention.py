"""A 收支 stated in prose that mentions its 转移支付 amounts, with no 预算 and no 绩效 (generator:
``tests/layouts/prose_transfer_mention.py``): the budget's lines it states, not a transfer form read for the amount
or two its sentences mention; a performance report's text keeps its amounts the report's."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write
from layouts.prose_transfer_mention import stated


@pytest.mark.parametrize("section", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_budgets_lines_in_prose_mentioning_its_transfers(tmp_path: Path, seed: int, section: bool) -> None:
    text, figures = stated(seed, section)
    docs = read_path(write(tmp_path, text)).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    read = {r.name: v.dec for t in docs[0].extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert {k: read.get(k) for k in figures} == figures


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_performance_reports_text_is_not_the_budgets(tmp_path: Path, seed: int) -> None:
    text, _ = stated(seed, True, report=True)
    docs = read_path(write(tmp_path, text)).documents
    assert "budget_disclosure" not in [d.type for d in docs]
