"""Rows of a form's end (``streamtail``) that hold two numbers after their target and nothing else: the actual and
the weight (the form's 得分 column blank) or the weight and the score (its 完成值 blank). A row alone cannot say which;
the rows of one table share one column model, and a total row that holds 100 alone bounds them: read either way,
the weights, with those read on the other rows, may not pass 100 (a score over its weight rules nothing out: it may
be the form's mistake, for the audit to find). When the total allows exactly one of the two readings, every such
row is placed by it and that is said; when it allows both or neither, they stay unread (``streamtail`` says so).
The rows above the page's first line are not in the file, so the bound is a ceiling, never a sum to meet."""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.records import IndicatorRow, Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.tokens import Token, token_num

Pair = tuple[IndicatorRow, Token, Token]


def place_by_total(pairs: list[Pair], known: Decimal, bound: Decimal) -> Problem | None:
    """Place the ``pairs`` (each row with its two numbers) by the one reading the total ``bound`` allows, ``known``
    being the weights read elsewhere in the table; the problem that says so, or None when they were not placed."""
    if not pairs or any(a.number is None or b.number is None for _, a, b in pairs):
        return None
    firsts = [a.number for _, a, _ in pairs if a.number is not None]
    seconds = [b.number for _, _, b in pairs if b.number is not None]
    # (a score over its weight does not rule the reading out: it may be the form's mistake, for the audit to find)
    as_weight_score = known + sum(firsts, Decimal(0)) <= bound
    as_actual_weight = known + sum(seconds, Decimal(0)) <= bound
    if as_weight_score == as_actual_weight:
        return None
    for row, first, second in pairs:
        if as_actual_weight:
            row.actual, row.weight = Val(first.text, first.text, first.source), token_num(second)
        else:
            row.weight, row.score = token_num(first), token_num(second)
    src = pairs[0][0].source
    if as_actual_weight:
        return problem(
            f"{len(pairs)}行指标在指标值之后只有两个数值：若读作权重与得分，权重之和（{known + sum(firsts, Decimal(0))}）"
            f"超过合计{bound}，"
            "故读作完成值与权重（得分未填）",
            f"{len(pairs)} indicator rows hold two numbers after the target: read as weight and score, the weights "
            f"would pass the total {bound}, so they are read as actual and weight (score blank)", src)
    return problem(
        f"{len(pairs)}行指标在指标值之后只有两个数值：若读作完成值与权重，权重之和（{known + sum(seconds, Decimal(0))}）"
        f"超过合计{bound}，故读作权重与得分（完成值未填）",
        f"{len(pairs)} indicator rows hold two numbers after the target: read as actual and weight, the weights "
        f"would pass the total {bound}, so they are read as weight and score (actual blank)", src)
