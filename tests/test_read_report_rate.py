"""A report's budget or spending stated in words that name neither, found by the rate the report states beside it:
the one amount of the text that spending ÷ budget = rate confirms is read and the choice said; a part's amount is
never taken; where the printed rate fits no amount nothing is taken for the missing figure and no error is raised
A project's report and a department's (generator in ``tests/layouts/reportrate``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.reportrate import budget_unnamed, dept_budget_unnamed, invent_rate_report, spent_unnamed

SHAPES = {"budget_unnamed": budget_unnamed, "spent_unnamed": spent_unnamed, "dept_budget_unnamed": dept_budget_unnamed}


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_amount_the_rate_confirms_is_read(tmp_path: Path, shape: str, seed: int) -> None:
    r = invent_rate_report(seed)
    doc = one(tmp_path, SHAPES[shape](r), "project_self_evaluation")
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec) == (r.budget, r.executed, r.rate)
    assert any("执行率" in p.message and "确定" in p.message for p in doc.problems)  # the choice is said
    assert not any(p.message.startswith("报告未说明预算数") for p in doc.problems)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_rate_no_amount_fits_takes_nothing(tmp_path: Path, shape: str) -> None:
    r = invent_rate_report(3, planted="rate")
    doc = one(tmp_path, SHAPES[shape](r))
    t = doc.funds["total"]
    missing = t.executed if shape == "spent_unnamed" else t.annual_budget
    assert missing.value is None  # never the part's amount, nor any other
    found = list(audit_paths([str(write(tmp_path, SHAPES[shape](r)))]).findings)
    assert [f for f in found if f.severity == "error"] == []
