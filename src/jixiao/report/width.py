"""One width policy for everything printed on a terminal: tables fit the terminal they are in, text wraps
between words (and between Chinese characters), never inside a number, a file name or an English word.

- ``console()`` — the console every command prints with: its width is the terminal's, or ``COLUMNS``, or 80
  when piped (rich's rule); nothing is cropped, since every table is laid out for that width.
- ``wrap(text, width)`` — lines of at most ``width`` cells. Break opportunities are spaces and the places
  between two CJK characters; a run of other characters (``8,787.77×100%=94.12%``, ``edit_score.xlsx``,
  ``truncated``) is one unit and is cut only when it is wider than a whole line. Closing punctuation stays
  with the character before it and opening punctuation with the one after (no line starts with ``，`` or ends
  with ``（``).
- ``fit(columns, rows, width)`` — a rich ``Table`` whose columns are sized for ``width``: natural widths when
  they fit, otherwise each column shrinks towards its minimum, flexible columns (``说明``) first, and when even
  the minimums do not fit, the columns marked droppable go, least needed first. Every cell is wrapped with
  ``wrap``, so rich never has to cut anything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from rich.cells import cell_len, chop_cells

from jixiao.core.safetext import printable

if TYPE_CHECKING:  # imported where used: the command line's help needs only wrap (start-up, issue 12)
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f"
_UNIT = re.compile(rf"\s+|[{_CJK}]|[^\s{_CJK}]+")
NO_START = set("，。、；：？！）》」』】”’%．,.;:!?)]}…·")  # closing marks: glued to what comes before
NO_END = set("（《「『【“‘([{")  # opening marks: glued to what comes after


def console(stderr: bool = False) -> Console:
    """The console of every command: markup and highlighting off (document text is data), no cropping."""
    from jixiao.report.safe import SafeConsole

    return SafeConsole(stderr=stderr, highlight=False, soft_wrap=False)


def _units(text: str) -> list[str]:
    """Unbreakable pieces of ``text``, with the white space between them as pieces of their own."""
    units: list[str] = []
    glue = False
    for m in _UNIT.finditer(text):
        u = m.group()
        if u.isspace():
            units.append(u.replace("\t", " "))
            glue = False
        elif units and not units[-1].isspace() and (glue or u[0] in NO_START):
            units[-1] += u
            glue = u[-1] in NO_END
        else:
            units.append(u)
            glue = u[-1] in NO_END
    return units


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` cells (its own line breaks kept)."""
    width = max(width, 2)
    out: list[str] = []
    for para in text.split("\n"):
        indent = para[: len(para) - len(para.lstrip(" "))]
        if indent and cell_len(indent) * 2 < width:  # an indented line (a tree's level) keeps its indent
            out.extend(indent + w for w in wrap(para.lstrip(" "), width - cell_len(indent)))
            continue
        line = ""
        for u in _units(para):
            if u.isspace():
                if line and cell_len(line) + len(u) <= width:
                    line += u
                continue
            if cell_len(line) + cell_len(u) <= width:
                line += u
                continue
            if line.strip():
                out.append(line.rstrip())
            line = ""
            if cell_len(u) > width:  # wider than a whole line: the only case where a unit is cut
                *full, line = chop_cells(u, width)
                out.extend(full)
            else:
                line = u
        out.append(line.rstrip())
    return out


def longest_unit(text: str) -> int:
    """The width of the widest piece of ``text`` that ``wrap`` keeps whole."""
    return max((cell_len(u) for u in _units(text) if not u.isspace()), default=0)


@dataclass(frozen=True, slots=True)
class Col:
    """A column: its header, how it aligns, its narrowest and widest width in cells, how eagerly it takes
    spare width (``flex``, 0 for none) and when it may be left out on a narrow terminal (``drop``: higher
    goes first; 0 never)."""

    header: str
    justify: str = "left"
    min: int = 4
    max: int = 60
    flex: int = 0
    drop: int = 0


Cell: TypeAlias = "str | Text"
READABLE = 40  # a flexible column (说明) gets this many cells before the fixed columns grow


def _plain(c: Cell) -> str:
    """A cell's text as the terminal shows it: control characters and escapes visible (``printable``)."""
    return printable(c if isinstance(c, str) else c.plain)


def widths(cols: Sequence[Col], rows: Sequence[Sequence[Cell]], width: int) -> list[int | None]:
    """The width of each column for a table ``width`` cells wide (None: the column is left out).

    Each column starts at its minimum; the spare width then goes, in this order, to keeping every unit of every
    column whole (a file name, a number), to the flexible columns up to ``READABLE`` cells (shared by
    ``flex``), to the other columns up to their natural width (at most ``max``), and to the flexible columns
    up to their natural width."""
    natural = [max([cell_len(line) for r in rows for line in _plain(r[i]).split("\n")] + [cell_len(c.header)])
               for i, c in enumerate(cols)]
    unit = [max([longest_unit(_plain(r[i])) for r in rows] + [2]) for i in range(len(cols))]
    keep = list(range(len(cols)))

    def room(k: list[int]) -> int:
        return width - (3 * len(k) + 1)  # borders and one space of padding on each side of each cell

    def lowest(i: int) -> int:
        return min(natural[i], max(cols[i].min, 2))

    while sum(lowest(i) for i in keep) > room(keep) and any(cols[i].drop for i in keep):
        keep.remove(max((i for i in keep if cols[i].drop), key=lambda i: cols[i].drop))
    out: dict[int, int] = {i: lowest(i) for i in keep}
    spare = room(keep) - sum(out.values())

    def grow(i: int, to: int) -> None:
        nonlocal spare
        give = max(0, min(spare, to - out[i]))
        out[i] += give
        spare -= give

    for i in sorted(keep, key=lambda i: -cols[i].flex):
        grow(i, min(unit[i], cols[i].max, natural[i]))
    flexible = [i for i in keep if cols[i].flex]

    def share(limit: int) -> None:
        while spare > 0 and any(out[i] < min(natural[i], limit) for i in flexible):
            grown = [i for i in flexible if out[i] < min(natural[i], limit)]
            step = max(1, spare // sum(cols[i].flex for i in grown))
            for i in grown:
                grow(i, min(natural[i], limit, out[i] + step * cols[i].flex))

    share(READABLE)
    for i in keep:
        grow(i, min(natural[i], cols[i].max))
    share(10**6)
    return [out.get(i) for i in range(len(cols))]


def fit(cols: Sequence[Col], rows: Sequence[Sequence[Cell]], width: int, title: str | None = None,
        show_lines: bool = False) -> Table:
    """A rich table of ``rows`` laid out for ``width`` cells, every cell wrapped between words."""
    from rich.table import Table
    from rich.text import Text

    ws = widths(cols, rows, width)
    table = Table(title=title, show_lines=show_lines, title_justify="left", expand=False)
    keep = [i for i, w in enumerate(ws) if w is not None]
    for i in keep:
        c = cols[i]
        w = ws[i] or 1
        head = "\n".join(wrap(c.header, w))
        table.add_column(head, justify=c.justify, width=w, no_wrap=True, overflow="fold")  # type: ignore[arg-type]
    for r in rows:
        cells: list[Text] = []
        for i in keep:
            cell = r[i]
            w = ws[i] or 1
            text = "\n".join(wrap(_plain(cell), w))
            cells.append(Text(text, style="" if isinstance(cell, str) else cell.style))
        table.add_row(*cells)
    return table


def say(con: Console, text: str, style: str = "") -> None:
    """Print ``text`` as a paragraph wrapped for ``con`` (between words; never markup)."""
    from rich.text import Text

    con.print(Text("\n".join(wrap(printable(text), con.width)), style=style))
