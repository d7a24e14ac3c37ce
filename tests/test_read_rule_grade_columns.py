"""Rule tables with grade columns beside the criterion (评价标准 | 优 | 良 | 中 | 差), whatever the shape the text
gives them (whole pipe rows, one cell a line, with or without lone pipes between cells): each leaf's weight read
under its levels, the grades' points or bands never read as rows, weights or labels, and a level whose rows do
not make its printed weight found (generator: ``tests/layouts/gradecolumns``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import write
from layouts.gradecolumns import SHAPES, invent_grade_columns
from layouts.ruleleaves import read_leaves


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("shape", SHAPES)
def test_grade_columns_are_no_rows(tmp_path: Path, shape: str, seed: int) -> None:
    text, leaves, _ = invent_grade_columns(seed, shape)
    path = write(tmp_path, text)
    doc = read_leaves(path, leaves)
    assert doc.total_weight.dec == sum(x.weight for x in leaves)
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("shape", SHAPES)
def test_a_level_whose_rows_do_not_make_its_weight(tmp_path: Path, shape: str) -> None:
    text, leaves, wrong = invent_grade_columns(3, shape, mistake=True)
    want = sum(x.weight for x in leaves if x.level2 == wrong)
    found = [(f.reported, f.recomputed) for f in audit_paths([str(write(tmp_path, text))]).findings
             if f.severity in ("error", "suspect") and wrong in f.message]
    assert (str(want + 1), str(want)) in found
