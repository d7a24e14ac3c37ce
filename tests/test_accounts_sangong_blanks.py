"""A 三公 table whose zero cells are printed blank, in text that keeps no cell separator (one cell a line, or a
row's cells apart by spaces): a row short of figures is read in order when that adds up, else placed by the
table's arithmetic, else left unsure; never an error made of a figure read under the wrong column (generator:
``tests/layouts/sangong.py``, ``zero_blank``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.sangong import VANISHING, invent, text

MODELS = ("yoy", "years", "actual_budget", "of_which")


def _read(tmp_path: Path, body: str) -> Document:
    p = tmp_path / "blanks.txt"
    p.write_text(body, encoding="utf-8")
    docs = [d for d in read_path(p).documents if d.type == "sangong"]
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("shape", VANISHING)
@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("seed", range(1, 7))
def test_blank_zeros_never_put_a_figure_under_another_column(tmp_path: Path, seed: int, model: str, shape: str) -> None:
    s = invent(seed, model, zero_blank=True)
    doc = _read(tmp_path, text(s, shape))
    t = next(t for t in doc.extra["accounts"].tables if t.kind == "three_public")
    for row in t.rows:
        for col, cell in zip(s.columns, s.values[row.item or ""]):
            if col in row.unsure or col == "增减原因":
                continue
            assert (row.get(col).dec or 0) == (parse_decimal(cell) or 0), (row.item, col, cell)
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("shape", VANISHING)
def test_a_purchase_row_short_of_its_first_figure_is_placed_by_the_arithmetic(tmp_path: Path, shape: str) -> None:
    """Last year's 购置费 was 0 and printed blank: its two figures read in order would stand a column early and
    make 公务用车购置及运行费 ≠ 购置费 + 运行费; the one placement that adds up is taken and said."""
    s = invent(1, "yoy", zero_blank=True)
    assert s.values["公务用车购置费"][0] == ""  # the blank the seed gives
    doc = _read(tmp_path, text(s, shape))
    t = next(t for t in doc.extra["accounts"].tables if t.kind == "three_public")
    row = next(r for r in t.rows if r.item == "公务用车购置费")
    assert [row.get(c).dec for c in t.columns[:3]] == [None, *(parse_decimal(x) for x in s.values[row.item][1:3])]
    assert any("算术" in p.message and "购置" in p.message for p in doc.problems)


@pytest.mark.parametrize("shape", VANISHING)
def test_a_total_off_is_still_found_when_a_row_is_placed(tmp_path: Path, shape: str) -> None:
    s = invent(1, "yoy", ("total",), zero_blank=True)
    found = [(f.kind, f.row) for f in check_accounts(_read(tmp_path, text(s, shape))) if f.severity == "error"]
    assert found and all(k == "three_public" and "合计" in (r or "") for k, r in found)


@pytest.mark.parametrize("shape", VANISHING)
@pytest.mark.parametrize("seed", range(1, 9))
def test_an_item_off_in_a_short_row_is_found_when_no_placement_adds_up(
        tmp_path: Path, seed: int, shape: str) -> None:
    """公务接待费 printed one more in its 合计 column, its row short of figures (the sources' zeros printed blank):
    no choice of columns makes the table add up, so the row is read in order and 合计 ≠ Σ 各项 reported, not
    hidden as a row whose columns are unsure; the same table printed right gives no error."""
    s = invent(seed, "by_source", zero_blank=True)
    s.values["公务接待费"][2:] = ["", ""]  # only its 合计 and first source printed (岳阳 county pages)
    assert [f for f in check_accounts(_read(tmp_path, text(s, shape))) if f.severity == "error"] == []
    s.values["公务接待费"][0] = f"{parse_decimal(s.values['公务接待费'][0]) + 1:.2f}"
    doc = _read(tmp_path, text(s, shape))
    found = [f for f in check_accounts(doc) if f.severity == "error"]
    # on the 合计, or on 公务接待费 itself where the 说明 gives its figure and that figure closes the sum (s34)
    assert any(f.kind == "three_public" and ("合计" in (f.row or "") or f.row == "公务接待费") and f.recomputed is not None
               for f in found), found
