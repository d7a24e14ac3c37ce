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

A header that puts the rule first and the score right after the weight (评分标准 | 分值 | 自评得分) gives each row as
its name and rule, closing in a stop, then its weight and score run together (…扣完为止。1514.5目标实现…): each such
figure is cut into a weight (at most 100) and a score within it, and of all the ways of cutting every row's figure
the one that makes every group's weight is taken — only where exactly one does (``glued``). The row's name is then
the text before its first stop (where the name ends and the rule begins the run does not say).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
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
    names = {id(i): (parsed[id(i)][0], parsed[id(i)][2], i.printed) for i in rows}
    return _document(flat, text, at, rows, weighted, names, _SAID_AFTER_RULE)


_SAID_AFTER_RULE = (
    "连在一起的评分表：表头的分值在名称之后、得分在评分标准之后，每行的分值是名称后的数字、得分是句末“。”后的数字，"
    "按各组分值等于其下各行之和、得分不超过分值核对",
    "a score table run together: the header puts the weight after the name and the score after the rule, so each "
    "row's weight is the number after its name and its score the number after its stop, checked by the groups' "
    "weights (the rows make them) and the scores' bounds")
_SAID_GLUED = (
    "连在一起的评分表：表头的分值、得分在评分标准之后，每行句末“。”后的数字是分值与得分连写，按各组分值等于其下各行之和、"
    "得分不超过分值唯一地拆开",
    "a score table run together: the header puts the weight and the score after the rule, so the number after each "
    "row's stop is its weight and score run together, cut the one way the groups' weights (the rows make them) and "
    "the scores' bounds allow")
_MAX_WAYS = 4096  # the ways of cutting every row's figure tried at most


def glued(flat: Flat, text: str, at: int, items: list[Item],
          groups_of: Callable[[list[Item]], tuple[set[int], set[int], bool]]) -> Document | None:
    """The table read with each row's weight and score run together after its stop (评分标准 | 分值 | 自评得分: …扣完为止。
    1514.5目标实现…), cut the one way every group's weight (made by its rows' weights) and every score's bound
    (within its weight) allow; None when no way or several do."""
    rows = [i for i in items if not i.label]
    if len(rows) < 3:
        return None
    options = [cuts_within(i.printed) for i in rows]
    if any(not o for o in options) or math.prod(len(o) for o in options) > _MAX_WAYS:
        return None
    found: list[tuple[tuple[str, str], ...]] = []
    for way in itertools.product(*options):
        weights = {id(r): Decimal(w) for r, (w, _) in zip(rows, way, strict=True)}
        trial = [replace(i, weight=weights.get(id(i), i.weight), parents=[]) for i in items]
        good, bad, cut = groups_of(trial)
        if good and not bad and not cut:
            found.append(way)
    if len(found) != 1:
        return None
    way = found[0]
    weighted = [replace(i, weight=Decimal(w) if not i.label else i.weight, parents=[])
                for i, w in zip(items, _per_item(items, way), strict=True)]
    groups_of(weighted)  # (the rows' parents, as confirmed)
    names = {id(r): (r.name, w, s) for r, (w, s) in zip(rows, way, strict=True)}
    return _document(flat, text, at, rows, weighted, names, _SAID_GLUED)


def _per_item(items: list[Item], way: tuple[tuple[str, str], ...]) -> list[str]:
    """Each item's weight as text: a row's from ``way`` in order, a label's as printed."""
    rows = iter(way)
    return [i.printed if i.label else next(rows)[0] for i in items]


def cuts_within(text: str) -> list[tuple[str, str]]:
    """The cuts of a figure into a weight (more than 0, at most 100) and a score within it, neither part opening with a
    0 unless it is 0 or a fraction."""
    out = []
    for k in range(1, len(text)):
        w, s = text[:k], text[k:]
        if any(p[0] == "0" and len(p) > 1 and p[1] != "." for p in (w, s)) or "." in (w[-1], s[0]):
            continue
        wd, sd = parse_decimal(w), parse_decimal(s)
        if wd is not None and sd is not None and 0 < wd <= 100 and sd <= wd:
            out.append((w, s))
    return out


def _document(flat: Flat, text: str, at: int, rows: list[Item], weighted: list[Item],
              names: dict[int, tuple[str, str, str]], said: tuple[str, str]) -> Document | None:
    """The department's score table: each row under its confirmed groups, its name, weight and score (``names``:
    row → (name, weight as printed, score as printed)), the total after the last row; None for a project's."""
    heading = text[max(0, at - 400) : at]
    if not is_department_title(heading):
        return None  # a project's score table: the project and report readers'
    doc = Document(type=TYPE, title=rule_title(heading), source=flat.source_at(at), year=find_year([heading]))
    for it, w in zip(rows, (i for i in weighted if not i.label), strict=True):
        name, weight, score = names[id(it)]
        src = flat.source_at(it.at)
        ind = IndicatorRow(level3=Val(name, name, src), source=src)
        ups = [f"{p.name}({p.printed}分)" for p in w.parents]
        if ups:
            ind.level1 = Val(ups[0], ups[0], flat.source_at(w.parents[0].at))
            if len(ups) > 1:
                ind.level2 = Val(ups[-1], ups[-1], flat.source_at(w.parents[-1].at))
        ind.weight = Val(Decimal(weight), weight, src)
        ind.score = Val(Decimal(score), score, src)
        if it.rule:
            ind.rule_text = Val(it.rule, it.rule, src)
        doc.indicators.append(ind)
    _total(doc, flat, text, rows[-1].at)
    doc.problems.insert(0, problem(*said, doc.source))
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
