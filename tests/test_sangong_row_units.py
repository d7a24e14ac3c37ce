"""三公 tables whose 合计 is not the plain sum of the items as printed (``tests/layouts/sangong_row_units.py``): rows in
units of their own give no error (a sum among them is not proven), a 合计 taking the 机关运行经费 in too is no mistake;
an item off is still said (a suspect in mixed units, an error in the office table)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.files import audited
from layouts.sangong_row_units import UNIT_SHAPES, office, units


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str]]:
    """The findings that report something (``layouts.files.audited``)."""
    return [(f.severity, f.kind) for f in audited(tmp_path, lines)[1]]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("shape", UNIT_SHAPES)
def test_rows_in_other_units_give_no_error(tmp_path: Path, seed: int, shape: str) -> None:
    assert "error" not in [s for s, _ in _found(tmp_path, units(seed, shape))]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("shape", UNIT_SHAPES)
def test_an_item_off_in_other_units_is_a_suspect(tmp_path: Path, seed: int, shape: str) -> None:
    found = _found(tmp_path, units(seed, shape, Decimal(300)))
    assert ("suspect", "three_public") in found and "error" not in [s for s, _ in found], found


@pytest.mark.parametrize("seed", range(4))
def test_a_total_with_the_office_costs_is_no_mistake(tmp_path: Path, seed: int) -> None:
    assert _found(tmp_path, office(seed)) == []


@pytest.mark.parametrize("seed", range(4))
def test_an_item_off_beside_the_office_costs_is_an_error(tmp_path: Path, seed: int) -> None:
    assert ("error", "three_public") in _found(tmp_path, office(seed, Decimal(3)))
