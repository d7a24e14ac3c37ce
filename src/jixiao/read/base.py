"""What a format reader hands to the recognisers: the tables and body text of one file; ``safely``, the guard
every caller of a recogniser puts around it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from jixiao.core.records import Document, Problem
from jixiao.core.source import Source
from jixiao.core.table import Table


@dataclass(slots=True)
class FileRead:
    """One file as read: its tables (in order), its body text lines, and reading problems."""

    source: Source  # the file
    format: str  # "text", "xlsx", "xls", "docx", "html", "pdf"
    tables: list[Table] = field(default_factory=list)
    body: list[tuple[str, Source]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    encoding: str | None = None

    def texts(self) -> Iterator[str]:
        """Every text of the file: each table cell's (blank ones too), table by table and row by row, then each
        body line."""
        for t in self.tables:
            for row in t.rows:
                for c in row:
                    yield c.text
        for line, _ in self.body:
            yield line


def safely(fr: FileRead, name: str, read: Callable[[FileRead], list[Document]],
           otherwise: list[Document] | None = None) -> list[Document]:
    """``read(fr)``; a recogniser that raises is a located problem on the file (识别器 X 出错) and ``otherwise``
    (nothing, unless given) is returned: one broken recogniser must not lose what the others found."""
    try:
        return read(fr)
    except Exception as e:
        fr.problems.append(Problem(f"识别器 {name} 出错：{type(e).__name__}: {e}", fr.source,
                                   f"recogniser {name} failed: {type(e).__name__}: {e}"))
        return [] if otherwise is None else otherwise
