"""A completion rate said "占年初预算的x%", "为全年预算数的x%", "达到预算的x%" is the completion 完成预算的 says: the
spending over the budget said before it, checked as such (``accounts.text_rates``, ``accounts.sangong_claims``) —
generated statements (``tests/layouts/done_words.py``); a rate of a figure in 亿元 is not tied to a 万元 one."""

from __future__ import annotations

from decimal import Decimal
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



@pytest.mark.parametrize(("whole", "budget", "part", "rate"), [
    ("340774", "365074", "31694", "92.3"), ("12850.5", "13002.7", "1204.3", "88.1"), ("5630", "6100", "410", "97")])
@pytest.mark.parametrize("one_line", [False, True])
def test_a_rate_whose_budget_is_not_stated_is_never_of_another_rates_budget(tmp_path: Path, whole: str, budget: str,
                                                                           part: str, rate: str, one_line: bool) -> None:
    """"…支出完成340774万元,完成预算365074万元的93.3%。(1)一般公共服务支出31694万元,完成预算的92.3%": the line's own budget
    is not stated, and the budget before belongs to the rate stated with it; not checked, whether the lines stand
    apart or were run onto one (a document-sharing preview). A rate after the budget it is of is still checked."""
    own = (Decimal(whole) / Decimal(budget) * 100).quantize(Decimal("0.1"))
    lines = ["2.支出执行情况。", f"全县一般公共预算支出完成{whole}万元,完成预算{budget}万元的{own}%。",
             f"(1)一般公共服务支出{part}万元,完成预算的{rate}%;"]
    assert _in_report(tmp_path, lines, one_line) == []
    wrong = [*lines[:-1], f"(2)教育支出预算为{budget}万元,支出{whole}万元,完成预算的{own + 2}%。"]
    assert _in_report(tmp_path, wrong, one_line) == [("text_percent", 1 if one_line else 4)]


def _in_report(tmp_path: Path, lines: list[str], one_line: bool) -> list[tuple[str, int | None]]:
    head = "示例县2020年预算执行情况和2021年预算草案的报告"
    text = " ".join([head, *lines]) if one_line else "\n".join([head, *lines])
    doc = one(tmp_path, text + "\n", "budget_disclosure")
    return sorted({(f.kind, f.location.line if f.location else None) for f in check_accounts(doc)
                   if f.severity in ("error", "suspect") and f.kind in ("text_percent", "text_compare")})
