"""The budget or the spending a report states without a word the grammar knows, found by the rate it states.

A report says what was spent and the rate in one breath (项目执行金额2856.63万元，执行率87.43%) while its budget stands
elsewhere under words that name no budget (预算安排专项资金项目共计113个，财政资金3267.28万元); or the budget and the
rate, the spending in words of its own. The rate ties the two: spending ÷ budget = rate. Where the report states the
rate (to a tenth of a percent at least: a whole percent fits too many amounts) and one of the two, the other is the
one amount of the same unit stated in the text that the rate confirms to its printed digits. Exactly one value must
fit, and a rate of 100% confirms nothing (any amount stated twice would fit it); else nothing is read. The choice is
said on the document: it was made by the report's own arithmetic, never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal

from jixiao.core.numbers import half_unit
from jixiao.core.records import HALF_READ, Document, Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.reportwords import AMOUNT, EXECUTED, PART_AFTER, money
from jixiao.read.recognise.transfer_prose import agrees
from jixiao.read.recognise.transfer_text import Flat

_HUNDRED = Decimal(100)
_AMOUNT = re.compile(AMOUNT)  # an amount with its unit, taken whole (``reportwords``)
_CLAUSE = re.compile(r"[,，;；。:：\n]")


def _amounts(t: Flat, unit: str | None) -> list[tuple[Val, str | None]]:
    """The amounts stated in the text (in ``unit`` when given), a level's part (中央财政下达资金60万元, 省级配套资金…,
    which the report reader passes over as never the whole) left out."""
    out: list[tuple[Val, str | None]] = []
    for m in _AMOUNT.finditer(t.text):
        value = Decimal(m.group(1).replace(",", ""))
        clause = _CLAUSE.split(t.text[max(0, m.start() - 24) : m.start()])[-1]
        if value > 0 and (unit is None or money(m.group(2)) == unit) and not PART_AFTER.search(clause):
            out.append((Val(value, m.group(1) + m.group(2), t.source_at(m.start(1))), money(m.group(2))))
    return out


def _rate(doc: Document, t: Flat) -> Val | None:
    """The rate the document holds when it can confirm an amount: printed to a tenth at least, below 100%."""
    rate = doc.funds["total"].rate
    if rate.dec is None or "." not in (rate.text or "") or not 0 < rate.dec < _HUNDRED:
        return None
    return rate


def _one(values: list[Val]) -> Val | None:
    return values[0] if values and len({v.dec for v in values}) == 1 else None


def by_rate(doc: Document, t: Flat) -> None:
    """Fill ``doc``'s missing budget or spending with the one amount of the text the stated rate confirms
    (``agrees``), saying so; nothing when none or several do."""
    total = doc.funds["total"]
    rate = _rate(doc, t)
    if rate is None or total.initial_budget.dec is not None:  # (the rate's base then the 年初 budget: none missing)
        return
    if total.annual_budget.dec is not None and total.executed.dec is not None:
        return
    if total.annual_budget.dec is None and total.executed.dec is None:
        spent = [m for m in EXECUTED.finditer(t.text) if m.group(4) or m.group(2)]  # labelled spending with its unit
        pairs = [(Val(Decimal(m.group(3).replace(",", "")), m.group(3) + (m.group(4) or ""), t.source_at(m.start(3))),
                  money(m.group(4) or m.group(2))) for m in spent]
        amounts = _by_unit(_amounts(t, None))  # (read once: a report may state hundreds of spendings)
        fits = [(e, b) for e, unit in pairs for b in _budgets_for(rate, e, amounts.get(unit, ([], [])))]
        budget, executed = _one([b for _, b in fits]), _one([e for e, _ in fits])
        if budget is None or executed is None:
            return
        total.annual_budget, total.executed = budget, executed
        doc.extra.pop(HALF_READ, None)  # (the report's funds, said unread, are read)
        doc.money_unit = doc.money_unit or next((u for e, u in pairs if e.dec == executed.dec), None)
        _said(doc, f"预算数{budget.text}", f"the budget {budget.text}", rate, budget)
    elif total.annual_budget.dec is None:
        known = total.executed
        found = _one([b for b, _ in _amounts(t, doc.money_unit) if b.dec is not None and known.dec is not None
                      and b.dec > known.dec and agrees(rate, b, known)])
        if found is not None:
            total.annual_budget = found
            doc.problems = [_budget_found(p) for p in doc.problems]
            _said(doc, f"预算数{found.text}", f"the budget {found.text}", rate, found)
    else:
        known = total.annual_budget
        found = _one([e for e, _ in _amounts(t, doc.money_unit) if e.dec is not None and known.dec is not None
                      and e.dec < known.dec and agrees(rate, known, e)])
        if found is not None:
            total.executed = found
            doc.problems = [p for p in doc.problems if not p.message.startswith(_ONLY_BUDGET)]
            _said(doc, f"执行数{found.text}", f"the spending {found.text}", rate, found)


def _by_unit(found: list[tuple[Val, str | None]]) -> dict[str | None, tuple[list[Decimal], list[Val]]]:
    """The amounts by their unit, each unit's sorted by value (their values, and the amounts in that order)."""
    out: dict[str | None, tuple[list[Decimal], list[Val]]] = {}
    for v, unit in sorted(found, key=lambda x: x[0].dec or _HUNDRED):
        values, vals = out.setdefault(unit, ([], []))
        values.append(v.dec or _HUNDRED)
        vals.append(v)
    return out


def _budgets_for(rate: Val, e: Val, amounts: tuple[list[Decimal], list[Val]]) -> list[Val]:
    """The amounts (sorted, ``_by_unit``) larger than the spending ``e`` that the rate confirms as its budget
    (``agrees``): only those near ``e`` ÷ rate are tried (twice the rate's printed unit either side)."""
    if e.dec is None or rate.dec is None:
        return []
    margin = 4 * half_unit((rate.text or "").rstrip("%"))
    lo = e.dec * _HUNDRED / (rate.dec + margin)
    hi = e.dec * _HUNDRED / (rate.dec - margin) if rate.dec > margin else None
    values, vals = amounts
    near = vals[bisect_left(values, lo): bisect_right(values, hi) if hi is not None else len(vals)]
    return [b for b in near if b.dec is not None and b.dec > e.dec and agrees(rate, b, e)]


_ONLY_BUDGET = "报告只说明了预算数"
_UNREAD = re.compile(r"(?:项目|部门整体支出)绩效评价报告：文中未读到")  # (said by ``report`` and ``deptreport``)


_NO_BUDGET, _NO_BUDGET_EN = "报告未说明预算数；", "the report states no budget; "  # (``deptreport``'s spending read)


def _budget_found(p: Problem) -> Problem:
    """A problem saying the report states no budget, without that clause once the budget is found."""
    if not p.message.startswith(_NO_BUDGET):
        return p
    return Problem(p.message.removeprefix(_NO_BUDGET), p.source, (p.message_en or "").removeprefix(_NO_BUDGET_EN))


def _said(doc: Document, what_zh: str, what_en: str, rate: Val, at: Val) -> None:
    doc.problems.append(problem(
        f"{what_zh}所在语句未说明其为何数，按报告所述执行率{rate.text}（执行数÷预算数）确定：文中只有这一金额与之相符",
        f"{what_en} is stated in words that do not say what it is: taken as such because it is the one amount in the "
        f"text the report's rate {rate.text} (spending ÷ budget) confirms", at.source))
    doc.problems = [p for p in doc.problems if not _UNREAD.match(p.message)]
