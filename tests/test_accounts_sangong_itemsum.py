"""A 三公 说明 whose item sentences sum their own workings ("预算费用3.5万元/人,共计7万元"): that 共计/总计 is the item's,
never read as the 三公 total (it was, and the 三公 identity then failed as an error on a correct text); a sentence
that lists two items or more and totals them still gives the total; a total printed above its items is found
(generator: ``tests/layouts/sangong_itemsum.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.sangong import TOTAL
from layouts.files import one
from layouts.sangong_itemsum import item_sum


def _totals(doc: object) -> list[object]:
    acc = doc.extra["accounts"]  # type: ignore[attr-defined]
    return [r.get("金额").dec for t in acc.tables for r in t.rows if r.item == TOTAL]


@pytest.mark.parametrize("seed", range(1, 9))
@pytest.mark.parametrize("closing", [False, True])
def test_an_items_own_sum_is_not_the_total(tmp_path: Path, seed: int, closing: bool) -> None:
    s = item_sum(seed, closing=closing)
    doc = one(tmp_path, s.text, "sangong")
    assert set(_totals(doc)) == {s.total}
    rows = {r.item: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert {k: rows.get(k) for k in s.items} == s.items
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_total_above_its_items_is_found(tmp_path: Path, seed: int) -> None:
    doc = one(tmp_path, item_sum(seed, plant=True).text, "sangong")
    assert [f.severity for f in check_accounts(doc) if f.kind == "three_public"] == ["error"]
