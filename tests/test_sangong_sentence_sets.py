"""A 三公 text that says some figures twice is checked set by set, each figure of its sentence's own stage and year
(``accounts.sangong_sets``), on generated pages (``tests/layouts/sangong_sentence_sets.py``): a correct page is
silent; an item ten units off is found at its total, an ``error`` when the items stand on the total's line or the line
straight after it, a ``suspect`` when gathered from lines apart."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.sangong_sentence_sets import goes_on, line_stages, year_lines


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, int | None]]:
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    assert result.files and result.files[0].documents, "read as a document"
    return [(f.severity, f.location.line if f.location else None) for f in result.findings
            if f.kind == "three_public" and f.severity != "info"]


@pytest.mark.parametrize("seed", range(6))
def test_one_lines_spending_with_its_budget_beside_it(tmp_path: Path, seed: int) -> None:
    lines, _ = line_stages(seed)
    assert _found(tmp_path, lines) == []
    lines, at = line_stages(seed, Decimal(10))
    assert _found(tmp_path, lines) == [("error", at)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(("line", "severity"), [(2, "error"), (3, "suspect")])
def test_each_years_items_on_their_line_against_the_first_lines_totals(tmp_path: Path, seed: int, line: int,
                                                                        severity: str) -> None:
    lines, _ = year_lines(seed)
    assert _found(tmp_path, lines) == []
    lines, _ = year_lines(seed, Decimal(10), line)
    assert _found(tmp_path, lines) == [(severity, 1)]


@pytest.mark.parametrize("seed", range(6))
def test_a_sentence_that_opens_with_its_items(tmp_path: Path, seed: int) -> None:
    lines, _ = goes_on(seed)
    assert _found(tmp_path, lines) == []
    lines, at = goes_on(seed, Decimal(10))
    assert _found(tmp_path, lines) == [("error", at)]
