"""Changes said with a word between the verb and the amount (``tests/layouts/sangong_spent_change.py``: 减少支出613.80
万元): the amount is the change, not the figure compared with, so a right rate gives nothing and a wrong one is
found on the total."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from layouts.files import audited
from layouts.sangong_spent_change import spent_change


def _found(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    """The findings that report something (``layouts.files.audited``)."""
    return audited(tmp_path, lines)[1]


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("word", ["支出", "开支"])
def test_a_right_rate_gives_nothing(tmp_path: Path, seed: int, word: str) -> None:
    found = _found(tmp_path, spent_change(seed, word=word))
    assert found == [], [(f.severity, f.message) for f in found]


@pytest.mark.parametrize("seed", range(5))
def test_a_wrong_rate_is_found_on_the_total(tmp_path: Path, seed: int) -> None:
    found = _found(tmp_path, spent_change(seed, Decimal("4.9")))
    assert [(f.severity, f.location.line) for f in found] == [("error", 1)], [(f.severity, f.message) for f in found]
