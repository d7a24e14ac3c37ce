"""A rule table run together into a few long lines, its header naming one column for the row's name, then its
weight, then its rule (考核内容分值评分标准成立领导小组4分1.成立领导小组的得4分;2.未成立的不得分。制定实施方案6分…):
each row is its name, its weight printed with 分, and its rule up to the stop before the next row.

No sum may confirm such weights (the table prints no total, or the excerpt stops before it), so the reading rests on
the table's own structure, and each rule is checked against it:

- the header is a run of column labels (``rulewords.labels_run``) with exactly one column naming the row (no level
  columns: a group's label glued before a row's name could not be told from it), the weight after it and the
  rule after the weight;
- a row starts where the text starts after the header, or after a stop (。；;) that ends the rule before: an
  optional row number, a name (a short run of text with no sentence, no points and no words of a rule: 扣, 得,
  每, 未, 满分 …) and the weight with 分 (a bare number glued before the rule's own numbers, 31.完善…, could be 3
  or 31: not read);
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
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.rulewords import MAX_RULE_LABEL, NAME_COLUMNS, RULE_COLUMNS, SEQ_COLUMNS, field
from jixiao.read.recognise.transfer_text import flatten

_CJK = "\u3400-\u9fff"
_ROW = re.compile(rf"\s*(?:\d{{1,2}}[、.．]?)?(?P<name>[{_CJK}（）()“”、]{{2,20}}?)\s*(?P<w>\d{{1,3}}(?:\.\d+)?)\s*分")
_NOT_NAME = re.compile(r"扣|得|每|未|不|满分|共计|本项|合计|总分|加分|减分|奖")
_STOP = re.compile(r"[。；;]")
_AWARDED = re.compile(r"(?:得|计|记)\s*(\d+(?:\.\d+)?)\s*分")
_TOTAL = re.compile(r"(?:合计|总分|总计)[为:：\s]*(\d+(?:\.\d+)?)\s*分?")
MIN_ROWS = 3
MAX_HEAD = 40
MAX_START = 2000  # the header stands near the text's start (a page's furniture before it)
_OPENS = re.compile("|".join(sorted((*NAME_COLUMNS, *SEQ_COLUMNS), key=len, reverse=True)))


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


def _header(text: str) -> tuple[int, int] | None:
    """Where the header's run of labels starts and ends: one name column, then the weight, then the rule."""
    for m in _OPENS.finditer(text[:MAX_START]):  # a header opens with its name column (or a 序号 before it)
        s = m.start()
        if any(field(text[j:s]) is not None for j in range(max(0, s - MAX_RULE_LABEL), s - 1)):
            continue  # a label just before: the header starts earlier (考核项目考核内容…: two name columns)
        for e in range(min(len(text), s + MAX_HEAD), s + 5, -1):
            labels = _labels(text[s:e])
            if labels is None:
                continue
            fields = [field(x) for x in labels]
            names = [k for k, f in enumerate(fields) if f == "name" or (f or "").startswith("level")]
            if len(names) == 1 and "weight" in fields and "rule" in fields \
                    and names[0] < fields.index("weight") < fields.index("rule"):
                return s, e
            break  # the longest run of labels from here names no such header
    return None


def _rows(text: str, start: int) -> list[tuple[re.Match[str], int]] | None:
    """Each row's match (name and weight) and where its rule ends; None where the structure does not hold."""
    rows: list[tuple[re.Match[str], int]] = []
    p = start
    while p < len(text):
        m = _ROW.match(text, p)
        if m is None or _NOT_NAME.search(m.group("name")) or Decimal(m.group("w")) > 100:
            break
        q = m.end()
        end = len(text)
        for stop in _STOP.finditer(text, q):
            nxt = _ROW.match(text, stop.end())
            if nxt is not None and not _NOT_NAME.search(nxt.group("name")):
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


def recognise(fr: FileRead) -> list[Document]:
    flat = flatten(fr, normalize_text, sep="")
    text = flat.text
    found = _header(text)
    if found is None:
        return []
    s, e = found
    rows = _rows(text, e)
    if rows is None:
        return []
    out: list[IndicatorRow] = []
    for m, end in rows:
        name, rule = m.group("name"), text[m.end() : end].strip()
        out.append(IndicatorRow(
            level3=Val(name, name, flat.source_at(m.start("name"))),
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
