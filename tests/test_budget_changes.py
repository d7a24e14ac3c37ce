"""A budget 说明 whose other sections state changes only (no amount of their own) and whose 三公 section states the 三公
figures is read as the budget disclosure it is, holding its 三公 figures; a 三公 text of its own stays a 三公
statement; a change said of a line whose amount the text never states is checked against nothing (no other line's
figure taken for its base); a planted 三公 rate is found; a change printed in 元 beside its line's amount in 万元 is
found by its rate (generator: ``tests/layouts/budget_changes.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.budget_changes import changes, unit_slip

SEEDS = range(1, 9)


def _docs(tmp_path: Path, lines: list[str]) -> list[Document]:
    f = tmp_path / "budget.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_path(f).documents


def _said(doc: Document) -> list[tuple[str, Decimal | None]]:
    return [(normalize_text(r.name), v.dec) for t in doc.extra["accounts"].tables for r in t.rows
            for v in r.values.values()]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_planted_sangong_rate_is_found_in_the_budgets_text(tmp_path: Path, seed: int) -> None:
    page = changes(seed, plant=True)
    docs = _docs(tmp_path, page.lines)
    found = [f for f in check_accounts(docs[0]) if f.severity in ("suspect", "error")]
    assert page.planted and len(found) == 1 and found[0].location.line == len(page.lines), found


@pytest.mark.parametrize("seed", SEEDS)
def test_a_sangong_text_of_its_own_stays_a_sangong_statement(tmp_path: Path, seed: int) -> None:
    page = changes(seed, alone=True)
    assert [d.type for d in _docs(tmp_path, page.lines)] == ["sangong"]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_change_printed_in_yuan_beside_its_lines_wan_is_found(tmp_path: Path, seed: int) -> None:
    lines, name = unit_slip(seed)
    docs = _docs(tmp_path, lines)
    found = [f for f in check_accounts(docs[0]) if f.severity in ("suspect", "error")]
    assert len(found) == 1 and found[0].kind == "text_growth" and name in (found[0].row or ""), found
    right, _ = unit_slip(seed, slip=False)
    assert [f for f in check_accounts(_docs(tmp_path, right)[0]) if f.severity != "info"] == []
