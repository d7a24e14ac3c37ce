"""A 三公 whole left blank in a table whose parts carry figures: a sum the table does not print, never a zero.

Township and bureau tables often print the items and the vehicles' 购置费 and 运行费 lines yet leave the 合计 row or
the 公务用车购置及运行费 subtotal empty (the cells are there, between pipes, with nothing in them). An empty cell is
an ordinary zero only where its parts are empty too; a whole whose parts hold figures was not filled in, and taking
it for 0 reports a false "合计 0 ≠ 46.52". Such a whole is said (``cannot_verify``, info), never checked: the parts
stand for it wherever it is a part of a larger sum.
"""

from __future__ import annotations

from jixiao.accounts.identity import Ctx, blank
from jixiao.accounts.model import AccountRow, AccountTable, clean_name
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO


def unprinted(whole: AccountRow | None, parts: list[AccountRow], col: str) -> bool:
    """``whole`` prints nothing in ``col`` while one of its ``parts`` prints a figure other than 0."""
    if whole is None or not blank(whole.get(col)):
        return False
    return any(p.get(col).dec is not None and p.get(col).dec != ZERO for p in parts)


def not_printed(ctx: Ctx, t: AccountTable, whole: AccountRow, col: str) -> Finding:
    name = clean_name(whole.name)
    src = whole.get(col).source or whole.source
    return Finding("cannot_verify", "info", ctx.document, src,
                   f"{t.name}「{col}」：{name} 一栏为空而其组成各项有数，表中未列出此合计，未作核对",
                   f"{t.name_en} [{col}]: {name} is blank while its parts hold figures: the table does not print "
                   "this sum, so it is not checked", row=name)
