"""A bare 合计 after a colon in a 三公 statement is the total of what the words before the colon name, read under
those words and checked against the items (generator: ``tests/layouts/sangong_colon.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.sangong_colon import OWNERS, WORDS, colon_total


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize("word", WORDS)
def test_the_total_after_a_colon_is_read(tmp_path: Path, owner: str, word: str) -> None:
    text, total = colon_total(4, owner, word)
    doc = one(tmp_path, text, "sangong")
    rows = [r for t in doc.extra["accounts"].tables for r in t.rows if r.item == "合计"]
    assert [(r.get("金额").dec, "三公" in r.name) for r in rows] == [(total, True)]


@pytest.mark.parametrize("owner", OWNERS)
def test_a_total_printed_off_is_found(tmp_path: Path, owner: str) -> None:
    for plant in (False, True):
        text, _ = colon_total(7, owner, "合计", plant)
        found = [f for f in audit_paths([str(write(tmp_path, text, f"c{plant}.txt"))]).findings
                 if f.severity in ("error", "suspect", "warning")]
        assert [f.kind for f in found] == (["three_public"] if plant else []), [f.message for f in found]
