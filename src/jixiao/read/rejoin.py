"""Labels a wrap broke over two lines (年初 / 预算数, 全年 / 执行数, 产出指标(60分 / )), joined again before any label
is matched.

A narrow column or a page's width wraps a long label; text extraction then gives its two parts on two lines. A line
that ends with the first characters of a column or row label of the forms (``formspec.ALL_LABELS``: 年初预算数,
实际完成值, 当年财政拨款, 年度总体目标…) while the next line begins with the rest of it is one line cut inside that
label: the next line is joined onto it, with nothing between, and the joined line keeps the first line's source.
Only a label of four characters or more, cut with two or more on each side: a shorter part (预算 / 数) is too common
a word to say the line was cut inside a label; and where the word on one side of the cut is a label of its own, the
label must take the other side's word whole (产出 / 指标 is one label; 社会效益 / 指标1:受益人数 is a level's cell and
an indicator's name). A line that ends inside a label's bracket (产出指标(60分) whose next line begins by closing it
(``)``, ``分)``) is joined the same way: the weight or unit a wrap cut off its label. Not the names of the rows of
accounts and 三公 tables, nor the classification's names (公务 / 接待费 1.2): those stand beside their figures, and
a line cut there may be a row of its own. Only body lines that follow each other in the file (the next line of the same page); the cells of a table
are left as they are. (``tokens._join_wrapped`` joins label tokens inside the stream reader; this comes earlier,
for every reader, where the cut falls inside a run of text.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.despace import is_label, opens_total_row

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
    if not line or not following:
        return False
    for k in range(_MIN_PART, min(longest, len(line)) + 1):
        for rest in heads.get(line[-k:], ()):
            if not following.startswith(rest):
                continue
            # where the word on one side is a label of its own, the label takes the other side's word whole (产出 /
            # 指标 → 产出指标; not 社会效益 / 指标1:受益人数, a level's cell and the name's)
            last, first = line.rsplit(None, 1)[-1], following.split(None, 1)[0]
            if is_label(last) and is_label(first) and opens_total_row(following):
                continue  # … 执行率 得分 / 合计 500.00: a header's last label, then the total row (not 得分合计)
            if (not is_label(last) or rest == first) and (not is_label(first) or line[-k:] == last):
                return True
    return False


_OPEN, _CLOSE = "(（", ")）"
# the end of a bracket a wrap put on the next line: at most a few characters, then the closing bracket (分) of 60分)
_BRACKET_END = re.compile(r"[\w.%]{0,4}[)）]")
_BRACKET_OPEN = re.compile(r"[(（][\w.%]{0,8}")  # what a label's bracket holds: 60分, 万元, A, B/A is not


def cut_inside_brackets(line: str, following: str) -> bool:
    """Whether ``line`` ends inside a bracket (产出指标(60分) that ``following`` closes at its start (``)`` or ``分)``): a
    label's weight or unit cut by a wrap."""
    line = line.rstrip()
    at = max(line.rfind(ch) for ch in _OPEN)
    return (at >= 0 and _BRACKET_OPEN.fullmatch(line, at) is not None
            and _BRACKET_END.match(following.lstrip()) is not None)


def _next(a: Source, b: Source) -> bool:
    return a.line is not None and b.line == a.line + 1 and a.page == b.page and a.file == b.file


def rejoin(fr: FileRead) -> FileRead:
    """The file with each body line that a wrap cut inside a known label or inside a bracket joined to the line after
    it (in place)."""
    if len(fr.body) < 2:
        return fr
    out: list[tuple[str, Source]] = []
    last: Source | None = None  # the source of the last line joined into out[-1]
    for text, src in fr.body:
        if out and last is not None and _next(last, src) and (cut_inside_label(out[-1][0], text)
                                                               or cut_inside_brackets(out[-1][0], text)):
            out[-1] = (out[-1][0].rstrip() + text.lstrip(), out[-1][1])
        else:
            out.append((text, src))
        last = src
    fr.body = out
    return fr
