"""A 项目支出绩效目标表 its print broke is still one target table (generator: ``tests/layouts/target_breaks.py``): a
title wrapped over lines, between two words or inside one, is the table's title, and the project form the project
readers make of the same cells (targets alone) gives way to it; a title printed again with 续 where a page breaks the
funds block goes on with the table before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.target_breaks import BREAKS, SHAPES, funds, text, title


@pytest.mark.parametrize("seed", [5, 8])
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("brk", BREAKS)
def test_a_broken_target_table_is_one_table(tmp_path: Path, brk: str, shape: str, seed: int) -> None:
    p = tmp_path / "target.txt"
    p.write_text(text(seed, brk, shape), encoding="utf-8")
    docs = read_path(p).documents
    assert [(d.type, d.title) for d in docs] == [("budget_disclosure", title(brk))]
    t = docs[0].extra["accounts"].tables[0]
    assert [(r.name, r.get("金额").dec) for r in t.rows] == funds(seed)
    assert [f for f in check_accounts(docs[0]) if f.severity == "error"] == []
