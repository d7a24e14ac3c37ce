"""Rule tables whose numbered rows run together (序号 | 指标 | 评分标准 | 分值), each weight glued to the next row's
number: rows told by their numbers, a weight read only where it is its rule's top grade, never otherwise
(generator: ``tests/layouts/seqrules``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write
from layouts.seqrules import invent_seq_rules


@pytest.mark.parametrize("lines", [False, True])
@pytest.mark.parametrize("page_marker", [False, True])
@pytest.mark.parametrize(("seed", "rows", "bands"), [(1, 7, True), (2, 5, False), (3, 12, True), (4, 10, False)])
def test_numbered_rows_run_together(tmp_path: Path, seed: int, rows: int, bands: bool, page_marker: bool,
                                    lines: bool) -> None:
    text, want = invent_seq_rules(seed, rows, bands, page_marker, lines)
    docs = read_path(write(tmp_path, text, "rules.txt")).documents
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == want
    assert docs[0].extra.get("indicators_incomplete")  # no total row: the table may go on


def test_the_total_row_is_read(tmp_path: Path) -> None:
    text, want = invent_seq_rules(5, total=True)
    doc = read_path(write(tmp_path, text, "rules.txt")).documents[0]
    assert doc.total_weight.dec == sum(w for _, w in want)
    assert not doc.extra.get("indicators_incomplete")


def test_a_weight_that_is_not_the_top_grade_stops_the_reading_and_is_said(tmp_path: Path) -> None:
    text, want = invent_seq_rules(1, mistake=True)
    doc = read_path(write(tmp_path, text, "rules.txt")).documents[0]
    assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == want[:3]  # never a row with a wrong weight
    assert any("第4行之后" in p.message for p in doc.problems)
