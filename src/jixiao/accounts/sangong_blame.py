"""Which figure of a failed 三公 sum is the slip: the one the 说明 and the sum both contradict.

A table's 合计 that is not the sum of its items says that one of them is wrong, not which. Where the 说明 under the
table states the items' figures, it settles it: when exactly one item's printed figure differs from what the 说明
says of it, the others it states agree with it, and the 说明's figure closes the sum (合计 − the other items), the table's
cell is the slip (公务接待费 printed 1382 where the 说明 says 1372 and 3318 − 0 − 1946 = 1372). The finding then
stands on that item, an ``error`` (two things agree against it); otherwise the sum's finding stays on the whole. The
same holds for the vehicles' subtotal against its 购置费 and 运行费.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from jixiao.accounts.identity import num
from jixiao.accounts.model import TO_WAN, AccountRow, AccountTable, clean_name
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, fmt_plain
from jixiao.core.source import Source

Told = dict[str, set[Decimal]]  # item → the amounts the 说明 states for it (in the table's unit)


def told_figures(body: list[tuple[str, Source]], t: AccountTable) -> Told:
    """The 三公 amounts the body's 说明 states, by item, in ``t``'s unit (empty when it states none)."""
    from jixiao.accounts.sangong_text import (  # (it reads the text as sangong does: late)
        AMOUNT,
        stated_sangong,
    )

    stated = stated_sangong(body, leads=False, loose=True)
    out: Told = {}
    if stated is None:
        return out
    to = TO_WAN.get(t.unit or "万元", Decimal(1))
    for r in stated.rows:
        v = r.get(AMOUNT).dec
        if r.item and v is not None:
            out.setdefault(r.item, set()).add(v * TO_WAN.get(r.unit or "万元", Decimal(1)) / to)
    return out


def odd_part(f: Finding | None, whole: AccountRow, parts: list[AccountRow], col: str, told: Told | None,
             t: AccountTable) -> Finding | None:
    """The sum's error ``f`` moved onto the one part the 说明 and the sum both contradict; ``f`` as it is otherwise."""
    if f is None or f.severity != "error" or not told:
        return f
    said = [p for p in parts if p.item in told]
    odd = [p for p in said if num(p.get(col)) not in told[p.item or ""]]
    if len(odd) != 1 or whole.item in told and num(whole.get(col)) not in told[whole.item or ""]:
        return f
    p = odd[0]
    closes = num(whole.get(col)) - sum((num(q.get(col)) for q in parts if q is not p), ZERO)
    if closes not in told[p.item or ""]:
        return f
    return _onto(f, t, col, p, closes, (
        f"按{clean_name(whole.name)} {whole.get(col).text} 减其余各项应为 {fmt_plain(closes)}，与情况说明所列相符",
        f"{clean_name(whole.name)} less the other items gives {fmt_plain(closes)}, as the notes state"))


def _onto(f: Finding, t: AccountTable, col: str, p: AccountRow, should: Decimal, why: tuple[str, str]) -> Finding:
    """The sum's error ``f`` said of the part ``p`` (its figure should be ``should``, for the reason ``why``)."""
    name, printed = clean_name(p.name), p.get(col)
    return replace(
        f, location=printed.source or p.source, row=name, reported=printed.text, recomputed=fmt_plain(should),
        message=f"{t.name}「{col}」：{name} 列报 {printed.text}，{why[0]}（{f.message}）",
        message_en=f"{t.name_en} [{col}]: {name} printed {printed.text}; {why[1]} ({f.message_en})")


def sole_part(f: Finding | None, whole: AccountRow, parts: list[AccountRow], col: str, confirmed: bool,
              t: AccountTable) -> Finding | None:
    """The vehicles' failed sum moved onto its one part printed above zero, when the subtotal is ``confirmed`` (the 合计
    holds with it) and the parts add to more than it: no part can be less than nothing, so the others (all 0) are
    right and that one is the slip (运行费 1956 under a subtotal of 1946 that the 合计 keeps, 购置费 0)."""
    if f is None or f.severity != "error" or not confirmed:
        return f
    over = sum((num(p.get(col)) for p in parts), ZERO) - num(whole.get(col))
    nonzero = [p for p in parts if num(p.get(col)) != ZERO]
    if over <= ZERO or len(nonzero) != 1:
        return f
    p = nonzero[0]
    should = num(p.get(col)) - over
    return _onto(f, t, col, p, should, (
        f"{clean_name(whole.name)} {whole.get(col).text} 与合计相符、其余分项为 0，应为 {fmt_plain(should)}",
        f"{clean_name(whole.name)} {whole.get(col).text} agrees with the total and the other parts are 0, so it should "
        f"be {fmt_plain(should)}"))
