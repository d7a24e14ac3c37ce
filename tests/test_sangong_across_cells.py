"""A 三公 table across the page, one cell a line, whose last cell is empty (``tests/layouts/sangong_across_cells.py``):
the figures go in order when the total = the items holds, the last column left unread; a table whose figures fill
every column reads as before."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from bench.corpus_match import _table_total

from layouts.files import audited
from layouts.sangong_across_cells import ORDERS, across_cells

_read = audited


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("last_blank", [True, False])
def test_figures_placed_in_order(tmp_path: Path, seed: int, order: str, last_blank: bool) -> None:
    lines, want = across_cells(seed, order, last_blank)
    doc, found = _read(tmp_path, lines)
    assert found == []
    for label, value in want.items():
        assert _table_total(doc, label, str(value)), (label, value)


def test_a_placement_the_arithmetic_contradicts_is_not_taken(tmp_path: Path) -> None:
    lines, want = across_cells(1, "run")
    total = str(want["“三公”经费合计"])
    lines = [str(Decimal(total) + 5) + " |" if x == total + " |" else x for x in lines]  # the total off: nothing confirms
    doc, found = _read(tmp_path, lines)
    assert not [f for f in found if f.severity == "error"]
    assert not _table_total(doc, "公务接待费", str(want["公务接待费"]))
