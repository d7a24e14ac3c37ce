"""A 三公 change whose base is said as last year's amount beside this year's ("决算18.60万元,上年决算22.00万元,同比减少
3.40万元", "2022年为9.80万元", "(上年22.00万元)"), with no 比/较 before it, is checked against the two amounts the
sentence gives (``accounts.sangong_claims``: the amount said as last year's is the base, never the item's own):
generated statements (``tests/layouts/prior_said.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.prior_said import invent, led, saved


def _found(tmp_path: Path, lines: list[str]) -> set[int | None]:
    doc = one(tmp_path, "\n".join(lines) + "\n", "sangong")
    return {f.location.line if f.location else None for f in check_accounts(doc)
            if f.severity in ("error", "suspect") and f.kind in ("text_compare", "text_growth", "text_percent")}


@pytest.mark.parametrize("seed", range(12))
def test_changes_on_last_years_said_amount_hold(tmp_path: Path, seed: int) -> None:
    assert _found(tmp_path, invent(seed)[0]) == set()


@pytest.mark.parametrize("plant", ["total", "item"])
@pytest.mark.parametrize("seed", [0, 1, 2, 4, 5, 6, 10])
def test_a_change_off_on_last_years_said_amount_is_found_at_its_line(tmp_path: Path, seed: int, plant: str) -> None:
    lines, line = invent(seed, plant)
    assert _found(tmp_path, lines) == {line}


@pytest.mark.parametrize("seed", [3, 7, 11])
def test_a_rate_off_on_last_years_amount_in_brackets_is_found(tmp_path: Path, seed: int) -> None:
    lines, line = invent(seed, "rate")
    assert _found(tmp_path, lines) == {line}


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("wording", [saved, led], ids=["saving_on_the_budget_said_before", "comparison_the_sentence_opens_with"])
def test_a_change_said_without_its_own_comparison_is_checked(tmp_path: Path, seed: int,
                                                             wording: Callable[..., tuple[list[str], int]]) -> None:
    """"…预算为20万元,实际支出18.6万元,节约1.5万元" (a saving on the budget said before it) and "与2022年相比,“三公”经费支出
    减少3.40万元" (the comparison the sentence opens with): each holds, and planted off is found at its line."""
    lines, line = wording(seed)
    assert _found(tmp_path, lines) == set()
    lines, line = wording(seed, plant=True)
    assert _found(tmp_path, lines) == {line}


def test_a_templates_change_is_no_base(tmp_path: Path) -> None:
    """安徽怀远徐圩乡's 说明 keeps its template's words: "公务接待费预算11.52万元,比上年增加(减少)0万元,…与上年估计持平".
    The 0万元 is the change the template's 增加(减少) says, not last year's amount: read as the base, it was a suspicion
    that 持平 is really an increase of 11.52. An amount said after 比上年 is still the base."""
    said = "(二)公务接待费预算11.52万元,比上年增加(减少)0万元,同比增长(下降)0%,增长(下降)原因主要是招待费用与上年估计持平。"
    assert _found(tmp_path, ["“三公”经费预算说明", said]) == set()
    based = "(二)公务接待费预算11.52万元,比上年9.52万元持平。"
    assert _found(tmp_path, ["“三公”经费预算说明", based]) == {2}
