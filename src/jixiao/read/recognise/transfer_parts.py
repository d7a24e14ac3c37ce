"""A transfer text stating several funds, each under a heading of its own (如皋's 直达资金年度情况说明: 直达资金情况: …
参照直达资金情况: …): the text as a whole gives no sure sum, each section stating its own. Each section is then read
alone, a document of its own named by its heading; a text with fewer than two such headings is left as it is."""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document
from jixiao.read.base import FileRead
from jixiao.read.sections import between

# a fund's name ending its line with a colon, no sentence and no figure in it (直达资金情况:, 参照直达资金情况:)
_HEADING = re.compile(r"^[^。，,；;:：\d]{0,24}(?:资金|经费)[^。，,；;:：\d]{0,8}[:：]$")
_LEAST = 2  # headings that make a text of several funds


def by_funds(fr: FileRead, read: Callable[[FileRead], list[Document]]) -> list[Document]:
    """Each fund's section read alone by ``read`` (its heading the document's title), where the text has two or more
    funds' headings; none otherwise."""
    heads = [(src.line, text) for raw, src in fr.body
             if src.line is not None and _HEADING.match(text := normalize_text(raw).strip())]
    if len(heads) < _LEAST:
        return []
    docs: list[Document] = []
    for (lo, title), nxt in zip(heads, [*heads[1:], None], strict=True):
        for doc in read(between(fr, lo, nxt[0] if nxt else None)):
            doc.title = title.rstrip(":：")
            docs.append(doc)
    return docs


__all__ = ["by_funds"]
