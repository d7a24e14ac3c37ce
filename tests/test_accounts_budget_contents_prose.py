"""A 部门预算's 目录 and then its 说明 in prose, no table (generator: ``tests/layouts/budget_contents_prose.py``): the
page is the budget it names, with the totals its prose states, in every wording; the 目录's entry 财政拨款收支总表 is
never taken for a table whose cells would be the prose (which made it a 决算 of misread figures on main 9600427)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts
from layouts.budget_contents_prose import WORDINGS, page
from layouts.files import one


@pytest.mark.parametrize("wording", WORDINGS)
@pytest.mark.parametrize("seed", [1, 2])
def test_the_totals_the_prose_states(tmp_path: Path, wording: str, seed: int) -> None:
    p = page(seed, wording)
    doc = one(tmp_path, p.text, "budget_disclosure")
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts) and acc.stage == "budget"
    stated = {r.name: v.dec for t in acc.tables for r in t.rows for v in r.values.values()}
    assert {k: stated.get(k) for k in p.figures} == p.figures
    assert not any("收支总表" in t.title for t in acc.tables)  # no table read from the prose under a 目录 entry
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []
