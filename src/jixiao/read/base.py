"""What a format reader hands to the recognisers: the tables and body text of one file; ``safely``, the guard
every caller of a recogniser puts around it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

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
    # what the recognisers derive from the whole file and share (``once``); emptied when the file is recognised
    memo: dict[str, tuple[tuple[int, ...], Any]] = field(default_factory=dict, repr=False, compare=False)

    def texts(self) -> Iterator[str]:
        """Every text of the file: each table cell's (blank ones too), table by table and row by row, then each
        body line."""
        for t in self.tables:
            for row in t.rows:
                for c in row:
                    yield c.text
        for line, _ in self.body:
            yield line


T = TypeVar("T")


def once(fr: FileRead, key: str, make: Callable[[], T]) -> T:
    """``make()`` computed once for the file and shared by the recognisers that each used to compute it (the text
    in reading order, its tokens, its folded string: 50,000 short lines cost seconds each time). Made again when
    the file's tables or lines changed since (their count stamps the value); the caller copies what it alters."""
    stamp = (id(fr.tables), len(fr.tables), sum(len(t.rows) for t in fr.tables), id(fr.body), len(fr.body))
    hit = fr.memo.get(key)
    if hit is not None and hit[0] == stamp:
        value: T = hit[1]
        return value
    value = make()
    fr.memo[key] = (stamp, value)
    return value


def safely(fr: FileRead, name: str, read: Callable[[FileRead], list[Document]],
           otherwise: list[Document] | None = None) -> list[Document]:
    """``read(fr)``; a recogniser that raises is a located problem on the file (识别器 X 出错) and ``otherwise``
    (nothing, unless given) is returned: one broken recogniser must not lose what the others found. A recogniser
    whose words the file lacks is not run (``recognise.anchors``)."""
    from jixiao.read.recognise.anchors import may_hold

    if not may_hold(fr, read):
        return [] if otherwise is None else otherwise
    try:
        return read(fr)
    except Exception as e:
        fr.problems.append(Problem(f"识别器 {name} 出错：{type(e).__name__}: {e}", fr.source,
                                   f"recogniser {name} failed: {type(e).__name__}: {e}"))
        return [] if otherwise is None else otherwise
