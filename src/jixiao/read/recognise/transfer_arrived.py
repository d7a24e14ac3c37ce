"""A transfer report's budget stated only as the money that arrived (到位资金1000万元, 资金到位1000万元, 共到位…), where
the report's own rate confirms it.

The report readers never take an amount said as arrived, spent or paid for the budget (``transfer_prosewords``:
到位 is money arriving). A self-evaluation often states its funds no other way: "到位资金1000万元，…实际使用950万元，
资金使用率95%". Where the report read its spending and its rate but no budget, an amount said as arrived is the
budget when it is the only such amount that the spending divided by gives the stated rate, to the rate's printed
digits; the budget's source says how it was chosen. Two such amounts, or none, leave the budget missing.
"""

from __future__ import annotations

import re

from jixiao.core.records import Val
from jixiao.read.recognise.transfer_prose import agrees, read_val
from jixiao.read.recognise.transfer_text import Flat

# the money that arrived: 到位资金X, 资金到位X, (共/累计/实际)到位X; never a rate (到位率) or a share of it
_ARRIVED = re.compile(r"(?:到位(?:资金|经费)?|(?:资金|经费)(?:已|共|累计|实际)?到位)(?:总额|合计|共计)?[为是:：]?\s*"
                      r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")

def arrived_budget(flat: Flat, row: dict[str, Val], unit: str | None) -> Val | None:
    """The one amount said as arrived that the row's spending and stated rate confirm as its budget, or None."""
    spent, rate = row.get("executed"), row.get("rate")
    if row.get("annual_budget") is not None and row["annual_budget"].value is not None:
        return None
    if spent is None or rate is None or spent.value is None or rate.value is None:
        return None
    found: list[Val] = []
    for m in _ARRIVED.finditer(flat.text):
        if unit is not None and m.group(2) != unit:
            continue
        v = read_val(flat, m.group(1), m.start(1))
        if v.dec is not None and v.dec > 0 and agrees(rate, v, spent) and all(v.value != f.value for f in found):
            found.append(v)
    return found[0] if len(found) == 1 else None
