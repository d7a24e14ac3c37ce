"""Forms whose first-level labels were lost (only ``（50分）`` left), with the template's numbering on every
name and a target glued onto its name (generator ``layouts.lostlevels``): the figures and the first-level
weights are read by meaning, a planted mistake in them is found, and a first level whose weight is lost too
gives no false 分值之和 error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts import degrade
from layouts.files import one, write
from layouts.lostlevels import lost_level_rows
from layouts.model import invent
from layouts.render import RENDERERS


@pytest.mark.parametrize("layout", ["row_lines", "cell_lines", "pipes_collapsed", "flattened"])
def test_first_levels_read_by_their_second_levels(tmp_path: Path, layout: str) -> None:
    p = invent(21)
    doc = one(tmp_path, RENDERERS[layout](lost_level_rows(p)), "project_self_evaluation")
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (f"指标1:{i.name}", i.weight, i.score) for i in p.indicators]
    assert [i.level1.value for i in doc.indicators] == [i.level1 for i in p.indicators]
    assert {k: v.dec for k, v in doc.level1_weights.items()} == {"预算执行": p.exec_weight, **p.level1_weights()}
    glued = doc.indicators[2]
    assert glued.target.value == p.indicators[2].target and glued.actual.value is None
    t = doc.funds["total"]  # the blank 执行率 cell: five numbers placed by the arithmetic
    assert (t.initial_budget.dec, t.annual_budget.dec, t.executed.dec, t.weight.dec, t.rate.dec, t.score.dec) == (
        p.initial, p.budget, p.executed, p.exec_weight, None, p.exec_score)
    assert doc.total_score.dec == p.total
    said = " ".join(x.message for x in doc.problems)
    assert "读作产出指标" in said and "读作效益指标" in said


@pytest.mark.parametrize("layout", ["row_lines", "flattened"])
def test_header_words_broken_before_a_lost_first_level(tmp_path: Path, layout: str) -> None:
    """年度 / 指标值实际 / 完成值分 / 值得 / 分偏差原因分析 then （44分） and 数量指标: the header's broken words are read
    up to the rows, never through the first level's weight and the first row."""
    p = invent(32)
    doc = one(tmp_path, degrade.broken_label_words(RENDERERS[layout](lost_level_rows(p))))
    assert [(i.level1.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.level1, i.weight, i.score) for i in p.indicators]


@pytest.mark.parametrize("layout", ["row_lines", "cell_lines"])
def test_a_wrong_first_level_weight_is_found(tmp_path: Path, layout: str) -> None:
    p = invent(22)
    weights = p.level1_weights()
    weights["产出指标"] += 6  # printed (50分) where the rows under it make 44
    result = audit_paths([str(write(tmp_path, RENDERERS[layout](lost_level_rows(p, weights))))])
    errors = [f for f in result.findings if f.severity == "error"]
    assert [f.kind for f in errors] == ["weight_sum"], [(f.kind, f.message) for f in errors]
    assert Decimal(errors[0].reported or "") == sum(weights.values(), p.exec_weight)


def test_a_planted_total_is_found(tmp_path: Path) -> None:
    p = invent(23, mistake="total")
    result = audit_paths([str(write(tmp_path, RENDERERS["row_lines"](lost_level_rows(p))))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}


def test_first_levels_lost_whole_give_no_false_error(tmp_path: Path) -> None:
    """Labels and weights both lost but 满意度指标's: the weights read are not all the first levels', no sum
    of them is checked (and said so), while the rows' own weights still make 100."""
    p = invent(24)
    text = RENDERERS["row_lines"](lost_level_rows(p, weights_shown=False))
    result = audit_paths([str(write(tmp_path, text))])
    assert not [f for f in result.findings if f.severity == "error"], [f.message for f in result.findings]
    assert any(f.kind == "cannot_verify" and f.row == "一级权重" for f in result.findings)
    doc = one(tmp_path, text)
    assert {k: v.dec for k, v in doc.level1_weights.items()} == {"预算执行": p.exec_weight, "满意度指标": Decimal(20)}
    assert [i.weight.dec for i in doc.indicators] == [i.weight for i in p.indicators]
    assert sum((i.weight.dec or Decimal(0) for i in doc.indicators), p.exec_weight) == Decimal(100)
