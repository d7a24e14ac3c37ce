"""A rule table run together into a few long lines, its header naming one column for the row's name, then its
weight, then its rule (考核内容分值评分标准成立领导小组4分1.成立领导小组的得4分;2.未成立的不得分。制定实施方案6分…):
each row is its name, its weight printed with 分, and its rule up to the stop before the next row.

No sum may confirm such weights (the table prints no total, or the excerpt stops before it), so the reading rests on
the table's own structure, and each rule is checked against it:

- the header is a run of column labels, each one the vocabulary names as it is, with the columns naming the row
  (its levels and its own name), the weight after them and the rule after the weight. Under level columns a
  group's labels run into its first row's name (决策项目立项立项依据充分性): they are told apart only by the standard
  levels' words (``_levels``), the first row opening with all of them; a table whose groups are named otherwise
  (考核 tables' own words) is not read, since its names could not be cut;
- a row starts where the text starts after the header, or after a stop (。；;) that ends the rule before: an
  optional row number (numbered rows each the next number), a name (a short run of text with no sentence, no
  points and no words of a rule: 扣, 得, 每, 未, 满分 …) and the weight, printed with 分 or bare right before the
  rule's first character as the first row prints it (a bare number before a digit, 31.完善…, could be 3 or 31: not
  read; of unnumbered rows, one before a unit, 3次, is a count);
- no rule awards more points than its row's weight (得6分 under a weight of 4 means the rows were cut wrong);
- at least three rows. The table is marked half read unless a 合计/总分 after the rows states their sum.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import MISSING, Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total
from jixiao.read.recognise.formspec import LEVEL1, LEVEL2
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.rulewords import (
    LEVEL_WORDS,
    MAX_RULE_LABEL,
    NAME_COLUMNS,
    RULE_COLUMNS,
    SEQ_COLUMNS,
    field,
    names_indicator,
)
from jixiao.read.recognise.transfer_text import flatten

_CJK = "\u3400-\u9fff"
_ROW = re.compile(rf"\s*(?:(?P<seq>\d{{1,2}})[、.．]?)?(?P<name>[{_CJK}（）()“”、]{{2,30}}?)\s*(?P<w>\d{{1,3}}(?:\.\d+)?)\s*分")
# … or a bare weight right before its rule's first character (立项依据充分性3立项依据充分的…), never before a digit
_BARE = re.compile(rf"\s*(?:(?P<seq>\d{{1,2}})[、.．]?)?(?P<name>[{_CJK}（）()“”、]{{2,30}}?)\s*(?P<w>\d{{1,3}}(?:\.\d+)?)(?=[{_CJK}])")
# the units a count or an amount ends in that no rule's first word begins with (3次, 5万元; not 年, 项, 台, 人: 年度…,
# 项目…, 台账…, 人员… open rules)
_QUANTITY = ("次", "个", "户", "家", "处", "名", "件", "篇", "场", "批", "元", "万元", "亿元", "小时", "天")
_NOT_NAME = re.compile(r"扣|得|每|未|不|满分|共计|本项|合计|总分|加分|减分|奖")
_STOP = re.compile(r"[。；;]")
_AWARDED = re.compile(r"(?:得|计|记)\s*(\d+(?:\.\d+)?)\s*分")
_TOTAL = re.compile(r"(?:合计|总分|总计)[为:：\s]*(\d+(?:\.\d+)?)\s*分?")
MIN_ROWS = 3
MIN_LEAF = 4
# the second levels of the 共性指标 evaluation trees besides the form's (产出数量 | 产出质量 …, 项目效益, 满意度)
_MORE_LEVEL2 = ("产出数量", "产出质量", "产出时效", "产出成本", "项目效益", "实施效益", "满意度")
_BY_LENGTH = (sorted(LEVEL1, key=len, reverse=True), sorted({*LEVEL2, *_MORE_LEVEL2}, key=len, reverse=True))
MAX_HEAD = 40
MAX_START = 2000  # the header stands near the text's start (a page's furniture before it)
_OPENS = re.compile("|".join(sorted((*LEVEL_WORDS, *NAME_COLUMNS, *SEQ_COLUMNS), key=len, reverse=True)))


def _labels(text: str) -> list[str] | None:
    """The column labels ``text`` is made of, each one the vocabulary names as it is (考核内容 | 分值 | 评分标准: not
    one rule label by its ending, as ``rulewords.field`` reads a short cell ending in 评分标准), the fewest; None
    where it is not made of them."""
    best: list[list[str] | None] = [[]] + [None] * len(text)
    for i in range(1, len(text) + 1):
        for j in range(max(0, i - MAX_RULE_LABEL), i - 1):
            piece, before = text[j:i], best[j]
            kind = field(piece)
            if before is not None and kind is not None and (kind != "rule" or piece in RULE_COLUMNS) \
                    and (best[i] is None or len(before) + 1 < len(best[i] or [])):
                best[i] = [*before, piece]
    out = best[len(text)]
    return out if out is not None and len(out) >= 3 else None


def _header(text: str) -> tuple[int, int, int] | None:
    """Where the header's run of labels starts and ends, and how many level columns it names before the row's own:
    the name column (a level column or one naming the row), then the weight, then the rule."""
    for m in _OPENS.finditer(text[:MAX_START]):  # a header opens with a level, its name column or a 序号
        s = m.start()
        if any(field(text[j:s]) is not None for j in range(max(0, s - MAX_RULE_LABEL), s - 1)):
            continue  # a label just before: the header starts earlier (考核项目考核内容…: two name columns)
        for e in range(min(len(text), s + MAX_HEAD), s + 5, -1):
            labels = _labels(text[s:e])
            if labels is None:
                continue
            fields = [field(x) for x in labels]
            names = [k for k, f in enumerate(fields) if names_indicator(f)]
            if names and len(names) <= 3 and "weight" in fields and "rule" in fields \
                    and names[-1] < fields.index("weight") < fields.index("rule"):
                return s, e, len(names) - 1
            break  # the longest run of labels from here names no such header
    return None


def _row(text: str, p: int, pattern: re.Pattern[str], seq: int | None = None) -> re.Match[str] | None:
    """A row's name and weight at ``p`` in the table's one way of printing them: a name, no word of a rule in it, and
    a weight of 100 at most; where the rows are numbered, the number ``seq``; a bare weight of unnumbered rows is
    never a quantity (3次, 5万元: a unit after it)."""
    m = pattern.match(text, p)
    if m is None or _NOT_NAME.search(m.group("name")) or Decimal(m.group("w")) > 100:
        return None
    if seq is not None and (m.group("seq") is None or int(m.group("seq")) != seq):
        return None
    if pattern is _BARE and seq is None and any(text.startswith(u, m.end()) for u in _QUANTITY):
        return None
    return m


def _rows(text: str, start: int) -> list[tuple[re.Match[str], int]] | None:
    """Each row's match (name and weight) and where its rule ends; None where the structure does not hold. The first
    row says how the table prints its weights (with 分, or bare before the rule's first character): every row the
    same."""
    rows: list[tuple[re.Match[str], int]] = []
    pattern = _ROW if _row(text, start, _ROW) is not None else _BARE
    first = _row(text, start, pattern)
    numbered = first is not None and first.group("seq") is not None  # rows numbered 1, 2, 3 …: each the next
    p = start
    while p < len(text):
        m = _row(text, p, pattern, len(rows) + 1 if numbered else None)
        if m is None:
            break
        q = m.end()
        end = len(text)
        for stop in _STOP.finditer(text, q):
            if _row(text, stop.end(), pattern, len(rows) + 2 if numbered else None) is not None:
                end = stop.end()
                break
        rows.append((m, end))
        p = end
    if len(rows) < MIN_ROWS:
        return None
    for m, end in rows:
        if any(Decimal(a.group(1)) > Decimal(m.group("w")) for a in _AWARDED.finditer(text, m.end(), end)):
            return None  # a rule awarding more than its row's weight: the rows were not cut where they end
    return rows


def _levels(names: list[str], depth: int) -> list[tuple[list[str], str]] | None:
    """Each row's levels and its own name, where the header names ``depth`` level columns before the row's: a
    group's labels run into its first row's name (决策项目立项立项依据充分性) are told apart only by the standard
    levels (``formspec.LEVEL1`` / ``LEVEL2``: 决策, 项目立项 …); the first row must open with all of them, and a row
    opening with a first level must go on with a second. None where the labels cannot be told apart."""
    if depth == 0:
        return [([], n) for n in names]
    out: list[tuple[list[str], str]] = []
    carried: list[str] = []
    for n in names:
        l1 = next((w for w in _BY_LENGTH[0] if n.startswith(w)), None)
        own = next((w for w in _BY_LENGTH[1] if n.startswith(w)), None) if depth > 1 else None
        if l1 and own and len(own) > len(l1):
            l1 = None  # a second level opening with a first level's word (产出质量 is no 产出 + 质量)
        rest = n[len(l1) :] if l1 else n
        # (a name of three characters or fewer left after a second level's word is that word's own row: 资金分配合理性
        # is a row of its own, not 资金分配 + 合理性)
        l2 = next((w for w in _BY_LENGTH[1] if rest.startswith(w) and len(rest) >= len(w) + MIN_LEAF), None) \
            if depth > 1 else None
        if l1 and depth > 1 and l2 is None:
            return None  # a first level must be followed by its second
        if l1:
            carried = [l1]
        if l2:
            carried = [*carried[:1], l2]
            rest = rest[len(l2) :]
        if len(carried) < depth or len(rest) < 2:
            return None  # the first row did not open with its groups, or nothing is left of the name
        out.append((list(carried), rest))
    return out


def recognise(fr: FileRead) -> list[Document]:
    flat = flatten(fr, normalize_text, sep="")
    text = flat.text
    found = _header(text)
    if found is None:
        return []
    s, e, depth = found
    rows = _rows(text, e)
    if rows is None:
        return []
    split = _levels([m.group("name") for m, _ in rows], depth)
    if split is None:
        return []
    out: list[IndicatorRow] = []
    for (m, end), (levels, name) in zip(rows, split, strict=True):
        rule = text[m.end() : end].strip()
        at = flat.source_at(m.start("name"))
        out.append(IndicatorRow(
            level1=Val(levels[0], levels[0], at) if levels else MISSING,
            level2=Val(levels[1], levels[1], at) if len(levels) > 1 else MISSING,
            level3=Val(name, name, at),
            weight=Val(Decimal(m.group("w")), m.group("w"), flat.source_at(m.start("w"))),
            rule_text=Val(rule, rule, flat.source_at(m.end())) if rule else MISSING,
            source=flat.source_at(m.start("name"))))
    doc = rules_document(
        text[max(0, s - 200) : s], flat.source_at(s), out, [],
        "评分细则连写成几行（名称、分值、评分标准）：按表头的列序读取各行（名称后带“分”的分值），未经合计核对",
        "a rule table run together over a few lines (name, weight, rule): its rows read by the header's column order "
        "(the weight after the name, printed with 分), confirmed by no sum")
    last = rows[-1][1]
    total = _TOTAL.match(text, last)
    stated = Val(Decimal(total.group(1)), total.group(1), flat.source_at(total.start(1))) if total else None
    if stated is not None and stated.dec != sum((r.weight.dec or Decimal(0)) for r in out):
        stated = None  # a total the rows do not make is no total of these rows: the table is half read
    close_by_total(doc, stated, closed=stated is not None, warn=True)
    return [doc]


__all__ = ["recognise"]
