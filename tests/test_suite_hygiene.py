"""The suite itself: the seed tests read the repository's own copy (samples/), so a fresh clone runs them
rather than skipping them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_five_seeds_are_in_the_repository() -> None:
    assert sorted(p.name[:3] for p in (ROOT / "samples").glob("00[0-4]_*.txt")) == ["000", "001", "002", "003", "004"]


def test_no_test_reads_files_outside_the_repository() -> None:
    outside = [
        f"{p.name}:{n}"
        for p in sorted((ROOT / "tests").glob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""["']/work/""", line)
    ]
    assert outside == []
