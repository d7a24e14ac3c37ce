"""Scoring-rule tables run together whose rows have no name of their own, only a sentence (the requirement, or the
rule) with the row's weight glued after its full stop, under group labels that print their weight (一、政策制度
(20分), 基础工作(50分), 公共区域18分), as document-sharing pages give 考核内容 | 分值 | 评分标准 tables and
考核评分表 of every topic (…纳入重要议事日程。10(2)建立…, …扣0.5分。42绿化带…: the weight 4, then row 2).

The header names the columns run together (考核类别考核内容分值备注); after it come labels and rows, read in order
by ``ruletable_stopitems`` (a label is a name followed by its weight in points; a row is text up to a stop and the
number glued after it). Here they are confirmed by their groups and made a document.

Nothing here is placed by position alone: each group's rows (and the groups under it) must make its weight. A
group whose rows do not is not read (its rows' weights left missing, a located problem); a table with no group
so confirmed is not read at all, except when the text ends inside its one group (a table cut off) and the rows
read stay within its weight. The header's words are the rule tables' vocabulary (``rulewords``); a text with no
such header (a page after the table's first) is read only from a group label where two groups are confirmed.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, find_year, problem
from jixiao.read.recognise.formspec import HEADER_LABELS
from jixiao.read.recognise.ruletable_labels import rule_title
from jixiao.read.recognise.ruletable_stophead import header, score_order
from jixiao.read.recognise.ruletable_stopitems import LABEL_START, Item, read_items, unpaged
from jixiao.read.recognise.ruletable_stopscored import glued, scored
from jixiao.read.recognise.ruletable_weighttree import TOTAL
from jixiao.read.recognise.transfer_text import Flat, flatten

TYPE = "assessment_rules"
_CJK = "\u3400-\u9fff"
MAX_STARTS = 20  # group labels tried as a headerless table's start
_WORD = re.compile(rf"[{_CJK}“]")  # a row's name opens with a word
# a self-evaluation form's own labels: a text holding them before the rules is a form, read by the form readers
_FORM = re.compile("|".join((*(w for w in HEADER_LABELS if w.startswith(("项目", "实施", "主管"))), "年度指标值", "实际完成值",
                              "全年执行数", "年度资金总额")))


def _groups(items: list[Item], closed: bool = False) -> tuple[set[int], set[int], bool]:
    """Each item under the groups open over it; (groups whose rows made their weight, groups that did not,
    whether the text ended inside a group). A row goes into the innermost group open, whatever its weight; a
    label closes the groups it does not fit in (one under them, else a sibling), each made or not. A group is
    made only by two items or more under it: one row of its group's weight proves nothing (a group of one row is
    that row, as ``ruletable_weighttree`` reads it)."""
    open_: list[list[Any]] = []  # [label, weight left, items under it]
    good: set[int] = set()
    bad: set[int] = set()

    def settle(lab: Item, left: Decimal, under: int) -> None:
        if left == 0 and under >= 2:
            good.add(id(lab))
        elif left != 0:
            bad.add(id(lab))

    for it in items:
        w = it.weight or Decimal(0)
        while it.label and open_ and (open_[-1][1] <= 0 or open_[-1][1] < w):
            settle(*open_.pop())
        if not open_ and not it.label:
            return good, bad | {id(it)}, False  # a row under no group
        it.parents = [lab for lab, _, _ in open_]
        if open_:
            open_[-1][1] -= w
            open_[-1][2] += 1
        if it.label:
            open_.append([it, w, 0])
    for lab, left, under in open_:
        if left <= 0 or closed:  # (``closed``: a total row follows, the groups still open are over too)
            settle(lab, left, under)
    return good, bad, not closed and any(left > 0 for _, left, _ in open_)


def recognise(fr: FileRead) -> list[Document]:
    flat: Flat = flatten(fr)
    text = unpaged(flat.text)
    head = header(text)
    if _FORM.search(text, 0, head[0] if head is not None else len(text)):
        return []  # a form's own labels (项目名称, 年度指标值 …) before it: the form readers' table, not a rule table
    order = score_order(text, head[0], head[1]) if head is not None else None
    if head is not None and order is not None:
        # 指标分值 … 计分标准 自评得分: the number after a stop is the row's score, its weight follows its name;
        # 评分标准 分值 自评得分: the number after a stop is the row's weight and score run together
        # (not confirmed so: read as the rules are, only where each group's rows make its weight — a blank score
        # column leaves the weight alone after the stop)
        items = read_items(text, head[1], head[2], head[3])
        found = (scored if order == "after_rule" else glued)(flat, text, head[0], items, _groups)
        if found is not None:
            return [found]
    read = _confirmed(text, head[1], head[2], rule_before=head[3]) if head is not None else None
    if head is not None and read is not None:
        return [_document(flat, text, head[0], *read)]
    # no header (a page of the table after its first, a header the words above do not name): read only where
    # two groups or more are confirmed by their rows, from a group label opening a line or following a stop
    for k, m in enumerate(LABEL_START.finditer(text)):
        if k >= MAX_STARTS:
            break
        read = _confirmed(text, m.end(), False, groups=2)
        if read is not None:
            return [_document(flat, text, m.end(), *read)]
    return []


def _confirmed(text: str, start: int, rule_after: bool, groups: int = 1,
               rule_before: bool = False) -> tuple[list[Item], set[int], bool] | None:
    """The items from ``start`` where their groups confirm them: at least ``groups`` groups whose rows make their
    weight (or, with one asked, the text ending inside the table's one group), no row outside a group; with the
    groups that did not (their rows' weights not to be read) and whether the text ended inside a group."""
    items = read_items(text, start, rule_after, rule_before)
    rows = [i for i in items if not i.label]
    if len(rows) < 3 or not any(i.label for i in items):
        return None
    if any(not _WORD.match(i.name) for i in rows):
        return None  # a row named by no word (;, 、按时…): its boundary was misread, the table is not this layout
    # a total row right after the last row: the text did not end inside the last group, whose rows falling short
    # of its weight is a group not made, its rows' weights not read (they were, and the audit's tree_weight check
    # took the shortfall for the table's mistake)
    good, bad, cut = _groups(items, closed=_closed(text, items[-1].at))
    if any(id(i) in bad for i in rows):
        return None
    single = groups == 1 and cut and sum(i.label for i in items) == 1 and not bad
    return (items, bad, cut) if len(good) >= groups or single else None


_TOTAL_REACH = 200  # characters after the last row within which a total row closes the table


def _closed(text: str, last: int) -> bool:
    """Whether a total row (合计 / 总分 / 总计 with its figure) stands right after the last row."""
    m = TOTAL.search(text, last)
    return m is not None and m.start() - last < _TOTAL_REACH


def _document(flat: Flat, text: str, at: int, items: list[Item], bad: set[int], cut: bool) -> Document:
    """The rule table read: each row under its groups, its weight unless a group over it was not confirmed."""
    rows = [i for i in items if not i.label]
    doc = Document(type=TYPE, title=rule_title(text[max(0, at - 400) : at]), source=flat.source_at(at),
                   year=find_year([text[:at]]))
    for it in rows:
        src = flat.source_at(it.at)
        ind = IndicatorRow(level3=Val(it.name, it.name, src), source=src)
        ups = [f"{p.name}({p.printed}分)" for p in it.parents]
        if ups:
            ind.level1 = Val(ups[0], ups[0], flat.source_at(it.parents[0].at))
            ind.level2 = Val(ups[-1], ups[-1], flat.source_at(it.parents[-1].at)) if len(ups) > 1 else ind.level2
        if any(id(p) in bad for p in it.parents):
            doc.problems.append(problem(f"“{it.name}”所在分组的各行分值之和与该组分值不符，未读取分值",
                                        f"the weights of the group of '{it.name}' do not make its weight: not read",
                                        src))
        else:
            ind.weight = Val(it.weight, it.printed, src)
        if it.rule:
            ind.rule_text = Val(it.rule, it.rule, src)
        doc.indicators.append(ind)
    m = TOTAL.search(text, items[-1].at)
    near = m if m is not None and m.start() - items[-1].at < 200 else None
    close_by_total(doc, near, flat.source_at(near.start(1)) if near else None)
    doc.problems.insert(0, problem(
        "连在一起的评分细则：每行的分值是句末“。”后的数字，按各组分值等于其下各行之和核对",
        "a rule table run together: each row's weight is the number after its sentence's stop, checked against "
        "its group's weight (the rows make it)", doc.source))
    if cut:
        doc.problems.append(problem("评分细则在最后一组中途结束，可能不完整",
                                    "the rule table ends inside its last group: it may be incomplete",
                                    flat.source_at(items[-1].at)))
    return doc


__all__ = ["TYPE", "recognise"]
