"""A transfer's rows by fund source read from its prose (``recognise.transfer_sources``) on generated notices,
reports and announcements (``layouts.transfer_sources``): each source its 其中 list (or its 资金来源 section) names
fills its row in the column of the whole the list makes; a list whose parts do not make the whole gives no row, and
the audit reports no error of what was not read."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.transfer_sources import Case, cases, paired

CASES = list(cases())
PLANTED = list(cases(planted=True))


def _funds(tmp_path: Path, case: Case) -> tuple[dict[str, dict[str, object]], Path]:
    path = tmp_path / "t.txt"
    path.write_text(case.text, encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1, case.text
    got = {k: {c: getattr(r, c).dec for c in ("annual_budget", "executed") if getattr(r, c).dec is not None}
           for k, r in docs[0].funds.items() if k != "total"}
    return {k: v for k, v in got.items() if v}, path


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[f"c{i}" for i in range(len(CASES))])
def test_the_sources_are_read(case: Case, tmp_path: Path) -> None:
    got, path = _funds(tmp_path, case)
    assert got == case.rows, case.text
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"], case.text


@pytest.mark.parametrize("case", PLANTED, ids=[f"p{i}" for i in range(len(PLANTED))])
def test_a_list_that_does_not_make_its_whole_gives_no_row(case: Case, tmp_path: Path) -> None:
    got, path = _funds(tmp_path, case)
    assert got == case.rows, case.text
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"], case.text


PAIRED = list(paired()) + list(paired(planted=True))


@pytest.mark.parametrize("case", PAIRED, ids=[f"r{i}" for i in range(len(PAIRED))])
def test_a_block_run_row_by_row_gives_each_source_both_columns(case: Case, tmp_path: Path) -> None:
    """年度金额:X … 资金使用情况 合计:Y: X is the budget and Y the spending (the label before its colon says which), then
    each source's two amounts, the budget's first; the spending's only where they make Y."""
    got, path = _funds(tmp_path, case)
    assert got == case.rows, case.text
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    total = docs[0].funds["total"]
    assert total.annual_budget.dec == sum((r["annual_budget"] for r in case.rows.values()), Decimal(0)), case.text
    assert not [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")], case.text
