"""A department-wide form (部门整体绩效自评表) whose cells ran together with no separator: the execution triple and
each indicator row's figures are split back by the header's column order and the form's arithmetic, a row that
splits several ways is left missing and said, and a planted 自评总分 is found (generator in
``tests/layouts/deptrun``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read.recognise.deptrun import choose, execution, readings
from layouts.deptrun import AMBIGUOUS, ROWS, SHAPE, chunked, invent_run, run_rows
from layouts.files import one, write
from layouts.render import one_run

LAYOUTS = {"one_run": one_run, "chunked": chunked, "chunked_narrow": lambda rows: chunked(rows, 37)}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_run_together_form_is_read_by_its_columns_and_arithmetic(tmp_path: Path, layout: str, seed: int) -> None:
    form = invent_run(seed)
    doc = one(tmp_path, LAYOUTS[layout](run_rows(form)), "project_self_evaluation")
    assert doc.header["部门"].value == form.unit and "部门整体" in (doc.title or "")
    t = doc.funds["total"]
    assert (t.rate.dec, t.weight.dec, t.score.dec) == (form.rate, form.weight, form.execution_score)
    assert doc.total_score.dec == form.total
    got = {i.level3.str_: (i.weight.dec, i.score.dec) for i in doc.indicators}
    want = {name: (Decimal(w), Decimal(s) if name != AMBIGUOUS else None) for name, _, _, w, _, s in ROWS}
    assert got == want
    said = " ".join(p.message for p in doc.problems)
    assert f"指标“{AMBIGUOUS}”" in said and f"指标“{SHAPE}”" in said
    assert [f for f in audit_paths([str(write(tmp_path, LAYOUTS[layout](run_rows(form)), "a.txt"))]).findings
            if f.severity == "error"] == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_planted_total_is_found(tmp_path: Path, layout: str) -> None:
    form = invent_run(5, "total")
    found = [f for f in audit_paths([str(write(tmp_path, LAYOUTS[layout](run_rows(form))))]).findings
             if f.severity == "error"]
    assert [(f.kind, f.reported) for f in found] == [("total_sum", str(form.total))]


def test_the_execution_triple_is_the_one_tail_the_arithmetic_allows() -> None:
    got = execution("32.06.579.27107.93")  # amounts broken by the extraction before the rate
    assert got is not None and [x.text for x in got] == ["79.27", "10", "7.93"]
    assert execution("79.27108.93") is None  # no split where score = weight × rate: nothing taken


def test_a_row_is_taken_only_when_its_readings_agree() -> None:
    cols = ["target", "weight", "actual", "score"]
    row, how = choose(readings("0.910010", cols, Decimal(90)))
    assert how == "unique" and row is not None and (row["weight"].text, row["score"].text) == ("10", "10")
    row, how = choose(readings("2810810", cols, Decimal(90)))
    assert how == "weight" and row is not None and list(row) == ["weight"] and row["weight"].text == "10"
    assert choose(readings("0.910010", cols, Decimal(5))) == (None, "")  # no weight within 5 fits


def test_a_coefficient_the_score_does_not_make_leaves_the_row_unread() -> None:
    """The 重庆 template's other header (… 全年完成值 | 得分系数(%) | 指标权重 | 指标得分): the coefficient holds
    score = weight × coefficient."""
    cols = ["target", "actual", "coef", "weight", "score"]
    row, _ = choose(readings("70%76%90%109", cols, Decimal(90)))
    assert row is not None and (row["weight"].text, row["score"].text) == ("10", "9")
    assert choose(readings("70%76%90%108", cols, Decimal(90))) == (None, "")  # 10 × 90% is not 8
