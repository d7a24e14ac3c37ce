"""The end of a scored project form whose rows print no 指标性质 sign (the 财政部 2020 template: 三级指标 | 年度指标值 |
实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施), read by how its rows end (``streamtail`` reads those that print one).

A scored row closes in its weight and its score: two bare numbers (no unit, no percent sign), the score not above the
weight nor the weight above 100, then a note or the next row. Before them stand the actual and the target (a number
with its unit or sign, 96%, ≥82人次, or words: 有效提升), before those the row's name, and before the name its level
labels where their merged cells begin. Every row of the block must read so, or none is read: a weight printed first
(安徽's 分值 | 年度指标值 | 实际完成值 | 得分) or a row with a lone number is not this grammar. Words between a row's score and
the next row's levels and name are the row's 偏差原因."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.core.records import MISSING, IndicatorRow, Val
from jixiao.read.recognise.formspec import LEVEL1, LEVEL2
from jixiao.read.recognise.tokens import Token

_BARE = re.compile(r"^\d{1,3}(?:\.\d+)?$")
_LEVELS = frozenset((*LEVEL1, *LEVEL2))
HUNDRED = Decimal(100)


def _bare(t: Token) -> bool:
    return _BARE.match(t.text) is not None


def _val(t: Token) -> Val:
    return Val(t.text, t.text, t.source)


def _pairs(toks: Sequence[Token]) -> list[int]:
    """Where each row's weight stands: two bare numbers closing a run of numbers, the second not above the first."""
    out = []
    for k in range(len(toks) - 1):
        w, s = toks[k].number, toks[k + 1].number
        if _bare(toks[k]) and _bare(toks[k + 1]) and (k + 2 == len(toks) or not _bare(toks[k + 2])) \
                and w is not None and s is not None and s <= w <= HUNDRED:
            out.append(k)
    return out


def rows_by_ending(toks: Sequence[Token], end: int) -> list[IndicatorRow] | None:
    """The rows before ``end`` (the total row), each closed by its weight and score; None unless every stretch between
    two rows' scores is a row of this grammar (at least two rows)."""
    pairs = _pairs(toks[:end])
    if len(pairs) < 2:
        return None
    rows: list[IndicatorRow] = []
    after = 0  # where the previous row's score ended
    for k in pairs:
        stretch = list(toks[after:k])
        if len(stretch) < 3 or any(_bare(t) for t in stretch[:-2]):
            return None  # a number the grammar has no place for
        name, target, actual = stretch[-3:]
        if name.number is not None or name.text in _LEVELS or target.text in _LEVELS or actual.text in _LEVELS:
            return None
        lead = stretch[:-3]
        labels: list[Token] = []
        while lead and lead[-1].text in _LEVELS:
            labels.insert(0, lead.pop())
        if len(labels) > 2 or lead and not rows:
            lead = []  # text before the first row: the page's, not a row's
        if lead:
            rows[-1].deviation_note = Val("".join(t.text for t in lead), " ".join(t.text for t in lead), lead[0].source)
        l1 = labels[0] if len(labels) == 2 or labels and labels[0].text in LEVEL1 and labels[0].text not in LEVEL2 \
            else None
        l2 = labels[-1] if labels and labels[-1] is not l1 else None
        rows.append(IndicatorRow(level1=_val(l1) if l1 else MISSING, level2=_val(l2) if l2 else MISSING,
                                 level3=_val(name), target=_val(target), actual=_val(actual),
                                 weight=Val(toks[k].number, toks[k].text, toks[k].source),
                                 score=Val(toks[k + 1].number, toks[k + 1].text, toks[k + 1].source), source=name.source))
        after = k + 2
    return rows
