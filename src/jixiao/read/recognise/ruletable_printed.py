"""The last reading of a rule table whose weights no sum of its own confirms: each name with the weight printed in
its label (组织保障(10分), 村民议事厅(3分)), read as printed and said to be unconfirmed.

``ruletable_confirmed`` keeps a weight only where the table's arithmetic confirms it (a row's parts, its group, the
total). Published rule tables are often cut off (a preview's first page), or print a group's weight beside rows
that fall short of it: none of their sums holds, and the confirmed reader reads nothing. Their labels still say
which weight is whose. This reader takes them where no other reader read a document of another type or a weight of
a rule table (``recognise.ONLY_EMPTY``; a rule table read with its names alone gives way to it): every row's weight
as its label prints it, flat (no level is placed, no sum assumed), the document half read and a problem saying that
the weights are the labels' own, unconfirmed, to check against the table. A sentence that ends in its points
(…标识牌的办公室。(1分)) is a rule's, no name; a plain weight (村民议事厅 3分) only where its name opens a cell or an
item of a list, never glued after a stop. A part of a file (``read.sections``) is never read so."""

from __future__ import annotations

import re

from jixiao.core.records import Document
from jixiao.read.base import FileRead
from jixiao.read.recognise.ruletable_confirmed import LIST_MARK, Reading, document, read_rules

PRINTED = "weights_as_printed"  # a document's extra: its weights the labels' own, no sum confirms them
_KINDS = ("label", "item")  # a name and its weight (组织保障(10分)), a numbered item closed by its weight (1.…(5分))
MIN_ROWS = 3  # labels with their weights that make a table (two may be a rule's own points)
MAX_NAME = 30  # a label's name at the most (a longer one is a rule's sentence)
_SENTENCE = re.compile(r"[。；;，,：:]")  # a name never holds a sentence's stop
# the weight in the label's own brackets (组织保障(10分)): never a plain 10分 after a name, which run-together text
# may have glued to its group's name (组织领导完善管理制度3分)
_BRACKET = re.compile(r"[(（〔][^()（）〔〕\d]{0,4}$")  # (本指标10分)
# … unless the name opens its cell (its line, after a pipe or a list mark: 村民议事厅 3分) or an item of a sentence's list
# (其中财税收入50分、乡镇财政管理50分)
_CELL_START = re.compile(rf"(?:.*[|、,，;；:：]|.*其中)?[\s|]*{LIST_MARK}?\s*")
# the words before the name's list mark (一、组织领导(5分); a header's words run on: 核准分合计一、组织领导) and a cell's
# separator left before it (、综合管理): no part of the name
_LEAD_MARK = re.compile(rf"^(?:.*?{LIST_MARK}|[、,，;；:：|\s]+)\s*")


def recognise(fr: FileRead) -> list[Document]:
    if (read := read_rules(fr)) is None or read[1] is not None:
        return []  # (no rule text, or the confirmed reader's)
    flat, _, cands = read
    text = flat.text
    rows = [c for c in cands if c.kind in _KINDS and len(c.name) <= MAX_NAME and not _SENTENCE.search(c.name)
            and (_BRACKET.search(text, c.start, c.at) or _CELL_START.fullmatch(text, text.rfind("\n", 0, c.start) + 1,
                                                                              c.start))]
    if len(rows) < MIN_ROWS:
        return []
    for c in rows:
        c.name = _LEAD_MARK.sub("", c.name)
    doc = document(flat, Reading(rows, [], None, True), rows, (
        f"评分细则的版式未能识别，表内算术（各行的分项之和、组的分值、合计）也未能确认其分值：{len(rows)}个分值按各名称"
        "标签中印出的（如“组织保障(10分)”）读取，未分层级，未经确认（表可能不全，或各级分值不相加），请对照原表核对",
        f"the rule table's layout was not recognised and no sum of the table confirms its weights: {len(rows)} weights "
        "read as the names' labels print them (组织保障(10分)), no levels placed, unconfirmed (the table may be cut off, "
        "or its levels' weights do not add up): check them against the table"))
    doc.extra[PRINTED] = True
    return [doc]


__all__ = ["PRINTED", "recognise"]
