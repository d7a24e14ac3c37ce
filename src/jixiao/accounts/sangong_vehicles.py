"""A 三公 statement's vehicles figure with its two parts listed straight after it: 公务用车购置及运行费 = 购置费 + 运行费.

决算 statements often end with the items one by one, the vehicles' figure followed by 其中 and its two parts on the
lines after it ("2.公务用车购置及运行维护费支出4.02万元。其中:" / "公务用车购置支出0万元,购置车辆0辆。" / "公务用车运行维护支出
0万元,…保有量为7辆"), while the same figures are said again elsewhere, so the sets of ``accounts.sangong_text`` (one
total, each item once) never hold them. The vehicles figure and the parts that follow it make their own identity: the
vehicles' line must say 其中 after the amount, and the parts must be the only purchase and the only running figure on
that line and the two after it, with no other item between (a list of both stages, "预算…决算…", states each part
twice and is left to the sets). Figures on adjoining lines are proven by their arithmetic (an ``error``).
"""

from __future__ import annotations

import re

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import AccountTable, clean_name
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
            out.append(f)
    return out
