"""Rule tables whose rows run along one line of PDF text (name, rule with its grades' points, weight, level pieces
between rows): a row's weight read only where it is its rule's top grade, never otherwise (generator:
``tests/layouts/pdftiers``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write
from layouts.pdftiers import invent_pdf_rules


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rows_whose_weight_is_their_top_grade(tmp_path: Path, seed: int) -> None:
    text, rows = invent_pdf_rules(seed)
    docs = read_path(write(tmp_path, text, "rules.txt")).documents
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == rows
    assert all((i.rule_text.str_ or "").endswith("0分。") for i in docs[0].indicators)


def test_a_weight_that_is_not_the_top_grade_is_not_taken(tmp_path: Path) -> None:
    text, rows = invent_pdf_rules(2, mistake=True)
    doc = read_path(write(tmp_path, text, "rules.txt")).documents[0]
    read = [(i.level3.str_, i.weight.dec) for i in doc.indicators]
    assert read == [rows[0], rows[1], (rows[2][0], None), rows[3], rows[4]]
    assert any(p.message.startswith(f"“{rows[2][0]}”评分标准之后的数字{rows[2][1] + 1}不是其最高档得分") for p in doc.problems)


@pytest.mark.parametrize("seed", [1, 4])
def test_a_rule_of_one_grade_that_takes_points_off(tmp_path: Path, seed: int) -> None:
    """…及时足额到位的:3分;每有一处不符扣0.5分,扣完为止。 3: the one grade is the full marks, so the 3 after it is
    the weight; a number that is not that grade is still not taken."""
    text, rows = invent_pdf_rules(seed, deducting=True)
    doc = read_path(write(tmp_path, text, "rules.txt")).documents[0]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == rows
    text, rows = invent_pdf_rules(seed, mistake=True, deducting=True)
    doc = read_path(write(tmp_path, text, "rules.txt")).documents[0]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators][2] == (rows[2][0], None)
