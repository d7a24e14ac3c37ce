"""A report in the central template's outline (``layouts.transfer_granted``): the budget is the grant its first section
states, not an amount of the section that passes it on (they were read together, several values, and none was read);
the same text without the passing-on's heading still reads nothing (the sections are told apart only by their
headings); two different grants in the first section are not read either."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.degrade import pdf_spaces, traditional
from layouts.files import one, write
from layouts.transfer_granted import report

DEGRADES = (lambda s: s, traditional, lambda s: pdf_spaces(s, 3))


def _budget(tmp_path: Path, text: str) -> Decimal | None:
    doc = one(tmp_path, text)
    assert doc.extra.get("layout_family") == "transfer-report-text", text
    total = doc.funds.get("total")
    return total.annual_budget.dec if total is not None else None


@pytest.mark.parametrize("seed", range(12))
def test_the_grant_is_the_budget(tmp_path: Path, seed: int) -> None:
    text, grant = report(seed)
    text = DEGRADES[seed % len(DEGRADES)](text)
    assert _budget(tmp_path, text) == grant, text
    assert not [f for f in audit_paths([str(write(tmp_path, text))]).findings if f.severity == "error"]


@pytest.mark.parametrize("seed", range(4))
def test_without_the_passing_ons_heading_nothing_is_chosen(tmp_path: Path, seed: int) -> None:
    text, grant = report(seed)
    lines = text.split("\n")
    flat = "\n".join(x for x in lines if "分解下达" not in x) + "\n" + next(
        x.split(":", 1)[-1] for x in lines if "分解下达" in x) + "\n"
    got = _budget(tmp_path, flat)
    assert got is None or got == grant  # (read only where the whole text states it once)


@pytest.mark.parametrize("seed", range(4))
def test_two_grants_in_the_first_section_are_not_read(tmp_path: Path, seed: int) -> None:
    text, grant = report(seed)
    planted = text.replace(f"{grant}万元", f"{grant}万元(另有{grant + 7}万元下达资金待清算)", 1)
    got = _budget(tmp_path, planted)
    assert got != grant + 7
