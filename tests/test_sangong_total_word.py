"""A 三公 total said as 三公经费总计 / 共计 right before its amount (``tests/layouts/sangong_total_word.py``): read
under its name as printed, the word kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.corpus_match import _table_total

from jixiao.audit import audit_paths
from layouts.sangong_total_word import WORDS, total_word


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("word", WORDS)
def test_the_total_is_read_under_its_word(tmp_path: Path, seed: int, word: str) -> None:
    lines, label, total = total_word(seed, word)
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    docs = result.files[0].documents
    assert docs and _table_total(docs[0], label, str(total))
    assert [f for f in result.findings if f.severity in ("error", "suspect")] == []
