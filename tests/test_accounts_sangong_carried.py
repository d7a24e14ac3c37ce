"""A 三公 item's change stated in the sentence (or clause after ；) that follows the one naming the item, without
naming it again, is checked against the item's row (``accounts.sangong_claims``: the subject carried); the reading
is chosen, so a change that does not hold is ``suspect``, never ``error``. A sentence after one naming two items has
no subject and is not checked (generated pages: ``tests/layouts/sangong_carried.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.sangong_carried import text
from layouts.sangong_words import invent


def _said(tmp_path: Path, page: str) -> tuple[list[tuple[str, str, str | None, int | None]], list[str]]:
    doc = one(tmp_path, page, "sangong")
    made: list[tuple[str, str, bool]] = []
    found = check_accounts(doc, made=made)
    held = [w for k, w, ok in made if k == "text_compare" and ok]
    return [(f.kind, f.severity, f.row, f.location.line if f.location else None) for f in found
            if f.severity != "info"], held


@pytest.mark.parametrize("seed", range(8))
def test_a_change_said_after_its_item_is_checked_and_holds(tmp_path: Path, seed: int) -> None:
    page, _ = text(invent(seed), seed)
    found, held = _said(tmp_path, page)
    assert found == []
    assert len([w for w in held if w.startswith("情况说明「")]) == 3  # the three item sentences, each tied to its row


@pytest.mark.parametrize("seed", range(8))
def test_a_change_said_after_its_item_that_does_not_hold_is_suspected_at_its_row(tmp_path: Path, seed: int) -> None:
    page, line = text(invent(seed), seed, plant=True)
    found, _ = _said(tmp_path, page)
    compared = [f for f in found if f[0] == "text_compare"]
    assert [(sev, row, at) for _, sev, row, at in compared] == [("suspect", "公务接待费", line)]


@pytest.mark.parametrize("seed", range(4))
def test_a_sentence_after_two_items_is_of_neither(tmp_path: Path, seed: int) -> None:
    page, _ = text(invent(seed), seed, plant=True, two=True)
    found, _ = _said(tmp_path, page)
    assert [f for f in found if f[0] == "text_compare" and f[2] == "公务接待费"] == []
