"""项目支出绩效目标表 in other templates' wordings (generator: ``tests/layouts/target_wordings.py``): a title that does
not say 表 still makes the table a budget disclosure's, and 资金总额 labelled with its unit is read with its amount."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.target_wordings import SHAPES, TITLE, funds, text


@pytest.mark.parametrize("seed", [2, 7])
@pytest.mark.parametrize("shape", SHAPES)
def test_a_title_without_biao_and_a_total_with_its_unit(tmp_path: Path, shape: str, seed: int) -> None:
    p = tmp_path / "target.txt"
    p.write_text(text(seed, shape), encoding="utf-8")
    docs = [d for d in read_path(p).documents if d.type == "budget_disclosure"]
    assert [d.title for d in docs] == [TITLE]
    t = docs[0].extra["accounts"].tables[0]
    assert t.unit == "万元"
    assert sorted((r.name, r.get("金额").dec) for r in t.rows) == sorted(funds(seed))
    assert [f for f in check_accounts(docs[0]) if f.severity == "error"] == []
