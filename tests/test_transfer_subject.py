"""A text about a transfer fund (``layouts.transfer_subject``: an allocation's news, a fund's announcement, a
transfer's 收支情况说明, a 下达 notice with or without its title) is left by the budget's prose reader
(``prose_figures``) to the transfer readers: one transfer document, the allocated amount (and the spending where
stated) read, never a budget disclosure. A budget's own text that recalls the transfers it received stays a budget."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.transfer_subject import CONTROLS, SHAPES, control, text


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", range(6))
def test_a_transfer_text_is_the_transfer_readers(tmp_path: Path, shape: str, seed: int) -> None:
    body, budget, executed = text(seed, shape)
    path = tmp_path / "t.txt"
    path.write_text(body, encoding="utf-8")
    docs = read_path(path).documents
    assert not [d for d in docs if d.type in ("budget_disclosure", "final_accounts")]
    transfers = [d for d in docs if d.extra.get("form") == "transfer" or d.type == "transfer"]
    assert len(transfers) == 1
    row = transfers[0].funds["total"]
    assert row.annual_budget.dec == budget
    if executed is not None:
        assert row.executed.dec == executed


@pytest.mark.parametrize("shape", CONTROLS)
@pytest.mark.parametrize("seed", range(4))
def test_a_budgets_text_stays_a_budget(tmp_path: Path, shape: str, seed: int) -> None:
    path = tmp_path / "b.txt"
    path.write_text(control(seed, shape), encoding="utf-8")
    assert [d.type for d in read_path(path).documents] == ["budget_disclosure"]
