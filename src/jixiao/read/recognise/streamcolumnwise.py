"""An indicator table read column by column (``recognise.streamindicators``): a spreadsheet preview that prints the
leaf names one after another, then 分值 and as many weights, then 得分 and as many scores (目标内容 决策依据 …
管理制度 分值 4 3 … 9 得分 4 3 … 8). Read row by row, such a text pairs each name with the figures after the last
name, none its own; here the names, the weights and the scores are paired in order, and only where the three runs
hold exactly as many cells each (three or more): any other count is not this layout, and nothing is paired.
"""

from __future__ import annotations

from jixiao.core.records import IndicatorRow
from jixiao.read.recognise.formspec import STREAM_INDICATOR_COLUMNS, alias
from jixiao.read.recognise.runrows import token_val
from jixiao.read.recognise.tokens import Token, plain, token_num

_FEWEST = 3  # rows at the least
_REACH = 200  # tokens after the block's start within which the columns stand


def _name(tok: Token) -> bool:
    return not plain(tok.text) and alias(tok.text, STREAM_INDICATOR_COLUMNS) is None


def _run(toks: list[Token], k: int, n: int) -> bool:
    """``n`` plain numbers from ``k`` and not one more."""
    cells = toks[k : k + n]
    return len(cells) == n and all(plain(t.text) for t in cells) and not (k + n < len(toks) and plain(toks[k + n].text))


def column_rows(toks: list[Token], start: int) -> list[IndicatorRow] | None:
    """The rows of a table printed a column at a time from ``start``: names, 分值 and a weight each, 得分 and a score
    each; None where the text is not so."""
    for k in range(start, min(len(toks), start + _REACH)):
        if alias(toks[k].text, STREAM_INDICATOR_COLUMNS) != "weight":
            continue
        j = k
        while j > start and _name(toks[j - 1]):
            j -= 1
        names, n = toks[j:k], k - j
        s = k + 1 + n
        if (n >= _FEWEST and _run(toks, k + 1, n) and s < len(toks)
                and alias(toks[s].text, STREAM_INDICATOR_COLUMNS) == "score" and _run(toks, s + 1, n)):
            return [IndicatorRow(level3=token_val(name), weight=token_num(w), score=token_num(sc), source=name.source)
                    for name, w, sc in zip(names, toks[k + 1 : k + 1 + n], toks[s + 1 : s + 1 + n])]
    return None


__all__ = ["column_rows"]
