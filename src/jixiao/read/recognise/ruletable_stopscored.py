"""A score table run together whose header puts the weight after the name and the score after the rule
(一级指标二级指标三级指标指标分值指标解释计分标准自评得分备注), for ``ruletable_stops``.

In such a table a row runs 目标制定5评价部门目标制定情况。完全达到的得满分，…扣完为止。4.5目标实现…: its name, its
weight glued after the name, its explanation and rule (closing in their stops), then its score glued before the
next row's name. The rule tables' reading of that text takes the number after the stop for the row's weight: here it
is the score. Read by the header's own order instead: the weight is the number that closes the row's name (the first
number glued between two words), the score the number after the stop. Kept only where the table's arithmetic
confirms it: every row's score within its weight, and every group's weight (部门预算管理(70分), 预算编制(35分)) made by
the weights of the rows under it; otherwise nothing is read. The total row (合计 7563.5: the weights' sum and the
scores' sum glued) is cut where its first part is the rows' weights' sum (``gluedtotal.cuts``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.recognise.common import find_year, problem
from jixiao.read.recognise.deptmark import is_department_title
from jixiao.read.recognise.gluedtotal import cuts
from jixiao.read.recognise.ruletable_labels import rule_title
from jixiao.read.recognise.ruletable_stopitems import Item
from jixiao.read.recognise.transfer_text import Flat

TYPE = "dept_evaluation"
# a row's name, then its weight glued between it and the explanation's first word (目标制定5评价…)
_NAME_WEIGHT = re.compile(r"^(?P<name>[^\d]{2,40}?)(?P<weight>\d{1,3}(?:\.\d+)?)(?=[\u3400-\u9fff“])")
_TOTAL = re.compile(r"(?:合\s*计|总\s*分|总\s*计)\s*[:：]?\s*(?P<n>\d[\d.]*)")
_TOTAL_REACH = 300  # characters after the last row within which its total row stands


def scored(flat: Flat, text: str, at: int, items: list[Item],
           groups_of: Callable[[list[Item]], tuple[set[int], set[int], bool]]) -> Document | None:
    """The table read with each row's weight from its name and its score after its stop, where the groups' weights
    and the scores' bounds confirm it (``groups_of``: ``ruletable_stops._groups``); None otherwise."""
    rows = [i for i in items if not i.label]
    if len(rows) < 3:
        return None
    parsed: dict[int, tuple[str, Decimal, str]] = {}
    for it in rows:
        m = _NAME_WEIGHT.match(it.name)
        if m is None or it.weight is None or Decimal(m.group("weight")) <= 0:
            return None
        parsed[id(it)] = (m.group("name"), Decimal(m.group("weight")), m.group("weight"))
        if it.weight > Decimal(m.group("weight")):
            return None  # a score above its weight: not this reading
    weighted = [replace(i, weight=parsed[id(i)][1], parents=[]) if not i.label else replace(i, parents=[])
                for i in items]
    good, bad, cut = groups_of(weighted)
    if bad or not good or cut:
        return None
    heading = text[max(0, at - 400) : at]
    if not is_department_title(heading):
        return None  # a project's score table: the project and report readers'
    doc = Document(type=TYPE, title=rule_title(heading), source=flat.source_at(at), year=find_year([heading]))
    for it, w in zip(rows, (i for i in weighted if not i.label), strict=True):
        name, weight, printed = parsed[id(it)]
        src = flat.source_at(it.at)
        ind = IndicatorRow(level3=Val(name, name, src), source=src)
        ups = [f"{p.name}({p.printed}分)" for p in w.parents]
        if ups:
            ind.level1 = Val(ups[0], ups[0], flat.source_at(w.parents[0].at))
            if len(ups) > 1:
                ind.level2 = Val(ups[-1], ups[-1], flat.source_at(w.parents[-1].at))
        ind.weight = Val(weight, printed, src)
        ind.score = Val(it.weight, it.printed, src)
        doc.indicators.append(ind)
    _total(doc, flat, text, rows[-1].at)
    doc.problems.insert(0, problem(
        "连在一起的评分表：表头的分值在名称之后、得分在评分标准之后，每行的分值是名称后的数字、得分是句末“。”后的数字，"
        "按各组分值等于其下各行之和、得分不超过分值核对",
        "a score table run together: the header puts the weight after the name and the score after the rule, so each "
        "row's weight is the number after its name and its score the number after its stop, checked by the groups' "
        "weights (the rows make them) and the scores' bounds", doc.source))
    return doc


def _total(doc: Document, flat: Flat, text: str, last: int) -> None:
    """The total row after the last row: its weight and score glued (合计7563.5), cut where the weight is the rows'
    weights' sum; a figure no cut explains is left unread, said."""
    m = _TOTAL.search(text, last, last + _TOTAL_REACH)
    if m is None:
        return
    full = sum((i.weight.dec or Decimal(0) for i in doc.indicators), Decimal(0))
    src = flat.source_at(m.start("n"))
    found = cuts(m.group("n"), full)
    if len(found) == 1:
        w, s = found[0]
        doc.total_weight, doc.total_score = Val(Decimal(w), w, src), Val(Decimal(s), s, src)
    elif m.group("n") == f"{full}":
        doc.total_weight = Val(full, m.group("n"), src)
    else:
        doc.problems.append(problem(f"合计行的数值“{m.group('n')}”无法按各行分值之和拆为分值与得分，未读取",
                                    f"the total row's figure '{m.group('n')}' cannot be cut into the rows' weights' "
                                    "sum and a score; not read", src))
