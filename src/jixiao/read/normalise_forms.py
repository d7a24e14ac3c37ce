"""The forms of characters and separators that published text takes, folded before any label is matched.

- Full-width digits, Latin letters and number signs (``２０２１``, ``９５．５％``, ``＞＝``) become their ASCII forms
  in every cell and body line, so that every reader's patterns (codes such as ``201``, amounts, years) match
  them as they match ASCII. One character stays one character: every offset still leads to its source.
  Chinese punctuation (，：（）) is left as it is: it is the text's own.
- A text table whose separators are all doubled (``|| a || b ||``, a converter's output) reads as a blank cell
  between every two cells; those columns, blank in every row and as many as the cells around them, are dropped
  (the cells keep their own column references). A blank column of a real table is never dropped: it stands
  beside others that hold text, not between each two of them.
"""

from __future__ import annotations

from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead

_WIDE = "０１２３４５６７８９．％＋－＜＝＞"
_NARROW = "0123456789.%+-<=>"
_FOLD = str.maketrans({**dict(zip(_WIDE, _NARROW)),
                       **{chr(0xFF21 + k): chr(0x41 + k) for k in range(26)},
                       **{chr(0xFF41 + k): chr(0x61 + k) for k in range(26)}})
_FOLDED = frozenset(map(chr, _FOLD))


def fold_width(text: str) -> str:
    """``text`` with full-width digits, letters and number signs in their ASCII forms (same length)."""
    return text.translate(_FOLD) if any(ch in _FOLDED for ch in text) else text


def _folded_table(t: Table) -> Table:
    if not any(fold_width(c.text) != c.text for row in t.rows for c in row) and fold_width(t.title or "") == (t.title or ""):
        return t
    return Table([[Cell(fold_width(c.text), c.source, c.merged) for c in row] for row in t.rows], t.source,
                 fold_width(t.title) if t.title else None, [fold_width(p) for p in t.preamble])


def _undoubled(t: Table) -> Table:
    """The table without the blank columns that doubled separators put between every two cells."""
    width = t.width
    blank = [all(k >= len(row) or row[k].blank for row in t.rows) for k in range(width)]
    held = width - sum(blank)
    # doubled separators: a blank column before, between and after the cells of every row
    if held < 2 or sum(blank) < held or any(blank[k] == blank[k + 1] for k in range(2 * held)):
        return t
    return Table([[c for k, c in enumerate(row) if not blank[k]] for row in t.rows], t.source, t.title, t.preamble)


def normalise_forms(fr: FileRead) -> FileRead:
    """The file with full-width forms folded and, in text tables, doubled separators undone (in place)."""
    fr.tables = [_folded_table(t) for t in fr.tables]
    fr.body = [(fold_width(line), src) for line, src in fr.body]
    if fr.format == "text":
        fr.tables = [_undoubled(t) for t in fr.tables]
    return fr
