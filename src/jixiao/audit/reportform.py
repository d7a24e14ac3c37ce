"""The arithmetic of a project's evaluation report form (``read.recognise.reportform``): the spending detail's
items add up to its 支出合计, which is what the form says was spent; what is left (结余) is what arrived (or was
planned) less what was spent.

A sum that does not hold between figures read whole is an error; the 支出合计 against the 实际支出 stated
elsewhere in the form, and a balance that fits neither the amount arrived nor the amount planned, are suspects
(two statements of the form that disagree, one of them perhaps of another scope).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.audit.common import doc_name, finding, num
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, parse_decimal
from jixiao.core.records import Document, Val
from jixiao.read.recognise.reportform import DETAIL_TITLE


def check_report_form(doc: Document) -> list[Finding]:
    return _detail(doc) + _balance(doc)


def _detail(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    for table in (t for t in doc.tables if t.title == DETAIL_TITLE):
        *items, total = table.rows
        amounts = [parse_decimal(r[1].text) for r in items]
        stated = parse_decimal(total[1].text)
        if stated is None or any(a is None for a in amounts):
            continue
        s = sum((a for a in amounts if a is not None), ZERO)
        label = total[0].text
        if s != stated:
            terms = " + ".join(r[1].text for r in items)
            out.append(finding(
                "detail_sum", "error", doc_name(doc), total[1].source,
                f"支出明细各项之和{terms} = {num(s)}，{label}为{total[1].text}。",
                f"The spending detail's items sum to {num(s)}; its total says {total[1].text}.", stated, s, label))
        spent = doc.funds["total"].executed.dec if "total" in doc.funds else None
        if spent is not None and stated != spent:
            out.append(finding(
                "detail_sum", "suspect", doc_name(doc), total[1].source,
                f"{label}{total[1].text}与报告所列实际支出{num(spent)}不一致。",
                f"The spending detail's total {total[1].text} differs from the spending stated, {num(spent)}.",
                stated, spent, label))
    return out


def _balance(doc: Document) -> list[Finding]:
    left = doc.extra.get("balance")
    arrived = doc.extra.get("arrived")
    total = doc.funds.get("total")
    if not isinstance(left, Val) or left.dec is None or total is None or total.executed.dec is None:
        return []
    spent = total.executed.dec
    bases = [(what, v.dec) for what, v in (("实际到位资金", arrived), ("计划安排资金", total.annual_budget))
             if isinstance(v, Val) and v.dec is not None]
    if not bases or any(b - spent == left.dec for _, b in bases):
        return []
    what, base = bases[0]
    diff: Decimal = base - spent
    return [finding(
        "funds_balance", "suspect", doc_name(doc), left.source,
        f"结余{left.text}与{what}{num(base)}减实际支出{num(spent)}（= {num(diff)}）不符。",
        f"The balance {left.text} is not {what} {num(base)} less the spending {num(spent)} (= {num(diff)}).",
        left.dec, diff, "结余")]
