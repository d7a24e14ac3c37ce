"""A transfer report's budget stated only as the money that arrived (到位资金1000万元, 资金到位1000万元, 共到位…), where
the report's own rate confirms it.

The report readers never take an amount said as arrived, spent or paid for the budget (``transfer_prosewords``:
到位 is money arriving). A self-evaluation often states its funds no other way: "到位资金1000万元，…实际使用950万元，
资金使用率95%". Where the report read its spending and its rate but no budget, an amount said as arrived is the
budget when it is the only such amount that the spending divided by gives the stated rate, to the rate's printed
digits; the budget's source says how it was chosen. Two such amounts, or none, leave the budget missing.

Likewise a report whose stated rate is not its spending ÷ the amount sent down, because the year's budget is the money
it could use, sent down and carried over ("下达我市共计1337万元,结转2023年资金1132.3万元,全年可使用资金合计2469.3万元 …
共使用资金1709.1万元 … 资金执行率达69.21%"): the amount said as usable (可使用/可用/可支配资金) is the budget when it is
the only one the spending divided by gives the stated rate (``usable_budget``).
"""

from __future__ import annotations

import re

from jixiao.core.records import Val
from jixiao.read.recognise.transfer_prose import agrees, read_val
from jixiao.read.recognise.transfer_text import Flat

# the money that arrived: 到位资金X, 资金到位X, (共/累计/实际)到位X; never a rate (到位率) or a share of it
_ARRIVED = re.compile(r"(?:到位(?:资金|经费)?|(?:资金|经费)(?:已|共|累计|实际)?到位)(?:总额|合计|共计)?[为是:：]?\s*"
                      r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")

# the money the year could use: 全年可使用资金合计X, 可用资金X, 可支配资金总额X
_USABLE = re.compile(r"(?:可使用|可用|可支配)的?(?:资金|经费)(?:总额|合计|共计|总计)?[为是达:：]?\s*"
                     r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")


def usable_budget(flat: Flat, rate: Val, spent: Val | None, unit: str | None) -> Val | None:
    """The one amount said as usable that the spending and the stated rate confirm as the year's budget, or None."""
    if spent is None or spent.dec is None or rate.dec is None:
        return None
    return _one_confirmed(_USABLE, flat, rate, spent, unit)


def arrived_budget(flat: Flat, row: dict[str, Val], unit: str | None) -> Val | None:
    """The one amount said as arrived that the row's spending and stated rate confirm as its budget, or None."""
    spent, rate = row.get("executed"), row.get("rate")
    if row.get("annual_budget") is not None and row["annual_budget"].value is not None:
        return None
    if spent is None or rate is None or spent.value is None or rate.value is None:
        return None
    return _one_confirmed(_ARRIVED, flat, rate, spent, unit)


def _one_confirmed(pattern: re.Pattern[str], flat: Flat, rate: Val, spent: Val, unit: str | None) -> Val | None:
    """The one value among the amounts ``pattern`` finds (in ``unit``, where one is known) that the spending divided
    by gives the stated rate, to its printed digits (its first statement); None where none does or two values do."""
    found: dict[object, Val] = {}
    for m in pattern.finditer(flat.text):
        if unit is not None and m.group(2) != unit:
            continue
        v = read_val(flat, m.group(1), m.start(1))
        if v.dec is not None and v.dec > 0 and agrees(rate, v, spent):
            found.setdefault(v.dec, v)
    return next(iter(found.values())) if len(found) == 1 else None
