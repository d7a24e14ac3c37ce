"""Where a 收支总表 printed without its title begins among loose cells.

A page may give the 收支总表's cells with no title before them (the title was an image or the page's heading): one
cell a line, rows run into spaces, pipes without a leading pipe. The table is still told by its own lines: both
sides' totals (本年收入合计 or 收入总计, and 本年支出合计 or 支出总计) stand within a few dozen lines of each other. It
begins at its header's first word (收入, 项目) or its first line's label before them, and is read as a titled one is
(``accounts.stream_summary``): its stage from its header (预算数, 决算数), the page's heading, else the default.
"""

from __future__ import annotations

import re

from jixiao.accounts.model import clean_name
from jixiao.core.numbers import normalize_text
from jixiao.core.source import Source

UNTITLED = "收支总表（未印表名）"
_IN = re.compile(r"^(?:本年收入合计|收入总计|收入合计)$")
_OUT = re.compile(r"^(?:本年支出合计|支出总计|支出合计)$")
_HEAD = re.compile(r"^(?:收入|项目|收入项目)$")
_SPAN = 60  # lines the two sides' totals and the header stand within
_ORDINAL = re.compile(r"^[一二三四五六七八九十]+[、.．]")


def _words(text: str) -> list[str]:
    return [clean_name(_ORDINAL.sub("", w)) for w in re.split(r"[|\s]+", normalize_text(text)) if w]


def untitled_start(body: list[tuple[str, Source]]) -> int | None:
    """The index of the line an untitled 收支总表's cells begin at, or None when no such table stands in ``body``."""
    words = [_words(x) for x, _ in body]
    first_in = next((i for i, ws in enumerate(words) if any(_IN.match(w) for w in ws)), None)
    if first_in is None:
        return None
    near = [i for i, ws in enumerate(words) if any(_OUT.match(w) for w in ws) and abs(i - first_in) <= _SPAN]
    if not near:
        return None
    top = min(first_in, near[0])
    head = [i for i in range(max(0, top - _SPAN), top + 1) if any(_HEAD.match(w) for w in words[i][:2])]
    return head[0] if head else None
