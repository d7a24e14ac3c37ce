"""A table of figures whose header names nothing the readers know: its columns told apart by the rows' own arithmetic.

A page may give a government's or a unit's table of income or spending with its title and the words of its header
lost or in no template's wording ("项目 | 上年数 | 本年数 | 增减额 | 增减%"): rows of a name, amounts and percents.
What each column is cannot be read, but how the columns hang together can be seen: one column is the difference of
two others (增减额 = 本年 − 上年) or their sum, a percent is one column over another (完成%) or a difference over
its base (增长%). A relation is taken as the table's only when the rows confirm it (at least ``_CONFIRMING`` rows, and
at least ``_SHARE`` of the rows where it can be computed); a row that breaks a relation the other rows confirm is a
suspect, never an error (the columns' meaning was inferred, not read). A table whose rows confirm no relation is not
read this way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from itertools import permutations

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.accounts.text_rates import as_quoted
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, fmt_plain, parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source
from jixiao.core.table import Table

KIND = "related"
NAME = "表（表头未能识读）"
_CONFIRMING = 3  # rows that must confirm a relation
_SHARE = Fraction(3, 4)  # of the rows where a relation can be computed
_MIN_ROWS = 4
_MAX_COLUMNS = 8  # figure columns looked at (the relations tried grow with their cube)
_NAME = re.compile(r"[\u4e00-\u9fff]")
_PERCENT = re.compile(r"%\s*$")


@dataclass(frozen=True)
class Relation:
    """``out`` = ``a`` − ``b`` ("diff"), ``a`` + ``b`` ("sum"), ``a`` ÷ ``b`` × 100 ("ratio", a percent column), or
    (``a`` − ``b``) ÷ ``b`` × 100 ("growth", a percent column); columns by their index among the figure columns."""

    op: str
    out: int
    a: int
    b: int

    def value(self, row: list[Decimal | None], quoted: str = "") -> Decimal | None:
        x, y = row[self.a], row[self.b]
        if x is None or y is None:
            return None
        if self.op == "diff":
            return x - y
        if self.op == "sum":
            return x + y
        if not y:
            return None
        exact = (x if self.op == "ratio" else x - y) / y * HUNDRED
        return as_quoted(_PERCENT.sub("", quoted)).apply(exact) if quoted else exact

    def says(self, columns: list[str]) -> str:
        a, b, out = columns[self.a], columns[self.b], columns[self.out]
        return {"diff": f"{out} = {a} − {b}", "sum": f"{out} = {a} + {b}", "ratio": f"{out} = {a} ÷ {b}",
                "growth": f"{out} = ({a} − {b}) ÷ {b}"}[self.op]


def figure_rows(t: Table) -> list[tuple[str, list[str], Source]] | None:
    """(name, the figure cells as printed, where) of each row that is a name followed by figures, all with the same
    number of figure cells (a blank cell counted, as ""); None when the table is not such a grid."""
    rows: list[tuple[str, list[str], Source]] = []
    for r in t.rows:
        texts = [c.text.strip() for c in r]
        if not texts or not _NAME.search(texts[0]) or parse_decimal(texts[0]) is not None:
            continue
        cells = texts[1:]
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) >= 2 and all(not x or parse_decimal(x) is not None for x in cells):
            rows.append((texts[0], cells, r[0].source))
    if len(rows) < _MIN_ROWS:
        return None
    width = max(len(c) for _, c, _ in rows)
    if width < 3 or width > _MAX_COLUMNS:
        return None
    return [(n, c + [""] * (width - len(c)), s) for n, c, s in rows]


def relations(rows: list[tuple[str, list[str], Source]]) -> list[Relation]:
    """The relations between the columns that the rows confirm (``_CONFIRMING``, ``_SHARE``)."""
    width = len(rows[0][1])
    percent = [any(_PERCENT.search(c[k]) for _, c, _ in rows) for k in range(width)]
    values = [[parse_decimal(x) if x else None for x in c] for _, c, _ in rows]
    found: list[Relation] = []
    seen: set[tuple[int, frozenset[int]]] = set()  # a sum once, however written (c = a − b is a = b + c)
    # (the rightmost column first: a difference or a rate stands after the columns it is made of)
    for out, a, b in sorted(permutations(range(width), 3), key=lambda x: (-x[0], x[1], x[2])):
        ops = ("ratio", "growth") if percent[out] and not percent[a] and not percent[b] else \
            ("diff", "sum") if not (percent[out] or percent[a] or percent[b]) else ()
        for op in ops:
            if op == "sum" and a > b:
                continue  # (a + b and b + a are one relation)
            rel = Relation(op, out, a, b)
            held = tried = telling = 0
            for (_, cells, _), vals in zip(rows, values, strict=True):
                want = vals[out]
                got = rel.value(vals, cells[out])
                if want is None or got is None:
                    continue
                tried += 1
                held += got == want
                telling += got == want and bool(vals[b])  # (a − 0 = a says nothing of the columns)
            if held >= _CONFIRMING and telling >= _CONFIRMING and Fraction(held, tried) >= _SHARE:
                key = (out, frozenset((a, b))) if op == "sum" else (a, frozenset((out, b))) if op == "diff" \
                    else (out, frozenset((-1, a, b)))
                if key not in seen and not (op != "sum" and op != "diff" and any(k[0] == out for k in seen)):
                    seen.add(key)
                    found.append(rel)
    return found


def related_table(t: Table, title: str) -> AccountTable | None:
    """The table read as figures whose columns' relations its rows confirm, or None."""
    rows = figure_rows(t)
    if rows is None:
        return None
    rels = relations(rows)
    if not rels:
        return None
    columns = [f"第{k + 1}栏" for k in range(len(rows[0][1]))]
    out = AccountTable(KIND, title, t.source, columns=columns, own_name=NAME)
    out.alone = True
    for name, cells, src in rows:
        vals = {col: Val(parse_decimal(x) if x else None, x, src) for col, x in zip(columns, cells, strict=True)}
        out.rows.append(AccountRow(name, vals, src))
    return out


def _relations_of(t: AccountTable) -> list[Relation]:
    """The relations the table's rows confirm (found again from its rows as read)."""
    return relations([(r.name, [r.get(c).text or "" for c in t.columns], r.source) for r in t.rows])


def check_related(ctx: Ctx, t: AccountTable) -> list[Finding]:
    """Each row that breaks a relation the table's other rows confirm: a suspect (the columns' meaning inferred)."""
    out: list[Finding] = []
    for rel in _relations_of(t):
        says = rel.says(t.columns)
        for r in t.rows:
            cells = [r.get(c) for c in t.columns]
            vals = [v.dec for v in cells]
            want, quoted = vals[rel.out], cells[rel.out].text or ""
            got = rel.value(vals, quoted if rel.op in ("ratio", "growth") else "")
            if want is None or got is None or got == want:
                continue
            shown = f"{got}%" if rel.op in ("ratio", "growth") else fmt_plain(got)
            out.append(Finding(
                "related_columns", "suspect", ctx.document, cells[rel.out].source or r.source,
                f"{t.name}「{r.name}」{t.columns[rel.out]} 为 {quoted}，按 {says}（表中其他各行都如此）重算为 {shown}",
                f"{t.name_en} '{r.name}' {t.columns[rel.out]} is {quoted}; {says} (as every other row has it) gives "
                f"{shown}", reported=quoted, recomputed=shown, row=r.name))
    return out


__all__ = ["KIND", "NAME", "Relation", "check_related", "figure_rows", "related_table", "relations"]
