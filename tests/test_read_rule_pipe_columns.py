"""A rule table as pipes one cell a line whose rows print columns after the weight that the vocabulary does not
name (数据来源 | 考核部门), the last a short department name, and names merged over two rows (the second row starts
with its content): every row's weight read under its own name, the departments never taken for group labels, and
a level whose rows do not make its printed weight found (generator: ``tests/layouts/pipecolumns``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write
from layouts.pipecolumns import LEVELS, invent_pipe_columns


@pytest.mark.parametrize("total", [True, False])
@pytest.mark.parametrize("seed", range(6))
def test_each_rows_weight_under_its_own_name(tmp_path: Path, seed: int, total: bool) -> None:
    text, rows, _ = invent_pipe_columns(seed, total=total)
    (doc,) = [d for d in read_path(write(tmp_path, text)).documents if d.type == "assessment_rules"]
    assert [i.weight.dec for i in doc.indicators] == [Decimal(r.weight) for r in rows]
    for ind, row in zip(doc.indicators, rows, strict=True):
        names = " ".join(v.str_ or "" for v in (ind.level1, ind.level2, ind.level3))
        assert row.merged_into in names  # the name, never a department's
        assert row.level in (ind.level1.str_ or "")
    assert doc.total_weight.dec == (sum(r.weight for r in rows) if total else None)
    assert [f for f in audit_paths([str(write(tmp_path, text))]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("seed", range(3))
def test_a_level_whose_rows_do_not_make_its_weight(tmp_path: Path, seed: int) -> None:
    text, _, sums = invent_pipe_columns(seed, mistake=True)
    want = sums[LEVELS[1]]
    found = [(f.reported, f.recomputed) for f in audit_paths([str(write(tmp_path, text))]).findings
             if f.severity in ("error", "suspect") and LEVELS[1] in f.message]
    assert (str(want + 1), str(want)) in found
