"""The spaces PDF text puts inside a line's run of Chinese characters (下 达 资 金 50 万 元, 绩效 自评), closed so that
a statement's words match whole, with every position still traceable to its source (``transfer_text.Flat``)."""

from __future__ import annotations

import re
from bisect import bisect_right

from jixiao.read.despace import GAP  # the spaces PDF text puts between two characters of a line (下 达 资 金)
from jixiao.read.recognise.transfer_text import Flat
from jixiao.read.unwrap import SCORED_END


def closed(flat: Flat) -> Flat:
    """``flat`` with the spaces between two Chinese characters of a line taken out, each line's start moved by the
    spaces taken out before it (its source unchanged), so that a statement's words match whole. Linear in the text."""
    kept: list[str] = []
    gaps: list[int] = []  # where each gap ends, in the text as it was
    dropped: list[int] = []  # the characters dropped up to and with each gap
    last = 0
    for m in GAP.finditer(flat.text):
        kept.append(flat.text[last : m.start()])
        last = m.end()
        gaps.append(m.end())
        dropped.append((dropped[-1] if dropped else 0) + m.end() - m.start())
    if not gaps:
        return flat
    kept.append(flat.text[last:])
    # a line's start is never inside a gap (a gap never holds a line's end): it moves by the gaps before it
    starts = [at - (dropped[k - 1] if (k := bisect_right(gaps, at)) else 0) for at in flat.starts]
    return Flat("".join(kept), starts, flat.sources)


def opened(flat: Flat, at: int) -> int:
    """The position in ``flat`` of the character at ``at`` in ``closed(flat)``."""
    dropped = 0
    for m in GAP.finditer(flat.text):
        if m.start() - dropped > at:
            break
        dropped += m.end() - m.start()
    return at + dropped


# A line a PDF page's width wrapped inside a sentence (…中央下达示例补助资 / 金120万元。截至年底，实际支 / 出108万元): long,
# ending in no mark that closes a sentence or a heading's words, and followed by a line that opens no heading.
_WRAPPED_MIN = 12
_CLOSES = tuple("。；;！!？?：:") + ("报告", "情况", "分析", "说明", "目标", "措施", "结论", "问题")
_OPENS_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．)）](?!\d)|"
                            r"第[一二三四五六七八九十\d]+[部章条节]|[•·\-—*#|])")


def unwrapped(flat: Flat) -> Flat:
    """``flat`` with the line breaks a page's width put inside a sentence taken out (the wrapped line and the next
    joined with nothing between), so that a statement's words and clauses match whole; every unit keeps its source.
    Linear in the text."""
    text, starts = flat.text, flat.starts
    if len(starts) < 2:
        return flat
    ends = [nxt - 1 for nxt in starts[1:]] + [len(text)]  # (each unit ends before the "\n" joining it to the next)
    units = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    parts: list[str] = []
    new_starts: list[int] = []
    pos = 0
    for k, unit in enumerate(units):
        if k:
            prev = units[k - 1].rstrip()
            if text[starts[k] - 1] != "\n" or not wraps(prev, unit):
                parts.append(text[ends[k - 1]:starts[k]])
                pos += starts[k] - ends[k - 1]
        new_starts.append(pos)
        parts.append(unit)
        pos += len(unit)
    return Flat("".join(parts), new_starts, flat.sources)


def wraps(line: str, following: str) -> bool:
    """``line`` is one a page's width wrapped inside a sentence that ``following`` goes on with."""
    return (len(line) >= _WRAPPED_MIN and not line.endswith(_CLOSES) and bool(following.strip())
            and _OPENS_HEADING.match(following) is None
            # (never a heading ending in its part's score: 一、资金保障方面,指标评价得分12 is whole)
            and not (_OPENS_HEADING.match(line) is not None and SCORED_END.search(line) is not None))


def before_unwrapping(whole: Flat, made_from: Flat, at: int) -> int:
    """The position in ``made_from`` of the character at ``at`` in ``whole = unwrapped(made_from)`` (each unit the
    same text in both)."""
    k = max(bisect_right(whole.starts, at) - 1, 0)
    return made_from.starts[k] + at - whole.starts[k]
