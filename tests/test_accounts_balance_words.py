"""A report's balance sentences are sums (``accounts.balance_words``; generator: ``tests/layouts/town_report.py``):
each 总计 is what it is said to be made of, a sentence that subtracts or lists parts is never read as a sum, and
a 总计 that lost its first digit is found on its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.files import one
from layouts.town_report import town_report


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_balance_sentences_add_up(tmp_path: Path, seed: int) -> None:
    r = town_report(seed)
    doc = one(tmp_path, "\n".join(r.lines), "final_accounts")
    stated = {x.name: x.get("金额").dec for t in doc.extra["accounts"].tables for x in t.rows}
    assert stated["全镇一般公共预算收入"] == r.own and stated["收入总计"] == r.total
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(doc, made=made) if f.severity != "info"] == []
    sums = [what for k, what, ok in made if k == "balance" and ok and "所说的各项之和" in what]
    assert len(sums) == 3  # 收入总计, 支出总计 (section 一) and 支出总计 (由…构成); the 其中 and 减 sentences not read


@pytest.mark.parametrize("seed", [1, 2])
def test_a_total_that_lost_its_first_digit_is_found(tmp_path: Path, seed: int) -> None:
    r = town_report(seed, plant=True)
    found = [f for f in check_accounts(one(tmp_path, "\n".join(r.lines), "final_accounts")) if f.severity != "info"]
    assert [(f.kind, f.severity, f.row, f.recomputed, f.location.line) for f in found] == [
        ("balance", "error", "支出总计", f"{r.total:.2f}", 9)]
