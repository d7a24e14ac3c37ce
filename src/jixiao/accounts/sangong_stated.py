"""The figures a 三公 情况说明 states of an item, apart from the changes it states: the budget and the spending
(``by_stage``, never of two years: ``years_apart``), the total's change on its budget where the text gives only those two
(``total_change``), and the items nothing was spent on (``nothing_spent``). ``accounts.sangong_words`` checks the
stated changes against them; ``accounts.sangong_changes`` adds the changes up."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.accounts.sangong import PURCHASE, RUNNING, TOTAL, VEHICLES
from jixiao.accounts.sangong_changes import DERIVED
from jixiao.accounts.sangong_claims import Claim
from jixiao.accounts.sangong_rates import this_column
from jixiao.accounts.sangong_text import AMOUNT
from jixiao.core.numbers import ZERO, fmt_plain
from jixiao.core.source import Source


def total_change(t: AccountTable, body: list[tuple[str, Source]]) -> list[Claim]:
    """The total's change on its budget where the text states no change of the total but its budget and its spending,
    once each ("“三公”经费支出预算为89.90万元,支出决算为57.53万元": 57.53 − 89.90 = −32.37), for the items' stated changes
    to add up to (``accounts.sangong_changes``); none otherwise."""
    rows = [r for r in t.rows if r.item == TOTAL and r.get(AMOUNT).dec is not None]
    text_of = {s.line: x for x, s in body if s.line is not None}
    budget, spent = by_stage(rows, text_of)
    if len(budget) != 1 or len(spent) != 1 or years_apart(budget[0], spent[0], text_of):
        return []
    b, f = budget[0].get(AMOUNT), spent[0].get(AMOUNT)
    if b.dec is None or f.dec is None:
        return []
    change = f.dec - b.dec
    shown = f"{fmt_plain(f.dec)} − {fmt_plain(b.dec)}"
    return [Claim(TOTAL, DERIVED, "budget", None, None, f.dec, f.text, "万元",
                  -1 if change < ZERO else 1, abs(change), "万元", fmt_plain(change), shown, spent[0].source)]


def nothing_spent(tables: list[AccountTable], notes: list[AccountTable]) -> frozenset[str]:
    """The items every figure of which the text states, and every figure of which a 三公 table gives this year, is 0
    (因公出国(境)费0万元): nothing was spent on them. The vehicles are so when both their parts are."""
    amounts: dict[str, set[Decimal]] = {}
    for t, col in [(t, AMOUNT) for t in notes] + [(t, this_column(t)) for t in tables]:
        for r in t.rows:
            if r.item and col is not None and (v := r.get(col).dec) is not None:
                amounts.setdefault(r.item, set()).add(v)
    zero = {item for item, vs in amounts.items() if vs == {ZERO}}
    if {RUNNING, PURCHASE} <= zero and VEHICLES not in amounts:
        zero.add(VEHICLES)
    return frozenset(zero)


def by_stage(rows: list[AccountRow], text_of: dict[int, str]) -> tuple[list[AccountRow], list[AccountRow]]:
    """An item's figures the text states of the budget and of the spending, one row per amount (the same figure said
    again is one): by the label (…预算, …决算, …支出), else by its sentence (``sangong_sets.sentence_stage``: "“三公”经费
    预算为168.53万元,其中:因公出国(境)费39万元" is a budget's 39)."""
    from jixiao.accounts.sangong_sets import sentence_stage

    budget: dict[Decimal | None, AccountRow] = {}
    spent: dict[Decimal | None, AccountRow] = {}
    for r in rows:
        stage = ("预算" if "预算" in r.name else "决算" if re.search(r"决算|支出", r.name)
                 else sentence_stage(r, text_of) if text_of else None)
        if stage is not None:
            (budget if stage == "预算" else spent).setdefault(r.get(AMOUNT).dec, r)
    return list(budget.values()), list(spent.values())


def years_apart(a: AccountRow, b: AccountRow, text_of: dict[int, str]) -> bool:
    """Two figures whose sentences name different years (2012年…预算304.35万元 and 2011年…支出202.3万元): never one
    year's budget and its spending."""
    from jixiao.accounts.sangong_sets import sentence_year

    ya, yb = sentence_year(a, text_of), sentence_year(b, text_of)
    return ya is not None and yb is not None and ya != yb
