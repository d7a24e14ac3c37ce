"""A 三公 statement whose vehicles' figure is printed wrong, each figure on a paragraph of its own
(``tests/layouts/sangong_vehicles_slip.py``): both sums fail, and the total is the other items with the vehicles' own
parts, so the vehicles' figure is the one wrong — an error on it, however far apart the figures stand; with the total
off too, which figure is wrong is not settled (suspects only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.sangong_vehicles_slip import SLIPS, vehicles_slip


def _found(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    assert result.files and result.files[0].documents, "read as a document"
    return [f for f in result.findings if f.severity in ("error", "suspect", "warning") and f.kind == "three_public"]


@pytest.mark.parametrize("seed", range(4))
def test_printed_right_nothing_is_said(tmp_path: Path, seed: int) -> None:
    lines, _ = vehicles_slip(seed, None)
    assert _found(tmp_path, lines) == []


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("slip", SLIPS)
def test_the_vehicles_slip_is_an_error_on_the_vehicles(tmp_path: Path, seed: int, slip: str) -> None:
    lines, at = vehicles_slip(seed, slip)
    found = _found(tmp_path, lines)
    assert [(f.severity, f.location.line) for f in found] == [("error", at)], [(f.severity, f.message) for f in found]
    assert "公务用车" in (found[0].row or "")


@pytest.mark.parametrize("seed", range(4))
def test_with_the_total_off_too_only_suspects(tmp_path: Path, seed: int) -> None:
    lines, _ = vehicles_slip(seed, "off", total_off=3)
    found = _found(tmp_path, lines)
    assert found and all(f.severity == "suspect" for f in found), [(f.severity, f.message) for f in found]
