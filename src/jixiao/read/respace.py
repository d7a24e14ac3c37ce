"""A document run onto one line, read again with its lines given back at its spaces, when nothing else read the file.

A document-sharing site's preview of a docx or PDF, or a page copied from one, gives the whole text as one line (or a
few), each line's or cell's text a single space apart: the rows of a table, the items of a list, the labels of a form
then stand side by side and no reader finds its anchors in their places. Where no reader recognised the file, each
long line holding many spaces (``_LONG`` characters and ``_PIECES`` pieces at least) is cut at its spaces into lines
(a run of single characters a space apart, a letter-spaced heading such as 部 门 预 算, stays one line) and the file
read again; the documents found say so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.core.records import Document
from jixiao.read.base import FileRead
from jixiao.read.reread import read_mended

_LONG = 200  # characters: a line this long holds more than a row
_PIECES = 8  # pieces a space apart at least
_SPACES = re.compile(r"[ \t\u3000]+")
NOTE = ("文本连成一行（各行以空格相隔），按空格分行后读取", "the text ran on one line (its lines a space apart): read with "
        "its lines restored at the spaces")


def _cut(line: str) -> list[str]:
    pieces = [p for p in _SPACES.split(line.strip()) if p]
    out: list[str] = []
    single = False
    for p in pieces:  # (a letter-spaced run of single characters is one piece: 部 门 预 算)
        joined = single and len(p) == 1 and not p.isascii()
        if joined:
            out[-1] += p
        else:
            out.append(p)
        single = len(p) == 1 and not p.isascii()
    return out


def respaced(text: str) -> str:
    """The text with each long line of many spaces cut at its spaces into lines."""
    lines: list[str] = []
    for line in text.split("\n"):
        pieces = _cut(line) if len(line) >= _LONG else []
        lines.extend(pieces if len(pieces) >= _PIECES else [line])
    return "\n".join(lines)


def read_respaced(fr: FileRead, recognise: Callable[[FileRead], list[Document]]) -> list[Document]:
    """The documents ``recognise`` finds in the text file with its long lines cut at their spaces (``reread``)."""
    return read_mended(fr, respaced, NOTE, recognise)
