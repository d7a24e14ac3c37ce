"""Spaces PDF text puts inside a funds header's labels that the readers know by their meaning, not by a list
(年初部门 预算安排 金额, 年度拨付 金额, 支出实现 率(%), 历年结余 结转): ``despace`` closes a gap only where a label
of its vocabulary stands across it, while the funds columns are read by what their last word names
(``recognise.fundscolumn``), in more wordings than any list holds.

A run of two to four words opening with Chinese characters, each parted from the next by a gap (``despace.GAP``) and
only the last of one character (a label printed letter-spaced, 执 行 率, is ``despace.LETTER_SPACED``'s), that
together name a funds column (a field of the record, a column beside them, a 小计) and at most one of which names
one by itself (年初部门预算安排 金额), is that label: its gaps are closed. Two labels side by side (年初预算数
全年预算数, 执行率 得分) stay apart, each naming a column of its own; so does every run that names no funds column.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.read.despace import GAP

_WORD = re.compile(r"\S+")
_CJK = re.compile(r"[\u4e00-\u9fff]")  # a word of the label opens with one (a bracket's qualifier, (A), is no word of it)
_MAX_WORDS = 4
_MAX_LABEL = 16  # characters: a longer run is no column's label (its qualifiers in brackets included)


@lru_cache(maxsize=16384)
def _names_column(text: str, whole: bool = False) -> bool:
    """Whether ``text`` names a funds column; ``whole``: by its meaning alone, never by an alias that it only
    starts with (执行数执行 is 执行数 and a word cut off, no label)."""
    from jixiao.read.recognise.formspec import funds_column
    from jixiao.read.recognise.fundscolumn import aside_column, column_by_meaning, subtotal_column

    named = column_by_meaning(text) if whole else funds_column(text)
    return named is not None or aside_column(text) or subtotal_column(text)


def _gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a gap between Chinese characters (and nothing else)."""
    m = GAP.match(text, start)
    return m is not None and m.end() == end


def close_funds_labels(text: str) -> str:
    """``text`` with the gaps inside funds column labels closed (see the module docstring)."""
    if not GAP.search(text):
        return text
    words = list(_WORD.finditer(text))
    joins: list[tuple[int, int]] = []  # (start, end) of each gap to close
    k = 0
    while k < len(words):
        for n in range(min(_MAX_WORDS, len(words) - k), 1, -1):
            run = words[k : k + n]
            gaps = [(a.end(), b.start()) for a, b in zip(run, run[1:], strict=False)]
            joined = "".join(w.group() for w in run)
            if len(joined) <= _MAX_LABEL and all(_gap(text, s, e) for s, e in gaps) \
                    and all(_CJK.match(w.group()) for w in run) and all(len(w.group()) > 1 for w in run[:-1]) \
                    and _names_column(joined, whole=True) and sum(_names_column(w.group()) for w in run) <= 1:
                joins += gaps
                k += n - 1
                break
        k += 1
    if not joins:
        return text
    out, last = [], 0
    for s, e in joins:
        out.append(text[last:s])
        last = e
    out.append(text[last:])
    return "".join(out)
