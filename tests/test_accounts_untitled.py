"""Budget and final-accounts tables without the words the title readers look for (generator:
``tests/layouts/untitled_accounts.py``): template titles with the unit's name before the year; a 支出表 or a
收支总表 printed without any title, read by its header and its lines, its stage from its header or the page's heading
(unknown: read as final accounts and said, never compared with other tables); a 决算 under a 预算执行情况 heading whose
tables' own column is 决算数; a carry-over line named 年初结转 that makes no false error; a table under another
table's title not taken for a 支出表."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.accounts.model import Accounts
from jixiao.core.records import Document
from layouts.files import one
from layouts.untitled_accounts import (
    LOOSE_SHAPES,
    execution_page,
    loose_summary,
    other_table,
    unit_titles,
    untitled_classified,
    untitled_joined,
    untitled_summary,
)

_TYPE = {"budget": "budget_disclosure", "final": "final_accounts"}


def _totals(doc: Document, kind: str) -> dict[str, Decimal | None]:
    acc = doc.extra["accounts"]
    assert isinstance(acc, Accounts)
    t = acc.table(kind)
    assert t is not None, [x.kind for x in acc.tables]
    out: dict[str, Decimal | None] = {}
    for r in t.rows:
        for col, v in r.values.items():
            out.setdefault(r.name if kind == "summary" else col if r.total else "", v.dec)
    return out


def _serious(doc: Document) -> list[tuple[str, str | None]]:
    return [(f.severity, f.row) for f in check_accounts(doc) if f.severity in ("error", "suspect")]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_template_titles_with_the_units_name_before_the_year(tmp_path: Path, seed: int) -> None:
    text, figures = unit_titles(seed)
    doc = one(tmp_path, text, "budget_disclosure")
    got = _totals(doc, "summary")
    assert {k: got.get(k) for k in figures} == figures
    assert doc.extra["accounts"].table("expenditure") is not None
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_misprinted_total_in_a_summary_titled_after_the_unit_is_found(tmp_path: Path, seed: int) -> None:
    text, _ = unit_titles(seed, plant=True)
    doc = one(tmp_path, text, "budget_disclosure")
    assert any(row in ("收入总计", "总计", "本年收入合计") for _, row in _serious(doc)), _serious(doc)


def _read_untitled(tmp_path: Path, made: tuple[str, dict[str, Decimal]], expect: str,
                   kind: str) -> tuple[dict[str, Decimal], Document, dict[str, Decimal | None]]:
    """A generated untitled table read as one document of the stage ``expect``: its figures as generated, the
    document, and the totals its table of ``kind`` holds."""
    text, figures = made
    doc = one(tmp_path, text, _TYPE[expect])
    assert doc.extra["accounts"].stage == expect
    return figures, doc, _totals(doc, kind)


@pytest.mark.parametrize(("stage", "column", "expect"), [
    (None, "合计", "final"), ("budget", "合计", "budget"), ("final", "合计", "final"), (None, "预算数", "budget"),
    (None, "决算数", "final")])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_classified_table_printed_without_a_title(tmp_path: Path, seed: int, stage: str | None, column: str,
                                                    expect: str) -> None:
    figures, doc, got = _read_untitled(tmp_path, untitled_classified(seed, stage, column), expect, "expenditure")
    assert {column if k == "合计" else k: got.get(column if k == "合计" else k) for k in figures} == {
        column if k == "合计" else k: v for k, v in figures.items()}
    assert _serious(doc) == []
    unsaid = stage is None and column == "合计"
    assert any("未印出表名" in p.message for p in doc.problems)
    assert any("未写明是预算还是决算" in p.message for p in doc.problems) == unsaid


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_misprinted_total_in_an_untitled_table_is_found_at_its_row(tmp_path: Path, seed: int) -> None:
    text, _ = untitled_classified(seed, "final", plant=True)
    doc = one(tmp_path, text, "final_accounts")
    found = _serious(doc)
    assert found and {row for _, row in found} == {"合计"} and {sev for sev, _ in found} == {"suspect"}, found


@pytest.mark.parametrize(("stage", "column", "expect"), [
    ("budget", "金额", "budget"), ("final", "金额", "final"), (None, "预算数", "budget"), (None, "决算数", "final"),
    (None, "金额", "final")])
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_summary_printed_without_a_title(tmp_path: Path, seed: int, stage: str | None, column: str,
                                           expect: str) -> None:
    figures, doc, got = _read_untitled(tmp_path, untitled_summary(seed, stage, column), expect, "summary")
    assert {k: got.get(k) for k in figures} == figures
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("shape", LOOSE_SHAPES)
@pytest.mark.parametrize(("stage", "column", "expect"), [
    ("budget", "金额", "budget"), ("final", "金额", "final"), (None, "预算数", "budget"), (None, "决算数", "final")])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_summary_without_a_title_or_its_grid(tmp_path: Path, seed: int, stage: str | None, column: str,
                                               expect: str, shape: str) -> None:
    """Its cells loose in the text and no title before them: told by both sides' totals, read by its labels."""
    text, figures = loose_summary(seed, stage, column, shape)
    doc = one(tmp_path, text, _TYPE[expect])
    acc = doc.extra["accounts"]
    assert acc.stage == expect
    read = {r.name: v.dec for t in acc.tables for r in t.rows for v in r.values.values()}
    assert {k: read.get(k) for k in figures} == figures
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_final_account_under_a_budget_execution_heading(tmp_path: Path, seed: int) -> None:
    text, figures = execution_page(seed)
    doc = one(tmp_path, text, "final_accounts")
    assert doc.extra["accounts"].stage == "final"
    got = _totals(doc, "summary")
    assert {k: got.get(k) for k in figures} == figures
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_table_under_another_tables_title_is_not_a_spending_table(tmp_path: Path, seed: int) -> None:
    doc = one(tmp_path, other_table(seed), "budget_disclosure")
    acc = doc.extra["accounts"]
    assert acc.stage == "budget" and acc.table("expenditure") is None
    assert [f for f in check_accounts(doc) if f.severity == "error"] == []


@pytest.mark.parametrize("plant", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_untitled_table_with_code_and_name_in_one_cell(tmp_path: Path, seed: int, plant: bool) -> None:
    text, figures = untitled_joined(seed, plant)
    doc = one(tmp_path, text, "final_accounts")
    got = _totals(doc, "expenditure")
    found = _serious(doc)
    if plant:
        assert {k: got.get(k) for k in ("基本支出", "项目支出")} == {k: figures[k] for k in ("基本支出", "项目支出")}
        assert found and {row for _, row in found} == {"合计"} and {sev for sev, _ in found} == {"suspect"}, found
    else:
        assert {k: got.get(k) for k in figures} == figures
        assert found == []
