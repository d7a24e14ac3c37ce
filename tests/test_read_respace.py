"""A document run onto one line, its lines a space apart (a sharing site's preview), is read again with its lines
given back at the spaces when nothing read it as it stands (``jixiao.read.respace``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from jixiao.read.respace import NOTE, respaced
from layouts.budget_items import budget_items


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_budget_explained_item_by_item_on_one_line(tmp_path: Path, seed: int) -> None:
    amounts, lines = budget_items(seed)
    p = tmp_path / "items.txt"
    p.write_text(" ".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    assert {r.name: r.get("金额").dec for r in docs[0].extra["accounts"].tables[0].rows} == amounts
    assert NOTE[0] in [x.message for x in docs[0].problems]


def test_only_long_lines_of_many_pieces_are_cut_and_spaced_letters_stay_together() -> None:
    short = "项目名称 农村道路养护 主管部门 交通运输局"
    assert respaced(short) == short
    long = "部 门 预 算 " + " ".join(f"第{k}项支出安排{k}万元" for k in range(1, 30))
    assert respaced(long).split("\n")[:3] == ["部门预算", "第1项支出安排1万元", "第2项支出安排2万元"]
