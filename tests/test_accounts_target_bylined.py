"""A target table whose title does not say 表 is still the table's title when its byline and the header's first cells
stand between it and 项目名称 (generator: ``tests/layouts/target_bylined.py``): the projects' amounts are read as the
budget disclosure's, and no project self-evaluation is made of the table's indicators."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.target_bylined import FIRST, SHAPES, TITLE, amounts, text


@pytest.mark.parametrize("first", FIRST)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_title_without_biao_over_its_byline_and_header(tmp_path: Path, shape: str, first: str) -> None:
    p = tmp_path / "targets.txt"
    p.write_text(text(6, shape, first), encoding="utf-8")
    docs = read_path(p).documents
    assert [(d.type, d.title) for d in docs] == [("budget_disclosure", TITLE)]
    t = docs[0].extra["accounts"].tables[0]
    assert [(r.name, r.get("金额").dec) for r in t.rows] == amounts(6)
