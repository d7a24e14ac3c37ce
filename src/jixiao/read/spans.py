"""A document found in a file of several but holding nothing, read again from its own lines alone.

A page that publishes another unit's project form before a report, a budget's 说明 or a transfer's notice is read as
one file: each document is found (by its title), but the readers that take figures from the file's text take the
first form's (its 年度资金总额, its indicators) and leave the later document empty ("代表之家" read with no budget, a
决算情况说明 with no line). Its own lines — from its title up to the next document's — read alone give it back.

A document of a text file that holds no figure is replaced by the reading of its own span when that reading gives
documents of its type only, and at least one of them holds a figure: what it reads is on the document's own lines,
so nothing of another document's is taken (the whole file's reading of the other documents is kept as it was).
"""

from __future__ import annotations

from jixiao.core.records import ACCOUNT_TYPES, Document
from jixiao.read.base import FileRead
from jixiao.read.sections import Recognise, between, held, holds

_MOST = 8  # documents of one file read again at most (each a recognition of its own lines)


def _start(doc: Document) -> int | None:
    return doc.source.line if doc.source is not None else None


def own_spans(fr: FileRead, docs: list[Document], recognise: Recognise) -> list[Document]:
    """``docs``, each empty one after the first replaced by its own lines' reading where that holds figures; an empty
    account (its 目录 alone) before an account of its type, read together with it where that gives one document."""
    if fr.format != "text" or len(docs) < 2:
        return docs
    starts = sorted({s for d in docs if (s := _start(d)) is not None})
    out: list[Document] = []
    tried, i = 0, 0
    while i < len(docs):
        doc = docs[i]
        i += 1
        at = _start(doc)
        if at is None or at == starts[0] or holds(doc) or tried >= _MOST:
            out.append(doc)
            continue
        tried += 1
        nxt = next((s for s in starts if s > at), None)
        found = recognise(between(fr, at, nxt))
        if found and all(d.type == doc.type for d in found) and any(holds(d) for d in found):
            out.extend(found)
            continue
        after = docs[i] if i < len(docs) else None
        if after is not None and doc.type in ACCOUNT_TYPES and after.type == doc.type and nxt is not None \
                and nxt == _start(after):
            end = next((s for s in starts if s > nxt), None)
            whole = recognise(between(fr, at, end))  # (the 目录 and the 说明 it lists: one document)
            if [d.type for d in whole] == [doc.type] and held(whole)[1] >= held([after])[1]:
                out.extend(whole)
                i += 1
                continue
        out.append(doc)
    return out
