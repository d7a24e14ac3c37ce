"""A 三公 item's change said after a bracket of its parts (``tests/layouts/sangong_parts_bracket.py``) is the item's:
its rate is checked on the item's own amount, silent when right, an error when off (before: the last part named in
the bracket took the change, a false suspect, and a wrong rate went unseen)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.sangong_parts_bracket import total, vehicles


def _found(tmp_path: Path, lines: list[str]) -> list[tuple[str, str, int | None]]:
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    assert result.files and result.files[0].documents, "read as a document"
    return [(f.kind, f.severity, f.location.line if f.location else None) for f in result.findings
            if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("layout", [vehicles, total])
def test_a_change_after_a_bracket_of_parts_is_the_items(tmp_path: Path, layout: object, seed: int) -> None:
    make = vehicles if layout is vehicles else total
    assert _found(tmp_path, make(seed)) == []
    found = _found(tmp_path, make(seed, Decimal(1)))
    assert [sev for _, sev, _ in found] == ["error"], found
