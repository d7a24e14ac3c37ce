"""A project's evaluation report form whose rows reach users as cells between separators with none before the first
cell (计划安排资金(万元) | 1088.00 | 实际到位资金(万元) | 1020.02 | ||||: lines the text reader keeps as text), and the
湖南 report form whose money is one field (资金总额及构成 | 总额1002.6万元，其中：中央…): the budget, spending, rate
and score read with their sources, a planted mistake found, no false error (generators in ``tests/layouts/report.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.report import SEPARATORS, invent_report, makeup_form, unled_form


@pytest.mark.parametrize("seed", range(2 * len(SEPARATORS) * 3))
def test_a_report_form_whose_rows_open_without_a_separator(tmp_path: Path, seed: int) -> None:
    r = invent_report(seed)
    text = unled_form(r, seed)
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec, t.rate.dec, doc.total_score.dec) == (
        r.budget, r.executed, r.rate, r.score)
    assert t.annual_budget.source is not None and t.annual_budget.source.line == 5
    assert t.executed.source is not None and t.executed.source.line == 7
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(len(SEPARATORS)))
def test_a_wrong_rate_in_such_a_form_is_found(tmp_path: Path, seed: int) -> None:
    r = invent_report(seed, mistake="rate")
    result = audit_paths([str(write(tmp_path, unled_form(r, seed)))])
    # the form's labelled cells are no sentences: the rate they contradict is an error, the only one
    assert [(f.kind, f.severity, f.reported) for f in result.findings if f.severity in ("error", "suspect")] == [
        ("execution_rate", "error", f"{r.rate}%")]


@pytest.mark.parametrize("seed", range(8))
def test_a_report_form_stating_its_money_as_a_total_and_its_sources(tmp_path: Path, seed: int) -> None:
    r = invent_report(seed)
    text, budget = makeup_form(r, seed)
    doc = one(tmp_path, text)
    t = doc.funds["total"]
    assert (t.annual_budget.dec, t.executed.dec) == (budget, None)
    assert t.annual_budget.source is not None and t.annual_budget.source.line is not None
    assert any("未找到执行数" in p.message for p in doc.problems)
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    # the form states no score: that alone is said; its sources make its total, so nothing else is
    assert [f.kind for f in result.findings if f.severity in ("error", "suspect")] == ["missing_total"]


@pytest.mark.parametrize("seed", range(4))
def test_sources_that_do_not_make_the_total_are_found(tmp_path: Path, seed: int) -> None:
    r = invent_report(seed)
    text, _ = makeup_form(r, seed, mistake="parts")
    result = audit_paths([str(write(tmp_path, text))])
    # read from a form's field stating its sources in words: a suspicion at the total, never an error
    assert [(f.kind, f.severity) for f in result.findings if f.kind == "said_parts_sum"] == [
        ("said_parts_sum", "suspect")]
    assert [f.message for f in result.findings if f.severity == "error"] == []
