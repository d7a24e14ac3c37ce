"""The forms of characters and separators that published text takes, folded before any label is matched.

- Full-width digits, Latin letters and number signs (``２０２１``, ``９５．５％``, ``＞＝``) become their ASCII forms
  in every cell and body line, so that every reader's patterns (codes such as ``201``, amounts, years) match
  them as they match ASCII. One character stays one character: every offset still leads to its source.
  Chinese punctuation (，：（）) is left as it is: it is the text's own; but a full-width comma inside a full-width
  number, before a group of three digits (２５，７５４．３９), is the number's thousands separator.
- The letters OCR gives for digits (O for 0, I or l for 1) in runs of digits are read as digits.
  Both only in a file that visibly holds them (as traditional script is converted only in a file written in it).
(A space that PDF text extraction put inside a known label is taken out after traditional script is converted:
``read.despace``.)
- A space between a number and its percent sign (``12.5 %``, as some PDFs set it) is taken out in a cell of a row, where
  the cell says the two are one value, and in a line after a number run on from the text before it (执行率100 %。)
  or opening the line; elsewhere in a line (≧ 95 % 100%: cells flattened to spaces) only in a file that never writes
  a percent sign against its number (a file that does may hold a ``%`` unit column beside the values).
- A text table whose separators are all doubled (``|| a || b ||``, a converter's output) reads as a blank cell
  between every two cells; those columns, blank in every row and as many as the cells around them, are dropped
  (the cells keep their own column references). A blank column of a real table is never dropped: it stands
  beside others that hold text, not between each two of them. A text table's header row (three labels or more) printed again
  inside it (a table continued over pages repeats its header) is dropped where it repeats.
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
_WIDE_MIN = 5  # full-width characters a file must hold to be folded: a name may hold one or two of its own
# A run of digits and the letters OCR gives for them (O o I l), with its decimal part, standing apart from Latin
# words and other digits (matched atomically: linear on any text). ``_mendable`` says which runs are slips.
_SLIP = re.compile(r"(?<![A-Za-z0-9.])(?>[0-9OoIl]+(?:\.[0-9OoIl]+)*)(?![A-Za-z0-9])")
_APART = " \t|"  # what stands around a cell's text in a line: a run alone between them is a cell of its own
_SLIPS_MIN = 2  # runs a file must hold to be mended: one such run may be a name's own


# a full-width comma between full-width digits, before a group of three: the number's own thousands separator
# (２５，７５４，８９９．３９), as a Chinese input method types it; a comma between two numbers is left as it is
_WIDE_GROUP = re.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def fold_width(text: str) -> str:
    """``text`` with full-width digits, letters and number signs in their ASCII forms, and a full-width number's
    thousands separators (same length)."""
    if not any(ch in _FOLDED for ch in text):
        return text
    return _WIDE_GROUP.sub(",", text).translate(_FOLD)


def _mendable(m: re.Match[str]) -> bool:
    """Whether a run is a number OCR misread: one holding a digit that ends in a digit, in O (a 0 after a digit:
    ``2O``, ``2706.8O``) or stands before %; or, with no digit, a cell of its own (``| IO |``: 10), or run on
    after a percent sign, which closes the number before it (a row's cells run together: ``100%IO``, the rate then
    the score 10). Never a run ending in I or l (``=1+2l``), nor letters alone inside a line's words (``IO个`` stays
    as printed)."""
    run, text = m[0], m.string
    if any(ch.isdigit() for ch in run):
        return run[-1] not in "Il" or text.startswith("%", m.end())
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return (before in _APART and (after in _APART or after == "%")) or (before in "%％" and run[-1] not in "Il")


def _slips(text: str) -> list[re.Match[str]]:
    return [m for m in _SLIP.finditer(text) if _mendable(m) and mend_digits(m[0]) != m[0]]


def mend_slips(text: str) -> str:
    """``text`` with the letters OCR gives for digits read as those digits in runs of digits (``IO0%`` → ``100%``,
    ``≥9O%`` → ``≥90%``, ``2O21`` → ``2021``, ``IO0.0O`` → ``100.00``, a cell ``IO`` → ``10``:
    ``ocrslips.mend_digits``); same length."""
    if not any(ch in "OoIl" for ch in text):
        return text
    return _SLIP.sub(lambda m: _mended(m[0]) if _mendable(m) else m[0], text)


def _mended(run: str) -> str:
    """A run read as digits: its whole part as ``mend_digits`` reads it (``O2O`` is a word, not 020); once that is a
    number, every letter after its point is a digit (``1.O5`` → ``1.05``)."""
    whole, point, fraction = run.partition(".")
    whole = mend_digits(whole)
    return whole + point + (mend_digits("1" + fraction)[1:] if whole.isdigit() else fraction)


# white space between a number and its percent sign
_PERCENT_GAP = re.compile(r"(?<=\d)[ \u3000]+(?=%)")
_ATTACHED = re.compile(r"\d%")
# a number run on from the text before it (or opening the line), then the space before its percent sign (the
# number may be a form's amounts run together with it: 年度资金总额:310.2154.741050 %5)
_GLUED_GAP = re.compile(r"(?<![\s\d.,])(\d(?:[\d.]*\d)?)[ \u3000]+(?=%)")
_GAPS_MIN = 3  # spaced percent signs a file must hold for its lines to be closed


def close_percent(text: str) -> str:
    """``text`` with the space between a number and its percent sign taken out: ``12.5 %`` → ``12.5%``."""
    return _PERCENT_GAP.sub("", text) if "%" in text else text


def _close_glued(text: str) -> str:
    return _GLUED_GAP.sub(r"\1", text) if "%" in text else text


def _close_percents(fr: FileRead, texts: list[str]) -> None:
    """Cells' spaced percent signs closed, and lines' after a number run on from their text; every line's when the
    file spaces every one (``_GAPS_MIN`` at least)."""
    gaps = sum(len(_PERCENT_GAP.findall(t)) for t in texts if "%" in t)
    if not gaps:
        return
    lines = gaps >= _GAPS_MIN and not any(_ATTACHED.search(t) for t in texts if "%" in t)
    apply(fr, close_percent if lines else _close_glued, close_percent)


def _mapped(t: Table, fix: Callable[[str], str], cell: Callable[[str], str] | None = None) -> Table:
    """The table with ``fix`` applied to every text, ``cell`` (if given) instead to the cells of a row of two cells
    or more (a row's one cell may be a whole row flattened); the same table when nothing changes."""
    rows = [[(cell if cell is not None and _cells(row) > 1 else fix)(c.text) for c in row]
            for row in t.rows]  # each text fixed once
    title = fix(t.title) if t.title else None
    if rows == [[c.text for c in row] for row in t.rows] and (title or "") == (t.title or ""):
        return t
    return Table([[Cell(x, c.source, c.merged) for x, c in zip(xs, row)] for xs, row in zip(rows, t.rows)], t.source,
                 title, [fix(p) for p in t.preamble])


def _cells(row: list[Cell]) -> int:
    return sum(1 for c in row if c.text.strip())


def apply(fr: FileRead, fix: Callable[[str], str], cell: Callable[[str], str] | None = None) -> FileRead:
    """The file with ``fix`` applied to every cell, title and body line (``cell`` instead, if given, to the cells of
    rows of two cells or more), in place."""
    fr.tables = [_mapped(t, fix, cell) for t in fr.tables]
    fr.body = [(fix(line), src) for line, src in fr.body]
    return fr


def _undoubled(t: Table) -> Table:
    """The table without the blank columns that doubled separators put between every two cells."""
    width = t.width
    blank = [all(k >= len(row) or row[k].blank for row in t.rows) for k in range(width)]
    held = width - sum(blank)
    # doubled separators: a blank column before, between and after the cells of every row
    if held < 2 or sum(blank) < held or any(blank[k] == blank[k + 1] for k in range(min(2 * held, width - 1))):
        return t
    return Table([[c for k, c in enumerate(row) if not blank[k]] for row in t.rows], t.source, t.title, t.preamble)


def _key(row: list[Cell]) -> tuple[str, ...]:
    return tuple(c.text.strip() for c in row if c.text.strip())


def _heads(tables: list[Table]) -> set[tuple[str, ...]]:
    """The header rows of the file's tables: each table's first row when it is labels only (three or more, no digit:
    a row of two, 收入 | 支出, may be a wrapped label's first line again, 收入 / 总计)."""
    heads = {_key(t.rows[0]) for t in tables if t.rows}
    return {h for h in heads if len(h) >= _HEAD_CELLS and not any(ch.isdigit() for c in h for ch in c)}


_HEAD_CELLS = 3


def _unrepeated(t: Table, heads: set[tuple[str, ...]]) -> Table:
    """The table without the rows below its first that repeat a header row of the file (``_heads``): a page break
    inside a table printed its header again, and a row of the same labels is never a row of figures."""
    if not heads or not any(_key(r) in heads for r in t.rows[1:]):
        return t
    return Table([t.rows[0], *(r for r in t.rows[1:] if _key(r) not in heads)], t.source, t.title, t.preamble)


def normalise_forms(fr: FileRead) -> FileRead:
    """The file with full-width forms folded and OCR letters among digits mended, when the file visibly holds
    them (``_WIDE_MIN`` full-width characters, ``_SLIPS_MIN`` such runs: a file that does not is never touched,
    so a name printed with one of them is read as printed), a number's spaced percent sign closed
    (``_close_percents``), and, in text tables, doubled separators undone and a header row repeated after a page
    break dropped (in place)."""
    texts = list(fr.texts())
    if sum(1 for t in texts for ch in t if ch in _FOLDED) >= _WIDE_MIN:
        apply(fr, fold_width)
        texts = list(fr.texts())
    if sum(len(_slips(t)) for t in texts if any(ch in "OoIl" for ch in t)) >= _SLIPS_MIN:
        apply(fr, mend_slips)
    _close_percents(fr, list(fr.texts()))
    if fr.format == "text":
        fr.tables = [_undoubled(t) for t in fr.tables]
        heads = _heads(fr.tables)
        fr.tables = [_unrepeated(t, heads) for t in fr.tables]
    return fr
