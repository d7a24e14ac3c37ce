"""A transfer's sum whose 其中 list does not make it (福州's 直达资金总额75.20亿元, 其中 61.02 + 13.78 = 74.80) is still
read where the stated rate, printed with decimals, is the spending ÷ the budget with it (支出45.76亿元,支付率为60.8%),
a problem saying so and the list's disagreement still reported; where the rate does not confirm it, it stays unread."""

from __future__ import annotations

import random
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write


def _text(seed: int, rate_off: bool = False) -> tuple[str, Decimal, Decimal, Decimal]:
    rng = random.Random(seed)
    central, local = Decimal(rng.randint(3000, 9000)) / 100, Decimal(rng.randint(500, 2000)) / 100
    budget = central + local + Decimal("0.40")  # the list misses 0.40 of the whole
    spent = (budget * Decimal(rng.randint(40, 90)) / 100).quantize(Decimal("0.01"))
    rate = (spent / budget * 100).quantize(Decimal("0.1"), ROUND_DOWN) + (Decimal(3) if rate_off else 0)
    text = ("东市2021年1-8月直达资金预算执行情况\n"
            f"截至2021年8月底,全市财政直达资金总额{budget}亿元,分配率99.5%。其中:中央安排直达资金全市{central}亿元,"
            f"地方安排直达资金{local}亿元,分配率99.5%。\n"
            f"截至2021年8月底,全市直达资金总量{budget}亿元,支出{spent}亿元,支付率为{rate}%。\n")
    return text, budget, spent, rate


@pytest.mark.parametrize("seed", range(6))
def test_the_rate_confirms_the_sum(tmp_path: Path, seed: int) -> None:
    text, budget, spent, rate = _text(seed)
    path = write(tmp_path, text)
    (doc,) = read_path(path).documents
    row = doc.funds["total"]
    assert (row.annual_budget.dec, row.executed.dec, row.rate.dec) == (budget, spent, rate)
    assert any("取为预算（下达）数" in p.message for p in doc.problems)
    assert [f.kind for f in audit_paths([str(path)]).findings if f.severity == "suspect"] == ["said_parts_sum"]


def test_a_rate_that_does_not_confirm_it_leaves_it_unread(tmp_path: Path) -> None:
    text, _, spent, _ = _text(2, rate_off=True)
    (doc,) = read_path(write(tmp_path, text)).documents
    row = doc.funds["total"]
    assert row.annual_budget.dec is None and row.executed.dec == spent
