"""Paragraphs of prose that a page's width wrapped over lines, joined again before any sentence is matched.

PDF text, and text copied from a printed page, gives a paragraph as lines cut at the page's width, wherever the cut
falls: inside a sentence, a fund's name or an amount's unit (现将2020年文化繁荣发展专项资金15920.2 / 万元下达给你们).
The readers of prose (notices, reports, the 情况说明) match a sentence within a line; a sentence cut over two lines
is lost to them. Lines are joined only as a whole paragraph, by the paragraph's own shape:

- the file's prose is wrapped at one width (``page_width``: most of its lines of running text cut inside a sentence
  share one length);
- every line of the paragraph but its last is a line of running prose cut inside a sentence at that width (long,
  mostly Chinese, a few words at most, not ending a sentence or a clause that opens a list: ``_running``), its first
  holding a comma or a stop (a title or a heading as wide holds none: ``_opens``);
- its last line ends the sentence (。；！？ or a colon) and no line after the first opens a new item (一、 （二） 3.
  第五条 附件 注：), is a number or a label standing alone, or is a row flattened to spaces; the lines follow one
  another in the file (same page, the next line number), and no cut falls between two numbers.

A table printed a cell a line is no such paragraph: its cells are not all of the page's width, and the cell after a
long one does not end a sentence; a run of lines that never reaches a sentence's end is left as it is. The joined line
keeps the first line's source. ``rejoin`` joins labels cut over two lines, this joins sentences.
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
                   r"第[一二三四五六七八九十百\d]{1,4}[章节条款部分]|附件|附表|注[:：]|[•●◆■□▪·\-—\u2460-\u24ff\u2776-\u2793])")


# a part's score closing its line (一、资金保障方面,指标评价得分12): a heading that ends so is whole, never cut
# (得 alone only with its 分: 自评得1 ⏎ 3分 is a number cut)
SCORED_END = re.compile(r"(?:(?:得\s*分|评\s*分)\s*(?:为|[:：])?\s*\d+(?:\.\d+)?\s*分?|得\s*\d+(?:\.\d+)?\s*分)\s*$")


def _running(text: str) -> bool:
    """A line of running text cut inside a sentence: long enough, mostly Chinese, a few words at most, not ending a
    sentence or a clause that opens a list, nor a heading that ends in its part's score."""
    s = text.strip()
    if len(s) < _WIDTH or s.endswith(_ENDS) or "|" in s or "\t" in s or len(s.split()) > _WORDS:
        return False
    if _ITEM.match(s) and SCORED_END.search(s):
        return False
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff") >= _CHINESE * len(s)


def _opens(text: str) -> bool:
    """A paragraph's first line holds a comma or a stop before its end, after its own item mark (a title or a
    heading holds none)."""
    s = text.strip()
    item = _ITEM.match(s)  # a heading's own mark (一、) is no clause of a sentence
    return _CLAUSE.search(s, item.end() if item else 0, len(s) - 1) is not None


# a piece a table's cell gives, standing alone on its line: a number with a unit of two characters at most (8, 3分)
_CELL = re.compile(r"[-+]?\d[\d,.]*%?[\u4e00-\u9fff]{0,2}")


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


def _paragraph(body: list[tuple[str, Source]], i: int, width: int) -> int:
    """The index after the last line of the wrapped paragraph opening at ``body[i]`` (``i`` itself when none does). A
    line of the page's width ending in a colon (…，其中：) is a cut there when the paragraph goes on after it."""
    if not _opens(body[i][0]):  # a title or a heading at the page's width is no paragraph's first line
        return i
    k = i
    while k + 1 < len(body) and _cut(body[k][0], width) and _next(body[k][1], body[k + 1][1]):
        following = body[k + 1][0]
        if not _continues(following) or (body[k][0].rstrip()[-1:].isdigit() and following.lstrip()[:1].isdigit()):
            break
        k += 1
        if following.rstrip().endswith(_ENDS) and not _cut(following, width):
            return k + 1
    return k + 1 if k > i and body[k][0].rstrip().endswith(_ENDS) else i


# a sentence ended, then only a number: a cell's weight run into the requirement before it (…落实到位。4)
_ENDED_NUMBER = re.compile(r"[。；;！？!?]\s*\d+(?:\.\d+)?\s*$")


def _cut(text: str, width: int) -> bool:
    """A line of running prose cut inside a sentence at the page's width, or at a colon there; not a sentence ended
    and a number after it (a table's cells run together: …落实到位。4)."""
    s = text.strip()
    return not _ENDED_NUMBER.search(s) and (_running(s) or s.endswith(("：", ":")) and _running(s[:-1])) and width - _SLACK <= len(s) <= width + _LONGER


def unwrap(fr: FileRead) -> FileRead:
    """The file with each paragraph of prose wrapped at the page's width (``page_width``) joined into one line (in
    place)."""
    if len(fr.body) < 2:
        return fr
    width = page_width([t for t, _ in fr.body])
    if width is None:
        return fr
    out: list[tuple[str, Source]] = []
    i = 0
    while i < len(fr.body):
        end = _paragraph(fr.body, i, width)
        if end > i:
            out.append(("".join(t.strip() for t, _ in fr.body[i:end]), fr.body[i][1]))
            i = end
        else:
            out.append(fr.body[i])
            i += 1
    fr.body = out
    return fr
