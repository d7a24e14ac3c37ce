"""A 说明's spending line split into 基本支出 and 项目支出 right after its amount is read under the words that open
its clause, whatever they are (a 款 or 项 without 支出 at its end, after a list mark or its code): it was read only as
the split's 基本支出 (generator: ``tests/layouts/split_lines.py``); a line printed above its two kinds is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.split_lines import split_notes


@pytest.mark.parametrize("seed", range(1, 9))
def test_each_split_line_is_read_by_its_clause(tmp_path: Path, seed: int) -> None:
    s = split_notes(seed)
    doc = one(tmp_path, "\n".join(s.lines), "budget_disclosure")
    stated = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert {name: stated.get(name) for name in s.amounts} == s.amounts
    assert not any(name.startswith(("其中", "主要用于")) or name[:1].isdigit() for name in stated)
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_line_above_its_two_kinds_is_found(tmp_path: Path, seed: int) -> None:
    s = split_notes(seed, plant=True)
    doc = one(tmp_path, "\n".join(s.lines), "budget_disclosure")
    assert [(f.kind, f.row) for f in check_accounts(doc) if f.severity == "error"] == [("total_sum", s.planted)]
