"""A 情况说明's text as sentences: body lines joined where a sentence runs over a line (PDF wrapping), and the
line a quoted figure stands on."""

from __future__ import annotations

import re

from jixiao.core.numbers import normalize_text
from jixiao.core.source import Source

_HEADING = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+、|- )")

def paragraphs(body: list[tuple[str, Source]]) -> list[tuple[str, list[tuple[str, Source]]]]:
    """Body lines joined where a sentence runs over a line (PDF wrapping): (normalised text, its lines)."""
    out: list[tuple[str, list[tuple[str, Source]]]] = []
    for text, src in body:
        t = normalize_text(text)
        if out and not out[-1][0].endswith(("。", ":")) and not _HEADING.match(t):
            prev, lines = out[-1]
            out[-1] = (prev + t, [*lines, (t, src)])
        else:
            out.append((t, [(t, src)]))
    return out


def where(lines: list[tuple[str, Source]], needle: str) -> Source:
    return next((s for t, s in lines if needle in t), lines[0][1])
