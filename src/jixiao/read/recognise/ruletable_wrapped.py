"""Scoring-rule tables whose cells PDF text wrapped over lines: each row its numbered name broken into short
lines (1.试点 / 目标和 / 规划), its requirement (内容要求) over a line or two, its weight alone on a line or after
the requirement's last stop (…资金有保障。7), then its 评分标准, whose items award points (1.目标明确…，2分；
2.规划合理…，3分。). The groups stand on lines of their own with their weight in brackets (一、基础工作 / (20分)),
the bracket often run into the next row's number ((20分)1.试点).

The header gives the column model: it names the weight (分值) before the rule (评分标准), so a row's weight is the
number between its requirement and its rule. The arithmetic checks it: the points its rule awards add up to it,
and a group's rows to the group's weight; a weight neither sum confirms, where its rule is complete and awards
points, is left missing with a located problem (the text may have lost a line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import MISSING, Document, IndicatorRow, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, find_year, problem
from jixiao.read.recognise.tokens import in_reading_order

TYPE = "assessment_rules"
# the header: 分值 before 评分标准, the words run together or apart
_HEAD = re.compile(r"(?:分值|权重|标准分).{0,12}?(?:评分标准|评分办法|评分细则|考核标准|计分方法)")
_GROUP = re.compile(r"^([一二三四五六七八九十]+[、.．])\s*([^\d()（）]{2,30})\s*(?:[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）])?\s*(.*)$")
_BRACKET = re.compile(r"^[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*(.*)$")  # a group's weight on the line after its name
# 1.试点: a row's number (the next in its group's sequence) and its name's first line, as wide as the column
_ITEM = re.compile(r"^(\d{1,2})[.、．]\s*([\u3400-\u9fff“”]{1,24})$")
_PIECE = re.compile(r"^[\u3400-\u9fff“”]{1,24}$")  # a wrapped line of a name (目标和 / 规划): no wider than its first
_WEIGHT = re.compile(r"^(?:(.*[。；;])\s*)?(\d+(?:\.\d+)?)$")  # a weight alone, or after the requirement's stop
# the points a rule's item awards (…，2分；): the number whole (an atomic run of digits: no backtracking into it)
_AWARD = re.compile(r"(?<![扣减加每\d.])((?>\d+)(?:\.\d+)?)\s*分")
_DEDUCT = re.compile(r"[扣减](?:除|去|掉)?\s*\d")  # points taken off (扣2分, 扣除2分, 减1分)
_ITEMS = re.compile(r"(?:^|[；;。])\s*(?:\d{1,2}[.、．)）]|[(（]\d{1,2}[)）]|[①-⑳])")  # the rule's numbered items
_TITLE = re.compile(r"考核表|评分表|考核评价指标|指标体系|评分细则|考核细则")


@dataclass
class _Row:
    name: str
    line: int
    group: int | None
    weight: Decimal | None = None
    printed: str = ""
    weight_line: int = 0
    rule: list[str] = field(default_factory=list)
    requirement: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)  # its name's lines as printed


@dataclass
class _Group:
    name: str
    weight: Decimal | None
    line: int


def _confirms(rule: str, weight: Decimal) -> bool | None:
    """Whether a rule's points confirm a weight: numbered items (1.…，2分；2.…，3分。) add up to it, or the points
    of its alternatives (完全达到得5分，基本达到得3分，未达到得0分) top out at it; None where the rule takes points
    off or awards none (nothing to check by)."""
    if _DEDUCT.search(rule):
        return None
    found = [Decimal(m.group(1)) for m in _AWARD.finditer(rule)]
    if not found:
        return None
    numbered = len(_ITEMS.findall(rule)) >= 2
    return (numbered and sum(found, Decimal(0)) == weight) or max(found) == weight


def _lines(fr: FileRead) -> list[tuple[str, Source]]:
    """The file's lines in reading order, a line the text reader split into cells (at its commas) joined back."""
    out: list[tuple[str, Source]] = []
    for text, src in in_reading_order(fr):
        if out and src.cell is not None and out[-1][1].line == src.line and out[-1][1].page == src.page:
            out[-1] = (out[-1][0] + " " + normalize_text(text).strip(), out[-1][1])
        else:
            out.append((normalize_text(text).strip(), Source(src.file, src.line, src.page)))
    return out


def _read(lines: list[tuple[str, Source]], start: int) -> tuple[list[_Row], list[_Group]]:
    rows: list[_Row] = []
    groups: list[_Group] = []
    k = start
    while k < len(lines):
        text, src = lines[k]
        g = _GROUP.match(text)
        if g:
            weight, rest = g.group(3), g.group(4)
            if weight is None and k + 1 < len(lines) and (b := _BRACKET.match(lines[k + 1][0])):
                weight, rest = b.group(1), b.group(2)
                k += 1
            groups.append(_Group(g.group(2).strip(), Decimal(weight) if weight else None, src.line or 0))
            if not rest:
                k += 1
                continue
            text = rest  # (20分)1.试点: the group's bracket run into its first row
        item = _ITEM.match(text)
        here = len(groups) - 1 if groups else None
        expect = 1 + sum(1 for r in rows if r.group == here)  # the next number of the group's sequence
        if item and int(item.group(1)) == expect and (not rows or rows[-1].weight is not None):
            name, raw = item.group(2), [text]
            while k + 1 < len(lines) and _PIECE.match(lines[k + 1][0]) and len(lines[k + 1][0]) <= len(text):
                k += 1
                name += lines[k][0]
                raw.append(lines[k][0])
            rows.append(_Row(name, src.line or 0, len(groups) - 1 if groups else None, raw=raw))
        elif rows:
            row = rows[-1]
            w = _WEIGHT.match(text)
            if row.weight is None and w is not None and row.requirement + ([w.group(1)] if w.group(1) else []):
                if w.group(1):
                    row.requirement.append(w.group(1))
                row.weight, row.printed, row.weight_line = Decimal(w.group(2)), w.group(2), src.line or 0
            elif row.weight is None:
                row.requirement.append(text)
            else:
                row.rule.append(text)
        k += 1
    kept: list[_Row] = []
    for row in rows:  # a numbered line no weight follows is an item of the rule above (3.标准体系体现试点, cut)
        if row.weight is None and kept:
            kept[-1].rule += row.raw + row.requirement
        else:
            kept.append(row)
    return kept, groups


def recognise(fr: FileRead) -> list[Document]:
    lines = _lines(fr)
    head = next((k for k, (t, _) in enumerate(lines) if _HEAD.search(re.sub(r"\s+", "", t))), None)
    if head is None:
        return []
    rows, groups = _read(lines, head + 1)
    weighed = [r for r in rows if r.weight is not None]
    if len(weighed) < 3:
        return []
    src = Source(lines[head][1].file, lines[head][1].line)
    title = next((t for t, _ in reversed(lines[:head]) if _TITLE.search(t)), None)
    doc = Document(type=TYPE, title=title, source=src, year=find_year([t for t, _ in lines[:head]]))
    confirmed = {id(r) for g, grp in enumerate(groups) if grp.weight is not None
                 for members in [[r for r in rows if r.group == g]]
                 if members and all(r.weight is not None for r in members)
                 and sum((r.weight for r in members if r.weight is not None), Decimal(0)) == grp.weight
                 for r in members}
    for r in rows:
        at = Source(src.file, r.line)
        grp = groups[r.group] if r.group is not None else None
        ind = IndicatorRow(level3=Val(r.name, r.name, at), source=at)
        if grp is not None:
            label = f"{grp.name}({grp.weight}分)" if grp.weight is not None else grp.name
            ind.level1 = Val(label, label, Source(src.file, grp.line))
        rule = "".join(r.rule)
        if rule:
            ind.rule_text = Val(rule, rule, at)
        confirms = _confirms(rule, r.weight) if r.weight is not None else None
        cut = r is rows[-1] and confirms is False  # the text ends in its rule: the points may go on
        if r.weight is not None and (id(r) in confirmed or confirms is not False or cut):
            ind.weight = Val(r.weight, r.printed, Source(src.file, r.weight_line))
            if cut:
                doc.problems.append(problem(
                    f"“{r.name}”的分值{r.printed}未能核对：文本在其评分标准中截断，各项得分不全",
                    f"the weight {r.printed} of '{r.name}' is not checked: the text ends inside its rule", at))
        elif r.weight is not None:
            ind.weight = MISSING
            doc.problems.append(problem(
                f"“{r.name}”的分值{r.printed}与其评分标准各项得分不符，所在组的分值也不能确认：未读取",
                f"the weight {r.printed} of '{r.name}' is not what its rule awards nor confirmed by its group: not "
                "read", at))
        doc.indicators.append(ind)
    close_by_total(doc, None)  # the wrapped text gives no total row to close the table
    doc.problems.insert(0, problem(
        "PDF文字中单元格折行的评分细则：按表头（分值在评分标准之前）读取每行的分值，并以评分标准各项得分之和、各组分值核对",
        "a rule table whose cells PDF text wrapped: each weight read where the header puts it (before the rule), "
        "checked by the points its rule awards and by its group's weight", src))
    return [doc]


__all__ = ["recognise"]
