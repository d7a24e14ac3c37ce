"""Table rows that lost their opening pipe, read as the table they are when nothing else read the file.

A table converted to text as pipes may come without each row's leading ``|`` ("税收收入 | 1000 | 1200 | -8% |"):
the row's first cell is then read as body text with pipes in it, and the grid is lost (the text reader takes a row
for a pipe row only when it opens with a pipe, so that a sentence holding a pipe is not a table). Where no reader
recognised the file, each run of at least ``_RUN`` such lines (two pipes or more, the last at the line's end) is given
its opening pipe back and the file read again; the documents found say so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.core.records import Document
from jixiao.read.base import FileRead
from jixiao.read.reread import read_mended

_RUN = 3  # lines of one table at least
_OPEN_ROW = re.compile(r"^\s*[^|\s][^\n]*\|[^\n]*\|\s*$")  # cells, then pipes, the last at the end: no leading pipe
NOTE = ("表格各行缺少开头的竖线（|），补齐后按表格读取", "the table's rows had lost their opening pipe (|): read as a table "
        "with it restored")


def restored(text: str) -> str:
    """The text with each run of ``_RUN`` or more rows that lost their opening pipe given it back."""
    lines = text.split("\n")
    run: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if _OPEN_ROW.match(line):
            run.append(k)
            continue
        if len(run) >= _RUN:
            for j in run:
                lines[j] = "| " + lines[j].lstrip()
        run = []
    return "\n".join(lines)


def tables_restored(fr: FileRead, recognise: Callable[[FileRead], list[Document]]) -> list[Document]:
    """The documents ``recognise`` finds with the rows' opening pipes restored, where one of them then holds a table
    (a page read from its sentences alone whose table had lost its pipes: 大冶's 项目计划安排表); else none."""
    docs = read_mended(fr, restored, NOTE, recognise)
    return docs if any(d.tables for d in docs) else []


def read_restored(fr: FileRead, recognise: Callable[[FileRead], list[Document]]) -> list[Document]:
    """The documents ``recognise`` finds in the text file with its rows' opening pipes restored (``reread``)."""
    return read_mended(fr, restored, NOTE, recognise)
