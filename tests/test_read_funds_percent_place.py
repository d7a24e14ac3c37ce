"""A funds row whose blank 年初预算数 cell vanished (the blank cells of a converted table collapsed away) under a header
that prints 执行率 before 分值: its numbers are fewer than the columns and sit left of where they belong, so read by
position the rate (a percent) lands under 全年执行数. A percent is the rate in every template's column order, never an
amount, a weight or a score: the row is placed as the form's own arithmetic confirms (rate = executed ÷ budget,
score = weight × rate), in the header's own order, whatever that order is."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from layouts.files import one
from layouts.grid import VARIANTS, rows
from layouts.model import invent
from layouts.render import RENDERERS

RATE_FIRST = {name: replace(VARIANTS[name], rate_first=True) for name in ("blank_initial", "sichuan", "national")}


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("variant", sorted(RATE_FIRST))
@pytest.mark.parametrize("layout", ["pipes_collapsed", "pipes", "row_lines", "cell_lines", "lone_pipes"])
def test_a_percent_is_the_rate_in_any_column_order(tmp_path: Path, seed: int, variant: str, layout: str) -> None:
    p = invent(seed)
    doc = one(tmp_path, RENDERERS[layout](rows(p, RATE_FIRST[variant])))
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec) == (
        p.budget, p.executed, p.exec_weight, p.rate, p.exec_score)
    if variant == "blank_initial":
        assert t.initial_budget.value is None  # the blank cell is no figure
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(i.weight, i.score) for i in p.indicators]
