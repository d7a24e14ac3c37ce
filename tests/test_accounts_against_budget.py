"""A figure against its budget with the gap said (``accounts.text_prior.budget_change_findings``; generated:
``layouts.against_budget``): the gap must be the two figures' difference; in every wording, right gives no finding,
a gap ten units of its last place off is an error at its line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.findings import Finding
from layouts.against_budget import gap_text


def _compared(tmp_path: Path, lines: list[str]) -> list[Finding]:
    p = tmp_path / "report.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    assert result.files[0].documents, "read as a document"
    return [f for f in result.findings if f.kind == "text_compare" and f.severity != "info"]


@pytest.mark.parametrize("seed", range(12))
def test_a_gap_to_the_budget_is_the_difference(tmp_path: Path, seed: int) -> None:
    lines, _ = gap_text(seed)
    assert _compared(tmp_path, lines) == []
    ten = Decimal("0.10") if seed % 2 else Decimal(10)
    lines, gap = gap_text(seed, ten)
    found = _compared(tmp_path, lines)
    assert [(f.severity, f.location.line, f.reported) for f in found] == [("error", 3, gap)], found
