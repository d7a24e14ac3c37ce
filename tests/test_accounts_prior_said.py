"""A change stated with last year's figure in its own clause (``accounts.text_prior``; the rate's base in
``accounts.text_rates``), on generated 情况说明 (``layouts.accounts_prior``): correct statements give nothing, a change
10 off is an error at its line, a rate two points off a suspect at its line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.accounts_prior import carried, notes
from layouts.files import write


def _found(tmp_path: Path, text: str) -> list[tuple[str, str, int | None]]:
    result = audit_paths([str(write(tmp_path, text))])
    assert [d.type for f in result.files for d in f.documents] == ["final_accounts"]
    return [(f.kind, f.severity, f.location.line) for f in result.findings if f.severity != "info"]


@pytest.mark.parametrize("seed", range(6))
def test_changes_with_last_years_figure_that_hold_give_nothing(tmp_path: Path, seed: int) -> None:
    assert _found(tmp_path, notes(seed)) == []


@pytest.mark.parametrize("seed", range(6))
def test_a_change_that_is_not_the_two_figures_difference_is_an_error(tmp_path: Path, seed: int) -> None:
    found = _found(tmp_path, notes(seed, "change"))
    assert ("text_compare", "error", 5) in found
    assert all(line == 5 for _, _, line in found)  # (its rate, of the change as printed, may be off too)


@pytest.mark.parametrize("seed", range(6))
def test_a_rate_is_of_last_years_figure_the_clause_states(tmp_path: Path, seed: int) -> None:
    assert _found(tmp_path, notes(seed, "rate")) == [("text_growth", "suspect", 7)]


@pytest.mark.parametrize("seed", range(4))
def test_a_years_carry_over_in_one_sentence(tmp_path: Path, seed: int) -> None:
    """年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余: holding, nothing; 0.10 off, a suspect at the line."""
    def said(text: str) -> list[tuple[str, str, int | None]]:
        result = audit_paths([str(write(tmp_path, text))])
        assert result.files[0].documents
        return [(f.kind, f.severity, f.location.line) for f in result.findings
                if f.kind == "balance" and f.severity != "info"]

    assert said(carried(seed)) == []
    assert said(carried(seed, Decimal("0.10"))) == [("balance", "suspect", 3)]
