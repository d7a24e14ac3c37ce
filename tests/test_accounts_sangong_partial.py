"""A 三公 text that states its total and only some of the items (generated: ``layouts.sangong_partial``): the items
stated never add to more than the total (a planted excess is found, suspect, at the total's line); with an item
stated as 0 they are all of it (a planted short total is found too); without one, a total above its items proves
nothing (the items may not be all) and nothing is said; the correct texts give no finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.files import write
from layouts.sangong_oneline import news
from layouts.sangong_partial import invent


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None]]:
    p = write(tmp_path, "\n".join(lines) + "\n", "sangong.txt")
    (doc,) = read_path(p).documents
    assert doc.type in ("sangong", "budget_disclosure")
    return [(f.kind, f.severity, f.location.line if f.location else None)
            for f in check_accounts(doc) if f.severity != "info"]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("zero", [True, False])
def test_items_against_their_total(tmp_path: Path, seed: int, zero: bool) -> None:
    assert _found(tmp_path, invent(seed, zero).lines) == []
    over = invent(seed, zero, "over")
    assert _found(tmp_path, over.lines) == [("three_public", "suspect", over.line)]
    short = invent(seed, zero, "short")
    assert _found(tmp_path, short.lines) == ([("three_public", "suspect", short.line)] if zero else [])


@pytest.mark.parametrize("seed", range(6))
def test_two_years_on_one_line_each_by_its_own_sentence(tmp_path: Path, seed: int) -> None:
    """A line stating this year's budget with its items and, a sentence later, last year's execution (two totals on
    one line, the line's first year the same for both): each figure goes with its own sentence's year, and the budget's
    items are summed against the budget (``layouts.sangong_oneline``); a planted item is found at the line."""
    assert _found(tmp_path, news(seed)) == []
    assert _found(tmp_path, news(seed, off=True)) == [("three_public", "error", 1)]
