"""A document-sharing site's preview cut into numbered chunks, joined back into the one text it was.

Sites that preview a docx or PDF (…由会员分享，可在线阅读…) print its text run together and cut at a fixed width
into chunks, each opening with its number: "1、部门整体支出绩效评价指标体系评分表一级指标…过程(65分" / "2、)预算执行
(35分)…" / "3、…". The cut falls anywhere: inside a label (过程(65分 / )预算执行), between a row's weight and its score,
inside a number. Read as lines, the chunk marks become text (2、 before a label's bracket, a name) and each cut a
separator no table had: a level's label read as a row, a score lost. The chunks are one text, and are joined with
nothing between, their marks dropped.

A run of lines is such chunks when they are numbered 1、, 2、, 3、 … in order, two or more, and every one but the last
is long (``_LONG``: a preview's width, longer than a list item's usual line) and ends inside a sentence (no 。！？；
closing it: the width, not the writer, ended it). A numbered list of paragraphs ends its items with their stops and
is left as it is; so is a line holding a table's cells (pipes). The joined line keeps the first chunk's source, as
lines rejoined after a wrap do (``rejoin``).
"""

from __future__ import annotations

import re

from jixiao.core.source import Source

_MARK = re.compile(r"^\s*(\d{1,2})、")
_LONG = 150  # characters: a chunk's width (sites cut at about 300); a list item's line is shorter
_SENTENCE_END = frozenset("。！？!?；;")
_PIPES = 3  # a line with more pipes holds a table's cells


def _chunk_at(body: list[tuple[str, Source]], i: int) -> int:
    """The number the line ``i`` opens with as a chunk mark, or 0."""
    line = body[i][0]
    m = _MARK.match(line)
    return int(m.group(1)) if m is not None and line.count("|") <= _PIPES else 0


def _cut(line: str) -> bool:
    """Whether a chunk was ended by the preview's width: long, and no sentence's stop closing it."""
    text = line.rstrip()
    return len(text) >= _LONG and text[-1] not in _SENTENCE_END


def unchunked(body: list[tuple[str, Source]]) -> list[tuple[str, Source]]:
    """The body with each run of a preview's numbered chunks joined into one line (their marks dropped)."""
    out: list[tuple[str, Source]] = []
    i = 0
    while i < len(body):
        if _chunk_at(body, i) != 1:
            out.append(body[i])
            i += 1
            continue
        j = i + 1
        while j < len(body) and _chunk_at(body, j) == j - i + 1 and _cut(body[j - 1][0]):
            j += 1
        if j - i < 2:
            out.append(body[i])
            i += 1
            continue
        # (the chunks' own spaces kept: a space the cut fell on still parts the two tokens)
        text = "".join(_MARK.sub("", line, count=1) for line, _ in body[i:j])
        out.append((text, body[i][1]))
        i = j
    return out
