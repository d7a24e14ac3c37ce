"""The spaces PDF text puts inside a line's run of Chinese characters (下 达 资 金 50 万 元, 绩效 自评), closed so that
a statement's words match whole, with every position still traceable to its source (``transfer_text.Flat``)."""

from __future__ import annotations

from bisect import bisect_right

from jixiao.read.despace import GAP  # the spaces PDF text puts between two characters of a line (下 达 资 金)
from jixiao.read.recognise.transfer_text import Flat


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
