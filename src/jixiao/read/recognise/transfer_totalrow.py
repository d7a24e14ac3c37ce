"""A transfer form's 年度资金总额 row whose numbers could not be placed by its own arithmetic (run together, its printed
rate not its spending ÷ budget: ``1484631.00%`` where 46 ÷ 148 = 31.08%), placed by the block's other arithmetic:
the total is the sum of its sources, column by column (年度资金总额 = 中央财政资金 + 地方资金 + 其他资金).

Only where one reading of the row's digits gives both the budget and the spending exactly the sums of the source
rows read (each source row holding the column, or printed blank). The rate is what that reading leaves under the
rate column: once the budget and the spending are placed by the sums, the digits after them are the printed rate, and
the audit checks it against spending ÷ budget (it does not hold: that is why the row could not place itself), so the
form's mistake is reported, not hidden. Where the readings that give the sums leave different rates, or none, the
rate stays missing. Never a guess.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal

from jixiao.core.records import Val
from jixiao.core.source import Source
from jixiao.read.recognise.placement import MAX_RUN, Item, splits
from jixiao.read.recognise.tokens import number

_SUMMED = ("annual_budget", "executed")
_MAX = 2000  # readings of one row


def source_sums(rows: dict[str, dict[str, Val]], blank: Sequence[str]) -> dict[str, Decimal]:
    """Σ the source rows, for each of the budget and the spending every source row holds (or is printed blank)."""
    subs = [k for k in rows if k != "total" and k not in blank]
    out: dict[str, Decimal] = {}
    for col in _SUMMED:
        vals = [rows[k].get(col) for k in subs]
        if subs and all(v is not None and isinstance(v.value, Decimal) for v in vals):
            out[col] = sum((v.value for v in vals if v is not None and isinstance(v.value, Decimal)),
                           Decimal(0))
    return out if len(out) == len(_SUMMED) else {}


def by_sources(texts: Sequence[tuple[str, Source]], columns: Sequence[str], sums: dict[str, Decimal]
               ) -> dict[str, Val]:
    """The budget and the spending of the total row where exactly one reading of its numbers under ``columns``
    gives both as ``sums``; else nothing."""
    if not texts or set(sums) != set(_SUMMED) or not set(_SUMMED) <= set(columns):
        return {}
    readings: list[list[tuple[Item, Source]]] = [[]]
    for t, src in texts:
        v = number(t)
        options = [[Item(t, v)]] if v is not None else []
        if len(t) <= MAX_RUN and "," not in t:
            options += [s for s in splits(t, len(columns)) if len(s) > 1]
        readings = [r + [(it, src) for it in o] for r in readings for o in options][:_MAX]
    found: set[tuple[tuple[str, str, str], ...]] = set()
    for items in readings:
        if not items or len(items) > len(columns):
            continue
        for cols in itertools.islice(itertools.combinations(columns, len(items)), _MAX):
            values = dict(zip(cols, items))
            if all(c in values and values[c][0].value == sums[c] for c in _SUMMED):
                found.add(tuple((c, values[c][0].text, str(values[c][1])) for c in (*_SUMMED, "rate") if c in values))
    money = {tuple(x for x in f if x[0] in _SUMMED) for f in found}
    if len(money) != 1:
        return {}
    rates = {x for f in found for x in f if x[0] == "rate"}
    picked = [*next(iter(money)), *(rates if len(rates) == 1 and all(len(f) == 3 for f in found) else ())]
    out: dict[str, Val] = {}
    for c, text, _ in picked:
        src = next(s for t, s in texts if text in t)
        out[c] = Val(number(text), text, src)
    return out
