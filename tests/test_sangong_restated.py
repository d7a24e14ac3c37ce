"""A 三公 statement giving each item twice (``tests/layouts/sangong_restated.py``): when the opening sentence's total
fails and one item's other statement is the figure that makes it, the slip is reported on that item."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.sangong_restated import ITEMS, restated


def _found(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    assert result.files and result.files[0].documents, "read as a document"
    return [f for f in result.findings if f.severity in ("error", "suspect") and f.kind == "three_public"]


@pytest.mark.parametrize("seed", range(4))
def test_printed_right_nothing_is_said(tmp_path: Path, seed: int) -> None:
    lines, _ = restated(seed, None)
    assert _found(tmp_path, lines) == []


@pytest.mark.parametrize("seed", range(4))
def test_the_reception_slip_is_on_the_reception(tmp_path: Path, seed: int) -> None:
    lines, at = restated(seed, ITEMS[0])
    found = _found(tmp_path, lines)
    totals = [f for f in found if "合计 =" in f.message]
    assert totals and all(f.row == "公务接待费" and f.location.line == at for f in totals), [(f.row, f.message) for f in found]
