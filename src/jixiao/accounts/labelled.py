"""What is said of a table read by its labels alone (``recognise.accounts_labelled``): that it was read so, and
Σ parts = total where the parts and the total were read whole.

Such a table is no template table: nothing is known of its rows beyond their labels, so only one identity is
checked, and only where the rows say plainly which are the parts of the total — one total row (合计/总计/小计/共计)
standing first or last among its label column's rows, the parts either the rows of the highest classification level
(类, every deeper code under one of them) or rows all numbered alike (一、二、 / 1. 2. / (一)(二)), none of them a 其中;
every part's cell present (blank or a dash counts as zero), the column no rate or share. A difference beyond rounding
is ``suspect`` (the table's structure is read, not known); anything less plain is not checked, and nothing is said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.core.findings import Finding

LABELLED = "labelled"  # the kind of such a table (``recognise.accounts_labelled`` builds it)
_NOT_ADDITIVE = re.compile(r"率|%|％|占|比重|比例|幅度|原因|说明|备注")
_NUMBERED = (re.compile(r"^[一二三四五六七八九十]+[、.．]"), re.compile(r"^\d+[、.．](?!\d)"),
             re.compile(r"^[(（][一二三四五六七八九十]+[)）]"), re.compile(r"^[(（]\d+[)）]"))


def check_labelled(ctx: Ctx, t: AccountTable) -> list[Finding]:
    """The 提示 that the table was read by its labels, and its one identity where it can be made."""
    totals = sum(1 for r in t.rows if r.total)
    out = [Finding(
        "labelled_table", "info", ctx.document, t.source,
        f"「{t.title}」不是已知表式，按表头和行标签读出（{len(t.rows)} 行，合计行 {totals} 个）；"
        "只核对各项之和等于合计（各项层级明确时）",
        f"{t.title!r} is no known table form: read by its header and row labels ({len(t.rows)} rows, {totals} total "
        "rows); only Σ parts = total is checked, where the parts' level is plain", row=t.title)]
    groups: dict[str | None, list[AccountRow]] = {}
    for r in t.rows:
        groups.setdefault(r.side, []).append(r)
    for rows in groups.values():
        found = _parts(rows)
        if found is None:
            continue
        total, parts = found
        for col, v in total.values.items():
            if v.dec is None or _NOT_ADDITIVE.search(col) or any(col not in p.values for p in parts):
                continue
            vals = [p.values[col] for p in parts]
            if any(x.dec is None and (x.text or "").strip() not in ("", "-", "--", "—", "——") for x in vals):
                continue  # a cell that is no amount: not read whole
            f = compare(ctx, "labelled_sum", (f"{t.title}「{col}」合计 = 各项之和", f"{t.title} [{col}]: total = Σ items"),
                        v, vals, total.source, total.name, [p.name for p in parts], blame_blank=False)
            if f is not None:
                out.append(replace(f, severity="suspect") if f.severity == "error" else f)
    return out


def _parts(rows: list[AccountRow]) -> tuple[AccountRow, list[AccountRow]] | None:
    """(the total row, its parts) of one label column's rows, or None where which rows add up is not plain."""
    totals = [r for r in rows if r.total]
    if len(totals) != 1 or totals[0] not in (rows[0], rows[-1]):
        return None
    others = [r for r in rows if not r.total]
    if len(others) < 2 or any(r.name.startswith("其中") for r in others):
        return None
    coded = [r for r in others if r.code]
    if coded:
        if len(coded) != len(others):
            return None
        top = min(len(r.code or "") for r in coded)
        heads = {r.code for r in coded if len(r.code or "") == top}
        if any((r.code or "")[:top] not in heads for r in coded):
            return None  # a deeper code whose 类 is not printed: the top level is not whole
        return totals[0], [r for r in coded if len(r.code or "") == top]
    kinds = {next((k for k, p in enumerate(_NUMBERED) if p.match(r.name)), None) for r in others}
    return (totals[0], others) if len(kinds) == 1 and None not in kinds else None
