"""Scoring-rule tables run together whose rows have no name of their own, only a sentence (the requirement, or the
rule) with the row's weight glued after its full stop, under group labels that print their weight (一、政策制度
(20分), 基础工作(50分), 公共区域18分), as document-sharing pages give 考核内容 | 分值 | 评分标准 tables and
考核评分表 of every topic (…纳入重要议事日程。10(2)建立…, …扣0.5分。42绿化带…: the weight 4, then row 2).

The header names the columns run together (考核类别考核内容分值备注); after it come labels and rows. A label is a name
followed by its weight in points; a row is text up to a stop (。；) and the number glued after it. Where the rows
are numbered (序号: 18分1主要道路…), that number follows the weight: the digits end in the next row's number,
which is taken off, and a weight may stand glued before that number after any character (an extraction's garble).
Where the header puts the rule after the weight (考核要求分值评分细则), the sentences after the weight that award
or deduct points are that row's rule, and the next row starts after them. A site's page markers (\\n2、) are not
text.

Nothing here is placed by position alone: each group's rows (and the groups under it) must make its weight. A
group whose rows do not is not read (its rows' weights left missing, a located problem); a table with no group
so confirmed is not read at all, except when the text ends inside its one group (a table cut off) and the rows
read stay within its weight. The header's words are the rule tables' vocabulary (``rulewords``); a text with no
such header (a page after the table's first) is read only from a group label where two groups are confirmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, find_year, problem
from jixiao.read.recognise.formspec import HEADER_LABELS
from jixiao.read.recognise.ruletable_labels import RULE_WORDS, rule_title
from jixiao.read.recognise.ruletable_names import AWARDS, BRACKET_MARK, NUMERAL_MARK, QUANTITY_UNITS
from jixiao.read.recognise.ruletable_stophead import head_at, header
from jixiao.read.recognise.ruletable_weighttree import TOTAL
from jixiao.read.recognise.rulewords import clause_name
from jixiao.read.recognise.transfer_text import Flat, flatten

TYPE = "assessment_rules"
_CJK = "\u3400-\u9fff"
# a list mark (ruletable_names'; a numeral mark only before no digit: 1.5 is a number)
_MARK = rf"(?:{NUMERAL_MARK}|{BRACKET_MARK}|\d+[、.．](?!\d))"
_POINTS = r"(?:[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]|(\d+(?:\.\d+)?)\s*分)"  # a weight in points, in brackets or not
# a group label: a name and its weight in points (the name stops at any stop or digit)
_LABEL = re.compile(rf"(?:{_MARK})?([{_CJK}“”、]{{2,24}}?)\s*{_POINTS}")
# a weight glued after a stop, not the start of a decimal or a percentage (whatever follows: 。10日常管理 is the
# weight 10 and the label 日常管理…, the group's sum says whether it was)
# (or printed with its unit, or in brackets: 。5分, 。(5分))
# (a number opening a range after the stop, ;0-10% or 。10～20%, is the rule's, never a weight)
_AFTER_STOP = re.compile(r"[。；;]\s*(?P<open>[(（])?(\d+(?:\.\d+)?)(?![\d.%％])(?!\s*[-—~～至])(?P<unit>分)?(?(open)[)）])")
_PAGE = re.compile(r"\n(\d+)、")  # a document-sharing site's page marker at a line's start
MAX_ITEMS = 200
MAX_STARTS = 20  # group labels tried as a headerless table's start
_WORD = re.compile(rf"[{_CJK}“]")  # a row's name opens with a word
# a self-evaluation form's own labels: a text holding them before the rules is a form, read by the form readers
_FORM = re.compile("|".join((*(w for w in HEADER_LABELS if w.startswith(("项目", "实施", "主管"))), "年度指标值", "实际完成值",
                              "全年执行数", "年度资金总额")))
# where a headerless table may start: a group label opening the text or a line, or following a stop
_LABEL_START = re.compile(rf"(?:^|(?<=[\n。；;]))[ \t|]*(?=(?:{_MARK})?[{_CJK}“]{{2,24}}?\s*{_POINTS})")


@dataclass
class _Item:
    name: str
    weight: Decimal | None
    printed: str
    at: int
    label: bool
    rule: str = ""
    parents: list[_Item] = field(default_factory=list)


def _unpaged(text: str) -> str:
    """The text with the site's page markers (\\n1、 \\n2、 …, counted in order) blanked, offsets kept."""
    chars, page = list(text), 1
    for m in _PAGE.finditer(text):
        if int(m.group(1)) == page + 1 or int(m.group(1)) == page:
            page = int(m.group(1))
            for k in range(m.start(), m.end()):
                chars[k] = " "
    return "".join(chars)


def _label_at(text: str, pos: int) -> re.Match[str] | None:
    m = _LABEL.match(text, pos)
    if m is None or AWARDS.search(m.group(1)) or Decimal(m.group(2) or m.group(3)) > 1000:
        return None
    return m


def _boundary(text: str, pos: int, seq: int | None) -> tuple[int, int, str, int] | None:
    """The end of the row opened at ``pos``: (where its text ends, where its weight's digits start, the weight as
    printed, where what follows starts). Numbered rows: the digits end in the next row's number, taken off."""
    glued = re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?){seq + 1}(?=[{_CJK}“])(?![分{QUANTITY_UNITS}处])") \
        if seq is not None else None
    seen = pos  # the text searched for a glued weight so far (each stretch once)
    for m in _AFTER_STOP.finditer(text, pos):
        g = glued.search(text, seen, m.start()) if glued else None
        seen = m.start()
        if g is not None:  # a weight glued to the next number after no stop (a garbled rule)
            return g.start(), g.start(), g.group(1), g.end(1)
        digits, after = m.group(2), m.end()
        rest = after
        while rest < len(text) and text[rest].isspace():
            rest += 1
        if _counted(text, m, rest):
            continue
        if seq is None or m.group("unit") or m.group("open") or rest >= len(text) or _label_at(text, rest) \
                or head_at(text, rest) > rest \
                or not re.match(rf"[{_CJK}“]", text[after : after + 1]):  # nothing glued after it: all weight
            return m.start() + 1, m.start(2), digits, after
        nxt = str(seq + 1)
        if digits.endswith(nxt) and len(digits) > len(nxt) and re.match(rf"[{_CJK}“]", text[after:after + 1]):
            return m.start() + 1, m.start(2), digits[: -len(nxt)], after - len(nxt)
    return None


def _counted(text: str, m: re.Match[str], rest: int) -> bool:
    """The number after a stop is a count or a date of the rule's (; 6月底前, 。3个方面): a unit
    (``ruletable_names.QUANTITY_UNITS``, as for a bare weight there) follows it, and no group label (。5日常管理10分)."""
    unit = text[m.end() : m.end() + 1]
    return (bool(unit) and unit in QUANTITY_UNITS and not m.group("unit") and not m.group("open")
            and rest < len(text) and _label_at(text, rest) is None)


def _items(text: str, start: int, rule_after: bool, rule_before: bool = False) -> list[_Item]:
    """Labels and rows in order from ``start``; a row whose end is not found ends the reading."""
    items: list[_Item] = []
    pos, seq = start, None
    while pos < len(text) and len(items) < MAX_ITEMS:
        while pos < len(text) and text[pos] in " \n|\t":
            pos += 1
        pos = head_at(text, pos)
        if pos >= len(text) or TOTAL.match(text, pos):
            break
        if (lab := _label_at(text, pos)) is not None:
            printed = lab.group(2) or lab.group(3)
            items.append(_Item(lab.group(1), Decimal(printed), printed, pos, True))
            pos = lab.end()
            continue
        if seq is None and not any(not i.label for i in items) and re.match(rf"1(?=[{_CJK}“])", text[pos:pos + 2]):
            seq = 0  # numbered rows
        if seq is not None:
            if not text.startswith(str(seq + 1), pos):
                break
            pos += len(str(seq + 1))
            seq += 1
        found = _boundary(text, pos, seq)
        if found is None:
            break
        end, at, printed, after = found
        name, rest = clause_name(text[pos:end])
        items.append(_Item(name, Decimal(printed), printed, at, False, rest if rule_before else ""))
        pos = after
        if rule_after:  # the sentences after the weight that award or deduct points: the row's rule
            while (stop := text.find("。", pos)) > 0 and RULE_WORDS.search(text, pos, stop) \
                    and not _AFTER_STOP.match(text, stop) and not _label_at(text, pos):
                items[-1].rule += text[pos : stop + 1]
                pos = stop + 1
    return items


def _groups(items: list[_Item]) -> tuple[set[int], set[int], bool]:
    """Each item under the groups open over it; (groups whose rows made their weight, groups that did not,
    whether the text ended inside a group). A row goes into the innermost group open, whatever its weight; a
    label closes the groups it does not fit in (one under them, else a sibling), each made or not. A group is
    made only by two items or more under it: one row of its group's weight proves nothing (a group of one row is
    that row, as ``ruletable_weighttree`` reads it)."""
    open_: list[list[Any]] = []  # [label, weight left, items under it]
    good: set[int] = set()
    bad: set[int] = set()

    def settle(lab: _Item, left: Decimal, under: int) -> None:
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
        if left <= 0:
            settle(lab, left, under)
    return good, bad, any(left > 0 for _, left, _ in open_)


def recognise(fr: FileRead) -> list[Document]:
    flat: Flat = flatten(fr)
    text = _unpaged(flat.text)
    head = header(text)
    if _FORM.search(text, 0, head[0] if head is not None else len(text)):
        return []  # a form's own labels (项目名称, 年度指标值 …) before it: the form readers' table, not a rule table
    read = _confirmed(text, head[1], head[2], rule_before=head[3]) if head is not None else None
    if head is not None and read is not None:
        return [_document(flat, text, head[0], *read)]
    # no header (a page of the table after its first, a header the words above do not name): read only where
    # two groups or more are confirmed by their rows, from a group label opening a line or following a stop
    for k, m in enumerate(_LABEL_START.finditer(text)):
        if k >= MAX_STARTS:
            break
        read = _confirmed(text, m.end(), False, groups=2)
        if read is not None:
            return [_document(flat, text, m.end(), *read)]
    return []


def _confirmed(text: str, start: int, rule_after: bool, groups: int = 1,
               rule_before: bool = False) -> tuple[list[_Item], set[int], bool] | None:
    """The items from ``start`` where their groups confirm them: at least ``groups`` groups whose rows make their
    weight (or, with one asked, the text ending inside the table's one group), no row outside a group; with the
    groups that did not (their rows' weights not to be read) and whether the text ended inside a group."""
    items = _items(text, start, rule_after, rule_before)
    rows = [i for i in items if not i.label]
    if len(rows) < 3 or not any(i.label for i in items):
        return None
    if any(not _WORD.match(i.name) for i in rows):
        return None  # a row named by no word (;, 、按时…): its boundary was misread, the table is not this layout
    good, bad, cut = _groups(items)
    if any(id(i) in bad for i in rows):
        return None
    single = groups == 1 and cut and sum(i.label for i in items) == 1 and not bad
    return (items, bad, cut) if len(good) >= groups or single else None


def _document(flat: Flat, text: str, at: int, items: list[_Item], bad: set[int], cut: bool) -> Document:
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
