"""The 情况说明's words on each 三公 item against the table (``accounts.sangong_words``), on generated pages
(``tests/layouts/sangong_words.py``): each stated change holds or is found at its row with both places named; a
last-digit difference is only suspected; a change the figures cannot be tied to is said to be unverifiable,
never an error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from layouts import degrade
from layouts import sangong as table_layout
from layouts.files import one
from layouts.sangong_words import PLANTS, SAID_ROWS, invent, text, two_years


def _said(doc: Document) -> list[tuple[str, str, str | None]]:
    return sorted((f.kind, f.severity, f.row) for f in check_accounts(doc)
                  if f.kind in ("text_compare", "cannot_verify"))


@pytest.mark.parametrize("shape", ["trailing_pipes", "pipes", "pipe_lines", "row_lines"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_item_sentence_that_holds_is_checked_and_passes(tmp_path: Path, seed: int, shape: str) -> None:
    s = invent(seed)
    doc = one(tmp_path, text(s, shape), "sangong")
    made: list[tuple[str, str, bool]] = []
    found = check_accounts(doc, made=made)
    assert [f for f in found if f.severity != "info"] == []
    held = [w for k, w, ok in made if k == "text_compare" and ok]
    assert len(held) == 1 + len(SAID_ROWS)  # the total and each item sentence, all compared and holding


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_a_planted_change_is_found_at_its_row_with_both_places(tmp_path: Path, plant: str) -> None:
    s = invent(7, (plant,))
    doc = one(tmp_path, text(s, "trailing_pipes"), "sangong")
    found = [f for f in check_accounts(doc) if f.kind == "text_compare"]
    severity = "suspect" if plant == "digit" else "error"
    row = SAID_ROWS[PLANTS[plant]]
    assert [(f.severity, f.row) for f in found] == [(severity, row)]
    f = found[0]
    item = PLANTS[plant]
    diff = s.final[item] - s.budget[item]
    assert f.recomputed == str(diff)
    assert f.location is not None and f.location.line is not None
    lines = (tmp_path / "form.txt").read_text(encoding="utf-8").splitlines()
    assert row in lines[f.location.line - 1]  # the sentence
    # and the table's two cells, by their lines
    budget_line = next(i for i, x in enumerate(lines, 1) if x == f"{s.budget[item]:.2f} |")
    assert f"form.txt:{budget_line}" in f.message and f"{s.budget[item]:.2f}" in f.message
    assert ("无变化" in f.message) == (plant == "same")
    assert [x for x in check_accounts(doc) if x.severity == "error" and x.kind != "text_compare"] == []


def test_traditional_script_and_full_width_digits(tmp_path: Path) -> None:
    s = invent(4, ("same",))
    doc = one(tmp_path, degrade.full_width(degrade.traditional(text(s, "pipes"))), "sangong")
    assert [(k, sev) for k, sev, _ in _said(doc)] == [("text_compare", "error")]


@pytest.mark.parametrize("plant", [False, True])
def test_two_years_stated_in_the_text_alone(tmp_path: Path, plant: bool) -> None:
    """No table: the change is this year's figure (the later paragraph's year) less last year's, suspected only."""
    s = invent(5)
    doc = one(tmp_path, two_years(s, plant), "sangong")
    found = [f for f in check_accounts(doc) if f.kind == "text_compare"]
    assert [(f.severity, f.row) for f in found] == ([("suspect", "公务接待")] if plant else [])
    if plant:
        assert found[0].recomputed == str(s.budget["公务接待费"] - s.final["公务接待费"])
        assert f"{s.year - 1} 年 {s.final['公务接待费']:.2f} 万元" in found[0].message


def test_a_change_on_last_year_without_last_years_column_cannot_be_verified(tmp_path: Path) -> None:
    """A 预算 table of this year only, notes saying 比上年减少: said to be unverifiable (info), never an error."""
    s = table_layout.invent(6, "single")
    doc = one(tmp_path, table_layout.text(s, "trailing_pipes"), "sangong")
    said = _said(doc)
    assert said == [("cannot_verify", "info", "“三公”经费")]
    assert not any(f.severity == "error" for f in check_accounts(doc))


def test_a_change_on_last_year_is_checked_against_the_prior_column(tmp_path: Path) -> None:
    """上年决算数 / 本年决算数 columns: the notes' 比上年 change of the total is the difference of the two 合计."""
    s = table_layout.invent(6, "yoy")
    body = table_layout.text(s, "pipes_no_lead")
    doc = one(tmp_path, body, "sangong")
    assert _said(doc) == []
    wrong = body.replace(f"{abs(s.current['合计'] - s.prior['合计']):.2f}万元", "1.00万元", 1)
    assert wrong != body
    found = [f for f in check_accounts(one(tmp_path, wrong, "sangong")) if f.kind == "text_compare"]
    assert [(f.severity, f.row, f.reported) for f in found] == [("error", "合计", "1.00")]
    assert Decimal(found[0].recomputed or "") == s.current["合计"] - s.prior["合计"]
