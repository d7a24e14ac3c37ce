"""Text as published, made readable before any label is matched: traditional script converted to
simplified, and the pinyin that some sites print after each character (項(xiàng)目) removed.

Conversion uses ``zhconv`` (pure Python, one bundled dictionary, offline). It is applied only to a file
whose text is visibly traditional (``_SHARE`` of its Chinese characters change), so that a simplified
file is never touched; the file then carries a note saying so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.core.records import Problem
from jixiao.read.base import FileRead

# A pinyin syllable in brackets (half- or full-width) right after a Chinese character: 項(xiàng), 數（shù）.
_RUBY = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SHARE = 0.02  # of the Chinese characters sampled that conversion changes
_SAMPLE = 20_000  # characters looked at to decide


def is_traditional(fr: FileRead) -> bool:
    """Whether the file's text is written in traditional script (or carries pinyin after characters)."""
    from zhconv import convert

    sample = "".join(_take(fr.texts(), _SAMPLE))
    if _RUBY.search(sample):
        return True
    cjk = _CJK.findall(sample)
    if not cjk:
        return False
    changed = sum(1 for a, b in zip(sample, convert(sample, "zh-cn")) if a != b)
    return changed >= max(3, _SHARE * len(cjk))


def _take(texts: Iterator[str], limit: int) -> Iterator[str]:
    size = 0
    for t in texts:
        yield t
        size += len(t)
        if size >= limit:
            return


def simplified(text: str) -> str:
    from zhconv import convert

    return str(convert(_RUBY.sub("", text), "zh-cn"))


def normalise(fr: FileRead) -> FileRead:
    """The file with full-width forms folded and doubled separators undone (``normalise_forms``), traditional
    script converted, then the spaces PDF text puts inside known labels and letter-spaced cells taken out
    (``despace``; a cell of two letters among cells of their own: ``spelt_cells``), a preview's numbered chunks
    joined (``unchunk``), the labels a wrap cut over two
    lines joined (``rejoin``), the paragraphs of prose a page's width wrapped joined (``unwrap``) and prose run onto
    one line split at its section headings (``reline``), in place;
    returned for chaining."""
    from jixiao.read.despace import despace_cell, despace_line, spelt_cells
    from jixiao.read.levelwords import full_level_labels
    from jixiao.read.normalise_forms import apply, normalise_forms
    from jixiao.read.rejoin import rejoin
    from jixiao.read.reline import relined
    from jixiao.read.unchunk import unchunked
    from jixiao.read.unwrap import unwrap

    normalise_forms(fr)
    if is_traditional(fr):
        apply(fr, simplified)
        fr.problems.append(Problem("繁体字已转换为简体后读取（注音已去除）", fr.source,
                                   "traditional script converted to simplified before reading (pinyin removed)"))
    apply(fr, despace_line, despace_cell)
    fr.body = spelt_cells(fr.body)
    full_level_labels(fr)  # 一级 | 二级 | 三级 printed short: written out (read.levelwords)
    fr.body = unchunked(fr.body)  # a preview's numbered chunks (1、… 2、… 3、…) joined into the text they were cut from
    fr = unwrap(rejoin(fr))
    fr.body = relined(fr.body)  # prose run onto one line split at its section headings again
    return fr
