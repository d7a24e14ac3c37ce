"""Every amount a transfer's text states, with its words: the record of what a notice or a report read from its
sentences says, for what reports show.

A transfer read from its sentences (``transfer_stated``, ``transfer``'s report reader) gives its budget, spending and
rate; the text states more: the sum received from each level (中央财政衔接推进乡村振兴补助资金15587万元), the whole
(共计23513万元), what each place or project was given (安排产业发展项目资金14343.83万元). These are kept as a table,
所述事项 | 金额 | 单位, one row per amount in the order the text states them: the
words are the amount's own clause (from the last stop, comma, colon or list word before it, its list mark and a verb
right before the amount, 为/是/达到, left out), the amount as printed, each with its source. Nothing is added up or chosen here: the table is what the text says, and the audit never
checks it as a table. The readers keep the text in ``extra`` (``keep``); the table is made and joins the document's tables only once
the file is read (``shown``), and only where the document holds no table of its own.
"""

from __future__ import annotations

import re

from jixiao.core.records import Document
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.recognise.transfer_prosewords import AMOUNT
from jixiao.read.recognise.transfer_text import Flat

TITLE = "正文所述金额"
STATED_AMOUNTS = "stated_amounts"  # extra: the text whose amounts are shown, until the file is read (``keep``, ``shown``)
HEADER = ("所述事项", "金额", "单位")
_CLAUSE = re.compile(r"[,，。;；:：、!！?？\n()（）]|其中|包括|分别为|分别是")
_BACK = 60  # characters of its clause an amount's words are taken from, at the most
_MARK = re.compile(r"^(?:\d{1,2}[、.．]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])\s*")
_VERB = re.compile(r"(?:为|是|达到了?|达|约)$")  # the verb before the amount (额度为9248万元): no word of the line's
MOST = 200  # rows kept (a longer text is a bulletin of figures, not one transfer's)


def amounts_table(flat: Flat) -> Table | None:
    """The table of the amounts ``flat`` states, or None where it states none."""
    text = flat.text
    rows: list[list[Cell]] = []
    for m in AMOUNT.finditer(text):
        at = m.start(1)
        lo = max(0, at - _BACK)
        start = max([c.end() for c in _CLAUSE.finditer(text, lo, at)], default=lo)
        words = _VERB.sub("", _MARK.sub("", re.sub(r"\s+", "", text[start:at])))
        src = flat.source_at(at)
        rows.append([Cell(words, flat.source_at(start)), Cell(m.group(1), src), Cell(m.group(2), src)])
        if len(rows) >= MOST:
            break
    if not rows:
        return None
    first = rows[0][1].source
    head = [Cell(h, Source(first.file, first.line, first.page, None, first.sheet)) for h in HEADER]
    return Table([head, *rows], rows[0][0].source, title=TITLE)


def keep(doc: Document, flat: Flat) -> None:
    """Keep the text whose amounts ``doc`` shows if it ends with no table of its own (``shown``)."""
    doc.extra[STATED_AMOUNTS] = flat


def shown(docs: list[Document]) -> None:
    """Each document's table of stated amounts made and put in its tables where it holds no table of its own, once the
    file's readings are settled (the readers that read a file again, or read what follows a form, look at a
    document's tables: what the text states must not count as a table read); the text kept is taken out of ``extra``
    either way, and no table is made for a document that has one."""
    for d in docs:
        flat = d.extra.pop(STATED_AMOUNTS, None)
        if flat is not None and not d.tables and (table := amounts_table(flat)) is not None:
            d.tables = [table]


__all__ = ["HEADER", "STATED_AMOUNTS", "TITLE", "amounts_table", "keep", "shown"]
