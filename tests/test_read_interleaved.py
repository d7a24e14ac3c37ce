"""Forms whose columns the text interleaves (generator ``layouts.interleaved``): the header labels among the first
row's figures, the last rows' figures before their names, the total's figures before its label. The names and
the figures are paired in order when the weights confirm it; a planted total is then found, and figures that
cannot be paired are said, never placed by guess and never a false error."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts import degrade
from layouts.files import one, write
from layouts.interleaved import interleaved_text
from layouts.model import Project, invent


def _quantitative(p: Project) -> Project:
    """The form with every target a figure (a qualitative target in a run of figures cannot be told from a name)."""
    rows = [replace(i, target="≥80%", actual="85%") if not any(c.isdigit() for c in i.target) else i
            for i in p.indicators]
    return replace(p, indicators=rows)


@pytest.mark.parametrize("tail", [1, 3])
def test_names_and_figures_apart_are_paired_by_the_weights(tmp_path: Path, tail: int) -> None:
    p = _quantitative(invent(41))
    doc = one(tmp_path, interleaved_text(p, tail), "project_self_evaluation")
    assert [(i.level3.value, i.target.value, i.actual.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (f"指标1:{i.name}", i.target, i.actual, i.weight, i.score) for i in p.indicators]
    assert [i.level1.value for i in doc.indicators] == [i.level1 for i in p.indicators]
    assert (doc.total_weight.dec, doc.total_score.dec) == (p.total_weight, p.total)
    said = " ".join(x.message for x in doc.problems)
    assert "栏目交错" in said and f"按顺序配对{tail + 1}行" in said


@pytest.mark.parametrize("slip", ["ocr_signs", "full_width", "traditional"])
def test_ocr_and_conversion_slips_in_the_figures_run(tmp_path: Path, slip: str) -> None:
    """》90% (≥ as OCR reads it) opening the run of figures is a figure, never a name: the rows are paired, the
    weights read, and no 分值之和 error is made of a misread row."""
    p = _quantitative(invent(60))
    text = getattr(degrade, slip)(interleaved_text(p, 1))
    doc = one(tmp_path, text)
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(i.weight, i.score) for i in p.indicators]
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert not [f for f in result.findings if f.severity == "error"], [f.message for f in result.findings]


def test_a_planted_total_is_found_after_pairing(tmp_path: Path) -> None:
    p = _quantitative(invent(42, mistake="total"))
    result = audit_paths([str(write(tmp_path, interleaved_text(p)))])
    errors = [f for f in result.findings if f.severity == "error"]
    assert [f.kind for f in errors] == ["total_sum"], [(f.kind, f.message) for f in errors]
    assert Decimal(errors[0].reported or "") == p.total


def test_figures_the_weights_do_not_confirm_are_not_placed(tmp_path: Path) -> None:
    """A weight misprinted in the figures run: the weights no longer make the total, so no pairing is trusted:
    the rows are said to be unread (the sums are then not checked), and nothing is flagged as an error."""
    p = _quantitative(invent(43))
    ws = [f"{i.weight:.2f}" for i in p.indicators]
    ws[-1] = f"{p.indicators[-1].weight + 5:.2f}"
    text = interleaved_text(p, 3, ws)
    doc = one(tmp_path, text)
    assert len(doc.indicators) == len(p.indicators) - 4  # the first row's figures stood apart from its name too
    assert any("无法可靠配对" in x.message for x in doc.problems)
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert not [f for f in result.findings if f.severity == "error"], [f.message for f in result.findings]


def test_qualitative_figures_printed_twice_are_paired(tmp_path: Path) -> None:
    """有效提升 有效提升 13 13 among the figures: a text printed twice is a target and its actual (no name is its
    own target), so the run is still figures and the rows are paired."""
    p = invent(44)
    doc = one(tmp_path, interleaved_text(p, 3))
    assert [(i.level3.value, i.target.value, i.actual.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (f"指标1:{i.name}", i.target, i.actual, i.weight, i.score) for i in p.indicators]


def test_qualitative_figures_that_differ_are_not_guessed(tmp_path: Path) -> None:
    """有效提升 明显提升 13 13 among the figures: the first text may be a name; nothing is paired, the rows are
    said to be unread, and no sum is checked on them (no error)."""
    p = invent(45)
    rows = list(p.indicators)
    rows[4] = replace(rows[4], actual="明显提升")
    p = replace(p, indicators=rows)
    text = interleaved_text(p, 3)
    doc = one(tmp_path, text)
    assert any("无法可靠配对" in x.message for x in doc.problems)
    result = audit_paths([str(write(tmp_path, text, "b.txt"))])
    assert not [f for f in result.findings if f.severity == "error"], [f.message for f in result.findings]
