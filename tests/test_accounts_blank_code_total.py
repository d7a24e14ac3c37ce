"""The 合计 row of a classified table whose code columns (类 | 款 | 项) it leaves empty (generator:
``tests/layouts/blank_code_total.py``): read as the table's total, its figures under their columns, and a misprinted
total found at its row."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.accounts.checks import check_accounts
from layouts.blank_code_total import blank_code_total
from layouts.files import one

_TYPE = {"budget": "budget_disclosure", "final": "final_accounts"}


@pytest.mark.parametrize("stage", ["budget", "final"])
@pytest.mark.parametrize("codes", [1, 2, 3])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_total_row_with_its_code_cells_empty(tmp_path: Path, seed: int, codes: int, stage: str) -> None:
    text, figures = blank_code_total(seed, codes, stage)
    doc = one(tmp_path, text, _TYPE[stage])
    t = doc.extra["accounts"].table("gp_expenditure")
    assert t is not None
    total = [r for r in t.rows if r.total]
    assert [{c: r.get(c).dec for c in figures} for r in total] == [figures]
    assert [f for f in check_accounts(doc) if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("codes", [2, 3])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_misprinted_total_there_is_found(tmp_path: Path, seed: int, codes: int) -> None:
    text, _ = blank_code_total(seed, codes, "budget", plant=True)
    doc = one(tmp_path, text, "budget_disclosure")
    found = [f.row for f in check_accounts(doc) if f.severity in ("error", "suspect")]
    assert found and set(found) == {"合计"}, found


@pytest.mark.parametrize("label", ["本年合计", "支出合计", "本年支出合计", "总 计"])
@pytest.mark.parametrize("codes", [1, 3])
def test_the_total_row_under_the_label_it_is_printed_with(tmp_path: Path, codes: int, label: str) -> None:
    text, figures = blank_code_total(4, codes, "budget", label=label)
    doc = one(tmp_path, text, "budget_disclosure")
    t = doc.extra["accounts"].table("gp_expenditure")
    assert t is not None
    total = [r for r in t.rows if r.total]
    assert [{c: r.get(c).dec for c in figures} for r in total] == [figures]
    assert total[0].name == "合计" and (total[0].printed or "合计") == label.replace(" ", "")
