"""A short 三公 statement giving both stages of the year item by item (``tests/layouts/sangong_paired_stages.py``, eleven
wordings): each figure is of the stage its words give it (``accounts.sangong_stage``, ``accounts.sangong_each``), so a
consistent statement raises no 三公 error, and an item printed off in either stage is found at that stage's total."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.sangong_paired_stages import WORDINGS, rate_after_change


def _audit(tmp_path: Path, lines: list[str]) -> tuple[list[tuple[str, str, str]], list[tuple[str | None, str]]]:
    p = tmp_path / "sangong.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = audit_paths([str(p)])
    assert result.files and result.files[0].documents, "read as a document"
    found = [(f.kind, f.severity, f.message) for f in result.findings if f.severity in ("error", "suspect")]
    rows = [(r.item, r.get("金额").text or "") for d in result.files[0].documents
            for t in getattr(d.extra.get("accounts"), "tables", []) for r in t.rows]
    return found, rows


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("wording", sorted(WORDINGS))
def test_a_consistent_statement_is_silent_and_read_whole(tmp_path: Path, wording: str, seed: int) -> None:
    found, rows = _audit(tmp_path, WORDINGS[wording](seed, None))
    assert found == []
    # both stages of the reception are read (each item's two figures), never one amount twice for two items
    assert len([r for r in rows if r[0] == "公务接待费"]) == 2


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("stage", ["预算", "决算"])
@pytest.mark.parametrize("wording", sorted(WORDINGS))
def test_an_item_off_in_one_stage_is_found_at_that_stages_total(tmp_path: Path, wording: str, seed: int,
                                                                 stage: str) -> None:
    found, _ = _audit(tmp_path, WORDINGS[wording](seed, stage))
    sums = [f for f in found if f[0] == "three_public"]
    assert sums, found
    assert all(f"说明中{stage}" in m or stage in m for _, _, m in sums), sums
    assert any(sev == "error" for _, sev, _ in sums)


@pytest.mark.parametrize("seed", range(4))
def test_a_completion_rate_after_the_stages_difference_is_of_the_spending(tmp_path: Path, seed: int) -> None:
    found, _ = _audit(tmp_path, rate_after_change(seed))
    assert found == []
    found, _ = _audit(tmp_path, rate_after_change(seed, Decimal(5)))
    assert [(k, sev) for k, sev, _ in found] == [("text_percent", "error")]
