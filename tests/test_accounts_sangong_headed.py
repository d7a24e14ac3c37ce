"""A 三公 说明 set out under numbered item headings after an opening that says it sets the figures out, with no
total or its total in the opening: a 三公 statement (it was not recognised), each item's amount read under the item
its heading or its quoted name gives (generator: ``tests/layouts/sangong_headed.py``); a total below its items found."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.sangong_headed import headed


@pytest.mark.parametrize("seed", range(1, 9))
@pytest.mark.parametrize("total", [False, True])
def test_items_under_their_headings_are_read(tmp_path: Path, seed: int, total: bool) -> None:
    h = headed(seed, total=total)
    doc = one(tmp_path, h.text, "sangong")
    rows = [(r.item, r.get("金额").dec) for t in doc.extra["accounts"].tables for r in t.rows]
    for item, amount in h.amounts.items():
        assert (h.read[item], amount) in rows
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_total_below_its_items_is_found(tmp_path: Path, seed: int) -> None:
    doc = one(tmp_path, headed(seed, total=True, plant=True, prior=False).text, "sangong")
    # "error" when the cars are given whole, "suspect" when by their 运行费 alone (the items may not be all)
    assert [f.severity for f in check_accounts(doc) if f.kind == "three_public"] in (["error"], ["suspect"])
