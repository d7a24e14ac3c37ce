"""A standalone “三公”经费 table read from text and checked on its own, in every column model and shape county
pages publish (generator: ``tests/layouts/sangong.py``): the figures are read by item and column, the planted
mistakes are found at their row, nothing holds a false ``error``, and where blank cells vanished the reading
says it is unsure instead of summing a lost cell as zero."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts, AccountTable
from jixiao.core.numbers import normalize_text, parse_decimal
from jixiao.core.records import Document
from jixiao.read import read_path
from jixiao.read.recognise.accounts import recognise
from jixiao.read.text import read_text_tables
from layouts import degrade
from layouts.sangong import ITEMS, MISTAKES, MODELS, SHAPES, VANISHING, Sangong, invent, text


def _read(tmp_path: Path, body: str) -> Document:
    p = tmp_path / "sangong.txt"
    p.write_text(body, encoding="utf-8")
    rr = read_path(p)
    assert [d.type for d in rr.documents] == ["sangong"], [x.message for x in rr.problems]
    return rr.documents[0]


def _table(doc: Document) -> AccountTable:
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts) and [t.kind for t in acc.tables] == ["three_public"]
    return acc.tables[0]


def _serious(doc: Document) -> set[tuple[str, str, str | None]]:
    return {(f.kind, f.severity, f.row) for f in check_accounts(doc) if f.severity != "info"}


def _expect_read(t: AccountTable, s: Sangong, vanishing: bool) -> None:
    assert t.columns == s.columns and [r.item for r in t.rows] == list(ITEMS)
    assert [normalize_text(r.name).replace(" ", "") for r in t.rows] == [x.replace(" ", "") for x in s.labels]
    for r in t.rows:
        assert r.item is not None
        printed = s.values[r.item]
        for col, cell in zip(s.columns, printed):
            v = r.get(col)
            if col == "增减原因":
                continue
            if not cell and vanishing:
                assert v.value is None and col in r.unsure
            else:
                assert v.dec == parse_decimal(cell), (r.name, col, cell, v)
                assert col not in r.unsure
                if cell:
                    assert v.source is not None and v.source.line is not None


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("model", MODELS)
def test_every_shape_and_column_model_reads_and_holds(tmp_path: Path, model: str, shape: str) -> None:
    s = invent(3, model)
    doc = _read(tmp_path, text(s, shape))
    t = _table(doc)
    _expect_read(t, s, shape in VANISHING)
    assert doc.year == s.year and t.stage == ("final" if model == "yoy" else "budget") and t.unit == "万元"
    assert _serious(doc) == set()
    made: list[tuple[str, str, bool]] = []
    check_accounts(doc, made=made)
    held = [w for k, w, ok in made if k == "three_public" and ok]
    amount_columns = {"single": 1, "of_which": 2, "yoy": 2, "years": 2, "by_source": 4, "actual_budget": 2}[model]
    assert len(held) >= 2 * amount_columns  # 合计 and 公务用车 in every amount column, all holding


@pytest.mark.parametrize("shape", ["pipes_no_lead", "pipe_lines", "row_lines", "bare_cells"])
@pytest.mark.parametrize("labels", ["grand", "joint", "sum_named", "fund_named", "bare_named", "sub_named",
                                    "stage_named"])
@pytest.mark.parametrize("model", ["single", "yoy", "by_source"])
def test_a_total_named_otherwise_than_heji_is_the_tables_total(tmp_path: Path, model: str, labels: str,
                                                               shape: str) -> None:
    """The total row named 总计, 共计, “三公”经费支出总额, by the 三公 words alone (“三公”经费, 一般公共预算财政拨款“三公”经费
    支出, 三公经费小计) or with its stage (“三公”经费支出预算, in a budget): read as the table's total (it was no row at all,
    the table read without its columns or twice), and a total printed wrong found on it."""
    if labels == "stage_named" and model == "yoy":
        return  # a 决算 table's total does not say 预算
    s = invent(7, model, labels=labels)
    doc = _read(tmp_path, text(s, shape))
    _expect_read(_table(doc), s, shape in VANISHING)
    assert _serious(doc) == set()
    planted = invent(7, model, ("total",), labels=labels)
    total = normalize_text(planted.labels[0])
    assert _serious(_read(tmp_path, text(planted, shape))) == {("three_public", "error", total)}


@pytest.mark.parametrize("shape", ["pipes_no_lead", "pipe_lines", "row_lines", "bare_cells"])
def test_sources_named_without_bokuan_are_sources(tmp_path: Path, shape: str) -> None:
    """合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算: the three are the 合计's sources (they were read as more
    columns of the stage, 预算数' and 预算数'', and the 合计 never checked against them)."""
    s = invent(4, "by_source", bare_sources=True)
    doc = _read(tmp_path, text(s, shape))
    _expect_read(_table(doc), s, shape in VANISHING)
    assert _serious(doc) == set()
    planted = invent(4, "by_source", ("source",), bare_sources=True)
    assert _serious(_read(tmp_path, text(planted, shape))) == {("three_public", "error", "合计")}


@pytest.mark.parametrize("labels", ["plain", "numbered"])
@pytest.mark.parametrize("model", MODELS)
def test_planted_mistakes_are_found_at_their_row(tmp_path: Path, model: str, labels: str) -> None:
    vehicles = "公务用车费" if labels == "numbered" else "公务用车购置及运行费"
    expected = {
        "total": {("three_public", "error", "合计")},
        # the notes give the vehicles' real figure: the table's 0 disagrees with them too
        "vehicles": {("three_public", "error", vehicles), ("text_amount", "error", "公务用车购置及运行费")},
        "change": {("three_public", "error", "公务接待费")},
        "rate": {("three_public", "error", "公务接待费")},
        "source": {("three_public", "error", "合计")},
        # the notes' 公务接待费 also makes the items the notes list exceed the total they state before them
        "text": {("text_amount", "error", "公务接待费"), ("total_sum", "suspect", "“三公”经费支出预算")},
    }
    for mistake in MISTAKES[model]:
        s = invent(11, model, (mistake,), labels=labels)
        assert _serious(_read(tmp_path, text(s, "pipes_no_lead"))) == expected[mistake], mistake


def test_a_subtotal_printed_zero_blames_the_subtotal_not_the_total(tmp_path: Path) -> None:
    """公务用车费 printed 0 while its parts are 32.65 + 0: the 合计, which agrees with the parts, is not blamed."""
    s = invent(5, "of_which", ("vehicles",), labels="numbered")
    doc = _read(tmp_path, text(s, "pipes_no_lead"))
    found = [f for f in check_accounts(doc) if f.severity == "error"]
    assert [(f.row, f.reported) for f in found] == [("公务用车费", "0"), ("公务用车费", "0")]
    run, buy = s.current["公务用车运行费"], s.current["公务用车购置费"]
    assert all(f.recomputed == str(run + buy) or parse_decimal(f.recomputed) == run + buy for f in found)


@pytest.mark.parametrize("shape", VANISHING)
def test_blank_cells_that_may_be_lost_are_a_reading_problem_never_an_error(tmp_path: Path, shape: str) -> None:
    """A 合计 that does not add up over cells that vanished: no error, the reading says why it cannot check."""
    s = invent(4, "single", ("total",), zero_blank=True)
    doc = _read(tmp_path, text(s, shape))
    t = _table(doc)
    assert any(r.unsure for r in t.rows)
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []
    assert any("分不清是空白还是提取时丢失" in p.message for p in doc.problems)


def test_blank_cells_marked_by_separators_are_zeros_and_checked(tmp_path: Path) -> None:
    s = invent(4, "single", ("total",), zero_blank=True)
    doc = _read(tmp_path, text(s, "trailing_pipes"))
    assert not any(r.unsure for r in _table(doc).rows)
    assert _serious(doc) == {("three_public", "error", "合计")}


@pytest.mark.parametrize("slip", ["traditional", "full_width"])
def test_traditional_script_and_full_width_digits(tmp_path: Path, slip: str) -> None:
    s = invent(8, "yoy", ("rate",), labels="numbered")
    doc = _read(tmp_path, getattr(degrade, slip)(text(s, "pipes_no_lead")))
    _expect_read(_table(doc), s, False)
    assert _serious(doc) == {("three_public", "error", "公务接待费")}


def test_the_notes_figures_and_growth_are_checked(tmp_path: Path) -> None:
    s = invent(6, "single", ("text",))
    found = [f for f in check_accounts(_read(tmp_path, text(s, "trailing_pipes"))) if f.severity == "error"]
    assert [(f.kind, f.reported, f.recomputed) for f in found] == [
        ("text_amount", f"{s.current['公务接待费'] + D('0.60'):.2f}", f"{s.current['公务接待费']:.2f}")]


def test_the_across_layout_stays_with_the_grid_reader() -> None:
    """合计 | 因公出国 | 公务用车购置及运行费 | 公务接待费 across, 小计 | 购置费 | 运行费 under it, the figures in one row."""
    head = ["“三公”经费合计 |", "因公出国(境)费 |", "公务用车购置及运行费 |", "公务 接待费 |", "||",
            "小计 |", "公务用车购置费 |", "公务用车运行费 |", "|||"]
    lines = ["东湖区审计局2026年“三公”经费预算", "一、2026年“三公”经费支出预算表", "单位:万元", *head,
             *[f"{v} |" for v in ("43.90", "0", "37.50", "25.00", "12.50", "6.40")]]
    docs = recognise(read_text_tables("\n".join(lines) + "\n", "sangong.txt"))
    assert [d.type for d in docs] == ["sangong"]
    t = _table(docs[0])
    assert {r.item: r.get("预算数").dec for r in t.rows} == {
        "合计": D("43.90"), "因公出国(境)费": D("0"), "公务接待费": D("6.40"), "公务用车购置及运行费": D("37.50"),
        "公务用车购置费": D("25.00"), "公务用车运行费": D("12.50")}
    assert [f for f in check_accounts(docs[0]) if f.severity != "info"] == []


def test_statistics_rows_and_notes_are_not_items(tmp_path: Path) -> None:
    """公务接待批次(批) 35 under the table is a count, not the 公务接待费; the table ends at 二、相关统计数."""
    s = invent(2, "by_source")
    body = text(s, "row_lines").replace("二、", "二、相关统计数\n5.公务接待批次(批) 35\n6.公务接待人数(人) 650\n三、", 1)
    t = _table(_read(tmp_path, body))
    assert [r.item for r in t.rows] == list(ITEMS)
    assert t.rows[2].get("预算数").dec == s.current["公务接待费"]


def test_a_cell_lost_while_the_notes_give_its_figure_is_said_not_filled(tmp_path: Path) -> None:
    """The 公务接待费 figure lost from a table without separators, the notes giving it: a suspect finding at the
    notes, the cell left unsure (never filled from the text), no error."""
    s = invent(6, "single")
    host = f"{s.current['公务接待费']:.2f}"
    lines = text(s, "bare_cells").split("\n")
    at = lines.index("公务接待费")
    assert lines[at + 1] == host
    doc = _read(tmp_path, "\n".join(lines[:at + 1] + lines[at + 2:]))
    t = _table(doc)
    assert next(r for r in t.rows if r.item == "公务接待费").unsure == {"预算数"}
    found = [f for f in check_accounts(doc) if f.severity != "info"]
    assert [(f.kind, f.severity, f.row, f.reported) for f in found] == [("text_amount", "suspect", "公务接待费", host)]
