"""A news item on a 三公 budget with no heading, whose opening sentence states the 三公 total and the rest one item's
change (the 财政部 announcements as the press gives them): a 三公 statement of its own, its total read; a text
that opens on something else and gives one 三公 figure later is not one."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.model import Accounts
from jixiao.accounts.sangong import TOTAL
from jixiao.accounts.sangong_text import AMOUNT
from jixiao.read import read_path


def _news(seed: int) -> tuple[str, Decimal]:
    rng = random.Random(seed)
    year = 2012 + seed
    total = Decimal(rng.randrange(2000, 9000)) / 100
    fall = Decimal(rng.randrange(100, 900)) / 100
    rate = (fall / (total + fall) * 100).quantize(Decimal("0.1"))
    up = Decimal(rng.randrange(10, 300)) / 100
    return (f"某部{rng.randint(1, 12)}月{rng.randint(1, 28)}日公开的今年本级“三公”经费预算安排情况显示,{year}年本级“三公”"
            f"经费财政拨款预算{total}亿元,比去年年初预算减少{fall}亿元,下降{rate}%。与{year - 1}年预算执行数相比,"
            f"{year}年因公出国(境)费增加{up}亿元,主要受标准调整、任务增多等因素影响。\n", total)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_news_lead_stating_the_total_is_a_sangong_statement(tmp_path: Path, seed: int) -> None:
    text, total = _news(seed)
    p = tmp_path / "news.txt"
    p.write_text(text, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["sangong"]
    acc = docs[0].extra["accounts"]
    assert isinstance(acc, Accounts)
    [table] = acc.tables
    assert [(r.item, r.get(AMOUNT).dec) for r in table.rows] == [(TOTAL, total)]
    assert docs[0].year == 2012 + seed


def test_one_sangong_figure_later_in_a_text_is_no_statement(tmp_path: Path) -> None:
    text, _ = _news(4)
    p = tmp_path / "other.txt"
    p.write_text("某县召开全县经济工作会议,部署明年重点工作。会议指出," + text.replace("某部", "另据某部"), encoding="utf-8")
    assert [d.type for d in read_path(p).documents] != ["sangong"]
