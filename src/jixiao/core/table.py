"""表格 — a table as read from any format, every cell with its source.

Readers (text, xlsx, xls, docx, pdf) all produce ``Table``; recognisers only ever see tables, so one
recogniser serves every format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jixiao.core.source import Source


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell: its text (stripped, inner line breaks kept as "\\n") and where it was read.

    ``merged`` is True for a cell that repeats the value of a merged range it belongs to (xlsx, docx, pdf
    report merges; text extracted from PDFs does not, and leaves such cells blank).
    """

    text: str
    source: Source
    merged: bool = False

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(slots=True)
class Table:
    """A rectangular-ish grid: ``rows`` of cells. Rows may have different lengths (text tables do)."""

    rows: list[list[Cell]]
    source: Source
    title: str | None = None
    # Lines of text just before the table (titles, "单位：万元"), as read.
    preamble: list[str] = field(default_factory=list)

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)
