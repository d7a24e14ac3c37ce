"""A disclosure table printed one cell a line (``text |``) whose blank cells are lines holding their pipe alone.

The text reader takes a run of such cell lines for one row and a lone ``|`` for a line of text, so a table with a
few blank cells reaches the accounts readers cut into pieces: the first under the table's title, each next one with
only lone pipes before it (a run with many blank cells is joined by ``read.text._pipe_closed_cells`` before). Here
the pieces are one table again: a piece with no title of its own, nothing but lone pipes since the piece before,
and both pieces runs of one-cell lines, continues that piece. Other tables are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.core.table import Cell, Table

_KEPT = 3  # the lines before a table the text reader keeps as its preamble (``read.text._PREAMBLE``)
_MAX_BLANKS = 8  # blank cells in a row between two pieces


def _cell_run(row: list[Cell]) -> bool:
    """A row whose cells stand one a line, on lines that follow each other."""
    lines = [c.source.line for c in row]
    return bool(row) and all(x is not None for x in lines) and len(set(lines)) == len(lines)


def blank_cells_joined(tables: list[Table], kind: Callable[[Table], str | None]) -> list[Table]:
    """The tables with each piece cut off by blank cells' lone pipes joined to the piece before it (``kind``: the
    kind a piece's own title names, None for a piece without one). A 三公 table is left to its own reader, which
    reads its blank cells (``recognise.sangong``)."""
    out: list[Table] = []
    for t in tables:
        prev = out[-1] if out else None
        if (prev is not None and prev.rows and t.rows and len(t.rows) == 1 and t.preamble
                and all(x.strip() == "|" for x in t.preamble) and kind(t) is None and kind(prev) != "three_public"
                and _cell_run(prev.rows[-1]) and _cell_run(t.rows[0])):
            first, last = t.rows[0][0].source.line or 0, prev.rows[-1][-1].source.line or 0
            between = first - last - 1  # lines: nothing but the lone pipes (a preamble keeps the last three)
            if between == len(t.preamble) or len(t.preamble) >= _KEPT and between <= _MAX_BLANKS:
                out[-1] = Table([*prev.rows[:-1], prev.rows[-1] + t.rows[0]], prev.source, prev.title, prev.preamble)
                continue
        out.append(t)
    return out
