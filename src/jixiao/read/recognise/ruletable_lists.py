"""Scoring rules written as a numbered list, not a table: sections that print their weight (一、财务状况〔5分〕), each
followed by its items, numbered 1. 2. 3. (or (1) (2), 1、 2、), each a requirement whose points close it in
brackets (…不得以白条抵现金〔0.5分〕；2.业务收入…〔1分〕), as 考核细则 attached to a 考核办法 are often written.

The list is read by its numbering: a section's items carry the numbers 1, 2, 3 … of one style in order, the first
right after the section's label (or a short lead: 考核内容及评分方法：). An item's weight is the points in brackets
that close its text; an item whose text does not close so (the text cut off inside it) ends the section. The items
of a section are read only where they fit in its weight; a section the text goes on past is whole, so its items
must make its weight (the audit checks it). An item has no name of its own: it is named by its first clause. The
list has no total row: it is half read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total
from jixiao.read.recognise.ruletable_items import MARK, NUMERALS, list_number, numeral
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.rulewords import clause_name
from jixiao.read.recognise.transfer_text import Flat, flatten

_AFTER = r"(?:^|(?<=[\s|。；;:：]))"  # a list mark opens an item at a line's start or after a stop
_HEADING_MARK = rf"(?:(?P<mark>[{NUMERALS}]{{1,3}})[、.．]|[(（](?P<bmark>[{NUMERALS}]{{1,3}})[)）])"  # 一、 (一)
_SECTION = re.compile(rf"{_AFTER}{_HEADING_MARK}[\s|]*(?P<name>[\u3400-\u9fff“”、]{{2,20}}?)[\s|]*"
                      r"[(（〔【\[]\s*(?P<n>\d+(?:\.\d+)?)\s*分\s*[)）〕】\]]")
_HEADING = re.compile(rf"{_AFTER}{_HEADING_MARK}")
_ITEM = re.compile(rf"{_AFTER}(?:{MARK})")
# the points closing an item: in brackets (…报批〔0.5分〕), or after its last words but not as an award (…相符，1分;
# never …扣0.5分 nor …得1分: a rule's tier)
_CLOSING = re.compile(r"(?:[(（〔【\[]\s*(?P<n>\d+(?:\.\d+)?)\s*分\s*[)）〕】\]]"
                      r"|(?<=[\u3400-\u9fff，,、:：\s])(?<![得扣计加减为至达到共满])(?P<p>\d+(?:\.\d+)?)\s*分)[\s|;；。,，]*$")
_LEAD = 24  # the most a lead (考核内容及评分方法：) puts between a section's label and its first item
_SCORING = re.compile(r"细则|评分|考核|考评|评价|绩效")


def _items(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A section's items in ``text[start:end]`` by their numbering: (start, end, text) of each, in order."""
    marks = [(m, n) for m in _ITEM.finditer(text, start, end) if (n := list_number(m)) is not None]
    first = next((k for k, (m, n) in enumerate(marks) if n[1] == 1 and m.start() - start <= _LEAD), None)
    if first is None:
        return []
    style = marks[first][1][0]
    chosen = [marks[first][0]]
    for m, n in marks[first + 1 :]:
        if n == (style, len(chosen) + 1):
            chosen.append(m)
    bounds = [m.start() for m in chosen[1:]] + [end]
    return [(m.end(), b, text[m.end() : b]) for m, b in zip(chosen, bounds, strict=True)]


def _rows(flat: Flat) -> tuple[list[IndicatorRow], list[str], int]:
    text = flat.text
    sections = list(_SECTION.finditer(text))
    rows: list[IndicatorRow] = []
    closed: list[str] = []
    first = -1
    for j, sec in enumerate(sections):
        if rows and numeral(sec.group("mark") or sec.group("bmark")) == 1:
            break  # another list begins
        heading = _HEADING.search(text, sec.end())  # the next part of the text, weighted or not
        end = heading.start() if heading is not None else len(text)
        label = f"{sec.group('name')}({sec.group('n')}分)"
        level = Val(label, label, flat.source_at(sec.start()))
        weight, used, read, whole = Decimal(sec.group("n")), Decimal(0), [], True
        for at, _, body in _items(text, sec.end(), end):
            close = _CLOSING.search(body)
            printed = (close.group("n") or close.group("p")) if close is not None else "0"
            w = Decimal(printed)
            if close is None or used + w > weight or w == 0:
                whole = False  # the item's text does not close with its points (cut off), or they do not fit
                break
            used += w
            name, _ = clause_name(body[: close.start()])
            src = flat.source_at(at)
            rule = re.sub(r"[\s|]+", " ", body[: close.start()]).strip(" ；;。")
            read.append(IndicatorRow(level1=level, level3=Val(name, name, src), source=src,
                                     weight=Val(w, printed, flat.source_at(at + close.start())),
                                     rule_text=Val(rule, rule, src)))
        if not read:
            if rows:
                break
            continue
        first = sec.start() if first < 0 else first
        if whole and j + 1 < len(sections):
            closed.append(label)  # every item read, and the text goes on past it
        rows += read
    return rows, closed, first


def recognise(fr: FileRead) -> list[Document]:
    flat = flatten(fr, lambda t: normalize_text(t), sep="\n")
    rows, closed, first = _rows(flat)
    if len(rows) < 2:
        return []
    heading = flat.text[max(0, first - 400) : first]
    if not _SCORING.search(heading):
        return []
    src = flat.source_at(first)
    doc = rules_document(
        heading, src, rows, closed,
        "评分细则写成编号列表：各部分的分值印在标题后，各条的分值印在其末尾括号内；每条以首句为名",
        "scoring rules written as a numbered list: each section's weight after its title, each item's in brackets "
        "at its end; each item named by its first clause")
    close_by_total(doc, None, closed=False, warn=True)
    return [doc]


__all__ = ["recognise"]
