"""A 项目支出绩效目标表 published one cell a line reads its funds lines under their labels as printed (generator:
``tests/layouts/target_cells.py``): a label is the whole cell ending in a word for money, its amount the next cell or
glued after it; labels over a row of as many amounts are paired in order; the same project's last-year 执行数 does
not make the table a self-evaluation; a title that says 申报明细表 is a target table's."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.target_cells import SHAPES, WORDINGS, funds, text, title


@pytest.mark.parametrize("seed", [3, 11])
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("wording", WORDINGS)
def test_funds_lines_read_under_their_printed_labels(tmp_path: Path, wording: str, shape: str, seed: int) -> None:
    p = tmp_path / "target.txt"
    p.write_text(text(seed, wording, shape), encoding="utf-8")
    docs = [d for d in read_path(p).documents if d.type == "budget_disclosure"]
    assert [d.title for d in docs] == [f"{title(wording)}（2024年度）"]
    t = docs[0].extra["accounts"].tables[0]
    assert sorted((r.name, r.get("金额").dec) for r in t.rows) == sorted(funds(seed, wording))
    assert [f for f in check_accounts(docs[0]) if f.severity == "error"] == []
