"""A table of no known form in a recognised 部门预算 is read by its labels: every row under its label as printed, every
figure under its column's header labels as printed (joined over two or three header rows), the total row marked,
a 提示 that it was read so, and Σ parts = total checked where the parts are plain (codes of one level, rows numbered
alike): the planted total is found as ``suspect`` at its row, never an ``error`` (generator:
``tests/layouts/labelled.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.labelled import LABELLED
from jixiao.accounts.model import Accounts, AccountTable
from jixiao.core.records import Document
from layouts.files import one
from layouts.labelled import MARKS, SANGONG_TOTALS, TOTALS, labelled, sangong_by_class


def _table(doc: Document) -> AccountTable:
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts)
    assert acc.table("summary") is not None  # the template table is read as before
    found = [t for t in acc.tables if t.kind == LABELLED]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("depth", [1, 2, 3])
@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("plant", [False, True])
def test_rows_and_columns_as_printed_and_the_planted_total(tmp_path: Path, depth: int, mark: str, plant: bool) -> None:
    seed = depth * 10 + MARKS.index(mark)
    g = labelled(seed, depth, mark, TOTALS[seed % len(TOTALS)], first=seed % 2 == 0, pipes=seed % 3 != 0, plant=plant)
    doc = one(tmp_path, g.text, "budget_disclosure")
    t = _table(doc)
    assert t.title == g.title and not t.checked
    got = {r.name if mark != "joined" else f"{r.code_text} {r.name}": [r.get(c).dec for c in g.columns]
           for r in t.rows if not r.total}
    assert got == g.rows
    total = [r for r in t.rows if r.total]
    assert [(r.name, [r.get(c).dec for c in g.columns]) for r in total] == [(g.total, g.printed)]
    if mark in ("code", "joined"):
        assert all(r.code for r in t.rows if not r.total)
    findings = check_accounts(doc)
    assert [f.severity for f in findings if f.kind == "labelled_table"] == ["info"]
    assert not [f for f in findings if f.severity == "error"]
    sums = [(f.severity, f.row, f.message) for f in findings if f.kind == "labelled_sum" and f.severity != "info"]
    if plant:
        assert len(sums) == 1 and sums[0][:2] == ("suspect", g.total) and f"「{g.planted}」" in sums[0][2]
    else:
        assert sums == []


@pytest.mark.parametrize("total", TOTALS)
def test_rows_of_no_plain_level_are_not_summed(tmp_path: Path, total: str) -> None:
    """Rows neither coded nor numbered (人员经费 under 基本支出?) give no Σ: a wrong total there says nothing."""
    g = labelled(7, 2, "一、", total, first=False, plant=True)
    text = g.text
    for k, label in enumerate(g.rows):
        text = text.replace(f"| {label} |", f"| {label[2:]} |") if k % 2 else text
    doc = one(tmp_path, text, "budget_disclosure")
    _table(doc)
    assert not [f for f in check_accounts(doc) if f.kind == "labelled_sum" and f.severity != "info"]


def test_a_table_every_reader_places_is_not_read_again(tmp_path: Path) -> None:
    """The template's own tables stay with their readers: no table read by its labels where there is none other."""
    g = labelled(3, 1, "code", "合计", first=True)
    text = g.text.split("二、")[0] + "注:本表反映部门本年度的有关情况。\n"
    doc = one(tmp_path, text, "budget_disclosure")
    assert not [t for t in doc.extra["accounts"].tables if t.kind == LABELLED]


@pytest.mark.parametrize("column", SANGONG_TOTALS)
@pytest.mark.parametrize("total", ["合计", "总计", "支出合计"])
def test_the_sangong_total_of_a_table_by_class(tmp_path: Path, column: str, total: str) -> None:
    """A 三公 table by 功能分类 (the items across): the 三公 reader places none of it, so it is read by its labels, the
    三公 total under its column as printed in the total row, each item's total under its own."""
    g = sangong_by_class(SANGONG_TOTALS.index(column) * 3 + len(total), column, total)
    doc = one(tmp_path, g.text, "budget_disclosure")
    t = _table(doc)
    row = next(r for r in t.rows if r.total)
    assert row.name == g.total and row.get(g.column).dec == g.whole
    assert {c: row.get(c).dec for c in g.items} == g.items
    assert not [f for f in check_accounts(doc) if f.severity == "error"]
