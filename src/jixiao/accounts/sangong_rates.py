"""A 三公 item's change said with its rate: "公务接待费支出决算减少275.00元,下降0.88%", "“三公”经费预算数为20.1万元,
与上年相比减少0.2万元,下降0.99%".

The rate is the change over the figure compared with, and that figure is this year's less the change: x = D ÷ (C − D)
for an increase, D ÷ (C + D) for a decrease, C the item's figure this year. C is, in that order: the amount the
stretch itself states for the item ("预算数为20.1万元,…"); the 三公 table's figure of the item (any of its this-year
columns: 决算数, 预算数); the amount the text states for the item elsewhere (its latest year's, 决算 before 预算 in
final accounts). The check holds when the printed figures, each within half a unit of its last printed place, give
the rate by some rounding of the exact quotient to the printed places (half up, half even, truncation): a whole
percent of a small change ("减少0.1万元,下降0.6%") is never a false mistake.

A rate no reading gives is an ``error`` when C is the stretch's own amount or a table cell (values read whole, exact
arithmetic); ``suspect`` when C is a figure the text states elsewhere (which of its figures is meant is a choice).
A rate the printed figures' rounding allows but that is more than one unit of its last place from what their own
quotient gives (half up, half even or truncated) is ``suspect``: "减少0.1万元,下降3.9%" of 3.4 万元 (2.86%; 0.14 of 3.54
would give 3.95%). A whole percent is then no finding (often of the unrounded figures of a small base). The general
reading of rates (``accounts.text_rates``, which guesses the base) leaves every rate judged here.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import TO_WAN, AccountTable, clean_name
from jixiao.accounts.sangong import roles
from jixiao.accounts.sangong_claims import WAN, Claim, places, slipped
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, fmt_plain, half_unit, parse_decimal

AMOUNT = "金额"  # the column of a notes table (``accounts.sangong_text``)


def this_column(t: AccountTable) -> str | None:
    """The column of a 三公 table that holds this year's figure of its own stage (决算数 or 预算数), or its one
    this-year column; None when several are there and none is named so."""
    current = [col for col, k in roles(t).items() if k == "current"]
    own = "决算数" if t.stage == "final" else "预算数"
    return own if own in current else (current[0] if len(current) == 1 else None)


def rate_fits(quoted: str, change: Decimal, half_change: Decimal, now: Decimal, half_now: Decimal,
              down: bool) -> bool | None:
    """Whether ``quoted`` (a percent) is change ÷ (now ± change) × 100 (+ for a decrease) for figures anywhere within
    their printing's half units, rounded to the quoted places half up, half even or by truncation; None when no rate
    can be computed (a base that may be nothing)."""
    want = parse_decimal(quoted)
    if want is None:
        return None
    sign = 1 if down else -1
    quotients = []
    for n in (now - half_now, now + half_now):  # the rate is monotonic in each figure: its extremes are at corners
        for d in (max(change - half_change, ZERO), change + half_change):
            base = n + sign * d
            if base <= ZERO:
                return None
            quotients.append(d / base * HUNDRED)
    quantum = places(quoted)
    lo = min(quotients).quantize(quantum, rounding=ROUND_DOWN)
    hi = max(quotients).quantize(quantum, rounding=ROUND_HALF_UP)
    return lo <= want <= hi


def near_printed(quoted: str, change: Decimal, now: Decimal, down: bool) -> bool:
    """Whether ``quoted`` is within one unit of its last place of change ÷ (now ± change) × 100 as printed, rounded
    half up, half even or truncated."""
    want, base = parse_decimal(quoted), now + change if down else now - change
    if want is None or base <= ZERO:
        return True
    quantum = places(quoted)
    exact = change / base * HUNDRED
    lo, hi = exact.quantize(quantum, rounding=ROUND_DOWN), exact.quantize(quantum, rounding=ROUND_HALF_UP)
    return lo - quantum <= want <= hi + quantum


_NOT_STAGE = re.compile(r"一般公共预算|预算内|预算单位")  # 预算 in a name that says no stage


_ROW_END = re.compile(r"[\d,，。;；:：(（]|[比较与]|同比|为|是")


def _row(c: Claim) -> str:
    """The line a rate is of as the sentence names it: the item's words up to its figure or its comparison
    ("公务用车购置及运行费预算 3.4万元,比…" → 公务用车购置及运行费预算)."""
    return _ROW_END.split(c.text, maxsplit=1)[0].strip() or c.label


def _plain(d: Decimal) -> Decimal:
    """A figure without the zeros a change of unit left on it (6.500000 → 6.5; 65000 stays 65000)."""
    return d.normalize() if d != d.to_integral_value() else d.to_integral_value()


def _exact_rate(quoted: str, change: Decimal, base: Decimal) -> Decimal:
    return (change / base * HUNDRED).quantize(places(quoted), rounding=ROUND_HALF_UP)


Now = tuple[Decimal, Decimal, str, bool]  # this year's figure and its half unit (万元), where it is said, sure


def _from_table(t: AccountTable, c: Claim) -> list[Now]:
    rows = [r for r in t.rows if r.item == c.item]
    if len(rows) != 1:
        return []
    r = rows[0]
    own = this_column(t)
    cols = [own] if own else []
    cols += [col for col, k in roles(t).items() if k == "current" and col != own]
    out: list[Now] = []
    unit = TO_WAN.get(t.unit or "万元", Decimal(1))
    for col in cols:
        v = r.get(col)
        if v.dec is None or col in r.unsure:
            continue
        where = f"{t.title}「{clean_name(r.name)}」{col} {v.text}（{(v.source or r.source).where()}）"
        out.append((v.dec * unit, half_unit(v.text) * unit, where, True))
    return out


def _from_notes(t: AccountTable, c: Claim, final: bool) -> list[Now]:
    """The distinct amounts the text states for the item, those of the claim's stage first (决算 when its words or, no
    stage said, the document's say so; 预算 else): any of them may be the one the change is of."""
    rows = [r for r in t.rows if r.item == c.item and r.get(AMOUNT).dec is not None]
    words = _NOT_STAGE.sub("", c.text)
    if "决算" in words or "预算" in words:
        final = "决算" in words
    own = re.split(r"比|较|与|同比", words, maxsplit=1)[0]  # the words before the comparison: of the claim's own figure
    if "决算" in own and "预算" not in own:  # (the change is said of the 决算: a budget's figure is not the one it is of,
        # "“三公”经费支出决算数比2020年增加17.61万元" beside a 支出预算为2.4万元; never the 决算 it is compared with,
        # 预算为X,比上年决算数增加Y)
        rows = [r for r in rows if not _budget(r.name)] or rows
    rows.sort(key=lambda r: _budget(r.name) == final)
    out: dict[Decimal, Now] = {}
    for r in rows:
        v = r.get(AMOUNT)
        unit = TO_WAN.get(r.unit or t.unit or "万元", Decimal(1))
        value = (v.dec or ZERO) * unit
        where = f"文中「{clean_name(r.name)}」{v.text}{r.unit or t.unit or '万元'}（{r.source.where()}）"
        out.setdefault(value, (value, half_unit(v.text) * unit, where, False))
    return list(out.values())


def _budget(name: str) -> bool:
    """A stated figure of a budget ("…支出年初预算"), not of spending: 预算 outside the names 一般公共预算/预算内."""
    return "预算" in _NOT_STAGE.sub("", name)


def _current(c: Claim, tables: list[AccountTable], notes: list[AccountTable], final: bool) -> list[Now]:
    # (the sentence's own amount, said alone, or with the figure it compares with after it: "公务用车购置和运行维护费5亿元,
    # 相比预算数6.1亿元减少1.1亿元,下降17.9%", never another figure of the item's the text states elsewhere)
    if c.stated is not None and c.stated_text is not None and (c.single_stated or c.base is not None):
        unit = WAN[c.stated_unit]
        return [(c.stated, half_unit(c.stated_text) * unit, f"同句所述本年 {c.stated_text}{c.stated_unit}", True)]
    if len(tables) == 1:
        return _from_table(tables[0], c)
    if not tables and len(notes) == 1:
        return _from_notes(notes[0], c, final)
    return []


def _unit_slipped(c: Claim, nows: list[Now], down: bool) -> bool:
    """The rate holds with the change read in its sentence's amount's unit (…3.3万元,…减少2.7元,下降45%)."""
    alt = slipped(c)
    return alt is not None and c.rate is not None and any(
        rate_fits(c.rate, alt.change, half_unit(c.quoted) * WAN[alt.change_unit], now, half, down) is not False
        for now, half, _, _ in nows)


def check_change_rates(ctx: Ctx, claims: list[Claim], tables: list[AccountTable], notes: list[AccountTable],
                       final: bool, rated: set[tuple[str, str]] | None = None) -> list[Finding]:
    """The findings on the rates said with a change; ``rated`` gets (place, rate as reported) of every rate checked
    (held or not), for the general reading of rates (``accounts.text_rates``) to leave to this one."""
    out: list[Finding] = []
    for c in claims:
        if c.rate is None or c.percent or c.done or c.sign == 0 or c.carried:
            continue  # (a sentence naming no item: its rate is the general reading's, ``accounts.text_rates``)
        nows = _current(c, tables, notes, final)
        if not nows:
            continue
        down = c.sign < 0
        half_change = half_unit(c.quoted) * WAN[c.change_unit]
        fits = [rate_fits(c.rate, c.change, half_change, now, half, down) for now, half, _, _ in nows]
        word = "下降" if down else "增长"
        what = f"情况说明「{c.text}，{word}{c.rate}%」"
        # (a fall beyond 100% is no fall of a positive figure, whatever the rounding: "为0万元,较上年减少0.86万元,下降110%")
        beyond = not any(f is not False for f in fits) or down and (parse_decimal(c.rate) or ZERO) > 100
        # within the figures' rounding, but beyond one unit of what the printed figures' own quotient gives (half up,
        # half even or truncated; a whole percent excepted: it is often of the unrounded figures of a small base)
        strict = "." in c.rate and not any(f is None for f in fits) and not any(
            near_printed(c.rate, c.change, now, down) for now, _, _, _ in nows)
        if rated is not None and (beyond or strict or any(f is True for f in fits)):
            rated.add((str(c.rate_source or c.source), c.rate + "%"))  # (``accounts.text_rates`` leaves it here)
        if not beyond and not strict or _unit_slipped(c, nows, down):
            ctx.record("text_growth", what, None)  # (a slip of the change's unit is ``sangong_words``' to report)
            continue
        now, _, where, sure = nows[0]
        base = now + c.change if down else now - c.change
        got = _exact_rate(c.rate, c.change, base)
        scale = WAN[c.change_unit]  # the sum in the change's own unit
        expr = (f"{c.quoted} ÷ ({fmt_plain(_plain(now / scale))} {'+' if down else '−'} {c.quoted})"
                f"（{c.change_unit}）")
        out.append(Finding(
            "text_growth", "error" if sure and beyond and not c.adjusted else "suspect", ctx.document,
            c.rate_source or c.source,
            f"{what}：{word}率应为增减额除以比较的数（本年数{'加' if down else '减'}增减额），{where}，"
            f"按 {expr} 重算为 {got}%，" + (f"印出的各数在其舍入内也得不出 {c.rate}%" if beyond else
                                           f"与 {c.rate}% 相差超过末位一个单位（未经舍入的数或可得出）"),
            f"the notes give {c.item}'s change as {c.quoted} {c.change_unit} and its rate as {c.rate}%; over the "
            f"figure compared with ({fmt_plain(_plain(now / scale))} {'+' if down else '−'} the change) it is {got}%"
            + (", which no rounding of the printed figures gives" if beyond else
               ", more than one unit of its last place off (unrounded figures might give it)"),
            reported=c.rate + "%", recomputed=f"{got}%", row=_row(c),
        ))
        ctx.record("text_growth", what, out[-1])
    return out
