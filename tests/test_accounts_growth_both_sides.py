"""A change said of both sides of a final account at once ("收入总计A万元,支出总计A万元。收、支与上年相比,减少C万元,
下降x%", the 部门决算 template of many districts): x is checked against the totals the text states for 收入 and 支出."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path

SUBJECTS = ("收、支", "收支", "收入和支出")


def text(seed: int, subject: str, slip: Decimal = Decimal(0)) -> tuple[str, str]:
    rng = random.Random(seed)
    now = Decimal(rng.randrange(50000, 900000)) / 100
    change = Decimal(rng.randrange(1000, 40000)) / 100
    down = rng.random() < 0.5
    prior = now + change if down else now - change
    rate = (change / prior * 100).quantize(Decimal("0.1"), ROUND_HALF_UP) + slip
    verb, word = ("减少", "下降") if down else ("增加", "增长")
    body = ("某区民政局2024年度部门决算情况说明\n（一）收入支出决算总体情况说明\n"
            f"1.总体情况。2024年度收入总计{now}万元,支出总计{now}万元。{subject}与2023年度相比,{verb}{change}万元,"
            f"{word}{rate}%,主要原因是项目支出减少。\n")
    return body, f"{rate}%"


def _growth(tmp_path: Path, body: str) -> list[tuple[str, str | None]]:
    p = tmp_path / "final.txt"
    p.write_text(body, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["final_accounts"]
    return [(f.severity, f.reported) for f in check_accounts(docs[0]) if f.kind == "text_growth"]


@pytest.mark.parametrize("seed", [1, 4, 8])
@pytest.mark.parametrize("subject", SUBJECTS)
def test_a_rate_of_both_sides_is_checked_against_their_totals(tmp_path: Path, subject: str, seed: int) -> None:
    assert _growth(tmp_path, text(seed, subject)[0]) == []
    body, planted = text(seed, subject, slip=Decimal(1))
    assert _growth(tmp_path, body) == [("suspect", planted)]
