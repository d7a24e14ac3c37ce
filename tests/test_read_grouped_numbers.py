"""Numbers as publishing groups them: amounts with thousands separators, with their unit in the cell (4,753.66万元),
and whole forms typed full-width, commas included (２５，７５４．３９): a generated project form
(``tests/layouts/columns.py``) reads the same figures and finds its planted mistake through each."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read.normalise_forms import fold_width
from jixiao.read.recognise.common import amount
from layouts import render
from layouts.columns import FUNDS_ORDERS, INDICATOR_ORDERS, labelled, rows
from layouts.files import write
from layouts.model import invent

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.corpus_perturb import full_width, thousands  # noqa: E402  (the perturbations: one definition)


def test_grouped_amounts_and_full_width_commas() -> None:
    assert amount("4,753.66万元") == "4,753.66" and amount("4753.66万元") == "4753.66"
    assert amount("47,53.66万元") is None  # not groups of three: no amount
    assert fold_width("合计：２５，７５４，８９９．３９") == "合计：25,754,899.39"
    assert fold_width("收入１０，２０，支出１，２３４５") == "收入10，20，支出1，2345"  # commas between numbers stay


def _seed() -> int:
    return next(s for s in range(100) if invent(s).budget >= 1000 and invent(s).executed >= 1000)


@pytest.mark.parametrize("perturb", ["thousands", "full_width"])
@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "row_lines"])
def test_a_form_with_grouped_or_full_width_amounts(tmp_path: Path, layout: str, perturb: str) -> None:
    p = invent(_seed(), mistake="total")
    grid = rows(p, labelled(FUNDS_ORDERS[0], INDICATOR_ORDERS[0]))
    grid = [[f"{c}万元" if c in (f"{p.budget}", f"{p.executed}") else c for c in row] for row in grid]
    text = {"thousands": thousands, "full_width": full_width}[perturb](render.RENDERERS[layout](grid))
    assert (f"{p.budget:,}" in text) if perturb == "thousands" else ("，" in text or "．" in text)
    result = audit_paths([str(write(tmp_path, text))])
    (doc,) = result.files[0].documents
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec) == (p.budget, p.executed, p.rate)
    assert doc.total_score.dec == p.total
    assert sorted(f.kind for f in result.findings if f.severity == "error") == ["total_sum"]
