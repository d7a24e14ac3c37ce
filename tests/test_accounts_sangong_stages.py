"""The 部门决算 template's 三公 table, the stages across the top (预算数 over the six columns, then 决算数 over the same),
is read column by column under its group whatever became of its grid, a 栏次 row numbering the columns is never
taken for figures, and the one planted mistake is the one error (generator: ``tests/layouts/sangong_stages.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import AccountTable
from jixiao.read import read_path
from layouts.files import one, write
from layouts.sangong_stages import SHAPES, by_unit, invent, text


def _got(tables: list[AccountTable]) -> dict[str, tuple[Decimal | None, Decimal | None]]:
    t = next(t for t in tables if t.kind == "three_public")
    return {r.item: (r.get("预算数").dec, r.get("决算数").dec) for r in t.rows}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("numbered", [False, True])
def test_each_figure_under_its_stage_and_item(tmp_path: Path, shape: str, numbered: bool) -> None:
    fig = invent(1 + numbered)
    doc = one(tmp_path, text(fig, shape, numbered=numbered), "sangong")
    assert _got(doc.extra["accounts"].tables) == fig
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(doc, made=made) if f.severity != "info"] == []
    assert sum(ok for k, _, ok in made if k == "three_public") >= 4  # 合计 and 车 in both stages


@pytest.mark.parametrize("shape", SHAPES)
def test_the_parts_in_the_items_row_under_a_label_column(tmp_path: Path, shape: str) -> None:
    """项目 beside the stages, 小计 购置费 运行费 among the items with no head over them, 金额 before the figures."""
    fig = invent(3)
    doc = one(tmp_path, text(fig, shape, inline=True), "sangong")
    assert _got(doc.extra["accounts"].tables) == fig
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


@pytest.mark.parametrize("shape", SHAPES)
def test_the_planted_total_is_the_one_error(tmp_path: Path, shape: str) -> None:
    doc = one(tmp_path, text(invent(4, plant=True), shape, numbered=True), "sangong")
    found = [(f.kind, f.severity, f.row) for f in check_accounts(doc) if f.severity != "info"]
    assert [x[:2] for x in found] == [("three_public", "error")] and "合计" in (found[0][2] or "")


@pytest.mark.parametrize("plant", [False, True])
def test_inside_the_final_accounts(tmp_path: Path, plant: bool) -> None:
    """After the 收入支出决算总表, the grid reader of the disclosure's tables reads the same columns (it used to
    take the 栏次 row 1 … 12 for the figures in the items' order: four false errors)."""
    fig = invent(5, plant)
    docs = read_path(write(tmp_path, text(fig, "pipes", numbered=True, within=True))).documents
    assert [d.type for d in docs] == ["final_accounts"]
    assert _got(docs[0].extra["accounts"].tables) == fig
    found = [(f.kind, f.severity) for f in check_accounts(docs[0]) if f.severity not in ("info",)]
    assert found == ([("three_public", "error")] if plant else [])


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("plant", [False, True])
def test_by_unit_the_total_row_first(tmp_path: Path, shape: str, plant: bool) -> None:
    """单位名称 | 合计 | 因公出国(境)费 | …, the 合计 row then a row per unit: the 合计 row's figures are the table's (the
    label 合计 before them is the row's, not one more head), and the planted 合计 is the one error. Run into one row
    (" |" cells) the heads were taken for the standard columns' order: four false errors on main 9600427."""
    body, fig = by_unit(6, shape, plant)
    doc = one(tmp_path, body, "sangong")
    t = doc.extra["accounts"].tables[0]
    assert {r.item: r.get("预算数").dec for r in t.rows} == fig
    found = [(f.kind, f.severity) for f in check_accounts(doc) if f.severity != "info"]
    assert found == ([("three_public", "error")] if plant else [])
