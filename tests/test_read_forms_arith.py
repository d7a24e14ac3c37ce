"""Project and 转移支付 forms whose published text moves or glues their cells, read by the form's own arithmetic and
never into a false error (generators in ``tests/layouts``):

- the 20-point form of 湖北 / 云南 (no weight per indicator, first levels' weights in their labels), with its
  indicator header and without it (the scores then confirmed by the total less the execution score);
- a funds row whose blank cell vanished while empty cells trail it (``| 3405.63 | 2646.17 | 10.00 | 77.70% | 7.77 | | |``
  under six columns): read by position it puts the rate under 分值; the placement the arithmetic confirms is taken;
- an amount whose unit wrapped onto the next line (3405.63万 / 元) is one amount, never digits run together;
- a 转移支付 row whose 行次 ran into its first amount (1580.41 for 行次 1 and 580.41).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.numbers import parse_decimal
from layouts import proj20, render
from layouts.files import write as _write
from layouts.grid import VARIANTS, rows
from layouts.model import invent
from layouts.render import RENDERERS
from layouts.transfer import grid as transfer_grid
from layouts.transfer import invent as invent_transfer


def _errors(path: Path) -> set[str]:
    return {f.kind for f in audit_paths([str(path)]).findings if f.severity == "error"}


@pytest.mark.parametrize("header", [True, False])
@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "row_lines", "cell_lines", "flattened", "lone_pipes"])
def test_the_20_point_form_reads_its_scores(tmp_path: Path, layout: str, header: bool) -> None:
    f = proj20.invent(3)
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](proj20.rows(f, header))))])
    (doc,) = result.documents
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.score.dec, doc.total_score.dec) == (
        f.budget, f.executed, f.exec_score, f.total)
    assert {r.level3.str_: r.score.dec for r in doc.indicators} == f.scores
    assert not [x.kind for x in result.findings if x.severity == "error"]


@pytest.mark.parametrize("mistake", proj20.MISTAKES)
@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "row_lines", "cell_lines"])
def test_mistakes_planted_in_the_20_point_form_are_found(tmp_path: Path, layout: str, mistake: str) -> None:
    f = proj20.invent(5, mistake)
    assert _errors(_write(tmp_path, RENDERERS[layout](proj20.rows(f)))) == {proj20.KINDS[mistake]}


@pytest.mark.parametrize("layout", ["pipes", "row_lines", "flattened"])
def test_a_headless_20_point_form_whose_total_is_wrong_reads_no_row_and_no_error(tmp_path: Path, layout: str) -> None:
    """Without the header only the total confirms the scores: a wrong total confirms none, and nothing is checked on
    rows read without confirmation."""
    f = proj20.invent(5, "total")
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](proj20.rows(f, header=False))))])
    (doc,) = result.documents
    assert not doc.indicators
    assert not [x.kind for x in result.findings if x.severity == "error"]


@pytest.mark.parametrize("weight", [10, 20])
@pytest.mark.parametrize("mistake", [None, "rate"])
def test_a_funds_row_shifted_by_trailing_empty_cells_is_placed_by_arithmetic(tmp_path: Path, weight: int,
                                                                             mistake: str | None) -> None:
    p = invent(7, exec_weight=weight, mistake=mistake)
    path = _write(tmp_path, render.pipes_trailing(rows(p, VARIANTS["blank_initial"])))
    (doc,) = audit_paths([str(path)]).documents
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec) == (
        p.budget, p.executed, p.exec_weight, p.rate, p.exec_score)
    assert doc.funds["current_year"].annual_budget.dec == p.current[1]
    assert _errors(path) == ({"execution_rate"} if mistake else set())


@pytest.mark.parametrize("weight", [10, 20])
def test_an_amount_whose_unit_wrapped_is_one_amount(tmp_path: Path, weight: int) -> None:
    """预算执行情况（万元）（20分）'s amounts printed 3405.63万元, wrapped in a narrow column: 3405.63万 / 元."""
    p = invent(7, exec_weight=weight)
    path = _write(tmp_path, render.wrapped_cells(rows(p, VARIANTS["weight_in_label"])))
    (doc,) = audit_paths([str(path)]).documents
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.score.dec) == (p.budget, p.executed, p.exec_score)
    assert _errors(path) == set()


@pytest.mark.parametrize("seed", [7, 8, 9])
def test_a_transfer_rows_number_run_into_its_first_amount(tmp_path: Path, seed: int) -> None:
    t = invent_transfer(seed, "rows2024")
    path = _write(tmp_path, render.run_together(transfer_grid(t)))
    (doc,) = [d for d in audit_paths([str(path)]).documents if d.extra.get("form") == "transfer"]
    read = doc.extra["transfer_funds"]
    for key, cols in t.printed.items():
        for col, text in cols.items():
            if text:
                assert read[key][col].dec == parse_decimal(text), (key, col)
    assert _errors(path) == set()
