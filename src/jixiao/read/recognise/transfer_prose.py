"""A 转移支付 self-evaluation report in prose (绩效自评报告: 一、绩效目标分解下达情况 …): the figures its sentences
state about the whole transfer, each only where the text states it once.

- the budget: a sentence totalling the transfer (共计/合计/总计 … 资金 X万元), else the one amount said to be
  下达/安排 (下达预算资金201.48万元), else 全年预算数/资金总额 X万元;
- the spending: 执行数/已执行, else 实际支出/已支出, else 已完成拨付/已支付 … X万元; the rate: 执行率 X%.

Each figure is taken from the most explicit wording that states one value. Sentences may speak of different
sums (a two-year project's first-year allocation beside this year's budget): where the rate the text states is
not the spending ÷ the budget it states, the rate is not read as the form's rate (a located problem says why),
so that figures matched from different sentences never make an arithmetic ``error``.

A figure the text states with several different values (one per sub-project) is not taken: the report is then
recognised with what it says once, and what was not found is a located problem. Never a sum the text does not
print. (The wordings themselves: ``transfer_prosewords``.)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.read.recognise.common import problem, squash
from jixiao.read.recognise.flatgaps import before_unwrapping, closed, opened, unwrapped
from jixiao.read.recognise.reportverdict import score_said
from jixiao.read.recognise.reportwords import grade_said, money
from jixiao.read.recognise.transfer_each import per_each
from jixiao.read.recognise.transfer_fundname import titled_budget
from jixiao.read.recognise.transfer_funds import Block
from jixiao.read.recognise.transfer_granted import granted
from jixiao.read.recognise.transfer_levels import one_level
from jixiao.read.recognise.transfer_prosewords import (
    AMOUNT,
    EXPLICIT,
    FUND_TITLE,
    GRANTED,
    GRANTED_NAMED,
    ITEMISED,
    PLAIN,
    RATE,
    RATE_PAID,
    REPORT,
    SPENT,
    SPENT_PLAIN,
    TITLE,
    TOTALS,
)
from jixiao.read.recognise.transfer_text import Flat


@dataclass(slots=True)
class Prose:
    start: int
    title: str | None
    block: Block
    problems: list[Problem] = field(default_factory=list)
    score: Val | None = None
    grade: Val | None = None
    unit: str | None = None  # the unit its amounts are stated in (the budget's)


Found = tuple[str, int, str | None]  # a figure's text, where it stands, its unit (None: no amount's)


def _unit(m: re.Match[str]) -> str | None:
    """The unit of an amount matched by a pattern built on ``_NUM`` (its group 2), None for other patterns."""
    return money(m.group(2)) if m.re.groups >= 2 else None


def _once(pattern: re.Pattern[str], flat: Flat) -> Found | None:
    """The value the pattern finds, when every match states the same one in the same unit (its first place)."""
    found = [(m.group(1), m.start(1), _unit(m)) for m in pattern.finditer(flat.text)]
    values = {(parse_decimal(v.replace(",", "")), u) for v, _, u in found}
    return (found[0][0].replace(",", ""), found[0][1], found[0][2]) if len(values) == 1 else None


def confirmed(pattern: re.Pattern[str], flat: Flat, b: Val | None, e: Val | None) -> Found | None:
    """Of several values the pattern finds (支出进度已达90.82% of one part, 整体支出进度为57.52% of the whole), the one
    the stated spending ÷ the stated budget gives (``agrees``), where exactly one value does; None otherwise, and
    where the spending or the budget is not stated."""
    if b is None or e is None or b.dec is None or e.dec is None or b.dec <= 0:
        return None
    found = [(m.group(1), m.start(1)) for m in pattern.finditer(flat.text)]
    fits = [(v, at) for v, at in found if agrees(Val(parse_decimal(v.replace(",", "")), v, None), b, e)]
    return (fits[0][0], fits[0][1], None) if len({v for v, _ in fits}) == 1 else None


_SCALE = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}


def in_yuan(value: Decimal, unit: str | None) -> Decimal:
    """``value`` in 元, to compare amounts stated in different units (only compared, never read)."""
    return value * _SCALE.get(unit or "万元", Decimal(1))


def _run(amounts: list[tuple[Decimal, str | None]], unit: str | None) -> list[Decimal]:
    """The amounts at the end of ``amounts`` stated in ``unit`` (the run stops at one in another unit)."""
    out: list[Decimal] = []
    for value, u in reversed(amounts):
        if u != unit:
            break
        out.append(value)
    return out[::-1]


_PARTS = 30  # the most parts a total is taken to list


def _sums_to(value: Decimal, amounts: list[Decimal]) -> bool:
    """Some run of two or more amounts (at most ``_PARTS``), ending at the list's end, adds up to ``value``."""
    total = Decimal(0)
    for k, x in enumerate(reversed(amounts[-_PARTS:]), 1):
        total += x
        if k >= 2 and total == value:
            return True
        if total > value:  # amounts are never negative: the run only grows
            return False
    return False


def _confirmed(flat: Flat, patterns: tuple[re.Pattern[str], ...] = TOTALS, *, itemised: bool = False) -> Found | None:
    """The one total the text's own arithmetic confirms: an amount stated as a total (any of ``patterns``) that
    the amounts stated just before it, or just after it, in the same paragraph add up to.

    ``itemised`` (a total stated once and itemised after it, by source, by recipient or in the next paragraph's
    sentence: ``ITEMISED``): only the amounts after it, from the first, looked for past its paragraph (heading
    lines between hold none); an amount equal to the total itself (a 其中 restating it) is no part."""
    found: dict[Decimal, Found] = {}  # by the amount in 元
    stated: set[Decimal] = set()
    # every amount of the text, parsed once (the totals look among their paragraph's, before and after them)
    # (an amount allocated per recipient after their count adds their count × it: ``transfer_each``)
    amounts = per_each(flat.text, [(v, a.start(1), money(a.group(2))) for a in AMOUNT.finditer(flat.text)
                                   if (v := parse_decimal(a.group(1).replace(",", ""))) is not None])
    starts = [at for _, at, _ in amounts]
    for pattern in patterns:
        for m in pattern.finditer(flat.text):
            value, unit = parse_decimal(m.group(1).replace(",", "")), _unit(m)
            if value is None or value <= 0:  # (nothing is confirmed of a total of nothing)
                continue
            stated.add(in_yuan(value, unit))
            if itemised:
                nxt = bisect_right(starts, m.start(1))  # (past the total's own amount)
                window = [(a, u) for a, _, u in amounts[nxt : nxt + _PARTS + 1]]
                ok = _sums_to(value, [a for a in _run(window[::-1], unit) if a != value])
            else:
                para_start = flat.text.rfind("\n", 0, m.start(1)) + 1
                para_end = flat.text.find("\n", m.end(1))
                para_end = len(flat.text) if para_end < 0 else para_end
                first, at, last = (bisect_left(starts, k) for k in (para_start, m.start(1), para_end))
                nxt = at + 1 if at < last and starts[at] == m.start(1) else at  # (past the total's own amount)
                before = _run([(a, u) for a, _, u in amounts[max(first, at - _PARTS) : at]], unit)
                after = _run([(a, u) for a, _, u in reversed(amounts[nxt : min(last, nxt + _PARTS)])], unit)
                ok = _sums_to(value, before) or _sums_to(value, after)
            if ok:
                found.setdefault(in_yuan(value, unit), (m.group(1).replace(",", ""), m.start(1), unit))
    # a confirmed sum smaller than another total the text states is one fund of several (下达A资金2263万元 … 下达B
    # 资金791万元。其中491万元、300万元): not the transfer's whole
    return next(iter(found.values())) if len(found) == 1 and max(found) >= max(stated) else None


def _budget(flat: Flat, title: str | None = None) -> Found | None:
    """The budget, looked for first in the section stating the grant from above (``transfer_granted``), then in the
    whole text."""
    part = granted(flat)
    return (_budget_in(part, title) if part is not None else None) or _budget_in(flat, title)


def _budget_in(flat: Flat, title: str | None = None) -> Found | None:
    # (a budget stated received and itemised after: 共收到…资金100万元。资金分别用于:A 60万元,B 40万元; or, among the
    # grants of several funds, the one the title names)
    got = (_once(EXPLICIT, flat) or _confirmed(flat) or _confirmed(flat, ITEMISED, itemised=True)
           or titled_budget(flat, title))
    for pattern in TOTALS:
        got = got or _once(pattern, flat)
    return got or _once(PLAIN, flat) or _once(GRANTED, flat) or listed(flat) or _once(GRANTED_NAMED, flat)


# the money a clause's verb makes spent, arrived or passed on (支出, 支付, 拨付, 到位 …): never the budget
_ACTED = re.compile(r"支出|支付|使用|执行|拨付|到位|兑付|发放|结余|结转|完成|增加|减少")
_FUNDS = re.compile(r"资金|经费|补助")


def listed(flat: Flat) -> Found | None:
    """The budget the text's own arithmetic states without a word of total: a fund's amount whose parts its 其中 lists
    and add up to it (示例补助资金120万元，其中：中央100万元，省级20万元: the first two or more parts, the list may run on
    into the next clause), its clause naming funds and no verb acting on them; the one such amount of the text, else
    none."""
    from jixiao.read.recognise.transfer_said import said_sums  # (it reads amounts as this module does)

    found = {(s.total.dec, s.total.text): s for s in said_sums(flat)
             if _FUNDS.search(s.label) and not _ACTED.search(s.label)
             and s.total.dec is not None and _leads_to(s.total.dec, [p.dec or Decimal(0) for p in s.parts])}
    if len({dec for dec, _ in found}) != 1:
        return None
    total = next(iter(found.values())).total
    m = next((m for m in AMOUNT.finditer(flat.text) if m.group(1).replace(",", "") == total.text
              and flat.source_at(m.start(1)) == total.source), None)  # (where it stands: its unit)
    if m is None or total.dec is None:
        return None
    # an amount smaller than another the text grants is one fund of several (下达A资金2263万元 … 下达B资金791万元。
    # 其中491万元、300万元): not the transfer's whole
    whole = in_yuan(total.dec, money(m.group(2)))
    for pattern in TOTALS:
        for t in pattern.finditer(flat.text):
            v = parse_decimal(t.group(1).replace(",", ""))
            if v is not None and in_yuan(v, _unit(t)) > whole:
                return None
    return m.group(1).replace(",", ""), m.start(1), money(m.group(2))


def _leads_to(total: Decimal, parts: list[Decimal]) -> bool:
    """The first two or more of ``parts`` add up to ``total`` exactly."""
    run = Decimal(0)
    for k, p in enumerate(parts, 1):
        run += p
        if k >= 2 and run == total:
            return True
    return False


def says(flat: Flat) -> bool:
    """The text says it is a transfer's report (its words may be spaced as PDF text spaces them)."""
    shut = closed(flat)
    return REPORT.search(unwrapped(shut).text) is not None or FUND_TITLE.search(shut.text) is not None


def read_prose(flat: Flat) -> Prose | None:
    """The report's figures, or None when the text is no transfer report (its words may be spaced as PDF text
    spaces them: read on ``closed``)."""
    shut = closed(flat)
    whole = unwrapped(shut)  # the statements' words whole (and their sentences, where a page's width wrapped them)
    report = REPORT.search(whole.text)
    fund = FUND_TITLE.search(shut.text) if report is None else None  # (a title on the fund's self-evaluation)
    if report is None and fund is None:
        return None
    t = TITLE.search(whole.text)
    title = t.group(0).strip() if t else fund.group(0).strip() if fund else None
    # (where it starts, in the caller's text)
    at = t.start() if t else report.start() if report else None
    start = opened(flat, before_unwrapping(whole, shut, at) if at is not None else fund.start() if fund else 0)
    block = Block(None, source=flat.source_at(start))
    flat = whole
    problems: list[Problem] = []
    row: dict[str, Val] = {}
    budget = _budget(flat, title)
    if budget is not None and one_level(flat.text, budget[1]):  # (中央下达X万元 beside 省级下达Y万元, no total)
        problems.append(problem(f"报告正文的{budget[0]}{budget[2] or ''}只是某一级次下达的资金，文中另有其他级次的资金而未写合计，"
                                "未作为预算数读取",
                                f"the report's {budget[0]} is what one level sent, beside other levels' amounts and no "
                                "total; not read as the budget", flat.source_at(budget[1])))
        budget = None
    if budget is not None:
        row["annual_budget"] = read_val(flat, *budget[:2])
    executed = None
    for pattern in (*SPENT, *SPENT_PLAIN):
        executed = executed or _once(pattern, flat)
    unit = budget[2] if budget is not None else executed[2] if executed is not None else None
    if executed is not None and budget is not None and executed[2] != budget[2]:
        problems.append(problem(f"报告正文所述执行数（{executed[0]}{executed[2]}）与预算数的单位（{budget[2]}）不同，未读取",
                                f"the report's spending ({executed[0]}{executed[2]}) is in another unit than its "
                                f"budget ({budget[2]}); not read", flat.source_at(executed[1])))
    elif executed is not None:
        row["executed"] = read_val(flat, *executed[:2])
    named = _once(RATE, flat)  # (执行率; a share paid out, 发放率 …, only where it agrees)
    # (… or, of several 执行率 — the whole's and each part's —, the one the stated sums give)
    rate = named or _once(RATE_PAID, flat) or confirmed(RATE, flat, row.get("annual_budget"), row.get("executed"))
    # (the year's usable money may be the budget the rate is of; that module reads with this one's helpers: a late import)
    from jixiao.read.recognise.transfer_arrived import usable_budget

    if rate is not None:
        r = read_val(flat, *rate[:2])
        if agrees(r, row.get("annual_budget"), row.get("executed")) or named is not None and _stated(
                flat.text, rate[1], len(rate[0])) and not _of_another(flat.text, r, row.get("executed"), unit):
            row["rate"] = r  # (an 执行率 no stated sum gives is the stated budget's, checked so)
        elif named is not None and (usable := usable_budget(flat, r, row.get("executed"), unit)) is not None:
            row["annual_budget"], row["rate"] = usable, r  # (the year's usable money, sent down and carried over)
            problems.append(problem(
                f"报告正文所述执行率{r.text}为执行数÷可使用资金{usable.text}，取可使用资金为预算数",
                f"the report's rate {r.text} is its spending ÷ the money it could use ({usable.text}): that is taken "
                "as the budget", usable.source))
        else:
            problems.append(problem(
                f"报告正文所述执行率{r.text}与所述执行数÷预算数不符（所指金额可能不同），未作为执行率读取",
                f"the report's rate {r.text} is not its stated spending ÷ budget (the sentences may speak of "
                "different sums); not read as the rate", r.source))
    if row:
        block.rows["total"] = row
    if "executed" not in row and executed is None:
        problems.append(problem("报告正文未写明（或写明了多个不同的）全年执行数，未读取",
                                "the report does not state the spending once; not read", block.source))
    # one reader of a report's total, its guards with it (never a scale's band: 自评得分90分以上为优秀; never an
    # indicator's score its headings or sentences state)
    said_score = score_said(flat.text)
    score = (said_score.group(1), said_score.start(1)) if said_score else None
    said = grade_said(flat.text)  # (one grade, however often stated)
    grade = Val(squash(said.group(1)), said.group(1), flat.source_at(said.start(1))) if said else None
    return Prose(start, title, block, problems, read_val(flat, *score[:2]) if score else None, grade, unit)


# a rate in a rule's words, not a statement of this year's ("执行率达到95%的得满分", "若执行率低于90%…", "95%以上")
_RULE_AFTER = re.compile(r"\s*(?:的|以上|及以上|以下|及以下|得|计|扣|为满分|者|即可|时)")
_RULE_BEFORE = re.compile(r"若|如|按|未达|低于|高于|不足|超过|每|标准|要求|目标")


def _stated(text: str, at: int, width: int) -> bool:
    """The rate at ``at`` states what was done, not a rule's threshold (its words before in the clause, after it)."""
    clause = re.split(r"[。;；,，(（\n]", text[max(0, at - 16):at])[-1]
    return not _RULE_AFTER.match(text, at + width) and not _RULE_BEFORE.search(clause)


_SUM = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")


def _of_another(text: str, rate: Val, e: Val | None, unit: str | None) -> bool:
    """The stated rate is the spending over some other sum the text states in the spending's unit (到位资金, 下达资金 of
    one level), or cannot be told (no spending stated): it may speak of that sum, and is not read as the budget's."""
    if e is None or e.dec is None or rate.dec is None:
        return True
    for m in _SUM.finditer(text):
        d = parse_decimal(m.group(1))
        if d is not None and d > 0 and (unit is None or m.group(2) == unit) and agrees(rate, Val(d, m.group(1)), e):
            return True
    return False


def agrees(rate: Val, b: Val | None, e: Val | None) -> bool:
    """The stated rate is the stated spending ÷ the stated budget, to its printed digits (or one of them is
    not stated, and nothing can disagree)."""
    if rate.dec is None or b is None or e is None or b.dec is None or e.dec is None or b.dec <= 0:
        return True
    digits = len(rate.text.rstrip("%").partition(".")[2]) if rate.text else 0
    return abs(e.dec / b.dec * 100 - rate.dec) <= Decimal(1).scaleb(-digits)


def read_val(flat: Flat, text: str, pos: int) -> Val:
    """The number printed as ``text`` at ``pos`` of the flattened text, with its source."""
    return Val(parse_decimal(text), text, flat.source_at(pos))
