"""The tails of an indicator row's cells that a PDF wrapped onto a line of their own, after the row's figures.

PDF text extraction gives a table whose cells wrap as one line a row, then a line of the cells' continuations
(``项目总成本 ≤3405.63 2646.17万 11.00 11.00`` / ``万元 元``). Read as a stream, the continuation line ran onto the
row: it no longer ended in its weight and score and was lost. A continuation line is a line of short pieces
with no digit, right after a row whose weight and score are read, and followed by what opens the next row (a
level label, the total, the end of the text). Each piece goes back to one of the row's cells, in order: a unit
(万元, 元, %) to a figure it completes (≤3405.63万元, 2646.17万元), any other piece to a cell of text (the
name, a text target) or to a level label a wrap cut (服务对象满意度指 / 标). The pieces are placed only when
exactly one placement fits; else the row is left as it was read (never a guess).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import combinations

from jixiao.read.recognise.formspec import ALL_LABELS, UNITS
from jixiao.read.recognise.streamcells import COMPARATORS, is_figure, is_unit
from jixiao.read.recognise.tokens import Token, is_label_piece, is_value, plain

_LABELS = frozenset(ALL_LABELS)
_MAX_PIECES = 4
_PIECE = 8  # characters a piece may hold (a column's width)
_UNIT_PATTERN = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_WITH_UNIT = re.compile(rf"^[≥≤=<>≧≦﹦＝]?\d+(?:\.\d+)?(?:{_UNIT_PATTERN})$")


def _fits(cell: Token, piece: str) -> bool:
    """Whether ``piece`` can be the wrapped end of ``cell``."""
    if is_unit(piece) or any(piece.startswith(u) for u in ("%", "万", "元")):
        return bool(_WITH_UNIT.match(cell.text + piece))
    return not is_figure(cell.text) and not is_value(cell.text) and cell.text not in COMPARATORS \
        and not is_unit(cell.text)


def wrapped_tail(row: list[Token], levels: Sequence[Token | None], toks: list[Token], k: int,
                 opens_row: Callable[[int], bool]) -> tuple[list[tuple[int, str]], int] | None:
    """The continuation line at ``k`` placed on ``row``'s cells: ((index in ``row``, piece) …, tokens used), or
    None when ``k`` opens no continuation line or its pieces fit the cells more than one way or none. A piece
    that fits a level label of the row (``levels``, cut by the wrap) makes the placement ambiguous: not taken."""
    if len(row) < 3 or not (plain(row[-1].text) and plain(row[-2].text)):
        return None
    line = toks[k].source.line
    if line is None or (row[-1].source.line or 0) >= line or toks[k - 1].source.line == line:
        return None
    end = k
    while end < len(toks) and toks[end].source.line == line and toks[end].source.cell == toks[k].source.cell:
        end += 1
    pieces = [t.text for t in toks[k:end]]
    if not 0 < len(pieces) <= _MAX_PIECES or end < len(toks) and not opens_row(end):
        return None
    if any(len(p) > _PIECE or re.search(r"\d", p) or p in COMPARATORS for p in pieces):
        return None
    if any(lv is not None and lv.text not in _LABELS and is_label_piece(lv.text + pieces[0]) for lv in levels):
        return None  # the first piece may end a level label the wrap cut (服务对象满意度指 / 标): not said which
    cells = range(len(row) - 2)
    fits = [list(zip(chosen, pieces, strict=True)) for chosen in combinations(cells, len(pieces))
            if all(_fits(row[i], p) for i, p in zip(chosen, pieces, strict=True))]
    return (fits[0], end - k) if len(fits) == 1 else None
