"""A year between a 三公 label and its amount is no stop: the total and the items are read under their items, and a
total the items do not add up to is found (generator: ``tests/layouts/sangong_year_label.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.sangong_year_label import year_inside


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("plant", [False, True])
def test_a_year_between_each_label_and_its_amount(tmp_path: Path, seed: int, plant: bool) -> None:
    body, said = year_inside(seed, plant)
    doc = one(tmp_path, body, "sangong")
    got = {r.item: r.get("金额").dec for r in doc.extra["accounts"].tables[0].rows}
    assert got == said
    found = [f for f in check_accounts(doc) if f.severity != "info"]
    assert [(f.kind, f.severity) for f in found] == ([("three_public", "error")] if plant else [])
