"""三公 tables whose 合计 or vehicles' subtotal is left blank above printed parts (``tests/layouts/sangong_unprinted.py``):
the blank is a sum not printed, never a zero, so no identity fails on it and the 说明's figures are not held against
it; the 说明's own total against its own items is still checked, and a total that leaves an item out is found there."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.files import audited
from layouts.sangong_unprinted import BLANKS, SHAPES, unprinted


def _audit(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    """The findings that report something (``layouts.files.audited``)."""
    return audited(tmp_path, lines)[1]


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("blank", BLANKS)
@pytest.mark.parametrize("prior", [False, True])
def test_a_whole_left_blank_is_no_mistake(tmp_path: Path, seed: int, shape: str, blank: str, prior: bool) -> None:
    g = unprinted(seed, shape, blank, prior)
    found = [(f.kind, f.severity, f.message) for f in _audit(tmp_path, g.lines)]
    assert found == []


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("blank", BLANKS)
def test_the_statements_total_leaving_the_vehicles_out_is_found(tmp_path: Path, seed: int, shape: str,
                                                                blank: str) -> None:
    g = unprinted(seed, shape, blank, True)
    cars = unprinted(seed, shape, blank, True).total - Decimal(g.lines[-1].split("公务接待费支出预算为")[1].split("万元")[0])
    g = unprinted(seed, shape, blank, True, -cars)
    found = _audit(tmp_path, g.lines)
    sums = [f for f in found if f.kind == "three_public" and f.severity == "error" and f.location.line == g.told_line]
    assert sums and sums[0].recomputed == str(g.total), [(f.kind, f.severity, f.message) for f in found]
