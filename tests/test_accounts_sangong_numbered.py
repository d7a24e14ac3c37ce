"""A 三公 table whose rows open with their 序号 (序号 | 项目 | 金额; generator: ``tests/layouts/sangong_numbered.py``):
one document, each item's figure its own (the next row's 序号 is never a second value), a 合计 planted one 万元
high the one error."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.sangong_numbered import SHAPES, numbered


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("plant", [False, True])
def test_a_numbered_table_is_read_by_its_items(tmp_path: Path, shape: str, plant: bool) -> None:
    text, fig = numbered(4, shape, plant)
    doc = one(tmp_path, text, "sangong")
    (t,) = doc.extra["accounts"].tables
    assert t.columns == ["预算数"]
    assert {r.item: r.get("预算数").dec for r in t.rows} == {**fig, "合计": fig["合计"] + (1 if plant else 0)}
    found = [(f.kind, f.severity) for f in check_accounts(doc) if f.severity != "info"]
    assert found == ([("three_public", "error")] if plant else [])
