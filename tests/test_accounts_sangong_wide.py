"""A 三公 table printed across the page is read from its heads and figures in order whatever became of its grid,
and its identities checked (generator: ``tests/layouts/sangong_wide.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.files import one
from layouts.sangong_wide import (
    GROUP_SHAPES,
    HEADS,
    ROW_SHAPES,
    RUNNING_WORDS,
    SHAPES,
    subtotal_lost,
    wide,
    year_groups,
    year_groups_parts,
)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("seed", [1, 2])
def test_every_figure_under_its_head(tmp_path: Path, shape: str, seed: int) -> None:
    text, fig = wide(seed, shape)
    doc = one(tmp_path, text, "sangong")
    t = doc.extra["accounts"].tables[0]
    got = {r.item: (r.get("预算数").dec, r.get("决算数").dec) for r in t.rows}
    assert got == fig
    made: list[tuple[str, str, bool]] = []
    assert [f for f in check_accounts(doc, made=made) if f.severity != "info"] == []
    assert sum(ok for k, _, ok in made if k == "three_public") >= 4  # 合计 and 车 in both stages


@pytest.mark.parametrize("shape", SHAPES)
def test_a_total_off_is_found(tmp_path: Path, shape: str) -> None:
    text, _ = wide(3, shape, plant=True)
    found = [(f.kind, f.severity, f.row) for f in check_accounts(one(tmp_path, text, "sangong")) if f.severity != "info"]
    assert [x[:2] for x in found] == [("three_public", "error")] and "合计" in (found[0][2] or "")


def test_stage_heads_printed_once_serve_every_item(tmp_path: Path) -> None:
    text, fig = wide(4, "flat")
    text = text.replace(" ".join(["预算数", "决算数"] * 6), "预算数 决算数")
    t = one(tmp_path, text, "sangong").extra["accounts"].tables[0]
    assert {r.item: (r.get("预算数").dec, r.get("决算数").dec) for r in t.rows} == fig


def test_figures_that_do_not_fit_the_heads_are_never_placed(tmp_path: Path) -> None:
    text, fig = wide(4, "bare")
    lines = text.splitlines()
    figures = [i for i, x in enumerate(lines) if x[:1].isdigit()]
    del lines[figures[3]]  # one figure lost: 11 for 12 columns
    p = tmp_path / "wide.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(p).documents
    wrong = [(r.item, c, v.dec) for d in docs for t in d.extra["accounts"].tables for r in t.rows
             for c, v in r.values.items() if v.dec is not None and r.item in fig
             and v.dec != fig[r.item][0 if c == "预算数" else 1]]
    assert wrong == []  # nothing guessed into the wrong column
    assert not any(f.severity == "error" for d in docs for f in check_accounts(d))


@pytest.mark.parametrize("shape", ROW_SHAPES)
def test_the_stages_down_the_page_one_row_each(tmp_path: Path, shape: str) -> None:
    text, fig = wide(5, shape, by_stage=True)
    t = one(tmp_path, text, "sangong").extra["accounts"].tables[0]
    assert {r.item: (r.get("预算数").dec, r.get("决算数").dec) for r in t.rows} == {k: fig[k] for k in HEADS}


def test_two_years_heads_stay_two_columns(tmp_path: Path) -> None:
    text, fig = wide(6, "bare")
    text = text.replace("预算数\n决算数", "2021年决算数\n2022年决算数").replace("2022年度一般公共预算财政拨款", "")
    t = one(tmp_path, text, "sangong").extra["accounts"].tables[0]
    assert t.columns == ["上年决算数", "决算数"] and t.roles == {"上年决算数": "prior", "决算数": "current"}
    assert {r.item: (r.get("上年决算数").dec, r.get("决算数").dec) for r in t.rows} == fig


@pytest.mark.parametrize("shape", ["cells", "bare"])
def test_a_head_broken_over_two_cells_is_one_head(tmp_path: Path, shape: str) -> None:
    """"公务" then "接待费" (a narrow column's head on two lines): one head, 公务接待费, its figures under it."""
    body, fig = wide(9, shape, split_head=True)
    doc = one(tmp_path, body, "sangong")
    t = doc.extra["accounts"].tables[0]
    row = next(r for r in t.rows if r.item == "公务接待费")
    assert row.name == "公务接待费"
    assert (row.get("预算数").dec, row.get("决算数").dec) == fig["公务接待费"]
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


@pytest.mark.parametrize("plant", [False, True])
def test_items_printed_under_each_year_group(tmp_path: Path, plant: bool) -> None:
    """Two year groups over the heads, the items printed once under each: the figures go group by group (2010 决算
    as last year's, 2011 as the budget), each group's 合计 checked."""
    text, fig = year_groups(9, plant)
    doc = one(tmp_path, text, "sangong")
    t = doc.extra["accounts"].tables[0]
    assert {r.item: (r.get("上年决算数").dec, r.get("预算数").dec) for r in t.rows} == {
        k: (a, b + (1 if plant and k == "合计" else 0)) for k, (a, b) in fig.items()}
    found = [(f.kind, f.severity) for f in check_accounts(doc) if f.severity != "info"]
    assert found == ([("three_public", "error")] if plant else [])


def test_a_long_run_of_total_lines_is_no_table_across_and_read_at_once(tmp_path: Path) -> None:
    """Lines that each name a 三公 item (以上合计1万元) are not one table's heads: the reader of tables across the page
    gives up after more heads than any such table has, instead of reading every line's heads again from every line
    (20,000 characters took about a minute; review of session 20), and a cell no pipe closes is not parsed again
    as a number at every line (``ruletable_pipecells.cells``). The reading grows with the text, never faster: eight
    times the lines cost under thirteen times the CPU (linear gives about 9 here; those two quadratics 17 and 28),
    measured in this process's CPU time (the best of a few runs), which other work on the machine does not
    inflate as it does the wall clock."""
    import gc
    import time

    def cost(n: int, runs: int) -> float:
        p = tmp_path / f"long{n}.txt"
        p.write_text("关于下达2024年农村公路养护补助资金的通知\n各乡镇：\n" + "以上合计1万元\n" * n, encoding="utf-8")
        best = float("inf")
        for _ in range(runs):
            gc.collect()
            start = time.process_time()
            read_path(p)
            best = min(best, time.process_time() - start)
        return best

    cost(10, 1)  # (the readers' modules imported once, outside the measure)
    small, large = cost(200, 3), cost(1600, 2)
    assert large < 13 * small, (small, large)


@pytest.mark.parametrize("shape", GROUP_SHAPES)
@pytest.mark.parametrize("plant", [False, True])
def test_two_year_groups_with_the_vehicles_parts_under_each(tmp_path: Path, shape: str, plant: bool) -> None:
    """2023年预算数 and 2024年预算数 over the page, each over the four items and the vehicles' three parts: the
    figures go group by group (last year's budget, this year's), never into the 决算 template's standard order,
    and this year's 合计 planted one 万元 high is the one error."""
    text, fig = year_groups_parts(2, shape, plant)
    doc = one(tmp_path, text, "sangong")
    t = doc.extra["accounts"].tables[0]
    got = {r.item: (r.get("上年预算数").dec, r.get("预算数").dec) for r in t.rows}
    assert got == {k: (a, b + (1 if plant and k == "合计" else 0)) for k, (a, b) in fig.items()}
    found = [(f.kind, f.severity, f.row) for f in check_accounts(doc) if f.severity != "info"]
    assert [x[:2] for x in found] == ([("three_public", "error")] if plant else [])
    assert not plant or "合计" in (found[0][2] or "")


@pytest.mark.parametrize("shape", GROUP_SHAPES)
def test_two_year_groups_a_figure_short_are_never_placed(tmp_path: Path, shape: str) -> None:
    text, fig = year_groups_parts(3, shape, lose=True)
    docs = read_path(_write(tmp_path, text)).documents
    placed = [(r.item, c, v.dec) for d in docs for t in d.extra["accounts"].tables for r in t.rows
              for c, v in r.values.items() if v.dec is not None]
    assert placed == []  # eleven figures for twelve columns: none guessed into a column
    assert not any(f.severity == "error" for d in docs for f in check_accounts(d))


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "groups.txt"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("shape", ["cells", "bare", "flat"])
@pytest.mark.parametrize("running", RUNNING_WORDS)
def test_a_row_short_of_its_subtotal_is_placed_by_the_arithmetic(tmp_path: Path, shape: str, running: str) -> None:
    """Five figures under six columns (the 小计 lost): the only placement the identities confirm puts them under
    合计, 因公出国(境)费, 购置费, 运行费 (however the running head is worded), 公务接待费, says so, and finds nothing."""
    text, fig = subtotal_lost(7, shape, running)
    doc = one(tmp_path, text, "sangong")
    t = doc.extra["accounts"].tables[0]
    got = {r.item: r.get("预算数").dec for r in t.rows if r.get("预算数").dec is not None}
    assert got == {k: v for k, v in fig.items() if k != "公务用车购置及运行费"}
    assert any("算术" in p.message and "公务用车购置及运行费" in p.message for p in doc.problems)
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


def test_a_row_short_that_adds_up_no_way_is_never_placed(tmp_path: Path) -> None:
    """The 合计 planted one 万元 high: no placement adds up, so no figure is put under a column and no error is
    made of a misplacement."""
    text, _ = subtotal_lost(8, "cells", plant=True)
    docs = read_path(_write(tmp_path, text)).documents
    placed = [v.dec for d in docs for t in d.extra["accounts"].tables for r in t.rows
              for v in r.values.values() if v.dec is not None]
    assert placed == []
    assert not any(f.severity == "error" for d in docs for f in check_accounts(d))


def test_figures_behind_a_head_not_understood_are_not_placed_when_they_do_not_add_up(tmp_path: Path) -> None:
    """A head no reader knows where the running cost stands, and the 小计 lost: five figures meet five known
    columns, but placed so they do not add up; nothing is placed and no error is made."""
    text, _ = subtotal_lost(9, "cells", other="其他交通费用")
    result = read_path(_write(tmp_path, text))
    docs = result.documents
    assert not any(f.severity == "error" for d in docs for f in check_accounts(d))
    assert not [v for d in docs for t in d.extra["accounts"].tables for r in t.rows for v in r.values.values()
                if v.dec is not None]
    # never silent: the head named on the table's document, or the file said not recognised
    assert any("其他交通费用" in p.message for d in docs for p in d.problems) or result.unrecognised
