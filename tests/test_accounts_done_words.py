"""A completion rate said "占年初预算的x%", "为全年预算数的x%", "达到预算的x%" is the completion 完成预算的 says: the
spending over the budget said before it, checked as such (``accounts.text_rates``, ``accounts.sangong_claims``) —
generated statements (``tests/layouts/done_words.py``); a rate of a figure in 亿元 is not tied to a 万元 one."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.done_words import invent
from layouts.files import one


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, int | None]]:
    doc = one(tmp_path, "\n".join(lines) + "\n", "sangong")
    return sorted({(f.kind, f.location.line if f.location else None) for f in check_accounts(doc)
                   if f.severity in ("error", "suspect") and f.kind in ("text_percent", "text_compare")})


@pytest.mark.parametrize("seed", range(10))
def test_completion_in_every_wording_holds(tmp_path: Path, seed: int) -> None:
    assert _found(tmp_path, invent(seed)[0]) == []


@pytest.mark.parametrize("plant", ["total", "item"])
@pytest.mark.parametrize("seed", range(10))
def test_completion_off_in_every_wording_is_found_at_its_line(tmp_path: Path, seed: int, plant: str) -> None:
    lines, line = invent(seed, plant)
    found = _found(tmp_path, lines)
    assert found and {at for _, at in found} == {line}


@pytest.mark.parametrize("seed", range(4))
def test_a_rate_of_a_figure_in_yi_is_not_tied_to_a_wan_figure(tmp_path: Path, seed: int) -> None:
    lines, _ = invent(seed, yi=True)
    assert _found(tmp_path, lines) == []


@pytest.mark.parametrize("seed", range(6))
def test_a_budgets_share_of_the_whole_budget_is_no_completion(tmp_path: Path, seed: int) -> None:
    from layouts.done_words import budget_shares

    doc = one(tmp_path, "\n".join(budget_shares(seed)) + "\n", "budget_disclosure")
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(9))
def test_a_rate_of_the_spending_said_before_its_budget_holds(tmp_path: Path, seed: int) -> None:
    from layouts.done_words import spent_first

    assert _found(tmp_path, spent_first(seed)[0]) == []


@pytest.mark.parametrize("seed", range(9))
def test_a_rate_of_the_spending_said_before_its_budget_off_is_found(tmp_path: Path, seed: int) -> None:
    # "支出决算为18.60万元,年初预算为20.00万元,决算数占预算数的83%": the rate is 18.60 ÷ 20.00 = 93%, though the amount
    # right before it is the budget (missed before: read as the budget's share of itself and passed over)
    from layouts.done_words import spent_first

    lines, line = spent_first(seed, plant=True)
    assert {at for _, at in _found(tmp_path, lines)} == {line}

