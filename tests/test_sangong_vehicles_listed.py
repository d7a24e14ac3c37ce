"""The vehicles' figure of a 决算 statement with its two parts listed under it (``tests/layouts/sangong_vehicles_listed.py``):
vehicles = purchase + running is checked there (``accounts.sangong_vehicles``), silent when it holds, an error at the
vehicles' line when the running cost listed under it is off; at the running cost's own line where the text proves it
is the slip (no car bought, the purchase's line says so, and the vehicles' figure makes the 三公 total)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.sangong_vehicles_listed import listed
from test_sangong_sentence_sets import _found  # (the statement audited, its 三公 findings by line)


@pytest.mark.parametrize("seed", range(6))
def test_the_parts_listed_under_the_vehicles_make_it(tmp_path: Path, seed: int) -> None:
    lines, _ = listed(seed)
    assert _found(tmp_path, lines) == []
    lines, at = listed(seed, Decimal(1))
    assert _found(tmp_path, lines) == [("error", at)]


@pytest.mark.parametrize("seed", range(6))
def test_the_running_cost_is_the_slip_where_the_text_says_nothing_was_bought(tmp_path: Path, seed: int) -> None:
    lines, _ = listed(seed, none_said=True)
    assert _found(tmp_path, lines) == []
    lines, at = listed(seed, Decimal(1), none_said=True)
    assert _found(tmp_path, lines) == [("error", at + 2)]
