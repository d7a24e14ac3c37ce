"""Two readings of one text file's project forms (by its tables, by its anchors as a stream of tokens): the fuller
kept FORM BY FORM. A page that holds several forms (a search excerpt: the previous form's tail, a whole form, the next
form cut inside its funds block) was judged by the two readings' sums: the table reading won by holding the cut
form, a form the stream reading does not find, while it read the whole form worse (its pipe rows' blank cells
collapsed, the weights under 完成值 and the total weight taken for the total score)."""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.core.records import Document

_PUNCT = re.compile(r"[\s\W_]+")


def _name(doc: Document) -> str | None:
    return _PUNCT.sub("", doc.title) or None if doc.title else None


def fuller(docs: list[Document], found: list[Document], content: Callable[[Document], int]) -> list[Document]:
    """``docs`` (the table reading) with each form the stream reading ``found`` read fuller in its place, when every
    form of ``found`` is one of ``docs`` by its name (the same forms, each read twice); else the reading whose sum is
    the greater, as before (a tie keeps the tables')."""
    names = [_name(d) for d in docs]
    theirs = {_name(d): d for d in found}
    if found and None not in theirs and len(theirs) == len(found) and len(set(names)) == len(names) \
            and set(theirs) <= set(names):
        return [theirs[n] if n in theirs and content(theirs[n]) > content(d) else d
                for n, d in zip(names, docs, strict=True)]
    return found if sum(map(content, found)) > sum(map(content, docs)) else docs
