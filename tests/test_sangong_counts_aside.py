"""A 三公 table across the page with counts among its heads (``tests/layouts/sangong_counts_aside.py``): the counts'
figures are read past, the amounts placed under their heads, and a 合计 off is found."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from bench.corpus_match import _table_total

from layouts.files import audited
from layouts.sangong_counts_aside import SHAPES, WHERE, counts_aside

_audit = audited


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("where", WHERE)
def test_the_amounts_are_read_past_the_counts(tmp_path: Path, seed: int, shape: str, where: str) -> None:
    lines, want = counts_aside(seed, shape, where)
    doc, found = _audit(tmp_path, lines)
    assert found == [], [(f.severity, f.message) for f in found]
    for label, value in want.items():
        assert _table_total(doc, label, str(value)), (label, value)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("where", WHERE)
def test_a_total_off_is_found(tmp_path: Path, seed: int, shape: str, where: str) -> None:
    lines, _ = counts_aside(seed, shape, where, Decimal(2))
    _, found = _audit(tmp_path, lines)
    assert [(f.severity, f.kind) for f in found] == [("error", "three_public")], [(f.severity, f.message) for f in found]
