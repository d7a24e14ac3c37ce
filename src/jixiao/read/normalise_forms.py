"""The forms of characters and separators that published text takes, folded before any label is matched.

- Full-width digits, Latin letters and number signs (``２０２１``, ``９５．５％``, ``＞＝``) become their ASCII forms
  in every cell and body line, so that every reader's patterns (codes such as ``201``, amounts, years) match
  them as they match ASCII. One character stays one character: every offset still leads to its source.
  Chinese punctuation (，：（）) is left as it is: it is the text's own.
(A space that PDF text extraction put inside a known label is taken out after traditional script is converted:
``read.despace``.)
- A text table whose separators are all doubled (``|| a || b ||``, a converter's output) reads as a blank cell
  between every two cells; those columns, blank in every row and as many as the cells around them, are dropped
  (the cells keep their own column references). A blank column of a real table is never dropped: it stands
  beside others that hold text, not between each two of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.ocrslips import mend_digits

_WIDE = "０１２３４５６７８９．％＋－＜＝＞"
_NARROW = "0123456789.%+-<=>"
_FOLD = str.maketrans({**dict(zip(_WIDE, _NARROW)),
                       **{chr(0xFF21 + k): chr(0x41 + k) for k in range(26)},
                       **{chr(0xFF41 + k): chr(0x61 + k) for k in range(26)}})
_FOLDED = frozenset(map(chr, _FOLD))
_OCR = re.compile(r"[OoIl]")


def fold_width(text: str) -> str:
    """``text`` with full-width digits, letters and number signs in their ASCII forms (same length), and the
    letters OCR gives for digits read as those digits where they stand among digits (``IO0%`` → ``100%``,
    ``≥9O%`` → ``≥90%``: ``ocrslips.mend_digits``, never inside a Latin word)."""
    if any(ch in _FOLDED for ch in text):
        text = text.translate(_FOLD)
    return mend_digits(text) if _OCR.search(text) else text


def _mapped(t: Table, fix: Callable[[str], str]) -> Table:
    """The table with ``fix`` applied to every text (the same table when nothing changes)."""
    if not any(fix(c.text) != c.text for row in t.rows for c in row) and fix(t.title or "") == (t.title or ""):
        return t
    return Table([[Cell(fix(c.text), c.source, c.merged) for c in row] for row in t.rows], t.source,
                 fix(t.title) if t.title else None, [fix(p) for p in t.preamble])


def apply(fr: FileRead, fix: Callable[[str], str]) -> FileRead:
    """The file with ``fix`` applied to every cell, title and body line (in place)."""
    fr.tables = [_mapped(t, fix) for t in fr.tables]
    fr.body = [(fix(line), src) for line, src in fr.body]
    return fr


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
    apply(fr, fold_width)
    if fr.format == "text":
        fr.tables = [_undoubled(t) for t in fr.tables]
    return fr
