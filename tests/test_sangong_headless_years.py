"""A 三公 table whose total row prints no label and whose 因公出国(境)费 prints only its amounts
(``tests/layouts/sangong_headless_years.py``): the bare figures after the header are the 合计 when they are the items'
sum in the columns every item fills, the header before them names the columns (this year, last year, 增减额, 增减率),
so the changes are checked; the 说明's 预算数 beside a 决算 table without a 预算数 column is no figure of the table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from bench.corpus_match import _table_total

from layouts.files import audited
from layouts.sangong_headless_years import headless_years

_audit = audited


@pytest.mark.parametrize("seed", range(5))
def test_the_unlabelled_total_and_the_columns_are_read(tmp_path: Path, seed: int) -> None:
    lines = headless_years(seed)
    doc, found = _audit(tmp_path, lines)
    assert found == [], [(f.severity, f.message) for f in found]
    total = lines[lines.index("增、减幅度") + 2]
    assert _table_total(doc, "合计", total)
    t = doc.extra["accounts"].tables[0]
    assert sorted(t.roles.values()) == ["change", "current", "prior", "rate"]


@pytest.mark.parametrize("seed", range(5))
def test_a_change_off_is_found_on_its_row(tmp_path: Path, seed: int) -> None:
    _, found = _audit(tmp_path, headless_years(seed, Decimal("1.00")))
    assert [(f.severity, f.row) for f in found if f.kind == "three_public"] == [("error", "公务接待费")], found
