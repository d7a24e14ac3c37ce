"""A report's balance sentences are sums (``accounts.balance_words``; generator: ``tests/layouts/town_report.py``):
each 总计 is what it is said to be made of, a sentence that subtracts or lists parts is never read as a sum, and
a 总计 that lost its first digit is found on its line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jixiao.accounts.balance_words import balance_word_findings
from jixiao.accounts.checks import check_accounts
from jixiao.accounts.identity import Ctx
from jixiao.core.source import Source
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


@pytest.mark.parametrize("words", ["，加" * 10000, "1万元" + "。加" * 10000,
                                   "收入总计3万元,由1万元" + "，加" * 10000])
def test_a_long_paragraph_that_never_closes_its_sum_is_read_at_once(words: str) -> None:
    """20,000 characters of 加 with no total after them (or 由 with no 构成): no sum, and in well under a second
    (each search is bounded: before, '，加' * 10000 took 4 s and '1万元' + '。加' * 10000 took 19 s)."""
    ctx = Ctx("t")
    begun = time.perf_counter()
    assert [f for f in balance_word_findings(ctx, [(words, [(words, Source("t.txt", line=1))])]) if f] == []
    assert time.perf_counter() - begun < 1.5 and ctx.made == []
