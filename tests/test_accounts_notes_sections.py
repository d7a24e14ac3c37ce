"""A 说明 page in words alone, its title then its accounts' own sections stating no figure (generator:
``tests/layouts/notes_sections.py``): the disclosure it says it is, of its stage, with no table and a problem saying
nothing could be read — never a file not recognised."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import one
from layouts.notes_sections import words_only

_TYPE = {"budget": "budget_disclosure", "final": "final_accounts"}


@pytest.mark.parametrize("stage", ["budget", "final"])
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_a_notes_page_in_words_alone(tmp_path: Path, seed: int, stage: str) -> None:
    doc = one(tmp_path, words_only(seed, stage), _TYPE[stage])
    acc = doc.extra["accounts"]
    assert acc.stage == stage and acc.tables == [] and doc.year is not None
    assert [p.message.split("（")[0] for p in doc.problems] == ["只有标题与说明的开头"]
