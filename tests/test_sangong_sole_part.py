"""The vehicles' parts adding to more than a subtotal the 合计 keeps, one part printed above 0
(``tests/layouts/sangong_sole_part.py``): that part is the slip (no part can be less than nothing), reported on it;
parts short of the subtotal, or two parts above 0, leave it on the subtotal."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.sangong_sole_part import SHAPES, sole_part


def _errors(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    assert result.files and result.files[0].documents, "read as a document"
    return [(f.row, f.location.line) for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("shape", SHAPES)
def test_the_running_over_is_found_on_the_running(tmp_path: Path, seed: int, shape: str) -> None:
    lines, at = sole_part(seed, shape, Decimal(10))
    found = _errors(tmp_path, lines)
    assert [line for _, line in found] == [at] and (found[0][0] or "").endswith("公务用车运行维护费"), found


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("off", "buy"), [(Decimal(-10), False), (Decimal(10), True)])
def test_otherwise_it_stays_on_the_subtotal(tmp_path: Path, seed: int, shape: str, off: Decimal, buy: bool) -> None:
    lines, _ = sole_part(seed, shape, off, buy)
    assert [row for row, _ in _errors(tmp_path, lines)] == ["公务用车费"]
