"""A funds row whose numbers ran together (``年度资金总额:32.431.691097.80%9``) is placed by the form's own
arithmetic: the placement in which 执行率 = 全年执行数 ÷ 全年预算数 holds is taken over those that leave the rate
unchecked, and when no placement holds at all the one split the rate confirms is read in label order (the
audit then reports what does not hold). Never a placement that the arithmetic does not confirm."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from jixiao.read.recognise.placement import place

COLUMNS = ["initial_budget", "annual_budget", "executed", "weight", "rate", "score"]


def _texts(texts: list[str]) -> tuple[str, dict[str, str]]:
    placed = place(texts, COLUMNS)
    return placed.how, {k: it.text for k, it in placed.values.items()}


def test_the_placement_the_rate_confirms_is_taken() -> None:
    # 年初预算数 blank; the score printed in whole points (9 for 10 × 97.80%): three placements fit as well, but
    # only this one ties the rate to the amounts
    assert _texts(["32.431.691097.80%9"]) == (
        "by arithmetic",
        {"annual_budget": "32.4", "executed": "31.69", "weight": "10", "rate": "97.80%", "score": "9"})


def test_the_split_the_rate_confirms_is_read_in_label_order_when_nothing_holds() -> None:
    # the funds row carries the form's total (分值 100, 得分 98): no placement holds, the rate confirms one split
    assert _texts(["150", "150", "125.25", "10083.5%98"]) == (
        "label order",
        {"initial_budget": "150", "annual_budget": "150", "executed": "125.25", "weight": "100", "rate": "83.5%",
         "score": "98"})


def test_amounts_run_into_the_weight_confirm_nothing() -> None:
    # 2456.1810 would make the rate hold at 100%, but no amount is printed to four decimals beside 2456.18
    how, values = _texts(["2456.182456.181010100%10"])
    assert how == "ambiguous" and "executed" not in values


def test_a_weight_is_never_read_with_four_decimals() -> None:
    # 21 | 10.50 | 10 | 50.00% | 5 also reads as 2 | 1 | 10.5010 | 50.00% | 5 (1 ÷ 2 = 50%, 10.501 × 50% ≈ 5): no
    # weight is printed so, and the amounts are left missing rather than placed wrong
    how, values = _texts(["2110.501050.00%5"])
    assert how == "ambiguous" and values == {"weight": "10", "rate": "50.00%", "score": "5"}


@settings(max_examples=200, deadline=None)
@given(cents=st.integers(1_000, 9_999_999), share=st.integers(500, 1000))
@example(cents=2205700, share=909)  # 2205720049.811090.90%9: its true reading was past the first 400 tried
def test_run_together_rows_are_placed_right_or_left_missing(cents: int, share: int) -> None:
    """Property: a row with its 年初预算数 blank and a score in whole points, run together, is never misplaced."""
    budget = Decimal(cents) / 100
    executed = (budget * share / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    rate = (executed / budget * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    score = (10 * rate / 100).quantize(Decimal(1), ROUND_DOWN)
    truth = {"annual_budget": budget, "executed": executed, "weight": Decimal(10), "rate": rate, "score": score}
    placed = place([f"{budget}{executed}10{rate}%{score}"], COLUMNS)
    assert all(truth.get(k) == it.value for k, it in placed.values.items())
