"""A 三公 table by source of funds under a bare 合计 header, the unit's 行政经费 (机关运行经费) as its first row: the
header's 合计 is no row (it was taken for one, the table then started past the 行政经费 row and its columns went
unnamed), the office row is read as 机关运行经费, the sources are columns; a 合计 above its items is found
(generator: ``tests/layouts/sangong_office.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.sangong import OFFICE
from layouts.files import one
from layouts.sangong_office import office

SHAPES = ("pipe_lines", "trailing_pipes", "pipes_no_lead", "pipes")


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_office_row_and_the_sources_are_read(tmp_path: Path, shape: str, seed: int) -> None:
    text, s, amount = office(seed, shape)
    doc = one(tmp_path, text, "sangong")
    [t] = doc.extra["accounts"].tables
    assert t.columns[1:] == ["一般公共预算", "政府性基金预算", "国有资本经营预算"] and "?" not in t.columns
    got = {r.item: r.values[t.columns[0]].dec for r in t.rows}
    assert got[OFFICE] == amount
    assert {k: got.get(k) for k in s.current} == s.current
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("shape", SHAPES)
def test_a_total_above_its_items_is_found(tmp_path: Path, shape: str) -> None:
    doc = one(tmp_path, office(4, shape, ("total",))[0], "sangong")
    assert {(f.kind, f.severity) for f in check_accounts(doc) if f.severity == "error"} == {("three_public", "error")}
