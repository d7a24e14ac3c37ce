"""Scoring-rule tables run together whose rows are numbered items, each its name, its weight in points and then its
rule (1.组织管理(制度建设…)10分有实施方案…1分；…, 一事故预防事故控制25分1、发生…), as document-preview pages give
序号 | 项目 | 分值 | 评分标准 tables, under group labels that print their weight (基本公共卫生服务(300分)).

The header names the columns run together with the weight's before the rule's (序号项目分值检查标准及评分办法,
考核对象与分值考核内容考核标准评分标准): so a row is its list mark, a short name (a gloss in brackets after it is
not the name's), its weight with its unit (10分, 〔10分〕) and its rule up to the next row. The rows are told by
their numbering, nothing else: the first opens right after the header (or a group label), each next one carries
the next number of the same style (一 二 三, 1. 2. 3.), so a rule's own items (1、… 2、… under a row 一) are no rows. A
row's weight is confirmed by its rule: no point its rule awards or deducts is above it. A row that fails that
ends the reading (the rows before it kept). A text with no total row, or whose rows do not make its total, is
half read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import MISSING, Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.ruletable_gradebox import GROUP, close_rows, group_label
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.ruletable_weighttree import TOTAL
from jixiao.read.recognise.transfer_text import Flat, flatten

_COLUMN = r"序号|考核|评价|评分|检查|对象|项目|项\s目|指标|内容|名称|分值|分数|权重|标准|办法|方法|细则|要求|扣分|原因|实得分|得分|备注|说明|及|和|与|、"
# the header: the weight's column, then the rule's, among the column words run together
_HEAD = re.compile(rf"(?:(?:{_COLUMN})[\s|]*)*?(?:分值|分数|标准分|权重)[\s|]*(?:(?:{_COLUMN})[\s|]*)*"
                   rf"(?<=标准|办法|方法|细则|要求|内容|原因|得分|备注|说明)[\s|]*")
NUMERALS = "一二三四五六七八九十"
MARK = (rf"(?P<cn>[{NUMERALS}]{{1,3}})(?P<cnp>[、.．])?|(?P<ar>\d{{1,2}})(?P<arp>[.、．])(?!\d)"
         rf"|[(（](?P<br>[{NUMERALS}]{{1,3}}|\d{{1,2}})[)）]")
_ROW = re.compile(rf"(?:{MARK})[\s|]*(?P<name>[\u3400-\u9fff“”、]{{2,20}}?)(?P<gloss>[(（][^()（）\d]{{1,30}}[)）])?"
                  r"[\s|]*(?P<open>[〔(（【\[])?\s*(?P<n>\d+(?:\.\d+)?)\s*分(?(open)\s*[〕)）】\]])(?![值数])")
_GROUP_LAST = re.compile(rf"{GROUP.pattern}[\s|]*$")  # the next group's label, closing a row's text
_POINTS = re.compile(r"(\d+(?:\.\d+)?)\s*分(?![值数])")
_AWARD_NAME = re.compile(r"(?:[得扣计减加为达至到共给]|满分|总分|最高|不超过|以上|以下)$")
_GAP = re.compile(r"[\s|]*")


def list_number(m: re.Match[str]) -> tuple[str, int] | None:
    """A list mark's style and number (一、 → ("cn、", 1), 2. → ("ar.", 2), (3) → ("br", 3)): the marks of one list
    share a style, so a rule's own items (1、 under a row 1.) are told from the rows."""
    for style in ("cn", "ar", "br"):
        v = m.group(style)
        if v is None:
            continue
        punct = (m.groupdict().get(style + "p") or "").replace("．", ".")
        n = int(v) if v.isdigit() else numeral(v)
        return (style + punct, n) if n else None
    return None


def numeral(v: str) -> int | None:
    """一 … 九十九 as a number (None for what is no numeral)."""
    digits = {c: k + 1 for k, c in enumerate(NUMERALS[:9])}
    if v in digits:
        return digits[v]
    if v == "十":
        return 10
    if len(v) == 2 and v[0] == "十" and v[1] in digits:
        return 10 + digits[v[1]]
    if len(v) in (2, 3) and v[0] in digits and v[1] == "十" and (len(v) == 2 or v[2] in digits):
        return digits[v[0]] * 10 + (digits[v[2]] if len(v) == 3 else 0)
    return None


def _row_at(text: str, at: int, bare: bool) -> re.Match[str] | None:
    m = _ROW.match(text, at)
    if m is None or (m.group("cn") and not m.group("cnp") and not bare) or _AWARD_NAME.search(m.group("name")):
        return None
    return m


def _next_row(text: str, at: int, style: str, want: int, bare: bool) -> re.Match[str] | None:
    """The next row: the first mark after ``at`` of ``style`` numbered ``want`` that opens a row."""
    for cand in re.finditer(MARK, text[at:]):
        m = _row_at(text, at + cand.start(), bare)
        if m is not None and list_number(m) == (style, want):
            return m
    return None


def _rows(flat: Flat, start: int, bare: bool) -> tuple[list[IndicatorRow], list[str], int]:
    text = flat.text
    pos = _GAP.match(text, start).end()  # type: ignore[union-attr]
    group: Val = MISSING
    label = GROUP.match(text, pos)
    if label is not None:
        group, pos = group_label(label, flat, 0), _GAP.match(text, label.end()).end()  # type: ignore[union-attr]
    m = _row_at(text, pos, bare)
    mark = list_number(m) if m is not None else None
    if m is None or mark is None or mark[1] != 1:
        return [], [], start
    rows: list[IndicatorRow] = []
    groups: list[str] = []
    style, k = mark
    while m is not None:
        nxt = _next_row(text, m.end(), style, k + 1, bare)
        end = nxt.start() if nxt is not None else len(text)
        rule = text[m.end() : end]
        opened = _GROUP_LAST.search(rule) if nxt is not None else None  # the next group's label before the next row
        if opened is not None:
            rule = rule[: opened.start()]
        closing = TOTAL.search(rule)  # the total row after the last row
        if closing is not None:
            rule, nxt, opened = rule[: closing.start()], None, None
        weight = Decimal(m.group("n"))
        if any(Decimal(p) > weight for p in _POINTS.findall(rule)) or weight == 0:
            break  # a point of its rule above the weight: not this row's weight
        pos = m.end() + len(rule)  # where this row's text ends
        name, src = m.group("name"), flat.source_at(m.start("name"))
        rule = re.sub(r"[\s|]+", " ", rule).strip(" ，,。；;:：")
        rows.append(IndicatorRow(level1=group, level3=Val(name, name, src), source=src,
                                 weight=Val(weight, m.group("n"), flat.source_at(m.start("n"))),
                                 rule_text=Val(rule, rule, flat.source_at(m.end())) if rule else MISSING))
        if opened is not None:
            if group.str_ is not None:
                groups.append(group.str_)
            group = group_label(opened, flat, m.end())
        m, k = nxt, k + 1
    return rows, groups, pos


def recognise(fr: FileRead) -> list[Document]:
    flat = flatten(fr, lambda t: normalize_text(t), sep="\n")
    for head in _HEAD.finditer(flat.text):
        words = re.sub(r"[\s|]+", "", head.group(0))
        if len(words) < 6 or not re.search(r"项目|指标|内容|对象|项目", words):
            continue
        rows, groups, end = _rows(flat, head.end(), bare="序号" in words)
        if not rows:
            continue
        src = flat.source_at(head.start())
        # the words before the table, with the title's last words the header's run may have taken (…考核细则序号…)
        before = re.match(r".*?(?=序号|考核项目|项目|指标|对象|内容|名称|$)", head.group(0), re.S)
        heading = flat.text[max(0, head.start() - 400) : head.start() + (before.end() if before else 0)]
        doc = rules_document(
            heading, src, rows, groups,
            "评分细则各行连写：按序号逐行读取（名称、分值、评分标准），分值须不小于其评分标准中的每一档分数",
            "a rule table run together: its rows told by their numbering (name, weight, rule), each weight no less "
            "than any point its rule gives")
        close_rows(doc, flat, end, src)
        return [doc]
    return []


__all__ = ["MARK", "NUMERALS", "list_number", "numeral", "recognise"]
