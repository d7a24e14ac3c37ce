"""Second readings of the score and rule tables a first reader found, the fuller kept (``jixiao.read`` calls
``second_reading`` on every file's documents).

- Score and rule tables found by a table reader are read again from the text by their labels
  (``ruletable_labels``): a table reader may have read only part of a table whose structure was lost; rule tables
  also as rows run together (``scoretable_glued``, ``ruletable_flat``, ``ruletable_stops``: a label tree takes the
  weighted labels of rows whose weights follow their rules' stops for the leaves); and by
  the header's column model (``ruletable``) where another reader took them first (the label-tree reader reads
  a table whose levels' header is a second header row as a tree of labels, losing its rows' scores).
- A "project form" read with no funds figure and no indicator score at all, from a table with a 评分标准 column,
  was a project's scoring-rule table (项目名称 above an 评价指标体系): read as one when ``ruletable`` finds it.

A table read twice the same way (by two readers) is kept once. A failing second reading is a located problem
and never loses the first.
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.core.records import FUNDS_COLUMNS, Document
from jixiao.read.base import FileRead, safely
from jixiao.read.recognise import (
    ruletable,
    ruletable_flat,
    ruletable_labels,
    ruletable_stops,
    scoretable_glued,
)
from jixiao.read.recognise.ruletable_labels import TYPE_RULES, TYPE_SCORED


def second_reading(fr: FileRead, docs: list[Document], content: Callable[[Document], int]) -> list[Document]:
    """Score and rule tables found by a table reader are read again from the text by their labels (a table
    reader may have read only part of a table whose structure was lost); the reading that holds more is kept
    (``content``: the dispatcher's measure), the table reader's on a tie. A "project form" read with no funds
    figure and no score at all, from a table with a 评分标准 column, was a project's scoring-rule table (项目名称
    above an 评价指标体系): read as one when the rule-table reader finds it."""
    if docs and all(_empty_form(d) for d in docs):
        rules = [d for d in safely(fr, "ruletable", ruletable.recognise) if d.type == TYPE_RULES]
        return rules if sum(len(d.indicators) for d in rules) >= sum(len(d.indicators) for d in docs) > 0 else docs
    if not docs or not all(d.type in (TYPE_SCORED, TYPE_RULES) for d in docs):
        return docs
    docs = _distinct(docs)

    def held(ds: list[Document]) -> int:  # on a tie, the one that named more rows and levels, and read a total
        rows = [i for d in ds for i in d.indicators]
        named = sum(bool(i.level4.str_ or i.level3.str_) + bool(i.level1.str_) + bool(i.level2.str_) for i in rows)
        return 4 * sum(map(content, ds)) + named + sum(d.total_weight.value is not None for d in ds)

    scored = any(d.type == TYPE_SCORED for d in docs)
    best = docs
    again = [("ruletable_labels", ruletable_labels.recognise), ("ruletable", ruletable.recognise)]
    if not scored:  # rows run together whose scores (or rows) a label tree lost: read again as such rows (named
        # rows with their weight after the rule's stop, under the labels a label tree took for the leaves)
        again += [("scoretable_glued", scoretable_glued.recognise), ("ruletable_flat", ruletable_flat.recognise),
                  ("ruletable_stops", ruletable_stops.recognise)]
    for name, read in again:
        found = safely(fr, name, read)
        if not found or scored and not any(d.type == TYPE_SCORED for d in found):
            continue  # a score table's scores are never traded for more rows without them
        if held(found) > held(best):
            best = found
    return best


def _distinct(docs: list[Document]) -> list[Document]:
    """The same table read by two readers (its text by its labels, its rows by their columns) is one document:
    a reading whose rows (names, weights, scores) and type are another's is dropped."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for d in docs:
        key = (d.type, *((i.level3.str_, i.weight.value, i.score.value) for i in d.indicators))
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def _empty_form(d: Document) -> bool:
    """A project form read without one funds figure or indicator score: no form's reading at all (its 合计 row
    may have given a "total", the sum of the weights)."""
    return (d.type == "project_self_evaluation"
            and not any(getattr(r, k).value is not None for r in d.funds.values() for k in FUNDS_COLUMNS)
            and not any(i.score.value is not None for i in d.indicators))
