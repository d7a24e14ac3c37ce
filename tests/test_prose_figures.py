"""Figures stated only in prose, in wordings no reader knows by name, are read under their printed labels with their
units, the change and rate said of each, and a problem saying they came from the prose alone; a planted rate of growth
is found, named by its line, and nothing else is; a text of money that speaks of no budget stays not recognised; a
hostile line reads in time linear in its length (generator: ``tests/layouts/prose_figures.py``)."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.prose_stated import stated_in_prose
from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document
from jixiao.core.source import Source
from jixiao.read import read_file, read_path
from jixiao.read.recognise import prose_figures
from layouts.prose_figures import Page, five_years, news, not_finance, notes, with_sangong

SEEDS = range(1, 9)


def _write(tmp_path: Path, lines: list[str]) -> Path:
    f = tmp_path / "prose.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def _rows(doc: Document) -> list[tuple[str, Decimal | None, str | None]]:
    return [(r.name, r.get("金额").dec, r.unit) for t in doc.extra["accounts"].tables for r in t.rows]


def _all_read(doc: Document, page: Page) -> None:
    rows = _rows(doc)
    for s in page.stated:
        assert any(s.label in name and value == s.amount and unit == s.unit for name, value, unit in rows), (s, rows)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_news_item_on_budget_execution_is_read_with_its_rates(tmp_path: Path, seed: int) -> None:
    page = news(seed)
    docs = read_path(_write(tmp_path, page.lines)).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    doc = docs[0]
    _all_read(doc, page)
    assert any(p.message.startswith("只从正文的数字陈述读取") and f"读出 {len(_rows(doc))} 条" in p.message
               for p in doc.problems)
    for s in page.stated:  # the change and the rate said after each statement, kept on its row
        row = next(r for t in doc.extra["accounts"].tables for r in t.rows if s.label in r.name)
        assert row.get("增减额").dec == s.change and row.get("增减率").dec == s.rate
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


@pytest.mark.parametrize("seed", SEEDS)
def test_a_rate_of_growth_its_change_denies_is_found(tmp_path: Path, seed: int) -> None:
    page = news(seed, plant=True)
    docs = read_path(_write(tmp_path, page.lines)).documents
    found = [f for f in check_accounts(docs[0]) if f.severity != "info"]
    assert page.planted is not None
    assert len(found) == 1 and page.planted in (found[0].row or "") and found[0].kind == "text_growth", found


@pytest.mark.parametrize("pdf", [False, True])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_whole_and_its_shares_are_read_from_any_wording(tmp_path: Path, seed: int, pdf: bool) -> None:
    page = notes(seed, pdf=pdf)
    docs = prose_figures.recognise(read_file(_write(tmp_path, page.lines)))
    assert len(docs) == 1 and docs[0].type in ("budget_disclosure", "final_accounts")
    assert docs[0].extra["accounts"].stage == ("budget" if seed % 2 else "final")
    _all_read(docs[0], page)
    whole = page.stated[0]  # named as printed: the numbered heading's line above it is no part of its name
    assert (whole.label, whole.amount) in [(name, value) for name, value, _ in _rows(docs[0])]
    assert [f for f in check_accounts(docs[0]) if f.severity == "error"] == []


@pytest.mark.parametrize("seed", SEEDS)
def test_a_texts_sangong_paragraph_is_a_sangong_statement_beside_its_accounts(tmp_path: Path, seed: int) -> None:
    page, items = with_sangong(seed)
    docs = prose_figures.recognise(read_file(_write(tmp_path, page.lines)))
    assert [d.type for d in docs][1:] == ["sangong"] and docs[0].type in ("budget_disclosure", "final_accounts")
    _all_read(docs[0], page)
    said = _rows(docs[1])
    for label, value in items.items():
        assert any(normalize_text(label) in name and v == value for name, v, _ in said), (label, said)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_line_from_one_year_to_another_keeps_both_figures(tmp_path: Path, seed: int) -> None:
    page = five_years(seed)
    docs = read_path(_write(tmp_path, page.lines)).documents
    assert [d.type for d in docs] == ["budget_disclosure"]
    _all_read(docs[0], page)


@pytest.mark.parametrize("seed", SEEDS)
def test_money_that_speaks_of_no_budget_stays_not_recognised(tmp_path: Path, seed: int) -> None:
    f = _write(tmp_path, [not_finance(seed)])
    assert prose_figures.recognise(read_file(f)) == []
    assert read_path(f).documents == []


def test_a_statement_without_its_subject_is_not_read() -> None:
    body = [("收入方面，比上年增加300万元，增长5%，为1200万元；一般公共预算支出为900万元，同比下降2%。", Source("x", line=1))]
    table = stated_in_prose(body)
    assert table is not None
    assert [(r.name, r.get("金额").dec) for r in table.rows] == [("一般公共预算支出", Decimal(900))]


def _cpu(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        stated_in_prose([(text, Source("x", line=1))])
        best = min(best, time.process_time() - t)
    return best


@pytest.mark.parametrize("unit", ["1234567890" * 40 + "收入", "收入为12.5万元", "收入12万元增加3万元增长5%占", "2023年收", "占支出"])
def test_a_hostile_line_reads_in_linear_time(unit: str) -> None:
    text = unit * (1_000_000 // len(unit))  # a 1 MB line of digits and Chinese
    assert _cpu(text) < 1.0
    small = _cpu(unit * (250_000 // len(unit)))
    assert _cpu(text) < 7 * max(small, 0.01)
