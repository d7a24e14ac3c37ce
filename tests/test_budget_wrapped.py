"""A budget's 说明 wrapped so that the text reader takes its lines for comma rows is read and checked as the prose it
is beside the loose 收支总表; an income's 其中 list ends where the spending is said on after a comma (no false
sum); a planted part over the table's is found; a 目录 run onto one line with letter-spaced headings is the
budget it lists; a report's title and date line after a 目录 naming its 收支预算总表 give no row their years or day
(generator: ``tests/layouts/budget_wrapped.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.budget_wrapped import dated_report, flat_contents, wrapped

SEEDS = range(1, 7)


def _docs(tmp_path: Path, text: str) -> list[Document]:
    f = tmp_path / "budget.txt"
    f.write_text(text, encoding="utf-8")
    return read_path(f).documents


def _notes(doc: Document) -> dict[str, object]:
    return {r.name: r.get("金额").dec for t in doc.extra["accounts"].tables if t.title == "情况说明" for r in t.rows}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_wrapped_paragraph_beside_a_loose_summary_is_read_and_holds(tmp_path: Path, seed: int) -> None:
    page = wrapped(seed)
    docs = _docs(tmp_path, "\n".join(page.lines) + "\n")
    assert [d.type for d in docs] == ["budget_disclosure"]
    said = _notes(docs[0])
    for name, value in page.parts.items():
        assert said.get(name) == value, (name, said)
    assert said.get("本部门收入预算") == page.whole
    assert [f for f in check_accounts(docs[0]) if f.severity != "info"] == []


@pytest.mark.parametrize("seed", SEEDS)
def test_a_part_stated_over_its_share_of_the_whole_is_found(tmp_path: Path, seed: int) -> None:
    page = wrapped(seed, plant=True)
    docs = _docs(tmp_path, "\n".join(page.lines) + "\n")
    found = [f for f in check_accounts(docs[0]) if f.severity in ("suspect", "error")]
    assert len(found) == 1 and found[0].kind == "total_sum" and "支出" not in found[0].message, found


@pytest.mark.parametrize("seed", SEEDS)
def test_a_contents_line_with_spaced_headings_is_the_budget(tmp_path: Path, seed: int) -> None:
    docs = _docs(tmp_path, flat_contents(seed))
    assert [d.type for d in docs] == ["budget_disclosure"]
    assert docs[0].extra["accounts"].stage == "budget"


@pytest.mark.parametrize("seed", SEEDS)
def test_a_reports_years_and_date_are_no_table_amounts(tmp_path: Path, seed: int) -> None:
    lines = dated_report(seed)
    docs = _docs(tmp_path, "\n".join(lines) + "\n")
    assert docs and all(d.type == "budget_disclosure" for d in docs)
    values = {v.dec for d in docs for t in d.extra["accounts"].tables for r in t.rows for v in r.values.values()}
    assert values and all(v is not None and v > 100 for v in values), values
