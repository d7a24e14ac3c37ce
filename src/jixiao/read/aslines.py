"""Text whose tables no recogniser could read, read again as lines of text.

A text table's column model depends on its separators: a pipe or tab table whose blank cells were collapsed,
whose labels were split into words or whose rows carry stray cells gives rows whose columns no longer line up
with its header, and the table readers find no document in it. The same text printed as lines of words (rows
flattened to spaces) is read by the readers that go by labels and the order of the figures, whatever the
separators were. So a text file in which nothing was recognised is read a second time with every table row as
a line of its cells separated by spaces (a cell printed on a line of its own stays a line of its own), each at
its own line: what is read keeps its line as its source. The documents found that way are said to be.
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.core.records import Document, Problem
from jixiao.core.source import Source
from jixiao.read.base import FileRead

NOTE = ("文件中的表格未能按列读取，已按文本行（单元格以空格分隔）重新读取", "the file's tables could not be read by their "
        "columns; they were read again as lines of text (cells separated by spaces)")


def lines_of(fr: FileRead, sep: str = " ") -> list[tuple[str, Source]]:
    """A text file's lines in order: its body, and the cells its tables took from each line joined again by ``sep``
    (blank cells left out, each cell's spaces folded); a line of blank cells only is none. Other formats: the body
    as read (their tables are no lines of text)."""
    if fr.format != "text":
        return list(fr.body)
    lines: dict[int, list[str]] = {}
    for t in fr.tables:
        for row in t.rows:
            for c in row:
                if not c.blank and not c.merged and c.source.line is not None:
                    lines.setdefault(c.source.line, []).append(" ".join(c.text.split()))
    joined = [(sep.join(texts), Source(fr.source.file, line=no)) for no, texts in lines.items()]
    return sorted([*fr.body, *joined], key=lambda b: b[1].line or 0)


def as_lines(fr: FileRead) -> FileRead | None:
    """The text file with its tables as body lines (None when it is not a text file or holds no table)."""
    if fr.format != "text" or not fr.tables:
        return None
    return FileRead(source=fr.source, format="text", body=lines_of(fr), encoding=fr.encoding)


def read_as_lines(fr: FileRead, recognise: Callable[[FileRead], list[Document]]) -> list[Document]:
    """The documents ``recognise`` finds in the file read as lines, each with a note saying so (none when the
    file is not a text file with tables, or nothing is found that way either)."""
    lines = as_lines(fr)
    if lines is None:
        return []
    docs = recognise(lines)
    fr.problems.extend(lines.problems)
    for d in docs:
        d.problems.append(Problem(NOTE[0], fr.source, NOTE[1]))
    return docs
