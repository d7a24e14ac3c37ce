"""A rule table printed one cell a line without its header (a law site's table, ``| `` before each cell, the excerpt
starting mid-table), its rows' cells a name, the weight alone on the next line, then a formula, five grade columns
(``x<85%`` … ``x=100%``), check marks and remarks; its group labels a name with its weight in brackets on the line
next to it (``(4分)`` / ``资金到位``, the cell's two lines in either order).

No header names the columns (a text with a cell naming the weight or a score column is left to the column
readers: this reader competes with every reading of a text, and a scored table is no rule table), so the layout
cannot place a weight; the groups' sums can. A row is a name (a short
run of Chinese characters) followed directly by a cell holding a bare number; a group label is a bracketed weight
next to a name that is no row's (the side every unambiguous label of the table takes decides the ambiguous ones).
A group is confirmed where the rows after its label, up to the next label (a nested label confirmed in turn
counting as its weight), make its weight exactly, with two rows or more. Every row is read by its name; its weight
only where its group is confirmed, the others left missing; the confirmed groups are the rows' levels and the
only ones whose sums the audit checks (``CLOSED_LEVELS``); no total: the table is not read whole. Nothing confirmed:
not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import CLOSED_LEVELS, Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total
from jixiao.read.recognise.ruletable_confirmed import rule_text
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.rulewords import field
from jixiao.read.recognise.transfer_text import Flat, flatten

_NAME = re.compile(r"^[\u3400-\u9fff“”]{2,15}$")
_BARE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?)分?$")
_LABEL = re.compile(r"^[(（]\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）]$")
_GLUED = re.compile(r"^([\u3400-\u9fff]{2,15})\s*[(（]\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[)）]$")  # 资金到位(4分)


@dataclass
class Item:
    name: str
    weight: Decimal
    printed: str
    at: int  # the name's offset
    w_at: int  # the weight's offset
    label: bool


def _tokens(flat: Flat) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    pos = 0
    for line in flat.text.split("\n"):
        text = line.strip(" |\t")
        if text:
            out.append((re.sub(r"\s+", "", text), pos + line.find(text)))
        pos += len(line) + 1
    return out


def items(tokens: list[tuple[str, int]]) -> list[Item]:
    """The rows (a name, then its bare weight) and the group labels (a bracketed weight next to a name), in order."""
    rows = {k for k in range(len(tokens) - 1) if _NAME.match(tokens[k][0]) and _BARE.match(tokens[k + 1][0])}
    taken = rows | {k + 1 for k in rows}

    def free(k: int) -> bool:
        return 0 <= k < len(tokens) and k not in taken and bool(_NAME.match(tokens[k][0]))

    sides: dict[int, list[int]] = {k: [d for d in (-1, 1) if free(k + d)] for k, (t, _) in enumerate(tokens)
                                   if _LABEL.match(t)}
    sure = {s[0] for s in sides.values() if len(s) == 1}
    side = sure.pop() if len(sure) == 1 else None  # every unambiguous label on one side: the ambiguous ones too
    found: list[Item] = []
    for k, (t, at) in enumerate(tokens):
        if k in rows:
            w = _BARE.match(tokens[k + 1][0])
            assert w is not None
            found.append(Item(t, Decimal(w.group(1)), w.group(1), at, tokens[k + 1][1], False))
        elif k in sides and (d := sides[k][0] if len(sides[k]) == 1 else side if side in sides[k] else None):
            w = _LABEL.match(t)
            assert w is not None
            name, name_at = tokens[k + d]
            found.append(Item(name, Decimal(w.group(1)), w.group(1), name_at, at, True))
        elif (g := _GLUED.match(t)) and k not in taken:
            found.append(Item(g.group(1), Decimal(g.group(2)), g.group(2), at, at + t.find(g.group(2)), True))
    return sorted(found, key=lambda i: i.at)


def groups(found: list[Item]) -> dict[int, list[int]]:
    """The confirmed labels (their index) with the rows their weight makes, innermost first."""
    made: dict[int, list[int]] = {}
    for k in reversed(range(len(found))):
        if not found[k].label:
            continue
        total, rows, j = Decimal(0), [], k + 1
        while j < len(found) and total < found[k].weight:
            if found[j].label:
                if j not in made:
                    break
                total += found[j].weight
                rows += made[j]
                j = max(made[j]) + 1
                continue
            total += found[j].weight
            rows.append(j)
            j += 1
        if total == found[k].weight and len(rows) >= 2:
            made[k] = rows
    return made


def recognise(fr: FileRead) -> list[Document]:
    if fr.format != "text":
        return []
    flat = flatten(fr, normalize_text, sep="\n")
    if not rule_text(flat.text):
        return []
    tokens = _tokens(flat)
    if any(field(t) in ("weight", "score") for t, _ in tokens):
        return []  # a header naming the weight, or a score column: a table the column readers read, or a scored one
    found = items(tokens)
    made = groups(found)
    if not made:
        return []
    inner: dict[int, int] = {}  # a row → the innermost confirmed label over it
    for k in sorted(made, key=lambda k: len(made[k]), reverse=True):
        for r in made[k]:
            inner[r] = k
    rows: list[IndicatorRow] = []
    for j, it in enumerate(found):
        if it.label:
            continue
        src = flat.source_at(it.at)
        ind = IndicatorRow(source=src)
        ind.level3 = Val(it.name, it.name, src)
        if (over := inner.get(j)) is not None:
            g = found[over]
            ind.weight = Val(it.weight, it.printed, flat.source_at(it.w_at))
            ind.level2 = Val(f"{g.name}({g.printed}分)", g.name, flat.source_at(g.w_at))
        rows.append(ind)
    first = found[0].at
    heading = " ".join(t for t in flat.text[:first].split("\n") if t)[-400:]
    closed = [f"{found[k].name}({found[k].printed}分)" for k in made]
    doc = rules_document(
        heading, flat.source_at(first), rows, closed,
        "评分表一格一行、没有表头：名称后单独一行的数字为分值，只保留其组（带括号分值的标签）恰好由其各行凑成的分值",
        "a rule table one cell a line without its header: a name's next cell's bare number is its weight, kept only "
        "where its group's label is made by its rows")
    doc.extra[CLOSED_LEVELS] = closed
    close_by_total(doc, None, closed=False, warn=True)
    return [doc]
