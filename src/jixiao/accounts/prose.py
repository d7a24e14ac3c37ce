"""A 情况说明's text as sentences: body lines joined where a sentence runs over a line (PDF wrapping), and the
line a quoted figure stands on."""

from __future__ import annotations

import re

from jixiao.core.numbers import normalize_text
from jixiao.core.source import Source

_HEADING = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+、|- )")
# a list number opening a clause ("1. ", "二、", "(三)"): not part of the words that name a line
LIST_NO = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[、.．]\s*|^\s*[(（][一二三四五六七八九十\d]+[)）]\s*")


# a text's paragraphs: (its normalised text, its lines); ``check_accounts`` builds them once for every check
Paragraphs = list[tuple[str, list[tuple[str, Source]]]]


def paragraphs(body: list[tuple[str, Source]]) -> Paragraphs:
    """Body lines joined where a sentence runs over a line (PDF wrapping): (normalised text, its lines).
    Each paragraph's pieces are gathered and joined once (linear in the text, however long a paragraph)."""
    groups: list[list[tuple[str, Source]]] = []
    for text, src in body:
        t = normalize_text(text)
        if groups and not groups[-1][-1][0].endswith(("。", ":")) and not _HEADING.match(t):
            groups[-1].append((t, src))
        else:
            groups.append([(t, src)])
    return [("".join(t for t, _ in g), g) for g in groups]


def where(lines: list[tuple[str, Source]], needle: str) -> Source:
    return next((s for t, s in lines if needle in t), lines[0][1])
