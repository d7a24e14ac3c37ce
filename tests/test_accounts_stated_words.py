"""Words a 说明 states a line in that the readers did not know (generated texts, invented figures): a 三公 figure's
actual spending said beside its budget ("预算A万元,实际支出B万元"): the same item's, the change against the budget
checked; a government report's deficit ("收支总量相抵,赤字X亿元"): a line of its own."""

from __future__ import annotations

import random
import time
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.sangong import ABROAD, TOTAL
from layouts.files import one


def _spent(seed: int, off: Decimal = Decimal(0)) -> tuple[str, Decimal, Decimal]:
    rng = random.Random(seed)
    budget, spent = Decimal(rng.randrange(200000, 900000)) / 100, Decimal(rng.randrange(50000, 190000)) / 100
    abroad_b, abroad_s = Decimal(rng.randrange(10000, 40000)) / 100, Decimal(rng.randrange(1000, 9000)) / 100
    said = rng.choice(("实际支出", "实际支出数为"))
    less = budget - spent + off
    year = rng.randrange(2010, 2020)
    text = (f"{year}年,某{rng.choice(('部', '局', '委'))}“三公”经费财政拨款预算{budget}万元,{said}{spent}万元,"
            f"比预算减少{less}万元。其中因公出国(境)费财政拨款预算{abroad_b}万元,{said}{abroad_s}万元。\n")
    return text, spent, abroad_s


@pytest.mark.parametrize("seed", range(1, 6))
def test_the_actual_spending_beside_a_budget_is_the_items(tmp_path: Path, seed: int) -> None:
    text, spent, abroad = _spent(seed)
    doc = one(tmp_path, text, "sangong")
    rows = {(r.item, r.get("金额").dec) for t in doc.extra["accounts"].tables for r in t.rows}
    assert (TOTAL, spent) in rows and (ABROAD, abroad) in rows
    assert [f for f in check_accounts(doc) if f.severity in ("error", "suspect")] == []
    planted = one(tmp_path, _spent(seed, Decimal(10))[0], "sangong")
    assert [f for f in check_accounts(planted) if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("word", ["赤字", "财政赤字"])
def test_a_reports_deficit_is_a_line(tmp_path: Path, word: str) -> None:
    text = ("关于某市2024年预算执行情况和2025年预算草案的报告\n"
            "全市一般公共预算收入1234.5亿元,加上上级补助收入300亿元,收入总量为1534.5亿元。"
            f"一般公共预算支出1734.5亿元,支出总量为1734.5亿元。收支总量相抵,{word}200亿元,与预算持平。\n")
    doc = one(tmp_path, text)
    stated = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert any(name.endswith(word) and v == 200 for name, v in stated.items())


def _stated_time(text: str) -> float:
    from jixiao.accounts.sangong_text import stated_sangong
    from jixiao.core.source import Source

    start = time.perf_counter()
    stated_sangong([("“三公”经费情况说明", Source("x", line=1)), (text, Source("x", line=2))])
    return time.perf_counter() - start


@pytest.mark.parametrize("unit", ["公务接待费预算1万元,实际支出1万元,共计1万元,", "2024年预算安排1万元,"])
def test_a_sangong_statement_is_read_in_linear_time(unit: str) -> None:
    """One paragraph of repeated statements with no sentence end: four times the text takes about four times as long
    (each amount's line was found by searching the whole line again: 2 s at 2,000 repeats, 30 s at 8,000)."""
    # (the fastest of a few runs: a machine busy with other work slows one run, never all of them)
    small = min(_stated_time(unit * 1000) for _ in range(3))
    large = min(_stated_time(unit * 4000) for _ in range(2))
    assert large <= 6 * small + 0.5, (small, large)
