"""A whole and the parts its 其中 lists in the text's own words (``accounts.notes_anylist``), on generated sentences
(``tests/layouts/notes_anylist.py``): the correct sentence is silent; a part ten units off makes the parts exceed the
whole, a ``suspect`` at the whole's line; a remark after the list, a change clause and a second whole after a ；are
no parts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.notes_anylist import PARTS, sentence


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None]]:
    p = tmp_path / "notes.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f.kind, f.severity, f.location.line if f.location else None) for f in audit_paths([str(p)]).findings
            if f.severity != "info" and f.kind == "total_sum"]


@pytest.mark.parametrize("seed", range(12))
def test_a_correct_list_is_silent_and_a_part_over_is_found(tmp_path: Path, seed: int) -> None:
    lines, at = sentence(seed)
    assert _found(tmp_path, lines) == []
    for part in range(len(PARTS[seed % len(PARTS)])):
        lines, at = sentence(seed, Decimal(10), part)
        assert _found(tmp_path, lines) == [("total_sum", "suspect", at)], (seed, part)
