"""The central transfer's self-evaluation form whose rows run their budget and spending together beside a rate
printed apart (``layouts.transfer_runs``): every row's budget, spending and rate are read, placed by the form's own
rate (executed ÷ budget), and the audit finds no error in a consistent form."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_file, read_path
from jixiao.read.recognise.transfer import recognise
from layouts.transfer_runs import Case, cases, plain_header_cases, unnamed_cases, wrong_rate_cases

CASES = list(cases())


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[f"c{i}" for i in range(len(CASES))])
def test_run_together_rows_are_read(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(case.text, encoding="utf-8")
    docs = recognise(read_file(path))
    assert docs, case.text
    for key, (budget, executed, rate) in case.rows.items():
        row = docs[0].funds.get(key)
        assert row is not None, (key, case.text)
        assert (row.annual_budget.dec, row.executed.dec, row.rate.dec) == (budget, executed, rate), (key, case.text)


@pytest.mark.parametrize("case", CASES[::7], ids=[f"c{i}" for i in range(0, len(CASES), 7)])
def test_no_error_in_a_consistent_form(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(case.text, encoding="utf-8")
    result = audit_paths([str(path)])
    assert not [f for f in result.findings if f.severity == "error"], case.text


UNNAMED = list(unnamed_cases())


@pytest.mark.parametrize("case", UNNAMED, ids=[f"u{i}" for i in range(len(UNNAMED))])
def test_a_row_no_source_names_is_not_read_into_the_source_before_it(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(case.text, encoding="utf-8")
    docs = recognise(read_file(path))
    assert docs, case.text
    for key, (budget, executed, rate) in case.rows.items():
        row = docs[0].funds.get(key)
        assert row is not None, (key, case.text)
        assert (row.annual_budget.dec, row.executed.dec, row.rate.dec) == (budget, executed, rate), (key, case.text)
    # the named sources alone do not make the total: no error, the row between is theirs too
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"], case.text


WRONG = list(wrong_rate_cases())


@pytest.mark.parametrize("case", WRONG, ids=[f"w{i}" for i in range(len(WRONG))])
def test_a_total_its_own_rate_does_not_place_is_placed_by_its_sources(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(case.text, encoding="utf-8")
    docs = recognise(read_file(path))
    assert docs, case.text
    for key, (budget, executed, rate) in case.rows.items():
        row = docs[0].funds[key]
        assert (row.annual_budget.dec, row.executed.dec, row.rate.dec) == (budget, executed, rate), (key, case.text)
    # the printed rate is read and found wrong (before, it was left missing and the form's mistake went unreported)
    budget, executed, rate = case.rows["total"]
    assert budget is not None and executed is not None
    found = [(f.kind, Decimal((f.reported or "").rstrip("%")), f.recomputed)
             for f in audit_paths([str(path)]).findings if f.severity == "error"]
    assert found == [("execution_rate", rate, f"{executed / budget * 100:.2f}%")], case.text


PLAIN = list(plain_header_cases())


@pytest.mark.parametrize("case", PLAIN, ids=[f"h{i}" for i in range(len(PLAIN))])
def test_a_form_headed_in_plain_words_is_read_by_its_sources(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text(case.text, encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert docs, case.text
    for key, (budget, executed, rate) in case.rows.items():
        row = docs[0].funds.get(key)
        assert row is not None, (key, case.text)
        assert (row.annual_budget.dec, row.executed.dec, row.rate.dec) == (budget, executed, rate), (key, case.text)
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"], case.text
