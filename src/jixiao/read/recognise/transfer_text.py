"""A file's text as one string with a map back to the cells and lines it came from (转移支付 forms).

转移支付 forms reach users as one cell per line, pipe rows, rows flattened to spaces, or the whole form run
together in one cell of a page's metadata. Their readers (``transfer_funds``, ``transfer_prose``) match
labels and numbers in one string, whatever the layout: every table cell and body line is folded
(``normalize_text``: full width, OCR sign slips; traditional script was converted when the file was read)
and joined in reading order with a newline, and each offset of the string leads back to its source.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from jixiao.core.numbers import normalize_text
from jixiao.core.source import Source
from jixiao.read.base import FileRead, once
from jixiao.read.recognise.tokens import in_reading_order

# A number as printed: digits with a point or thousands commas (groups of three: "30,40" is two numbers), a
# percent sign, or several run together (390390100%: the arithmetic of the form splits it, ``transfer_place``);
# never a year or a date (2023年). The run is matched atomically: a long run of digits followed by 年 fails in
# one step, where backtracking into it would take exponential time.
NUMBER = re.compile(r"(?<![A-Za-z0-9.])(?>(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?:\.\d+)*%?(?:\d[\d.]*%?)*)(?![\d年月日号])")
# A note in brackets after a label: (万元), (A), (E/C×100%), (万元,自有资金、社会资本…).
BRACKETS = re.compile(r"\s*[(（][^()（）]{0,60}[)）]")


@dataclass(slots=True)
class Flat:
    """The text (its units joined), each unit's start offset and its source."""

    text: str
    starts: list[int]
    sources: list[Source]

    @classmethod
    def join(cls, pieces: Iterable[tuple[str, Source]], sep: str = "") -> Flat:
        """``pieces`` joined by ``sep`` (none before the first piece that is not empty), each piece's start and
        source kept. Joined once: adding to a string piece by piece is quadratic."""
        parts: list[str] = []
        starts: list[int] = []
        sources: list[Source] = []
        pos = 0
        for text, src in pieces:
            if pos:
                parts.append(sep)
                pos += len(sep)
            starts.append(pos)
            sources.append(src)
            parts.append(text)
            pos += len(text)
        return cls("".join(parts), starts, sources)

    def source_at(self, pos: int) -> Source:
        i = max(bisect.bisect_right(self.starts, pos) - 1, 0)
        return self.sources[i]


def _fold(text: str) -> str:
    return normalize_text(text).replace("|", " ")


def flatten(fr: FileRead, fold: Callable[[str], str] = _fold, sep: str = "\n") -> Flat:
    """Every cell and body line of the file in reading order (page, line, column), folded, as one string
    (the units joined by ``sep``; the 转移支付 readers' fold by default: ``normalize_text``, pipes as spaces). Made
    once for the file for each fold and separator (``base.once``), unless the fold is a closure."""
    def make() -> Flat:
        done: dict[str, str] = {}  # each text folded once (rows repeat their cells)
        return Flat.join(((folded, src) for text, src in in_reading_order(fr)
                          if (folded := done.get(text) or done.setdefault(text, fold(text).strip()))), sep)

    code = getattr(fold, "__code__", None)
    if code is None or getattr(fold, "__closure__", None) is not None:
        return make()
    flat = once(fr, f"flatten:{id(code)}:{sep!r}", make)
    return Flat(flat.text, list(flat.starts), list(flat.sources))
