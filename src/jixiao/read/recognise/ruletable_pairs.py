"""Scoring tables printed as name–weight pairs kept apart by spaces, several a line, under group labels whose weight
is glued to their name (食品卫生30分 四不制度 2 留验制度 4 / 售饭工具 7 消毒 2 / … / 生理卫生20分 穿戴整齐 3 …), as a
form-template page gives a 项目 | 具体项目 | 评分 | 具体项目 | 评分 table.

Every line from the first group label on must be such pairs (a line may open with a group label, or be the label
alone; a 续表 line between pages is passed over); the reading stops at the first line that is not. It is kept only
where two groups or more are made exactly by their pairs, and at least half of them: then every group is read as
printed, and those followed by another group are said closed (``CLOSED_LEVELS``), so that one whose pairs do not
make its weight is found by the audit (a suspect: the table may go on past what was read), never dropped.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.transfer_text import flatten

_CJK = "\u3400-\u9fff"
_GROUP = re.compile(rf"^(?P<name>[{_CJK}、]{{2,16}}?)(?P<n>\d+(?:\.\d+)?)分$")
_NAME = re.compile(rf"^[{_CJK}、，,“”()（）]{{1,20}}$")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_PASS = ("续表",)
MIN_GROUPS = 2
MAX_GROUP = Decimal(1000)


def _pairs(tokens: list[str]) -> list[tuple[str, str]] | None:
    if len(tokens) % 2:
        return None
    out = list(zip(tokens[::2], tokens[1::2], strict=True))
    return out if all(_NAME.match(a) and _NUMBER.match(b) for a, b in out) else None


def recognise(fr: FileRead) -> list[Document]:
    flat = flatten(fr, normalize_text, sep="\n")
    text = flat.text
    groups: list[tuple[str, str, int, list[tuple[str, str, int]]]] = []  # (name, weight, at, pairs)
    pos = 0
    for line in text.split("\n"):
        at, pos = pos, pos + len(line) + 1
        tokens = line.split()
        if not tokens:
            continue
        head = _GROUP.match(tokens[0])
        if head is None and not groups:
            continue
        if head is not None and Decimal(head.group("n")) <= MAX_GROUP:
            rest = _pairs(tokens[1:])
            if rest is None:
                break
            groups.append((head.group("name"), head.group("n"), at, [(a, b, at) for a, b in rest]))
            continue
        if len(tokens) == 1 and tokens[0] in _PASS:
            continue
        rest = _pairs(tokens)
        if rest is None:
            break
        groups[-1][3].extend((a, b, at) for a, b in rest)
    made = [g for g in groups if g[3] and sum(Decimal(b) for _, b, _ in g[3]) == Decimal(g[1])]
    if len(made) < MIN_GROUPS or 2 * len(made) < len(groups):
        return []
    rows: list[IndicatorRow] = []
    for name, weight, at, pairs in groups:
        label = f"{name}({weight}分)"
        for row, w, where in pairs:
            src = flat.source_at(where)
            rows.append(IndicatorRow(level1=Val(label, label, flat.source_at(at)), level3=Val(row, row, src),
                                     weight=Val(Decimal(w), w, src), source=src))
    closed = [f"{name}({weight}分)" for name, weight, _, _ in groups[:-1]]
    heading = " ".join(t for t in text[: groups[0][2]].split("\n") if t)[-400:]
    doc = rules_document(heading, flat.source_at(groups[0][2]), rows, closed,
                         "名称与分值成对、以空格分开的评分表：按各组标签的分值核对其下各项",
                         "a score table of name–weight pairs kept apart by spaces: each group checked against its label",
                         )
    close_by_total(doc, None, warn=True)
    return [doc]


__all__ = ["recognise"]
