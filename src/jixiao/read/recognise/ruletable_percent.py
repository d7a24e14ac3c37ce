"""A rule table whose weights are printed as percentage shares in brackets after the names (评价指标体系 of a
province's project: ``任务完成情况( 40%) 建成率( 50%) … 资金管理制度的健全性( 25%) … 资金到位率 ( 25%)``), its cells
run together on one line with the 评分依据 / 评分说明 sentences between them, as document-sharing previews give it
(often in traditional script with pinyin glosses, which ``read.normalise`` has already removed).

A share is a part of the level above it, so the level's shares make 100%: that is the one sum such a table holds
and the only thing that confirms a reading. The names with a share are taken in order (the name is the text
between the last stop, bracket or list mark and the bracket, the spaces a preview put inside it taken out) and
read as the tree prints them: a parent's share, then the run of its indicators' shares making exactly 100%, read
with their shares as their weights (50 for 50%, as printed); then the next parent (``runs``). Where the parents'
shares make 100% in turn (the top level whole), they are their rows' levels, by name only (a label with a share
and no points would mislead the level sums). Shares no run confirms stay unread and are named. The weights being shares, no table total is
checked: the table is said not to be read whole.

Read in a text that says it is a rule table, as one of the fallbacks (the reading holding more is kept): the
readers by labels take a rule sentence's numbers (符合全部 3 项指标的按 100 分计) for rows' weights in such text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, problem
from jixiao.read.recognise.ruletable_confirmed import rule_text
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.transfer_text import Flat, flatten

_CJK = "\u3400-\u9fff"
_SHARE = re.compile(r"[(（]\s*(?:权重|占比?)?[:：]?\s*(?P<n>\d{1,3}(?:\.\d+)?)\s*[%％]\s*[)）]")  # ( 40%), (权重40%)
_BOUND = re.compile(r"[。；;：:，,、)）|\n\d.．]")  # where the text before a name ends
_NAME = re.compile(rf"[{_CJK}][{_CJK}“”]*")
_UNITS = frozenset("分元个项次户口年月日万亿人家")  # a lone unit ends a sentence's figure: no part of the name after it
HUNDRED = Decimal(100)
MAX_NAME = 20


@dataclass(slots=True)
class Share:
    name: str
    pct: Decimal  # the share as printed (50 for 50%)
    printed: str
    start: int  # where the name starts
    at: int  # where the share's digits start
    end: int  # just after the bracket


def shares(text: str) -> list[Share]:
    """The names printed with a percentage share in brackets after them, in order."""
    out: list[Share] = []
    last = 0
    for m in _SHARE.finditer(text):
        lo = max(last, m.start() - 60)
        bounds = list(_BOUND.finditer(text, lo, m.start()))
        begin = bounds[-1].end() if bounds else lo
        name = _name(text[begin : m.start()])
        if name is not None:
            out.append(Share(name, Decimal(m.group("n")), m.group("n"), begin, m.start("n"), m.end()))
        last = m.end()
    return out


def _name(seg: str) -> str | None:
    """A name before its bracket: the last word, with a single character a preview split off its front joined back
    (建 成率, 农 户满意度; not a unit closing the sentence before: …扣 40 分 资金到位率), and a two-character word
    before a name shorter than four; None where it is no short name of Chinese characters."""
    words = seg.split()
    if not words:
        return None
    name = words.pop()
    while words and _NAME.fullmatch(words[-1]) and (len(words[-1]) == 1 and words[-1] not in _UNITS
                                                     or len(name) < 4 and len(words[-1]) == 2):
        name = words.pop() + name
    return name if _NAME.fullmatch(name) and 2 <= len(name) <= MAX_NAME else None


def runs(items: list[Share]) -> list[tuple[int, int]]:
    """The levels (first, last index) the shares make, read as a tree prints them: a parent's share, then its
    indicators' shares, the shortest run of two or more from there making exactly 100%; then the next parent. A
    parent whose indicators make no 100% (a misprint, a lost row, the excerpt's end) ends the reading: a run found
    after it might cross from one level into the next. A text whose shares are one level (no parent) is read where
    all of them make 100% together."""
    if len(items) >= 2 and sum((s.pct for s in items), Decimal(0)) == HUNDRED:
        return [(0, len(items) - 1)]
    found: list[tuple[int, int]] = []
    pos = 0
    while pos + 2 < len(items):
        total, end = Decimal(0), None
        for j in range(pos + 1, len(items)):
            total += items[j].pct
            if total >= HUNDRED:
                end = j if total == HUNDRED and j > pos + 1 else None
                break
        if end is None:
            break
        found.append((pos + 1, end))
        pos = end + 1
    return found


def recognise(fr: FileRead) -> list[Document]:
    flat = flatten(fr, normalize_text, sep="\n")
    text = flat.text
    if "%" not in text and "％" not in text or not rule_text(text):
        return []
    items = shares(text)
    groups = runs(items)
    if not groups:
        return []
    parents = [a - 1 for a, _ in groups if a > 0]
    whole = len(parents) >= 2 and sum((items[p].pct for p in parents), Decimal(0)) == HUNDRED
    levelled = set(parents) if whole else set()  # the parents' shares confirmed by the top level's 100%
    rows: list[IndicatorRow] = []
    for a, b in groups:
        parent = a - 1 if a - 1 in levelled else None
        for k in range(a, b + 1):
            rows.append(_row(flat, items, k, parent))
    used = {k for a, b in groups for k in range(a, b + 1)} | levelled
    left = [s for k, s in enumerate(items) if k not in used]
    heading = " ".join(t for t in text[: items[groups[0][0]].start].split("\n") if t)[-400:]
    doc = rules_document(
        heading, flat.source_at(items[groups[0][0]].start), rows, [],
        "权重以百分比写在名称后（上级的占比）：只读取各级之和为100%的占比",
        "weights printed as percentage shares after the names: only the levels whose shares make 100% read")
    if left:
        said = "、".join(f"“{s.name}”{s.printed}%" for s in left[:8])
        doc.problems.append(problem(f"以下占比未能由表内算术（同级之和为100%）确认，未读取：{said}",
                                    f"shares no level's 100% confirms, not read: {len(left)}", doc.source))
    close_by_total(doc, None, closed=False, warn=True)  # shares, not points: no total to check them against
    return [doc]


def _row(flat: Flat, items: list[Share], k: int, parent: int | None) -> IndicatorRow:
    s = items[k]
    src = flat.source_at(s.start)
    ind = IndicatorRow(source=src)
    ind.level3 = Val(s.name, s.name, src)
    ind.weight = Val(s.pct, s.printed, flat.source_at(s.at))
    if parent is not None:
        p = items[parent]
        ind.level1 = Val(p.name, p.name, flat.source_at(p.start))
    end = items[k + 1].start if k + 1 < len(items) else min(len(flat.text), s.end + 300)
    rule = re.sub(r"\s+", " ", flat.text[s.end : end]).strip(" |")
    if rule:
        ind.rule_text = Val(rule, rule, flat.source_at(s.end))
    return ind
