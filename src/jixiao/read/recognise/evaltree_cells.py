"""A project evaluation score table's text cut into cells (``evaltree``): texts, plain numbers (a weight or a score),
values (a number with its unit or percent sign: 2370人, 15万元, 100%, 2021年12月), points (4分) and level weights
(``(10分)``); and a row's or level's name cleaned of the template's empty row labels and page markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.read.recognise.evaltree_glued import in_name

UNITS = ("万元", "元", "人次", "人", "户", "个", "次", "件", "台", "套", "项", "家", "所", "场", "公里", "千米", "米",
         "亩", "平方米", "吨", "天", "日", "年", "月", "小时", "册", "份", "篇", "辆", "座", "处", "批", "期", "名", "万")
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
# one cell: a level weight in brackets, a number (with its unit, percent sign, or list-marker punctuation after it;
# a unit that begins a word is not one: 5项目…, 2人员…; nor is 分 in 8 分配办法), or a run of other text
CELL = re.compile(
    r"(?P<marker>[(（]\s*(?P<mw>\d+(?:\.\d+)?)\s*(?P<fen>分)?\s*[)）])"
    r"|(?P<pts>\d+(?:\.\d+)?)(?:分(?![值数配析布类项别期解])|\s+分(?![\u4e00-\u9fff]))"
    r"|(?P<num>\d+(?:\.\d+)?)(?P<tail>%|(?:" + _UNIT + r")(?![目员民A-Za-z])|[、:：.)）])?"
    r"|(?P<text>[^\s\d(（]+|[(（])")
_JUNK = re.compile(r"^(?:指标\s*[0-9一二三四五六七八九十LlI]*\s*[:：]?)+|^\d+、")
_RULE_BEFORE = frozenset("计扣得加减为各共至每")  # 计2分, 扣1分: a scoring rule's points, not a weight
_RULE_AFTER = frozenset(",，;；。、)）")
_SENTENCE = re.compile(r"[。；;]")
_PAGE = re.compile(r"(?<!\d)\d{1,2}、")  # a preview site's page marker (2、) inside a row


@dataclass(slots=True)
class Cell:
    kind: str  # text | plain | value | points (4分) | marker | bare
    text: str
    pos: int
    value: Decimal | None = None
    tight: bool = False  # printed right after the text before it, no space between (目标内容22)


def cells(text: str, base: int = 0) -> list[Cell]:
    """``text`` cut into cells (positions offset by ``base``). Consecutive texts make one cell."""
    out: list[Cell] = []
    pieces: list[list[str]] = []
    for m in CELL.finditer(text):
        pos = base + m.start()
        if m.group("marker"):
            cell = Cell("marker", m.group(0), pos, Decimal(m.group("mw")))
            if not m.group("fen"):
                cell.kind = "bare"  # (10): a level weight whose 分 was lost, or a list number
        elif m.group("pts") is not None:  # 4分: a row's weight printed with its unit; 计2分; 扣1分, a rule's text
            rule = text[m.start() - 1 : m.start()] in _RULE_BEFORE or text[m.end() : m.end() + 1] in _RULE_AFTER
            cell = Cell("text" if rule else "points", m.group(0), pos, None if rule else parse_decimal(m.group("pts")))
        elif m.group("num") is not None:
            tail = m.group("tail") or ""
            inside = in_name(text, m.start(), m.start() + len(m.group("num")))  # PM2.5达标率, 第1项: the name's
            if inside or tail and tail in "、:：.)）":  # 1、 指标1: list markers, not figures
                cell = Cell("text", m.group(0), pos)
            elif tail:
                cell = Cell("value", m.group(0), pos, parse_decimal(m.group("num")))
            else:
                cell = Cell("plain", m.group(0), pos, parse_decimal(m.group("num")),
                            m.start() > 0 and not text[m.start() - 1].isspace())
        else:
            cell = Cell("text", m.group(0), pos)
        if cell.kind == "text" and out and out[-1].kind == "text":
            pieces[-1].append(cell.text)  # joined once at the end: linear however long the text
        else:
            out.append(cell)
            pieces.append([cell.text])
    for cell, parts in zip(out, pieces):
        cell.text = "".join(parts)
    return out


def clean_name(text: str) -> str:
    """A row or level name without the template's empty row labels (指标1:指标2:) and page markers (2、)."""
    t = _PAGE.sub("", text)
    t = _SENTENCE.split(t.rstrip("。；;"))[-1]  # …相适应。绩效目标合理性: the previous row's criteria end before it
    t = t.strip(" :：,，;；、.")
    prev = None
    while prev != t:
        prev = t
        t = _JUNK.sub("", t).strip(" :：,，;；、.")
    return t
