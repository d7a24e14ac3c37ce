"""A rate the 情况说明 computed from unrounded figures and printed beside the rounded ones ("支出决算为0.12万元,完成预算
0.35万元的34.86%": 0.1243 ÷ 0.3521) is no mistake when the printed figures' own rounding allows it
(``accounts.text_rates.within_rounding``); a rate no rounding allows is still an error."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.text_rates import within_rounding
from jixiao.read import read_path

CENT, BP = Decimal("0.01"), Decimal("0.01")


def _doc(tmp: Path, spent: str, budget: str, rate: str):  # type: ignore[no-untyped-def]
    p = tmp / "s.txt"
    p.write_text("2023年某局一般公共预算财政拨款“三公”经费支出决算情况说明\n"
                 f"某局2023年度“三公”经费财政拨款支出决算为{spent}万元,完成全年预算{budget}万元的{rate}%。"
                 f"其中:公务接待费支出决算为{spent}万元,完成预算{budget}万元的{rate}%。\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["sangong"]
    return docs[0]


@settings(max_examples=40, deadline=None)
@given(st.integers(50, 2000), st.integers(1, 3000))
def test_a_rate_of_unrounded_figures_is_never_an_error(tmp_path_factory, spent_k: int, more_k: int) -> None:  # type: ignore[no-untyped-def]
    spent, budget = Decimal(spent_k) / 1000, Decimal(spent_k + more_k) / 1000  # three decimals behind the print
    rate = (spent / budget * 100).quantize(BP, ROUND_HALF_UP)
    s, b = spent.quantize(CENT, ROUND_HALF_UP), budget.quantize(CENT, ROUND_HALF_UP)
    assert within_rounding(s, b, str(rate)) or (s / b * 100).quantize(BP, ROUND_HALF_UP) == rate or s == 0
    doc = _doc(tmp_path_factory.mktemp("r"), str(s), str(b), str(rate))
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


def test_a_rate_no_rounding_allows_is_an_error(tmp_path: Path) -> None:
    assert not within_rounding(Decimal("0.12"), Decimal("0.35"), "40.00")
    assert within_rounding(Decimal("0.12"), Decimal("0.35"), "34.86")  # 0.1243 ÷ 0.3521
    found = [f for f in check_accounts(_doc(tmp_path, "0.12", "0.35", "40.00")) if f.severity == "error"]
    assert [f.kind for f in found] == ["text_percent", "text_percent"]
