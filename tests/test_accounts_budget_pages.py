"""Budget and final-accounts pages in shapes met on fresh pages (generator: ``tests/layouts/budget_pages.py``): a
title after the site's furniture, a PDF named by its file, a list of tables under "…部门预算公开表", the 款 numbered
under a 类 with their codes and clauses, and shares of a whole stated by two of its parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.budget_pages import (
    adjustment,
    announced,
    coded_summary,
    contents_part,
    execution_notes,
    furnished,
    only_part,
    parts,
    parts_notes,
    pdf_named,
    sibling_shares,
)
from layouts.files import one, write

_KIND = {"budget": "budget_disclosure", "final": "final_accounts"}


@pytest.mark.parametrize("stage", ["budget", "final"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_title_after_the_sites_furniture(tmp_path: Path, seed: int, stage: str) -> None:
    doc = one(tmp_path, furnished(seed, stage), _KIND[stage])
    assert doc.extra["accounts"].stage == stage and doc.extra["accounts"].tables == []
    assert f"部门{'预算' if stage == 'budget' else '决算'}情况说明" in (doc.title or "") and doc.year is not None


@pytest.mark.parametrize("stage", ["budget", "final"])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_pdf_named_by_its_file(tmp_path: Path, seed: int, stage: str) -> None:
    doc = one(tmp_path, pdf_named(seed, stage), _KIND[stage])
    assert doc.title is not None and not doc.title.endswith(".pdf") and str(doc.year) in doc.title.replace(" ", "")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_tables_listed_under_the_budgets_public_tables_part(tmp_path: Path, seed: int) -> None:
    doc = one(tmp_path, contents_part(seed), "budget_disclosure")
    assert doc.extra["accounts"].stage == "budget"
    assert doc.problems and doc.problems[0].message.startswith("目录列出 10 张表")


@pytest.mark.parametrize("coded", [True, False])
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_numbered_parts_with_their_codes_and_clauses(tmp_path: Path, seed: int, coded: bool) -> None:
    doc = one(tmp_path, parts_notes(seed, coded), "final_accounts")
    rows = {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    assert all(rows.get(name) == value for name, value in parts(seed)), rows
    assert [f for f in check_accounts(doc) if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_shares_of_a_whole_stated_by_two_parts(tmp_path: Path, seed: int) -> None:
    docs = read_path(write(tmp_path, sibling_shares(seed))).documents
    found = [(f.kind, f.severity) for d in docs for f in check_accounts(d) if f.kind == "text_percent"]
    assert found == []  # never one part's share computed on the other part


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_misstated_shares_of_the_parts_sum(tmp_path: Path, seed: int) -> None:
    docs = read_path(write(tmp_path, sibling_shares(seed, planted=True))).documents
    found = {(f.kind, f.severity) for d in docs for f in check_accounts(d) if f.kind == "text_percent"}
    assert found == {("text_percent", "suspect")}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lines_named_as_printed_in_an_adjustment(tmp_path: Path, seed: int) -> None:
    """总财力 拟调整为 its amount, a source named in full (地方政府一般债务转贷收入), 日常公用支出 (日常 no date's 日)."""
    text, want = adjustment(seed)
    doc = one(tmp_path, text, "budget_disclosure")
    rows = {r.printed or r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows}
    rows.update({r.name: r.get("金额").dec for t in doc.extra["accounts"].tables for r in t.rows})
    for label, value in want.items():
        assert any(label in name and v == value for name, v in rows.items()), (label, rows)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_completions_of_the_years_budget_are_a_final_accounts(tmp_path: Path, seed: int) -> None:
    """Each line's completion of its 年初预算 in a year that has ended (no 上半年, no months) is a 决算's, not a budget
    executed while the year runs."""
    docs = read_path(write(tmp_path, execution_notes(seed))).documents
    assert [(d.type, d.extra["accounts"].stage) for d in docs] == [("final_accounts", "final")]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_summary_table_known_by_its_template_code(tmp_path: Path, seed: int) -> None:
    """An OCR'd 收入支出决算总表 that kept only its code (财决公开01表): the 决算's summary table, its lines read."""
    text, want = coded_summary(seed)
    doc = one(tmp_path, text, "final_accounts")
    assert doc.title == "收入支出决算总表" and doc.extra["accounts"].stage == "final"
    rows = [(r.name, r.get("决算数").dec) for r in doc.extra["accounts"].tables[0].rows]
    for label, value in want.items():
        assert any(label in name and v == value for name, v in rows), (label, rows)
    assert [f for f in check_accounts(doc) if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("style", ["attachments", "about"])
@pytest.mark.parametrize("stage", ["budget", "final"])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_page_announcing_the_disclosure(tmp_path: Path, seed: int, stage: str, style: str) -> None:
    """Its title and the files it is published as, or a title worded 关于…的公开说明: the disclosure it names."""
    doc = one(tmp_path, announced(seed, stage, style), _KIND[stage])
    assert doc.extra["accounts"].stage == stage and doc.year is not None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_part_that_is_all_of_its_whole(tmp_path: Path, seed: int) -> None:
    """A share of 100% of the whole it names: the part is that whole, never checked against another line's figure."""
    docs = read_path(write(tmp_path, only_part(seed))).documents
    assert [f.message for d in docs for f in check_accounts(d) if f.kind == "text_percent"] == []
