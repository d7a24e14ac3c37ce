"""A government's 决算 under a short title of its own that says 决算 (某某县2022年财政决算情况) is final accounts, though its
sentences say 调整预算 of every line (为调整预算的101.2%: words a count of stage words takes for a budget's); a title
that says 预算 decides nothing (a page titled 预算执行情况 may publish its 决算), nor does a breadcrumb or a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path


def _text(title: str, income: int, spent: int) -> str:
    return "\n".join([title, "发布时间：2023-08-20",
                      f"2022年一般公共预算收入完成{income}万元，为调整预算的101.2%，增长5.3%。一般公共预算支出完成{spent}万元，"
                      "为调整预算的98.6%。",
                      f"政府性基金预算收入完成{income // 2}万元，为调整预算的99.1%，政府性基金预算支出完成{spent // 3}万元。"]) + "\n"


def _types(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return [(d.type, d.extra["accounts"].stage) for d in read_path(p).documents]


@pytest.mark.parametrize("title", ["某某县2022年财政决算情况", "2022年度全市财政决算", "某某区2022年决算 情况"])
def test_a_title_that_says_final_makes_it_final(tmp_path: Path, title: str) -> None:
    assert _types(tmp_path, _text(title, 52310, 186420)) == [("final_accounts", "final")]


@pytest.mark.parametrize("title", ["首页 > 财政预决算 > 某某县2022年财政决算情况", "某某县2022年财政收支情况"])
def test_no_title_of_its_own_leaves_the_words_to_count(tmp_path: Path, title: str) -> None:
    assert _types(tmp_path, _text(title, 52310, 186420)) == [("budget_disclosure", "budget")]
