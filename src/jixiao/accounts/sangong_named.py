"""A 三公 table's figures under the names the 情况说明 uses, and the whole an item's share is of.

``three_public_labels``: each item under its names (公务用车购置及运行维护费 = 公务用车购置及运行费) with this year's
figure; in a 决算's notes "公务接待费预算为1万元" names the 预算数 column's figure (the item's name + 预算).

"…“三公”经费支出决算中,公务接待费支出决算0.53万元,占31%": a share said of a 三公 item, with no base named and no
其中 before it, is of the 三公 total in the column the item's amount comes from (决算数 with 决算数, 预算数 with 预算数),
both read from the 三公 table. Any other reading (the completion rate 6.28 ÷ 18 that a share of 34.88% happens to
fit) is not taken for it: a share of the whole that does not divide out is the text's mistake.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.accounts.model import TO_WAN, AccountRow, Accounts, AccountTable
from jixiao.accounts.notes import AMOUNT
from jixiao.accounts.sangong import (
    ABROAD,
    CARS_OTHER,
    OFFICE,
    PURCHASE,
    RECEPTION,
    RUNNING,
    TOTAL,
    VEHICLES,
    item_of,
    item_row,
    roles,
)
from jixiao.accounts.sangong_unprinted import unprinted
from jixiao.core.numbers import ZERO, normalize_text

# (item, the item's figure, the 三公 total of the same column, both in 万元; whether both are a table's cells)
Whole = tuple[str, Decimal, Decimal, bool]

_NAMED = re.compile(r"因公出国[(（]境[)）]费?|公务接待费?|公务用车购置及运行(?:维护)?费?|公务用车(?:运行(?:维护)?|购置)费?")
_WINDOW = 30  # characters before a share's amount its item is named in


def item_wholes(acc: Accounts) -> list[Whole]:
    """Each 三公 item's figure with the total of its column, for every amount column of this or last year whose
    total and item cells are read surely."""
    out: list[Whole] = []
    for t in acc.tables:
        total = item_row(t, TOTAL) if t.kind == "three_public" else None
        if total is None:
            continue
        scale = TO_WAN.get(t.unit or "万元", Decimal(1))
        for col, role in roles(t).items():
            whole = total.get(col).dec
            if role not in ("current", "prior") or col in total.unsure or not whole:
                continue
            for r in t.rows:
                v = r.get(col).dec
                if r.item not in (None, TOTAL, OFFICE) and col not in r.unsure and v is not None:
                    out.append((r.item, v * scale, whole * scale, True))
    return out + _stated_wholes(acc)


def _stated_wholes(acc: Accounts) -> list[Whole]:
    """The same from a 三公 statement in words (no table): each item's figure with the one 三公 total the text
    states of the same stage (预算 with 预算, 决算 or 支出 with the rest); several totals of a stage: none."""
    out: list[Whole] = []
    for t in acc.tables:
        rows = [r for r in t.rows if t.kind == "notes" and r.item and r.get(AMOUNT).dec is not None]
        for stage in (True, False):
            mine = [r for r in rows if ("预算" in r.name) == stage]
            totals = {_wan(r, t) for r in mine if r.item == TOTAL}
            if len(totals) != 1 or not (whole := totals.pop()):
                continue
            out += [(r.item, _wan(r, t), whole, False) for r in mine if r.item and r.item not in (TOTAL, OFFICE)]
    return out


def _wan(r: AccountRow, t: AccountTable) -> Decimal:
    return (r.get(AMOUNT).dec or ZERO) * TO_WAN.get(r.unit or t.unit or "万元", Decimal(1))


def wholes_of(text: str, at: int, part: Decimal, wholes: Sequence[Whole]) -> tuple[str, list[tuple[Decimal, bool]]]:
    """The item named right before a share's amount ``part`` (at ``at``), as printed, and the 三公 totals the share may be of:
    those of the columns where the table gives the item that figure."""
    named = list(_NAMED.finditer(text, max(0, at - _WINDOW), at))
    item = item_of(named[-1].group(0)) if named else None
    printed = named[-1].group(0) if named else ""  # the row as the notes name it
    return printed, [(w, sure) for it, v, w, sure in wholes if item is not None and it == item and v == part]


def names_three_total(words: str | None) -> bool:
    """Whether words name the 三公 total ("占“三公”经费总额", "三公经费支出"), not one of its items."""
    return bool(words) and "三公" in normalize_text(words or "")


THREE_LABELS = {
    TOTAL: ("“三公”经费",), ABROAD: ("因公出国(境)费",), RECEPTION: ("公务接待费",),
    VEHICLES: ("公务用车购置及运行维护费", "公务用车购置及运行费"), PURCHASE: ("公务用车购置费",),
    RUNNING: ("公务用车运行费", "公务用车运行维护费"), OFFICE: ("机关运行经费",),
}


def three_public_labels(t: AccountTable, add, budget: bool) -> None:  # type: ignore[no-untyped-def]
    """The 三公 items under the names the notes use, with this year's figure; a cell left blank is a zero the
    notes must not contradict, unless its reading is unsure (a blank perhaps lost in extraction)."""
    own = "预算数" if budget else "决算数"
    col = own if own in t.columns else next((c for c, k in roles(t).items() if k == "current"), None)
    if col is None:
        return
    total = item_row(t, TOTAL)
    gaps = _unprinted_wholes(t, col)
    if total is not None and col not in total.unsure and id(total) not in gaps:
        add("“三公”经费财政拨款支出年初预算", total.get("预算数").dec, t.title)
        if budget or t.standalone:
            add("“三公”经费预算数" if col == "预算数" else "“三公”经费决算数", total.get(col).dec, t.title)
    for r in t.rows:
        if r.item is None or col in r.unsure or id(r) in gaps or (r.item == TOTAL and not (budget or t.standalone)):
            continue
        for label in THREE_LABELS.get(r.item, ()):
            add(label, r.get(col).dec or ZERO, t.title)
            if col != "预算数" and "预算数" in t.columns and "预算数" not in r.unsure and r.item != TOTAL:
                add(label + "预算", r.get("预算数").dec or ZERO, t.title)  # "公务接待费预算为1万元" in a 决算's notes


def _unprinted_wholes(t: AccountTable, col: str) -> set[int]:
    """The 合计 and vehicles' rows left blank in ``col`` above printed parts (``sangong_unprinted``): no zero the
    notes must agree with."""
    rows = {r.item: r for r in t.rows if r.item}
    cars = [r for r in t.rows if r.item in (PURCHASE, RUNNING, CARS_OTHER)]
    out = {id(r) for r in [rows.get(VEHICLES)] if r is not None and unprinted(r, cars, col)}
    total = rows.get(TOTAL)
    items = [r for r in t.rows if r.item in (ABROAD, RECEPTION, VEHICLES, PURCHASE, RUNNING)]
    if total is not None and unprinted(total, items, col):
        out.add(id(total))
    return out
