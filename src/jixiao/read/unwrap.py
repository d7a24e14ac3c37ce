"""Sentences of prose that a page's width wrapped over lines, joined again before any sentence is matched.

PDF text, and text copied from a printed page, gives a paragraph as lines cut at the page's width, wherever the cut
falls: inside a sentence, a fund's name or an amount's unit (现将2020年文化繁荣发展专项资金15920.2 / 万元下达给你们).
The readers of prose (notices, reports, the 情况说明) match a sentence within a line; a sentence cut over two lines
is lost to them. A body line is joined to the next when it is a line of running prose cut inside a sentence:

- it is long (``_WIDTH`` characters or more: a page's line, not a heading or a cell), mostly Chinese, of at most
  ``_WORDS`` words (a row flattened to spaces has more), holds a comma or a stop before its end, after its own
  item mark (a title or a heading holds none), and does not end a sentence or a clause that opens a list (。；！？：);
- or it is as long and ends in an amount whose unit (万元, 元, %) begins the next line;
- the next line follows it in the file (same page, the next line number), is not blank, is no new item (一、 （二）
  3. 第五条 附件 注：) and no row flattened to spaces.

The joined line keeps the first line's source. A cell of a table is never joined; ``rejoin`` joins labels cut
over two lines, this joins sentences.
"""

from __future__ import annotations

import re
from collections import Counter

from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.despace import is_label

_WIDTH = 12  # characters a wrapped line holds at least (a narrow column's; a heading or a cell may be shorter)
_SLACK = 3  # characters a wrapped line may fall short of the page's width by (a wide glyph, a cut before a word)
_LONGER = 10  # and may run past it by (digits are narrower; a number or a Latin word is not cut)
_WORDS = 3  # words (split at white space) of a line of prose at most
_CHINESE = 0.4  # share of Chinese characters in a line of prose at least
_ENDS = tuple("。；;！？!?：:")
_CLAUSE = re.compile(r"[，,、；;。]")
_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|"
                   r"第[一二三四五六七八九十百\d]{1,4}[章节条款部分]|附件|附表|注[:：]|[•●◆■□▪·\-—])")


def _running(text: str) -> bool:
    """A line of running text cut inside a sentence: long enough, mostly Chinese, a few words at most, not ending a
    sentence or a clause that opens a list."""
    s = text.strip()
    if len(s) < _WIDTH or s.endswith(_ENDS) or "|" in s or "\t" in s or len(s.split()) > _WORDS:
        return False
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff") >= _CHINESE * len(s)


def _opens(text: str) -> bool:
    """A paragraph's first line holds a comma or a stop before its end, after its own item mark (a title or a
    heading holds none)."""
    s = text.strip()
    item = _ITEM.match(s)  # a heading's own mark (一、) is no clause of a sentence
    return _CLAUSE.search(s, item.end() if item else 0, len(s) - 1) is not None


_UNIT = re.compile(r"\s*(?:万元|亿元|元|万|%)")
# a piece a table's cell gives, standing alone on its line: a number with a unit of two characters at most (8, 3分)
_CELL = re.compile(r"[-+]?\d[\d,.]*%?[\u4e00-\u9fff]{0,2}")


def _cut_from_unit(text: str, following: str) -> bool:
    """An amount at a line's end whose unit begins the next line (示例资金1,250.5 / 万元…)."""
    return text.rstrip()[-1:].isdigit() and _UNIT.match(following) is not None


def _continues(text: str) -> bool:
    """The next line may go on a sentence: not blank, no row, no new item, no number or label standing alone (the
    next cell of a table printed a cell a line)."""
    s = text.strip()
    return (bool(s) and "|" not in s and "\t" not in s and len(s.split()) <= _WORDS and not _ITEM.match(s)
            and not _CELL.fullmatch(s) and not is_label(s))


def page_width(lines: list[str]) -> int | None:
    """The width a page wrapped the file's prose at: the length most of its lines of running text cut inside a
    sentence (with a comma: no title, no heading) share (``_SLACK`` shorter to ``_LONGER`` longer); None when they share none (paragraphs printed one a line, or cells one a
    line, whose lengths are their own)."""
    counts = Counter(len(t) for t in {t.strip() for t in lines} if _running(t) and _opens(t))  # a line printed
    # again and again (the same reason in every row of a table printed a cell a line) is no page's width
    if not counts:
        return None
    near = {n: sum(counts[n + d] for d in range(-_SLACK, _LONGER + 1)) for n in counts}
    width = max(near, key=lambda n: (near[n], n))
    return width if 2 * near[width] > sum(counts.values()) else None


def _next(a: Source, b: Source) -> bool:
    return a.line is not None and b.line == a.line + 1 and a.page == b.page and a.file == b.file


def unwrap(fr: FileRead) -> FileRead:
    """The file with each body line of prose cut inside a sentence at the page's width (``page_width``) joined to the
    line after it (in place)."""
    if len(fr.body) < 2:
        return fr
    width = page_width([t for t, _ in fr.body])
    if width is None:
        return fr
    out: list[tuple[str, Source]] = []
    last: Source | None = None  # the source of the last line joined into out[-1]
    tail, first = "", True  # that line's text, and whether it opened out[-1]
    for text, src in fr.body:
        if (out and last is not None and _next(last, src) and _continues(text) and len(tail.strip()) >= width - _SLACK
                and (_running(tail) and (not first or _opens(tail)) or _cut_from_unit(tail, text))):
            out[-1] = (out[-1][0].rstrip() + text.strip(), out[-1][1])
            first = False
        else:
            out.append((text, src))
            first = True
        last, tail = src, text
    fr.body = out
    return fr
