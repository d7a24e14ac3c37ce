"""A rule table one cell a line numbered by 序号, its weight on a line of its own between the evidence and the rule,
whose header names the weight and rule columns in rarer words (标分, 验收标准), and whose short rules give points to
their parts (“四有”、“两机”各2分): each row's weight read, no rule taken for a level, no 序号 for a weight, and a
wrong 合计 found (generator: ``tests/layouts/seqlines``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write
from layouts.seqlines import invent_seq_lines


@pytest.mark.parametrize("seed", range(8))
def test_each_rows_weight_after_its_evidence(tmp_path: Path, seed: int) -> None:
    text, rows, total = invent_seq_lines(seed)
    path = write(tmp_path, text)
    (doc,) = [d for d in read_path(path).documents if d.type == "assessment_rules"]
    assert [i.weight.dec for i in doc.indicators] == [Decimal(w) for _, w in rows]
    assert all(req.split("，")[0] in (i.level3.str_ or "") for i, (req, _) in zip(doc.indicators, rows, strict=True))
    assert all(i.level1.str_ is None and i.level2.str_ is None for i in doc.indicators)
    assert doc.total_weight.dec == total
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


def test_a_wrong_total(tmp_path: Path) -> None:
    text, rows, total = invent_seq_lines(3, mistake=True)
    found = [(f.reported, f.recomputed) for f in audit_paths([str(write(tmp_path, text))]).findings
             if f.severity == "error"]
    assert found == [(str(total), str(sum(w for _, w in rows)))]
