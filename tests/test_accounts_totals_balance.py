"""A 决算's 说明 that states 收入总计 and 支出总计 in one sentence: the 收支总表's two sides balance (结转和结余 on both), so
two different totals are suspect (one misprinted, or a 合计 given under the 总计's name)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path


def _balance(tmp_path: Path, income: Decimal, spending: Decimal, stage: str) -> list[tuple[str, str | None]]:
    body = (f"某区民政局2024年度部门{stage}情况说明\n（一）收入支出{stage}总体情况说明\n"
            f"2024年度收入总计{income}万元,支出总计{spending}万元。主要原因是项目支出减少。\n")
    p = tmp_path / "notes.txt"
    p.write_text(body, encoding="utf-8")
    docs = read_path(p).documents
    assert len(docs) == 1
    return [(f.severity, f.reported) for f in check_accounts(docs[0]) if f.kind == "balance"]


@pytest.mark.parametrize("stage", ["决算", "预算"])
@pytest.mark.parametrize("seed", [1, 5])
def test_the_two_totals_stated_together_must_balance(tmp_path: Path, seed: int, stage: str) -> None:
    total = Decimal(random.Random(seed).randrange(10000, 900000)) / 100
    assert _balance(tmp_path, total, total, stage) == []
    slipped = total + Decimal("0.10")
    assert _balance(tmp_path, slipped, total, stage) == [("suspect", f"{slipped}")]
