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


def units_joined(cells: list[Token]) -> list[Token]:
    """A unit a wrap put on its own line after its figure joined back (≤1418.91 / 万元 → ≤1418.91万元; 1406.14万 / 元)."""
    out: list[Token] = []
    for t in cells:
        if out and (is_unit(t.text) or t.text.startswith(("万", "元", "%"))) and not is_unit(out[-1].text) \
                and _WITH_UNIT.match(out[-1].text + t.text) and not _WITH_UNIT.match(out[-1].text):
            out[-1] = Token(out[-1].text + t.text, out[-1].source)
        else:
            out.append(t)
    return out


def _text_cell(cell: Token) -> bool:
    return not is_figure(cell.text) and not is_value(cell.text) and cell.text not in COMPARATORS \
        and not is_unit(cell.text)


def _fits(cell: Token, piece: str, loose: bool = False) -> bool:
    """Whether ``piece`` can be the wrapped end of ``cell``: a unit the end of a figure (≤3405.63 / 万元), other
    text the end of a text cell; ``loose``, a unit that is also a word's end (本 of 项目总成本, 人次 of 完成培训人次)
    the end of a text cell too (money and percent units never)."""
    if piece.startswith((")", "）")):  # a closing bracket ends a cell that opened one (else a level label's: 产出指标（44分 / ）)
        return cell.text.count("(") + cell.text.count("（") > cell.text.count(")") + cell.text.count("）")
    if is_unit(piece) or any(piece.startswith(u) for u in ("%", "万", "元")):
        return bool(_WITH_UNIT.match(cell.text + piece)) or (
            loose and not piece.startswith(("%", "万", "元")) and _text_cell(cell))
    return _text_cell(cell)


def _figures_at(row: list[Token]) -> int | None:
    """Where the row's weight and score stand: the last two numbers side by side, only text (its 偏差原因)
    after them; None when the row has no such pair."""
    for j in range(len(row) - 2, -1, -1):
        if plain(row[j].text) and plain(row[j + 1].text):
            return j if all(not is_value(t.text) for t in row[j + 2 :]) else None
    return None


def _line_pieces(toks: list[Token], k: int) -> tuple[list[str], int] | None:
    """The pieces of the continuation line at ``k`` and where it ends; None when it is no continuation line
    (too many pieces, a digit, a sign, a piece wider than a column)."""
    line, end = toks[k].source.line, k
    while end < len(toks) and toks[end].source.line == line and toks[end].source.cell == toks[k].source.cell:
        end += 1
    pieces = [t.text for t in toks[k:end]]
    if not 0 < len(pieces) <= _MAX_PIECES or any(len(p) > _PIECE or re.search(r"\d", p) or p in COMPARATORS
                                                 for p in pieces):
        return None
    return pieces, end


def _placements(row: list[Token], cells: Sequence[int], pieces: list[str]) -> list[list[tuple[int, str]]]:
    """The ways ``pieces`` end ``cells`` of the row, in order: units on figures first; only when no such way
    exists, a unit may end a text cell too."""
    for loose in (False, True):
        fits = [list(zip(chosen, pieces, strict=True)) for chosen in combinations(cells, len(pieces))
                if all(_fits(row[i], p, loose) for i, p in zip(chosen, pieces, strict=True))]
        if fits:
            return fits
    return []


def wrapped_tail(row: list[Token], levels: Sequence[Token | None], toks: list[Token], k: int,
                 opens_row: Callable[[int], bool]) -> tuple[list[tuple[int, str]], int] | None:
    """The continuation lines from ``k`` placed on ``row``'s cells: ((index in ``row``, piece) …, tokens used),
    or None when ``k`` opens no continuation line or its pieces fit the cells more than one way or none. A piece
    that fits a level label of the row (``levels``, cut by the wrap) makes the placement ambiguous: not taken.
    Several continuation lines (a long name or 偏差原因 wrapped twice) are placed line by line: a cell goes on
    only where its piece on the line before filled the column (as wide as the cell's own first line); a
    shorter piece ended the cell."""
    at = _figures_at(row)
    if len(row) < 3 or at is None or k >= len(toks) or opens_row(k):
        return None
    line = toks[k].source.line
    if line is None or (row[-1].source.line or 0) >= line or toks[k - 1].source.line == line:
        return None
    lines: list[list[str]] = []
    end = k
    while end < len(toks) and (not lines or not opens_row(end)):
        found = _line_pieces(toks, end)
        if found is None:
            if not lines:
                return None
            break
        lines.append(found[0])
        end = found[1]
    if end < len(toks) and not opens_row(end):
        return None
    if (len(lines) > 1 or at + 2 < len(row)) and row[0].source.line != row[at].source.line:
        return None  # a row printed one cell a line is no line of cells wrapping: its cells are not told apart by lines
    if any(lv is not None and lv.text not in _LABELS and is_label_piece(lv.text + lines[0][0]) for lv in levels):
        return None  # the first piece may end a level label the wrap cut (服务对象满意度指 / 标): not said which
    cells: Sequence[int] = [i for i in range(len(row)) if i not in (at, at + 1)]
    placed: list[tuple[int, str]] = []
    for pieces in lines:
        fits = _placements(row, cells, pieces)
        if len(fits) > 1:  # only a cell as wide as its column wraps: of text cells that may go on, the widest did
            widest = max(len(row[i].text) for i in cells if _text_cell(row[i]))
            fits = [f for f in fits if all(not _text_cell(row[i]) or len(row[i].text) >= widest for i, _ in f)]
        if len(fits) != 1:
            return None
        placed.extend(fits[0])
        cells = [i for i, p in fits[0] if len(p) >= len(row[i].text) - 1]  # a piece as wide as its column goes on
    return placed, end - k
