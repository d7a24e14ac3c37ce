"""``streamorphans.Orphans.pair`` says what it did: the rows it paired and the total row's figures left over, or
no row when the weights do not confirm the pairing (the block counts a pairing by this, not by a message's words)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.records import FUNDS_ROWS, Document, FundsRow, Problem
from jixiao.core.source import Source
from jixiao.read.recognise.streamorphans import Orphans, Paired
from jixiao.read.recognise.tokens import Token


def _doc() -> Document:
    doc = Document("project_self_evaluation", None, Source("a.txt"))
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    return doc


def _orphans(*figures: str) -> Orphans:
    names = [(Token(f"指标{n}:名{n}", Source("a.txt", line=n)), None, None) for n in (1, 2)]
    return Orphans(names=names, figures=[Token(x, Source("a.txt", line=9)) for x in figures], at=[0, 0])


def test_paired_rows_and_the_totals_left() -> None:
    doc, problems = _doc(), list[Problem]()
    paired = _orphans("60", "55", "40", "38", "100", "93").pair(doc, ["weight", "score"], problems)
    assert paired.rows == 2 and paired.left is not None
    assert [t.text for t in paired.left] == ["100", "93"]
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        ("指标1:名1", Decimal(60), Decimal(55)), ("指标2:名2", Decimal(40), Decimal(38))]
    assert problems[-1].message.startswith("指标名称与其数值分开印出")


def test_weights_that_do_not_make_the_total_pair_nothing() -> None:
    doc, problems = _doc(), list[Problem]()
    paired = _orphans("60", "55", "30", "28").pair(doc, ["weight", "score"], problems)
    assert paired == Paired(0, None)
    assert doc.indicators == [] and "无法可靠配对" in problems[-1].message


def test_names_alone_pair_nothing_and_say_nothing() -> None:
    problems: list[Problem] = []
    paired = _orphans().pair(_doc(), ["weight", "score"], problems)
    assert paired == Paired(0, None) and problems == []
