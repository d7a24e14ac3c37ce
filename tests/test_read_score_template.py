"""A score table's blank template (the 得分 column empty) whose rules give points (得5分) is a rule table: its weights
read, no score taken from a rule's points or from the next row's weight; the same table filled in keeps its
scores (generator: ``tests/layouts/blanktemplate``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.blanktemplate import SHAPES, invent_template
from layouts.files import write


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("shape", SHAPES)
def test_a_blank_template_is_a_rule_table(tmp_path: Path, shape: str, seed: int) -> None:
    text, rows = invent_template(seed, shape)
    path = write(tmp_path, text)
    docs = read_path(path).documents
    assert [d.type for d in docs] == ["assessment_rules"]
    assert [(i.level3.str_, i.weight.dec, i.score.value) for i in docs[0].indicators] == \
        [(n, Decimal(w), None) for n, w, _ in rows]
    assert docs[0].total_weight.dec == sum(w for _, w, _ in rows)
    assert [f for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("shape", SHAPES)
def test_the_filled_table_keeps_its_scores(tmp_path: Path, shape: str, seed: int) -> None:
    text, rows = invent_template(seed, shape, filled=True)
    (doc,) = [d for d in read_path(write(tmp_path, text)).documents if d.type == "dept_evaluation"]
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == \
        [(n, Decimal(w), Decimal(s)) for n, w, s in rows]
