"""Two figures of a line and the difference the text states between them ("支出A万元,年初预算为B万元,差值为D万元"):
|A − B| = D, an error at the line where it does not hold (``accounts.notes_parts.difference_findings``) —
generated 三公 statements (``tests/layouts/difference_said.py``) in varied wordings, orders and units."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.difference_said import invent
from layouts.files import one


def _sums(tmp_path: Path, lines: list[str]) -> tuple[list[tuple[str, int | None]], int]:
    doc = one(tmp_path, "\n".join(lines) + "\n", "sangong")
    made: list[tuple[str, str, bool]] = []
    found = check_accounts(doc, made=made)
    held = sum(1 for k, w, ok in made if k == "total_sum" and w.startswith("两数之差") and ok)
    return [(f.severity, f.location.line if f.location else None) for f in found
            if f.kind == "total_sum" and f.message.startswith("两数之差")], held


@pytest.mark.parametrize("seed", range(9))
def test_every_stated_difference_is_checked_and_holds(tmp_path: Path, seed: int) -> None:
    found, held = _sums(tmp_path, invent(seed)[0])
    assert found == [] and held == 4


@pytest.mark.parametrize("seed", range(9))
def test_a_difference_off_is_an_error_at_its_line(tmp_path: Path, seed: int) -> None:
    lines, line = invent(seed, plant=True)
    found, held = _sums(tmp_path, lines)
    assert found == [("error", line)] and held == 3
