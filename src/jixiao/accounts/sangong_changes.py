"""The changes a 情况说明 states for the 三公 items must add up to the change it states for their total.

"…比2023年预算减少17.3万元。其中:因公出国(境)费…与2023年预算持平;公务用车购置及运行费…减少7.3万元(运行费减少1.3万元,
购置费减少6万元);公务接待费…减少10万元": 0 − 7.3 − 10 = −17.3, and −1.3 − 6 = −7.3. This holds whatever the tables
give (or when no table gives last year's figures at all): the changes are the text's own. Checked only where every
item's change is stated once against the same thing (the budget, or last year); a sum that fails is ``suspect``
(the text does not say which of its figures is the wrong one), a last-digit difference ``info``. The vehicles'
running costs stand for the vehicles where no purchase is stated and the stated amounts make the total without one.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from jixiao.accounts.identity import Ctx, compare, slack
from jixiao.accounts.sangong import ABROAD, PURCHASE, RECEPTION, RUNNING, TOTAL, VEHICLES
from jixiao.accounts.sangong_claims import Claim
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, fmt_plain
from jixiao.core.records import Val

DERIVED = "“三公”经费决算 − 预算"  # the label of a total's change the text gives only as its budget and spending


def _val(c: Claim) -> Val:
    return Val(c.sign * c.change, c.quoted, c.source)


def check_change_sums(ctx: Ctx, claims: list[Claim], nothing: frozenset[str] = frozenset()) -> list[Finding]:
    """``nothing``: the items the text and tables say nothing was spent on (every figure they give is 0)."""
    out: list[Finding | None] = []
    for against, said in (("budget", "与预算相比"), ("prior", "与上年相比")):
        by: dict[str, list[Claim]] = {}
        for c in claims:
            if c.against == against and not (c.percent or c.done):  # a rate alone is no amount to sum
                by.setdefault(c.item, []).append(c)
        if any(len(cs) > 1 for cs in by.values()):
            continue  # an item said twice (two years, two units): not one list
        one = {item: cs[0] for item, cs in by.items()}
        run, buy = one.get(RUNNING), one.get(PURCHASE)
        if VEHICLES in one and run and buy:
            out.append(compare(ctx, "text_compare", (f"情况说明各项增减（{said}）：公务用车购置及运行费 = 购置费 + 运行费",
                                                     f"the notes' changes ({against}): vehicles = purchase + running"),
                               _val(one[VEHICLES]), [_val(buy), _val(run)], one[VEHICLES].source,
                               one[VEHICLES].label, [buy.label, run.label]))
        vehicles = [one[VEHICLES]] if VEHICLES in one else [run, buy] if run and buy else _running_alone(one)
        if TOTAL in one and ABROAD in one and RECEPTION in one and vehicles:
            parts = [one[ABROAD], one[RECEPTION], *vehicles]
            whole = (f"合计（决算 − 预算 = {one[TOTAL].text}）", f"total (spent − budget = {one[TOTAL].text})") \
                if one[TOTAL].label == DERIVED else ("合计", "total")
            out.append(compare(ctx, "text_compare", (f"情况说明各项增减（{said}）：{whole[0]} = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费",
                                                     f"the notes' changes ({against}): {whole[1]} = overseas + reception + vehicles"),
                               _val(one[TOTAL]), [_val(c) for c in parts], one[TOTAL].source, one[TOTAL].label,
                               [c.label for c in parts]))
        elif TOTAL in one:
            out.append(_bound(ctx, one[TOTAL], [one[k] for k in (ABROAD, RECEPTION) if k in one] + vehicles,
                              [k for k in (ABROAD, RECEPTION) if k not in one] + ([] if vehicles else [VEHICLES]),
                              nothing, (said, against)))
    return [replace(f, severity="suspect") if f.severity == "error" else f for f in out if f]


def _running_alone(one: dict[str, Claim]) -> list[Claim]:
    """The vehicles' running costs as the vehicles' whole, where no purchase is stated and the amounts the text
    states make the total without it ("“三公”经费预算6.50万元…因公出国(境)费用0万元…公务接待费0.50万元…公务用车运行维护费
    6.00万元": 0 + 0.50 + 6.00 = 6.50, no car bought); else none (a purchase the text does not state may have
    changed)."""
    run = one.get(RUNNING)
    if run is None or PURCHASE in one or any(k not in one for k in (TOTAL, ABROAD, RECEPTION)):
        return []
    said = [one[k] for k in (TOTAL, ABROAD, RECEPTION)] + [run]
    if any(c.stated is None or c.stated_unit != said[0].stated_unit for c in said):
        return []
    total, *parts = (c.stated for c in said)
    return [run] if total == sum((p for p in parts if p is not None), Decimal(0)) else []


def _bound(ctx: Ctx, total: Claim, parts: list[Claim], unsaid: list[str], nothing: frozenset[str],
           said: tuple[str, str]) -> Finding | None:
    """The total's change where an item's is not stated but nothing was spent on it: its change is 0 less what it is
    compared with, never above 0, so the total's change is at most the stated items' ("“三公”经费…较年初预算数减少0.04
    万元…公务用车…较年初预算数减少0.04万元…公务接待费…较年初预算数减少0.04万元", 因公出国(境)费0万元: the items fall by
    at least 0.08). Checked only where every item not stated is one of ``nothing`` and some item is stated; a total
    above the bound by more than the figures' rounding is ``suspect``."""
    if not parts or not unsaid or any(k not in nothing for k in unsaid):
        return None
    vals = [_val(c) for c in parts]
    bound = sum((v.dec or ZERO for v in vals), ZERO)
    mine = _val(total)
    if (mine.dec or ZERO) - bound <= slack(ctx, mine, vals):
        return None
    names = "、".join(unsaid)
    expr = " + ".join(fmt_plain(v.dec or ZERO) for v in vals)
    return Finding("text_compare", "suspect", ctx.document, total.source,
                   f"情况说明各项增减（{said[0]}）：{names}支出为 0，其增减不会大于 0，已列各项增减之和至多为 {expr} = "
                   f"{fmt_plain(bound)}，但合计增减为 {fmt_plain(mine.dec or ZERO)}",
                   f"the notes' changes ({said[1]}): nothing was spent on {names}, so its change is at most 0 and the "
                   f"items' changes add to at most {fmt_plain(bound)}, yet the total's change is {fmt_plain(mine.dec or ZERO)}",
                   reported=fmt_plain(mine.dec or ZERO), recomputed=f"≤ {fmt_plain(bound)}", row=total.label)
