"""Labels a wrap broke over two lines (年初 / 预算数, 全年 / 执行数, 年度 / 指标值), joined again before any label is
matched.

A narrow column or a page's width wraps a long label; text extraction then gives its two parts on two lines. A line
that ends with the first characters of a column or row label of the forms (``formspec.ALL_LABELS``: 年初预算数,
实际完成值, 当年财政拨款, 年度总体目标…) while the next line begins with the rest of it is one line cut inside that
label: the next line is joined onto it, with nothing between, and the joined line keeps the first line's source.
Only a label of four characters or more, cut with two or more on each side: a shorter part (预算 / 数) is too common
a word to say the line was cut inside a label. Not the names of the rows of accounts and 三公 tables, nor the
classification's names (公务 / 接待费 1.2): those stand beside their figures, and a line cut there may be a row of
its own. Only body lines that follow each other in the file (the next line of the same page); the cells of a table
are left as they are. (``tokens._join_wrapped`` joins label tokens inside the stream reader; this comes earlier,
for every reader, where the cut falls inside a run of text.)
"""

from __future__ import annotations

from functools import lru_cache

from jixiao.core.source import Source
from jixiao.read.base import FileRead

_MIN_LABEL = 4
_MIN_PART = 2


@lru_cache(maxsize=1)
def _heads() -> tuple[dict[str, tuple[str, ...]], int]:
    """Each first part of a form's label → the rests that complete it; and the longest first part."""
    from jixiao.read.recognise.formspec import ALL_LABELS

    heads: dict[str, set[str]] = {}
    for label in ALL_LABELS:
        if len(label) >= _MIN_LABEL and not any(ch.isspace() for ch in label):
            for k in range(_MIN_PART, len(label) - _MIN_PART + 1):
                heads.setdefault(label[:k], set()).add(label[k:])
    return {h: tuple(rests) for h, rests in heads.items()}, max(map(len, heads), default=0)


def cut_inside_label(line: str, following: str) -> bool:
    """Whether a known label runs from the end of ``line`` on into the start of ``following``."""
    heads, longest = _heads()
    line, following = line.rstrip(), following.lstrip()
    for k in range(_MIN_PART, min(longest, len(line)) + 1):
        rests = heads.get(line[-k:])
        if rests and any(following.startswith(r) for r in rests):
            return True
    return False


def _next(a: Source, b: Source) -> bool:
    return a.line is not None and b.line == a.line + 1 and a.page == b.page and a.file == b.file


def rejoin(fr: FileRead) -> FileRead:
    """The file with each body line that a wrap cut inside a known label joined to the line after it (in place)."""
    if len(fr.body) < 2:
        return fr
    out: list[tuple[str, Source]] = []
    last: Source | None = None  # the source of the last line joined into out[-1]
    for text, src in fr.body:
        if out and last is not None and _next(last, src) and cut_inside_label(out[-1][0], text):
            out[-1] = (out[-1][0].rstrip() + text.lstrip(), out[-1][1])
        else:
            out.append((text, src))
        last = src
    fr.body = out
    return fr
