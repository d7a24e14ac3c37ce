"""A 三公 statement's vehicles figure with its two parts listed straight after it: 公务用车购置及运行费 = 购置费 + 运行费.

决算 statements often end with the items one by one, the vehicles' figure followed by 其中 and its two parts on the
lines after it ("2.公务用车购置及运行维护费支出4.02万元。其中:" / "公务用车购置支出0万元,购置车辆0辆。" / "公务用车运行维护支出
0万元,…保有量为7辆"), while the same figures are said again elsewhere, so the sets of ``accounts.sangong_text`` (one
total, each item once) never hold them. The vehicles figure and the parts that follow it make their own identity: the
vehicles' line must say 其中 after the amount, and the parts must be the only purchase and the only running figure on
that line and the two after it, with no other item between (a list of both stages, "预算…决算…", states each part
twice and is left to the sets). Figures on adjoining lines are proven by their arithmetic (an ``error``). Where the
text proves which part is the slip (the vehicles' figure closes the 三公 total, the other part is 0 in words that say
nothing was spent on it), the finding stands on that part.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import AccountRow, AccountTable, clean_name
from jixiao.accounts.sangong import ABROAD, PURCHASE, RECEPTION, RUNNING, TOTAL, VEHICLES
from jixiao.core.findings import Finding
from jixiao.core.numbers import normalize_text
from jixiao.core.source import Source

AMOUNT = "金额"
_SPAN = 2  # the lines after the vehicles' line its parts may stand on
_OF_WHICH = re.compile(r"其中")


def vehicles_parts(ctx: Ctx, t: AccountTable, body: list[tuple[str, Source]]) -> list[Finding]:
    """vehicles = purchase + running for each vehicles figure whose two parts follow it (see the module)."""
    text_of = {s.line: normalize_text(x) for x, s in body if s.line is not None}
    rows = [r for r in t.rows if r.item and r.source.line is not None]
    out: list[Finding] = []
    for v in rows:
        if v.item != VEHICLES or (at := v.source.line) is None:
            continue
        line = text_of.get(at, "")
        amount = v.get(AMOUNT).text or ""
        if not amount or not _OF_WHICH.search(line[line.find(amount) + len(amount):] if amount in line else ""):
            continue
        near = [r for r in rows if r is not v and at <= (r.source.line or 0) <= at + _SPAN]
        parts = {k: [r for r in near if r.item == k] for k in (PURCHASE, RUNNING)}
        if any(len(p) != 1 for p in parts.values()):
            continue
        last = max(p[0].source.line or 0 for p in parts.values())
        if any(r.item in (TOTAL, ABROAD, RECEPTION, VEHICLES) and at <= (r.source.line or 0) <= last for r in near):
            continue
        given = [parts[RUNNING][0], parts[PURCHASE][0]]
        if any(r.get(AMOUNT).dec is None for r in [v, *given]) or any((r.unit or "") != (v.unit or "") for r in given):
            continue
        f = compare(ctx, "three_public", ("说明中“三公”经费：公务用车购置及运行费 = 购置费 + 运行费（其中所列）",
                                          "the 三公 text: vehicles = purchase + running (listed under it)"),
                    v.get(AMOUNT), [r.get(AMOUNT) for r in given], v.source, clean_name(v.name),
                    [clean_name(r.name) for r in given])
        if f is not None:
            out.append(_on_the_slip(f, v, given, rows, text_of))
    return out


# a part the text says was not spent at all (本单位2023年度无此项支出; 未发生; 没有…): its 0 is the text's own word
_NONE_SPENT = re.compile(r"无此项|未发生|没有发生|无该项|没有此项")


def _on_the_slip(f: Finding, v: AccountRow, given: list[AccountRow], rows: list[AccountRow],
                 text_of: dict[int, str]) -> Finding:
    """The finding on the part that is the slip, where the text proves it: the vehicles' figure closes the 三公 total
    (合计 = 因公出国 + 公务用车 + 公务接待, for a total and items the text states), and the other part is 0 in words that say nothing was
    spent on it (购置 0, 本单位2023年度无此项支出): the part left must be the vehicles' figure, and is not. Else the
    finding stays on the vehicles' figure (which of the three is wrong is not known)."""
    said = {k: {d for r in rows if r.item == k and (d := r.get(AMOUNT).dec) is not None}
            for k in (TOTAL, ABROAD, RECEPTION)}
    amount = v.get(AMOUNT).dec
    closing = sorted(t for t in said[TOTAL] for a in said[ABROAD] for c in said[RECEPTION] if amount is not None
                     and t == a + amount + c)  # (the 决算's total among the budget's: the one the items make)
    if not closing or amount is None:
        return f
    whole = closing[0]
    none = [r for r in given if r.get(AMOUNT).dec == 0 and _NONE_SPENT.search(text_of.get(r.source.line or 0, ""))]
    if len(none) != 1:
        return f
    slip = next(r for r in given if r is not none[0])
    name, other = clean_name(slip.name), clean_name(none[0].name)
    return replace(f, location=slip.source, row=name, reported=slip.get(AMOUNT).text, recomputed=str(amount),
                   message=f"说明中“三公”经费：{name} 为 {slip.get(AMOUNT).text}，但公务用车购置及运行费 {v.get(AMOUNT).text}"
                           f"（“三公”经费合计 {whole} 由它与其他两项相加而成）中 {other} 为 0（文中说明无此项支出），"
                           f"{name} 应为 {amount}",
                   message_en=f"the 三公 text: {name} is {slip.get(AMOUNT).text}, but the vehicles' {v.get(AMOUNT).text} "
                              f"(which, with the other two items, makes the 三公 total {whole}) has {other} at 0 (the "
                              f"text says none was spent), so {name} must be {amount}")
