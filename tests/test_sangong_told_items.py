"""A slip in one cell of a 三公 table whose 说明 states every item (``tests/layouts/sangong_told_items.py``): the
finding stands on the item the sum and the 说明 both contradict, not on the 合计; a slip in the 合计 stays there."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.sangong_told_items import SHAPES, SLIPS, told_items


def _errors(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    assert result.files and result.files[0].documents, "read as a document"
    return [f for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("shape", SHAPES)
def test_no_slip_no_error(tmp_path: Path, seed: int, shape: str) -> None:
    lines, _ = told_items(seed, shape, None)
    assert _errors(tmp_path, lines) == []


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("slip", SLIPS)
def test_the_slip_is_found_on_its_row(tmp_path: Path, seed: int, shape: str, slip: str) -> None:
    lines, at = told_items(seed, shape, slip)
    errors = [f for f in _errors(tmp_path, lines) if f.kind == "three_public"]
    assert errors, "the sum fails"
    assert all((f.row or "").endswith(slip) for f in errors), [(f.row, f.message) for f in errors]
    assert any(f.location.line == at for f in errors), [(f.row, f.location, f.message) for f in errors]
