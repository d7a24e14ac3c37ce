"""Group rows of a score or rule table read by its anchors: a row numbered one way (一、 / （一）) whose weight is
the sum of the rows numbered another way (1、 / 1.) right under it is their level, not an indicator.

Tables whose level column was lost to the text (考核内容 | 分值 | 计分标准 | 分数, the groups printed as rows of
their own: ``一、评价前期工作组情况 | 30 | | 29``) come out of the readers as one flat list. The arithmetic
decides, with the numbering: the group's weight must be exactly its rows' sum, and the next row after them must
open another group of the same numbering (or the table end). The group becomes the rows' level label
(``评价前期工作组情况(30分)``), its printed score is kept for the audit (``LABEL_SCORES``), and the list marks
leave the names.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.records import Document, IndicatorRow, Val

LABEL_SCORES = "label_scores"  # a level label's own printed score, by label
_MARK = re.compile(r"^\s*(?:(?P<cn>[一二三四五六七八九十]+)[、.．]|[(（](?P<pcn>[一二三四五六七八九十]+)[)）]"
                   r"|(?P<num>\d{1,2})[、．]|(?P<dot>\d{1,2})\.(?!\d)|[(（](?P<pnum>\d{1,2})[)）])\s*")


def mark_kind(text: str | None) -> str | None:
    """The numbering a row's name starts with (一、 cn, （一） pcn, 1、 num, 1. dot, （1） pnum), if any."""
    m = _MARK.match(text or "")
    return next((k for k, v in m.groupdict().items() if v), None) if m else None


def _unmarked(text: str) -> str:
    return _MARK.sub("", text, count=1)


def _group_end(rows: list[IndicatorRow], i: int) -> int | None:
    """The end of the rows that row ``i`` heads, when it is a group row; else None."""
    kind, w = mark_kind(rows[i].level3.text or rows[i].level3.str_), rows[i].weight.dec
    if kind is None or w is None:
        return None
    j, s = i + 1, Decimal(0)
    while j < len(rows) and s < w:
        k2, wj = mark_kind(rows[j].level3.text or rows[j].level3.str_), rows[j].weight.dec
        if k2 is None or k2 == kind or wj is None:
            return None
        s, j = s + wj, j + 1
    if j == i + 1 or s != w or (j < len(rows) and mark_kind(rows[j].level3.text or rows[j].level3.str_) != kind):
        return None
    return j


def fold_groups(doc: Document) -> bool:
    """Turn group rows into their rows' level labels, in place; whether any was found."""
    rows = doc.indicators
    out: list[IndicatorRow] = []
    scores: dict[str, Val] = {}
    i = 0
    while i < len(rows):
        end = _group_end(rows, i)
        if end is None:
            out.append(rows[i])
            i += 1
            continue
        head = rows[i]
        name = _unmarked(head.level3.str_ or "")
        label = Val(f"{name}({head.weight.text or head.weight.dec}分)", head.level3.text, head.level3.source)
        if head.score.dec is not None:
            scores[label.str_ or ""] = head.score
        for row in rows[i + 1 : end]:
            if row.level1.value is None:
                row.level1 = label
            else:
                row.level2 = label
            text = _unmarked(row.level3.str_ or "")
            row.level3 = Val(text, row.level3.text, row.level3.source)
            out.append(row)
        i = end
    if len(out) == len(rows):
        return _fold_unmarked(doc)
    doc.indicators[:] = out
    if scores:
        doc.extra[LABEL_SCORES] = scores
    return True


def _nested_end(rows: list[IndicatorRow], i: int, depth: int = 0) -> int | None:
    """The end of the rows that row ``i`` heads when it is an unnumbered group: a row with a weight and no rule
    of its own whose next rows (leaves, which print their rule, or groups of their own one level down) make its
    weight exactly; else None."""
    w = rows[i].weight.dec
    if w is None or rows[i].rule_text.str_ or depth > 1:
        return None
    j, s = i + 1, Decimal(0)
    while j < len(rows) and s < w:
        wj = rows[j].weight.dec
        end = j + 1 if rows[j].rule_text.str_ else _nested_end(rows, j, depth + 1)
        if wj is None or end is None:
            return None
        s, j = s + wj, end
    return j if s == w and j > i + 1 else None


def _label(row: IndicatorRow) -> Val:
    name = row.level3.str_ or ""
    return Val(f"{name}({row.weight.text or row.weight.dec}分)", row.level3.text, row.level3.source)


def _fold_unmarked(doc: Document) -> bool:
    """A flat list whose level labels came out as rows of their own, with no numbering (决策 | 20, 项目立项 | 10,
    立项依据充分性 | 5 | 评分标准…: each level's weight on its own line): every row without a rule must head rows
    that make its weight exactly (leaves or groups one level down, three levels at most), or nothing is folded."""
    rows = doc.indicators
    if any(r.level1.str_ or r.level2.str_ for r in rows) or all(r.rule_text.str_ for r in rows):
        return False
    out: list[IndicatorRow] = []
    i = 0
    while i < len(rows):
        if rows[i].rule_text.str_:
            out.append(rows[i])
            i += 1
            continue
        end = _nested_end(rows, i)
        if end is None:
            return False
        top, sub, sub_end = _label(rows[i]), None, i
        for j in range(i + 1, end):
            if j >= sub_end:
                sub = None
            if not rows[j].rule_text.str_:
                sub, sub_end = _label(rows[j]), _nested_end(rows, j, 1) or j + 1
                continue
            rows[j].level1, rows[j].level2 = top, sub or Val(None)
            out.append(rows[j])
        i = end
    doc.indicators[:] = out
    return True
