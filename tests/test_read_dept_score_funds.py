"""A department's score table that opens with its funds block (``recognise.scorefunds``): read as the department's
score table (never a project form whose names are the 评分标准 and whose rows are unscored), its funds row kept where
the form's arithmetic confirms it (rate = executed ÷ budget, score = weight × rate), and its 合计 checked with the
block's score or without it as the weights say — in the layouts published text gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.render import RENDERERS, cell_per_line, tabs
from layouts.scorefunds import invent, rows

LAYOUTS = {**RENDERERS, "cell_per_line": cell_per_line, "tabs": tabs}


@pytest.mark.parametrize("counted", [True, False])
@pytest.mark.parametrize("layout", ["pipes", "row_lines", "cell_per_line", "tabs", "cell_lines"])
def test_the_score_table_keeps_its_funds_block(tmp_path: Path, layout: str, counted: bool) -> None:
    f = invent(4, counted=counted)
    text = LAYOUTS[layout](rows(f))
    doc = one(tmp_path, text, kind="dept_evaluation")
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, t.weight.dec, t.score.dec) == (
        f.budget, f.executed, f.rate, 10, f.score)
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (r[2], w, s) for r, w, s in zip(rows(f)[5:-1], f.weights, f.scores, strict=True)]
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [x.message for x in result.findings if x.severity == "error"] == []


@pytest.mark.parametrize("layout", ["pipes", "row_lines"])
def test_a_total_that_counts_the_block_against_weights_that_do_not_is_said(tmp_path: Path, layout: str) -> None:
    f = invent(5, counted=False)
    table = rows(f)
    table[-1][-1] = f"{f.total + f.score}"  # the block's score added to a 合计 whose weight leaves it out
    result = audit_paths([str(write(tmp_path, LAYOUTS[layout](table)))])
    assert [x.kind for x in result.findings if x.severity == "error"] == ["total_sum"]


@pytest.mark.parametrize("layout", ["pipes", "row_lines"])
def test_a_funds_row_the_arithmetic_contradicts_is_not_taken(tmp_path: Path, layout: str) -> None:
    f = invent(6, wrong_rate=True)
    doc = one(tmp_path, LAYOUTS[layout](rows(f)), kind="dept_evaluation")
    total = doc.funds.get("total")
    assert total is None or total.rate.value is None  # nothing the arithmetic does not confirm
    assert len(doc.indicators) == 6 and all(i.score.value is not None for i in doc.indicators)


@pytest.mark.parametrize("layout", ["pipes", "row_lines", "cell_per_line"])
def test_a_department_form_not_yet_scored_stays_the_form(tmp_path: Path, layout: str) -> None:
    from layouts.blanks import not_scored
    from layouts.grid import VARIANTS
    from layouts.grid import rows as form_rows
    from layouts.model import invent as invent_form

    p = invent_form(2)
    doc = one(tmp_path, LAYOUTS[layout](not_scored(form_rows(p, VARIANTS["department"]))), kind="project_self_evaluation")
    assert doc.funds["total"].annual_budget.dec == p.budget  # its funds stay its own, no score table in their place
