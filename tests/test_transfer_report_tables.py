"""A transfer read from its prose keeps the tables its text prints (``layouts.report_tables``): each row's amount
stands beside its name in the document's tables, for what reports show (the figures were read from the sentences)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.report_tables import cases, two_attachments

CASES = list(cases())


@pytest.mark.parametrize("case", CASES, ids=[f"t{i}" for i in range(len(CASES))])
def test_the_reports_table_is_kept(case: tuple[str, list[tuple[str, Decimal]], Decimal], tmp_path: Path) -> None:
    text, items, total = case
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1, text
    grid = [row for t in docs[0].tables for row in t.texts()]
    for name, amount in [*items, ("合计", total)]:
        assert any(name in row and f"{amount}" in row[row.index(name) + 1:] for row in grid), (name, text)


TWO = list(two_attachments())


@pytest.mark.parametrize("case", TWO, ids=[f"a{i}" for i in range(len(TWO))])
def test_a_notices_second_attachment_is_kept(case: tuple[str, list[tuple[str, Decimal]], Decimal],
                                              tmp_path: Path) -> None:
    text, rows, total = case
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    docs = [d for d in read_path(path).documents if d.extra.get("form") == "transfer"]
    assert len(docs) == 1, text
    assert docs[0].funds["total"].annual_budget.dec == total, text
    grid = [row for t in docs[0].tables for row in t.texts()]
    for name, amount in rows:
        assert any(name in row and f"{amount}" in row[row.index(name) + 1:] for row in grid), (name, text)
