"""A 三公 statement printed before a project form whose table structure is damaged (``layouts.bylabels``: cells one a
line, rows run together, columns interleaved …; no title line to cut the page at): the form is read as it reads
alone, by its anchors where its table reading is partial, and the statement is kept beside it as a 三公 document
(``read.documents.recognise_documents``). Before, the statement's document stopped the form's text from being read
again, and the form kept only its half-read table reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.core.records import Document
from jixiao.read import read_path
from layouts.archive import STATEMENT
from layouts.bylabels import DAMAGES, damaged_text
from layouts.files import write
from layouts.model import invent


def _figures(doc: Document) -> tuple[object, ...]:
    t = doc.funds["total"]
    return (t.annual_budget.dec, t.executed.dec, t.score.dec, doc.total_score.dec,
            [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators])


@pytest.mark.parametrize("damage", DAMAGES)
def test_the_form_after_a_statement_reads_as_it_reads_alone(tmp_path: Path, damage: str) -> None:
    p = invent(5)
    text = damaged_text(p, damage).replace("项目支出绩效自评表", "", 1)  # (no title: nothing to cut the page at)
    alone = [d for d in read_path(write(tmp_path, text, "alone.txt")).documents]
    after = read_path(write(tmp_path, "\n".join([*STATEMENT, ""]) + text, "after.txt")).documents
    assert sorted(d.type for d in after) == sorted(["sangong", *(d.type for d in alone)])
    assert [_figures(d) for d in after if d.type != "sangong"] == [_figures(d) for d in alone]
    if damage != "interleaved":  # (the form alone is read whole: the comparison is of figures)
        assert _figures(alone[0])[1] == p.executed
