"""Scoring-rule tables whose rows are numbered (序号) and run together with no separator, each row's weight
glued to the next row's number (…差(0-3分)152主要研究内容…: the weight 15, then row 2), as document-sharing
pages give a table of 序号 | 指标 | 评分标准 | 分值.

The header names the columns run together (序号评审指标评审标准说明最高分值). Rows are told by their numbers, in
order: row k+1 starts where its number follows a run of digits (the weight of row k) and a name follows it. A
weight is read only where the row's own rule confirms it: it is the top of the grades the rule awards
(优(12-15分) … 差(0-3分): 15; 完全相符:3分 …: 3). A number that is not, or a row whose end is not found, is not
read: the rows already read are kept, the rest said. The name is the words after the number, up to the rule's
first bracket or stop.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, find_year, problem

TYPE = "assessment_rules"
_HEADER = re.compile(r"序号\s*(?:评审|评价|考核|评分)?(?:指标|因素|内容|项目)(?:名称)?.{0,24}?(?:最高)?(?:分值|满分|权重)")
_BAND = re.compile(r"(\d+(?:\.\d+)?)\s*分?\s*[-－~～至]\s*(\d+(?:\.\d+)?)\s*分")  # 优(12-15分): 15
_TIER = re.compile(r"(?:[:：]|得)\s*(\d+(?:\.\d+)?)\s*分")  # 完全相符:3分, 得5分
_NAME = re.compile(r"[^(（\[【,，。；;：:\d\s]{2,30}")
_CJK = re.compile(r"[\u3400-\u9fff]")
_TOTAL = re.compile(r"(?:合计|总分|总计)\s*(\d+(?:\.\d+)?)")
MAX_ROWS = 60


def _top(rule: str) -> Decimal | None:
    """The most the rule awards: the top of its grade bands, else of its grades."""
    bands = [Decimal(m.group(2)) for m in _BAND.finditer(rule)]
    tiers = [Decimal(m.group(1)) for m in _TIER.finditer(rule)]
    found = bands or tiers
    return max(found) if found else None


def _marks(k: int) -> re.Pattern[str]:
    """A weight glued to the number of row ``k + 1``, a name after it."""
    return re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?)\s*{k + 1}(?=[\u3400-\u9fff“])")


def _next_row(text: str, start: int, k: int) -> tuple[int, Decimal, str] | None:
    """Where row ``k + 1`` starts after row ``k`` (opened at ``start``), the weight glued before its number, and
    row k's rule: the first place where the weight is the top grade of the rule before it."""
    for m in _marks(k).finditer(text[start:]):
        weight = m.group(1)
        body = text[start : start + m.start()]
        if _top(body) == Decimal(weight):
            return start + m.end(), Decimal(weight), body
    return None


def _last_row(text: str, start: int, k: int) -> tuple[int, Decimal, str] | None:
    """The last row: its weight is the number closing its line (or the text), the top grade of its rule, with
    no next row's number before it (a weight that is not its rule's top grade ends the reading there)."""
    for m in re.finditer(r"(?<![\d.])(\d+(?:\.\d+)?)[ \t]*(?:\n|$)", text[start:]):
        body = text[start : start + m.start()]
        if _marks(k).search(body):
            return None
        if _top(body) == Decimal(m.group(1)):
            return start + m.end(), Decimal(m.group(1)), body
    return None


def recognise(fr: FileRead) -> list[Document]:
    text = "\n".join(normalize_text(t) for t, _ in fr.body)
    head = _HEADER.search(text)
    if head is None:
        return []
    pos = head.end()
    first = re.match(r"\s*1(?=[\u3400-\u9fff“])", text[pos:])
    if first is None:
        return []
    rows: list[tuple[str, Decimal, str, int]] = []  # name, weight, rule, offset
    start, k = pos + first.end(), 1
    closed = False
    while len(rows) < MAX_ROWS:
        found = _next_row(text, start, k)
        last = found is None
        if found is None:
            found = _last_row(text, start, k)
            if found is None:
                break
        end, weight, body = found
        named = _NAME.match(body.lstrip())
        if named is None or not _CJK.search(named.group(0)):
            break
        rule = re.sub(r"\s+", "", body.lstrip()[named.end() :])
        rows.append((named.group(0), weight, rule, start))
        start, k = end, k + 1
        if last:
            closed = True
            break
    if len(rows) < 3:
        return []
    src_of = _sources(fr)
    doc = Document(type=TYPE, title=_title(text[: head.start()]), source=src_of(head.start()),
                   year=find_year([text[: head.start()]]))
    for name, weight, rule, at in rows:
        src = src_of(at)
        ind = IndicatorRow(level3=Val(name, name, src), source=src)
        ind.weight = Val(weight, str(weight), src)
        ind.rule_text = Val(rule, rule, src)
        doc.indicators.append(ind)
    total = _TOTAL.search(text, start)
    near = total if total is not None and total.start() - start < 40 else None
    close_by_total(doc, near, src_of(near.start()) if near else None)
    doc.problems.insert(0, problem(
        "按序号连在一起的评分细则：每行的分值是下一行序号前的数字，且等于该行评分标准的最高档得分",
        "a rule table whose numbered rows run together: each weight is the number before the next row's number, "
        "read where it is the top grade of the row's rule", doc.source))
    if not closed:
        doc.problems.append(problem(f"评分细则第{k}行之后未能按序号和最高档得分读出，可能不完整",
                                    f"the rows after row {k} could not be told by their numbers and top grades",
                                    src_of(start)))
    return [doc]


def _sources(fr: FileRead) -> Callable[[int], Source]:
    """The source of an offset in the joined text: the line it stands on."""
    starts: list[int] = []
    at = 0
    for t, _ in fr.body:
        starts.append(at)
        at += len(normalize_text(t)) + 1

    def source_at(offset: int) -> Source:
        return fr.body[max(bisect_right(starts, offset) - 1, 0)][1] if fr.body else fr.source

    return source_at


def _title(before: str) -> str | None:
    found = re.findall(r"[^\s|。；;,，、《》]*(?:评分标准|评分细则|评审标准|指标体系|评分表)", before)
    return found[-1] if found else None


__all__ = ["TYPE", "recognise"]
