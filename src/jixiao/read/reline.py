"""Prose run together onto one line split again at its section headings.

A page's text may reach us with its lines run together: a document-sharing site's preview gives a whole 说明 on
one line, a copy from a PDF joins short lines with spaces ("…2017年部门决算公开信息 一、单位情况 (1)我院属… 二、收入决算
情况说明 …"). The readers of prose find a text's sections by their headings at the start of a line (一、 (一)
第一部分): run together, a 说明's 三公 section is the whole text and its other sections are lost. A long line is split
before each section mark that follows a sentence's end or a space, the mark then opening a line as it did on the
page. Each part keeps the line's source. A line of a paragraph that merely cites a section (详见（一）) is not split:
the mark must follow a full stop, a semicolon or white space, and only lines longer than a paragraph's usual
heading and sentence (``_LONG``) are looked at. A line holding a table's cells (more than a few pipes) is left to the table readers, and a line stating no
amount (a 目录's entries run together) to the readers of contents.
"""

from __future__ import annotations

import re

from jixiao.core.source import Source

_LONG = 160  # characters: a shorter line is a heading or a sentence, not sections run together
_MARK = re.compile(r"(?:(?<=[。；;！!？?])|\s+)(?=(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、"
                   r"|[(（][一二三四五六七八九十]{1,3}[)）])\S)")
_FEW_PIPES = 8  # a line with more pipes holds a table's cells (a site's furniture line gives a few)
# the numbers a 目录 prints: its years and its entries' marks (2021 年度…, 1、, 表 3:, 表1-2), never an amount
_LISTED_NUMBER = re.compile(r"(?:19|20)\d{2}|表\s*\d{1,2}(?:-\d{1,2})?|\d{1,2}(?:[、.．:：]|-\d{1,2})")
_MIN_PART = 4  # characters: a part shorter than this is a mark's own furniture, kept with the next


def relined(body: list[tuple[str, Source]]) -> list[tuple[str, Source]]:
    """The body with each long line split before the section marks run into it (``_MARK``)."""
    out: list[tuple[str, Source]] = []
    for line, src in body:
        if len(line) < _LONG or line.count("|") > _FEW_PIPES or _listing(line):
            # (a table's cells run together, a 目录's entries: their readers' own)
            out.append((line, src))
            continue
        parts: list[str] = []
        at = 0
        for m in _MARK.finditer(line):
            part = line[at:m.start()].strip()
            if len(part) >= _MIN_PART:
                parts.append(part)
                at = m.end()
        parts.append(line[at:].strip())
        out.extend((p, src) for p in parts if p)
    return out


def _listing(line: str) -> bool:
    """A 目录's entries run onto one line: headings and titles only, no amount among them."""
    return not any(ch.isdigit() for ch in _LISTED_NUMBER.sub("", line))
