"""A docx preview's rows run together, the last first level's labels broken onto its row's name (generator
``layouts.docxrun``): the row is read without the labels run onto it, and mistakes planted in it are found."""

from __future__ import annotations

from pathlib import Path

from jixiao.audit import audit_paths
from layouts.docxrun import docx_run
from layouts.files import one, write
from layouts.model import invent, over_weight


def test_labels_broken_onto_a_name_are_read_off_it(tmp_path: Path) -> None:
    p = invent(51)
    doc = one(tmp_path, docx_run(p), "project_self_evaluation")
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    last = doc.indicators[-1]
    assert (last.level1.value, last.level2.value, last.target.value) == ("满意度指标", "服务对象满意度指标", "≥90%")
    assert doc.total_score.dec == p.total


def test_a_score_over_its_weight_in_that_row_is_found(tmp_path: Path) -> None:
    p = invent(52)
    p.total = over_weight(p.total, p.indicators[-1])
    result = audit_paths([str(write(tmp_path, docx_run(p)))])
    errors = [f for f in result.findings if f.severity == "error"]
    assert [(f.kind, f.row) for f in errors] == [("score_bounds", p.indicators[-1].name)], [f.message for f in errors]


def test_a_planted_total_is_found(tmp_path: Path) -> None:
    p = invent(53, mistake="total")
    result = audit_paths([str(write(tmp_path, docx_run(p)))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {"total_sum"}
