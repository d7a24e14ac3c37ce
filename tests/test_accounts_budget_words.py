"""A 部门预算 说明's totals are read whatever words carry them, with the parts after them, and a share that does not
divide out is found (generator: ``tests/layouts/budget_words.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from jixiao.read import read_path
from layouts.budget_words import TOTALS, budget_totals


def _doc(tmp_path: Path, lines: list[str], kind: str = "budget_disclosure"):  # type: ignore[no-untyped-def]
    f = tmp_path / "words.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_path(f).documents
    assert [d.type for d in docs] == [kind]
    return docs[0]


@pytest.mark.parametrize("stage", ["预算", "决算"])
@pytest.mark.parametrize("wording", range(len(TOTALS)))
def test_the_totals_in_every_wording_are_read(tmp_path: Path, wording: int, stage: str) -> None:
    w = budget_totals(wording + 1, wording, stage=stage)
    doc = _doc(tmp_path, w.lines, "budget_disclosure" if stage == "预算" else "final_accounts")
    rows = {r.name: r.get("金额").dec for r in doc.extra["accounts"].tables[0].rows}
    assert any(("收入" in name or "收支" in name) and v == w.total for name, v in rows.items())
    assert {k: rows.get(k) for k in w.parts} == w.parts
    assert [f for f in check_accounts(doc) if f.severity != "info"] == []


@pytest.mark.parametrize("stage", ["预算", "决算"])
@pytest.mark.parametrize("wording", [1, 2, 4, 10])
def test_a_share_off_under_a_total_said_for_both_sides_is_found(tmp_path: Path, wording: int, stage: str) -> None:
    """收支预算总额 / 均为 / 各为: the one amount (or each) is the income's total, so the share of its part that is
    one point high does not divide out against it."""
    doc = _doc(tmp_path, budget_totals(wording + 20, wording, plant=True, stage=stage).lines,
               "budget_disclosure" if stage == "预算" else "final_accounts")
    found = [(f.kind, f.row) for f in check_accounts(doc) if f.severity != "info"]
    assert len(found) == 1 and found[0][0] == "text_percent" and "一般公共预算拨款收入" in (found[0][1] or "")
