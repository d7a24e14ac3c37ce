"""The vehicles' figure of a 决算 statement with its two parts listed under it (``tests/layouts/sangong_vehicles_listed.py``):
vehicles = purchase + running is checked there (``accounts.sangong_vehicles``), silent when it holds, an error at the
vehicles' line when the running cost listed under it is off."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.sangong_vehicles_listed import listed


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, int | None]]:
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    assert result.files and result.files[0].documents, "read as a document"
    return [(f.severity, f.location.line if f.location else None) for f in result.findings
            if f.kind == "three_public" and f.severity != "info"]


@pytest.mark.parametrize("seed", range(6))
def test_the_parts_listed_under_the_vehicles_make_it(tmp_path: Path, seed: int) -> None:
    lines, _ = listed(seed)
    assert _found(tmp_path, lines) == []
    lines, at = listed(seed, Decimal(1))
    assert _found(tmp_path, lines) == [("error", at)]
