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


HEAD = "某县某局2023年度部门决算情况说明\n一、收入支出决算总体情况\n2023年度收入总计{t}万元，支出总计{t}万元。\n二、收入决算情况\n"


@pytest.mark.parametrize(("whole", "part", "prior"), [("520", "480", "500"), ("1316.42", "1207.5", "1290.02")])
def test_a_change_after_a_part_may_be_the_wholes(tmp_path: Path, whole: str, part: str, prior: str) -> None:
    """…合计520万元，其中财政拨款收入480万元，比上年决算数500万元增加20万元: the change is the whole's (review 2
    finding 8); one that fits neither the whole nor the part is still found, as a suspect (its subject unsure)."""
    def said(change: Decimal) -> list[tuple[str, str, int | None]]:
        text = (HEAD.format(t=Decimal(whole) + 80) + f"2023年度本年收入合计{whole}万元，其中财政拨款收入{part}万元，比上年"
                f"决算数{prior}万元增加{change}万元，主要原因是人员增加。\n")
        return [f for f in _found(tmp_path, text) if f[0] == "text_compare"]

    assert said(Decimal(whole) - Decimal(prior)) == []
    assert said(Decimal(whole) - Decimal(prior) + 10) == [("text_compare", "suspect", 5)]


def test_a_long_paragraph_of_mistaken_changes_costs_linear_time(tmp_path: Path) -> None:
    """Each mistaken change names its line from a bounded look back, never the whole paragraph split again (review 2
    finding 5: ×11.6 CPU for ×4 lines)."""
    import time

    def cost(n: int) -> float:
        text = HEAD.format(t=600) + "本年收入合计520万元，比上年决算数480万元增加30万元，" * n + "\n"
        p = write(tmp_path, text)
        start = time.process_time()
        audit_paths([str(p)], jobs=0)
        return time.process_time() - start

    cost(10)  # (the first audit loads the code lists)
    small, large = min(cost(300) for _ in range(2)), min(cost(2400) for _ in range(2))
    assert large < 11 * small + 0.05, f"300: {small:.3f}s, 2400: {large:.3f}s"
