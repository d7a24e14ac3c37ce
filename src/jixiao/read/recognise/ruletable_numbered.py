"""Rule tables whose rows are numbered by their group (3.1 道路。… | 0~7 | 3.2 供水。… | 0~7 …) and whose header was
left on another page (a table continued, a law site's page 2 of 6): read from the pipe cells by the numbering and
confirmed by the arithmetic, with no header to go by.

A row opens with a cell whose mark is its group's number and its own (3.1), its name the words after it up to the
first stop (道路); its weight is the next cell that is a number alone or the range of points it can earn from
nothing (0~7: 7). A group's weight is a cell of points alone in brackets ((35分)) before its first row. A group is
read only where it prints its weight and its rows make it exactly (7 + 7 + 5 + 5 + 3 + 4 + 4 = 35): a table whose
numbering is not confirmed is left to the other readers. The text has no 合计 here: the table is half read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, find_year, problem, squash
from jixiao.read.recognise.ruletable_pipecells import cells

TYPE = "assessment_rules"
_ROW = re.compile(r"^(\d{1,2})\.(\d{1,2})(?![\d.])\s*([^\s。；;：:，,(（]{2,24})")
# 7, 7分, 0~7 (one run of white space before the optional 分 and one after it: never two around it, quadratic)
_WEIGHT = re.compile(r"(?:0\s*(?:分\s*)?[~～\-－至]\s*)?(\d+(?:\.\d+)?)\s*分?")
_GROUP = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")  # (35分)
MIN_ROWS = 3


def recognise(fr: FileRead) -> list[Document]:
    stream = cells(fr)
    groups: dict[str, Val] = {}
    rows: list[tuple[str, IndicatorRow]] = []
    pending: Val | None = None  # a group's weight seen, its rows not yet
    open_row: tuple[str, IndicatorRow] | None = None
    for c in stream:
        text = squash(c.text)
        if (gm := _GROUP.fullmatch(text)) is not None:
            pending = Val(Decimal(gm.group(1)), text, c.source)
            continue
        if (m := _ROW.match(text)) is not None:
            group = m.group(1)
            if pending is not None and group not in groups:
                groups[group] = pending
            pending = None
            ind = IndicatorRow(level3=Val(m.group(3), m.group(3), c.source), source=c.source)
            ind.rule_text = Val(text, text, c.source)
            open_row = (group, ind)
            continue
        if open_row is not None and (wm := _WEIGHT.fullmatch(text)) is not None:
            open_row[1].weight = Val(Decimal(wm.group(1)), text, c.source)
            rows.append(open_row)
            open_row = None
    confirmed = [g for g, w in groups.items()
                 if sum((r.weight.dec or Decimal(0)) for k, r in rows if k == g) == w.dec]
    kept = [(g, r) for g, r in rows if g in confirmed]
    if len(kept) < MIN_ROWS:
        return []
    for g, r in kept:
        gw = groups[g]
        r.level1 = Val(f"{g}({(gw.text or '').strip('()（）')})", gw.text, gw.source)
    src = kept[0][1].source or fr.source
    doc = Document(type=TYPE, title=None, source=src, year=find_year([c.text for c in stream[:20]]),
                   indicators=[r for _, r in kept])
    close_by_total(doc, None)  # the continued table gives no total row to close it
    for g in sorted(set(groups) - set(confirmed)):  # read nothing of a group the sums do not confirm, and say so
        doc.problems.append(problem(f"第{g}组各行的分值之和与其分值{groups[g].text}不符：该组未读取",
                                    f"the rows of group {g} do not make its weight {groups[g].text}: not read",
                                    groups[g].source))
    doc.problems.append(problem(
        "评分表没有表头（表格从前一页接续）：按行的编号（3.1、3.2…）读取，各组分值之和与组的分值相符",
        "a rule table without its header (continued from a page before): rows read by their numbers (3.1, 3.2 …), "
        "each group's rows making its printed weight", src))
    return [doc]
