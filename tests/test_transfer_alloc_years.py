"""An allocation table's amount columns under the year they are for (2031年补助金额 | 2030年提前下达 | 2031年实际下达)
or under a word for the whole that no column model lists (核定数): the first is the rows' whole, as the header's word
(the year aside) or every row's and the 合计's own arithmetic says, so the 合计 the rows add up to is the budget
read (``layouts.alloc_years``, every layout of ``test_transfer_allocgrid``). A 合计 planted one more than the rows
make is never read, and is a finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.alloc_years import dated
from test_transfer_allocgrid import LAYOUTS, NOTICE
from test_transfer_alloctree import _budget


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("named", [True, False])
@pytest.mark.parametrize("seed", range(4))
def test_the_dated_tables_total_is_read(tmp_path: Path, layout: str, named: bool, seed: int) -> None:
    rows, total, _ = dated(seed, named=named)
    path = tmp_path / "dated.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) == total
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("layout", ["pipes", "row_lines", "cell_per_line"])
@pytest.mark.parametrize("named", [True, False])
@pytest.mark.parametrize("seed", range(3))
def test_a_planted_total_is_found(tmp_path: Path, layout: str, named: bool, seed: int) -> None:
    rows, total, _ = dated(seed, planted=True, named=named)
    path = tmp_path / "dated.txt"
    path.write_text(NOTICE + LAYOUTS[layout](rows), encoding="utf-8")
    assert _budget(path) is None
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "table_total"]
    assert [f.recomputed for f in found] == [f"{total}"]
