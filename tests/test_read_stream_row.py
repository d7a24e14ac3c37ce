"""``streamrow.RowCells``: a stream row its cells do not let be read is said with its cells and where, never
guessed (指标行（…）…，未读取), and a row that fits is read by the columns."""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.records import Document, Problem
from jixiao.core.source import Source
from jixiao.read.recognise.streamrow import RowCells
from jixiao.read.recognise.tokens import Token


def _row(*texts: str) -> list[Token]:
    return [Token(x, Source("a.txt", line=7 + k)) for k, x in enumerate(texts)]


def _cells() -> tuple[RowCells, list[Problem]]:
    problems: list[Problem] = []
    return RowCells(Document("project_self_evaluation", None, Source("a.txt")), problems), problems


def test_a_row_read_by_its_weight_and_score() -> None:
    cells, problems = _cells()
    cells._indicator(_row("培训人次", "≥50人次", "56人次", "10", "9"), None, None, ["target", "actual"], False)
    ind = cells.doc.indicators[0]
    assert (ind.level3.value, ind.target.value, ind.actual.value, ind.weight.dec, ind.score.dec) == (
        "培训人次", "≥50人次", "56人次", Decimal(10), Decimal(9))
    assert problems == []


def test_rows_not_read_say_their_cells_and_where() -> None:
    cells, problems = _cells()
    cells._indicator(_row("培训人次", "达标", "达标"), None, None, ["target", "actual"], False)
    cells._indicator(_row("培训人次", "2020"), None, None, ["target", "actual"], False)
    cells._weight_first(_row("培训人次", "达标"), None, None, 2, False)
    cells.score_only = True
    cells._indicator(_row("培训人次", "9"), None, None, ["target", "actual"], False)
    assert [(p.message, p.source.line if p.source else None) for p in problems] == [
        ("指标行（培训人次 达标 达标）末尾没有分值，未读取", 7),
        ("指标行（培训人次 2020）末尾的数值2020不可能是分值，未读取", 8),
        ("指标行（培训人次 达标）没有分值，未读取", 7),
        ("指标行（培训人次 9）与栏目对不上，未读取", 7)]
    assert problems[1].message_en == "indicator row (培训人次 2020): 2020 cannot be a weight; not read"
    assert cells.doc.indicators == []
