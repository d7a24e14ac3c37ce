"""Percentages the 情况说明 states, recomputed from the amounts it gives: completion against the budget ("完成年初
预算的 138.15%", "完成预算X%,决算数大于预算数D万元") and growth ("增加 416.36 万元，增长 13.14%": A / (C − A) for
the current amount C of the line the change is said of). Each percentage is rounded as it is printed; one unit off
in its last digit is ``info`` (尾差)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.prose import COMPARED, LAST_YEAR, LIST_NO, NUMBER_START, YEAR_WORD, is_change
from jixiao.accounts.prose import where as _where
from jixiao.accounts.rate_line import named_before
from jixiao.accounts.text_prior import PRIOR_WORDS
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, fmt_plain, parse_decimal
from jixiao.core.rounding import Rounding, rate_allowed
from jixiao.core.source import Source

AMOUNT = NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*万元"
BUDGET = re.compile(r"预算(?:数)?(?:为)?\s*" + AMOUNT)
# "完成年初预算的138.15%"; "完成全年预算84.82万元的73.2%", "完成年初预算计划1528万元的48%": the budget stated inside
# (group 1)
# (or "占年初预算的60%", "为年初预算数的125.8%", "达到全年预算的98%": the same completion in other words)
# (or "为年初预算20.00万元的93%" (group 2: 占…万元的 is a share, accounts.text_shares'), "预算执行率为93%",
# "决算数占预算数的93%": the 决算数 said before its budget; "完成了年初预算的93%")
_EXEC = re.compile(r"(?:完成了?(?:年初|全年|调整)?预算(?:数|计划)?(?:的|\s*(\d[\d,]*(?:\.\d+)?)\s*万元的)"
                   r"|(?:占|为|达到?)(?:年初|全年|调整)?预算数?的"
                   r"|(?:为|达到?)(?:年初|全年|调整)?预算数?(?:为)?\s*(\d[\d,]*(?:\.\d+)?)\s*万元的"
                   r"|(?<![项目资金])预算执行率(?:为|是|达到?)?)\s*(\d+(?:\.\d+)?)\s*[%％]")
# (a change printed without its unit, "收支较上年减少484.05,降低11.1%", is in the unit of the amount said before it)
_GROWTH = re.compile(
    r"(增加|减少|增长|下降|增收|减收|增支|减支)\s*((?:\d[\d,]*(?:\.\d+)?\s*[亿万]?元\s*、\s*)*\d[\d,]*(?:\.\d+)?\s*(?:[亿万]?元)?)"
    # (the rate's words as reports vary them: 增长了, 上升, 整体下降, 较上年增长; after a comma or a semicolon)
    r"\s*[,，、;；]\s*(?:同比|整体|总体|(?:较|比)上年(?:同期)?)?(增长|下降|增加|减少|降低|增幅|降幅|上升)了?(?:比例|幅度)?"
    r"\s*(?:为|是|达到|达)?\s*((?:\d+(?:\.\d+)?\s*%\s*、\s*)*\d+(?:\.\d+)?\s*%)"
)
# the rate first: "较上年增长9.81%,增加100万元", "同比下降2%,减收5.9亿元"
_GROWTH_RATE_FIRST = re.compile(
    r"(增长|下降|降低|增幅|降幅|上升)了?\s*(?:为|是|达到|达)?\s*(\d+(?:\.\d+)?)\s*%\s*[,，]\s*(增加|减少|增收|减收|增支|减支)\s*"
    r"(\d[\d,]*(?:\.\d+)?\s*[亿万]?元)")
_DOWN = ("下降", "减少", "降低", "减收", "减支", "降幅")  # (增幅/降幅 x%: the rate of a change, as 增长/下降)
_PART = re.compile(r"其中|[;；]")
ANY_AMOUNT = NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*([亿万]?)元"
# "完成年初预算100%,决算数大于预算数55.93万元": the rate is the amount before over that amount less the difference
_EXEC_DIFF = re.compile(r"完成(?:年初|全年)?预算(?:数)?的?\s*(\d+(?:\.\d+)?)%\s*[,，;；]?\s*决算数?(大于|小于|等于)预算数?"
                        r"(?:\s*(\d[\d,]*(?:\.\d+)?)\s*万元)?")
CLAUSE = re.compile(r"[。;；,，:：]")
_SENTENCE_STOP = re.compile(r"[。;；]")
# (not 上年 of a line's own name: 上年结转, 上年结余)
# (比上年实际完成, 比上年执行数: last year's outturn, as a budget report compares its plan with it)
_COMPARE_PHRASE = re.compile(COMPARED + "?(?:" + LAST_YEAR + r"|\d{4}\s*年度?)(?!结)(?:同期)?(?:实际)?(?:完成|执行)?数?"
                             r"(?:决算数?|预算数?)?(?:相比)?|同比")


def as_quoted(quoted: str) -> Rounding:
    """The rounding a quoted percentage shows: half up to as many places as it is written with."""
    return Rounding("half_up", len(quoted.split(".")[1]) if "." in quoted else 0)


def pct(n: Decimal, d: Decimal, like: str) -> Decimal:
    return as_quoted(like).apply(n / d * HUNDRED)


def amounts(text: str, pattern: str = AMOUNT) -> list[tuple[int, Decimal]]:
    return [(m.start(), d) for m in re.finditer(pattern, text) if (d := parse_decimal(m.group(1))) is not None]


def line_named(text: str, at: int) -> str | None:
    """The line a change is said of: the words of its clause before it ("收入较上年增加…" → 收入), else those of
    the nearest clause before that names a line ahead of its amount ("财政拨款收入总计1516.64万元,与上年相比减少…,
    降低…%;完成…" → 财政拨款收入总计); clauses that state a change or a share are passed over."""
    cuts = [0, *(m.end() for m in CLAUSE.finditer(text, 0, at))]
    ends = [*(c - 1 for c in cuts[1:]), at]
    for start, end in reversed(list(zip(cuts, ends))):
        clause = LIST_NO.sub("", _COMPARE_PHRASE.sub("", text[start:end]))
        words = re.match(r"\D*", clause)
        lead = words.group(0) if words else ""
        amount = re.search(ANY_AMOUNT, clause)
        if amount is not None and amount.start(1) > len(lead):
            # (a count or a year before the amount: "全省100个县区(…)一般公共预算收入完成503.7亿元" → the words right
            # before the amount name its line, not 全省)
            lead = re.search(r"[^\d\s()（）]*$", clause[:amount.start(1)]).group(0)  # type: ignore[union-attr]
        own = re.sub(r"\s", "", lead)
        if not own or _CHANGE_CLAUSE.match(own) or start < cuts[-1] and _GOES_ON.match(own):
            continue  # (a clause before that goes on with the one before it, "…8.38万元,为事业单位…取得的收入": no line)
        own = re.split(r"情况|说明", own)[-1]  # a heading the text ran on into ("…收入完成情况2021年度一般公共…")
        # (a clause before whose comparison was taken out: "“三公”经费较上年决算数减少0.03万元" → “三公”经费, its change's
        # word no part of the line's name)
        own = _CHANGE_TAIL.sub("", own)
        # (a change said of two lines at once: "收、支总计各减少…", "收入和支出均增加…": the lines, without 各/均)
        own = re.sub(r"(?:各|均|分别|都)?(?:累计)?(?:完成|实现)?[为是]?$", "", re.sub(r"^(?:其中|年度|" + YEAR_WORD + r"|本单位|本部门|[(（][)）])+", "", own))
        if own and not _GENERIC.match(own):
            return own
    return None


# words that name no line of their own ("较上年支出数减少…"): the line is named in a clause before
_GENERIC = re.compile(r"^(?:支出|收入|决算|预算|执行|实际支出)?数$")
_CHANGE_WORDS = "增加|减少|增长|下降|降低|增收|减收|增支|减支"
_GOES_ON = re.compile(r"^(?:的|为|是|系|即|主要|用于|包括)")
_CHANGE_CLAUSE = re.compile(r"^\s*(?:" + _CHANGE_WORDS + r"|占|完成|主要|较|比)")
_CHANGE_TAIL = re.compile(r"(?:" + _CHANGE_WORDS + r")$")


def _half(d: Decimal) -> Decimal:
    """Half a unit of the last decimal a figure is printed with (0.53 → 0.005); a whole figure is exact."""
    exp = d.as_tuple().exponent
    return Decimal(5).scaleb(int(exp) - 1) if isinstance(exp, int) and exp < 0 else ZERO


def within_rounding(n: Decimal, d: Decimal, quoted: str) -> bool:
    """Whether a rate n ÷ d printed as ``quoted`` is one the printed figures' own rounding allows: n and d may each be
    off by half their last decimal (6.28 ÷ 18.00 and 6.285 ÷ 17.995 are the same print)."""
    want, hn, hd = parse_decimal(quoted), _half(n), _half(d)
    if want is None or d - hd <= ZERO or (hn == ZERO and hd == ZERO):
        return False
    lo, hi = pct(n - hn, d + hd, quoted), pct(n + hn, d - hd, quoted)
    return lo <= want <= hi


def pct_finding(ctx: Ctx, kind: str, lines: list[tuple[str, Source]], quoted: str, got: Decimal,
                 expr: str, severity: str, what: tuple[str, str],
                 parts: tuple[Decimal, Decimal] | None = None, allowed: bool | None = None,
                 rounded: bool = False) -> Finding | None:
    """A stated percentage against the one recomputed; ``parts`` (n, d) when known: a rate their rounding allows
    is a last-digit difference, never a mistake. ``allowed`` False (``core.rounding.rate_allowed``, on the figures the
    words name): a rate with decimals one unit off that no rounding gives is ``suspect``, not a 尾差 (a rate rounded
    twice, as spreadsheets do, may give it). ``rounded``: the caller found the rate within the rounding of the
    figures it stands on, as printed with decimals (a 尾差 however many units off it is)."""
    want = parse_decimal(quoted)
    if want is None or want == got:
        if want is not None and parts is not None and parts[1]:
            ctx.rates.append((quoted, *parts, None))
        return None
    unit = as_quoted(quoted).quantum
    # (a whole percent one unit off stays a 尾差: such reports often round the unrounded figures of a small base)
    strict = allowed is False and "." in quoted
    one_unit = abs(want - got) <= unit
    near = (one_unit and not strict) or rounded or (parts is not None and within_rounding(*parts, quoted))
    sev = "info" if near else "suspect" if one_unit else severity
    found = Finding(
        kind, sev, ctx.document, _where(lines, quoted + "%"),
        f"情况说明{what[0]} {quoted}%，按 {expr} 重算为 {got}%" + ("（尾差）" if sev == "info" else ""),
        f"the notes' {what[1]} {quoted}%; {expr} gives {got}%" + (" (last-digit difference)" if sev == "info" else ""),
        reported=quoted + "%", recomputed=f"{got}%", row=what[0],
    )
    if parts is not None and parts[1]:
        ctx.rates.append((quoted, *parts, found))
    return found


def exec_findings(ctx: Ctx, text: str, lines: list[tuple[str, Source]],
                  heading: str | None = None) -> Iterable[Finding | None]:
    """"…预算为B万元,…决算为A万元,完成预算的x%": x = A ÷ B; the same in 元 ("年初预算为234000.00元,支出决算为65000.00元,
    完成年初预算的27.8%") where the figures the rate stands on are all in 元 (the last before it and the budget)."""
    yield from _exec(ctx, text, lines, AMOUNT, BUDGET, heading=heading)
    yield from _exec(ctx, text, lines, _YUAN_AMOUNT, _BUDGET_YUAN, in_yuan=True, heading=heading)
    yield from _exec_named(ctx, text, lines)


# "预计完成39.1亿元,完成区…人大常委会…批准收入调整预算37.5亿元的104.3%": the budget named, in 亿元 or 万元, after words
# of who approved it (what _EXEC's 完成调整预算X万元的 does not reach)
_EXEC_NAMED = re.compile(r"完成[^。;；,，\d%]{4,40}?预算数?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元)的\s*(\d+(?:\.\d+)?)\s*%")



def _exec_named(ctx: Ctx, text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding | None]:
    """x = A ÷ B for the budget B named with its approver and the amount A said right before, in B's unit and clause
    run (the sentence): "…完成39.1亿元,完成…调整预算37.5亿元的104.3%"."""
    for m in _EXEC_NAMED.finditer(text):
        start = max((e.end() for e in _SENTENCE_STOP.finditer(text, 0, m.start())), default=0)
        said = [a for a in re.finditer(ANY_AMOUNT, text[start:m.start()])
                if a.group(2) + "元" == m.group(2) and not is_change(text, start + a.start())]
        budget = parse_decimal(m.group(1))
        if not said or not budget:
            continue
        actual = parse_decimal(said[-1].group(1))
        if actual is None:
            continue
        got = pct(actual, budget, m.group(3))
        yield pct_finding(ctx, "text_percent", lines, m.group(3), got, f"{actual} ÷ {budget} × 100%", "suspect",
                           ("预算完成率", "execution against budget"), (actual, budget),
                           rate_allowed(m.group(3), actual, budget))


def _exec(ctx: Ctx, text: str, lines: list[tuple[str, Source]], amount: str, budget_of: re.Pattern[str],
          in_yuan: bool = False, heading: str | None = None) -> Iterable[Finding | None]:
    # what each rate stands on is the last amount, budget (and scale) said before it: each found once in the
    # paragraph and looked up by position (a paragraph of hundreds of rates is read in linear time)
    # (never a change: "决算数比预算数减少2.2万元，完成预算的82.4%" is of the 决算数 before the change)
    said = [(p, d) for p, d in amounts(text, amount) if not is_change(text, p)]
    said_at = [p for p, _ in said]
    budgets = [(b.start(), b.end(), parse_decimal(b.group(1))) for b in budget_of.finditer(text)]
    budget_ends = [e for _, e, _ in budgets]
    scales = [(a.end(), a.group(2)) for a in re.finditer(ANY_AMOUNT, text) if not is_change(text, a.start())]
    scale_ends = [e for e, _ in scales]
    rates = [r.end() for r in _EXEC.finditer(text)]  # (in order: the matches do not overlap)
    masked = _masked(text)  # (an amount in a bracket's aside, the rate outside it: the aside's part, not the spending)
    for m in _EXEC.finditer(text):
        n = bisect_left(said_at, m.start())
        before = said[n - 1] if n else None
        if in_yuan and (m.group(1) or _last(scales, scale_ends, m.start()) != ""):
            continue  # the budget stated with the rate is in 万元, or the figure before the rate is not in 元
        if not in_yuan and not m.group(0).startswith("完成") and _last(scales, scale_ends, m.start()) != "万":
            continue  # "…236.6亿元,为年初预算数的125.8%": the figure the rate is of is not in 万元
        stated = m.group(1) or m.group(2)
        if stated:  # the budget the rate is of, stated with it: the amount said before is the one done
            budget_at, budget, named_at = m.start(1) if m.group(1) else m.start(2), parse_decimal(stated), \
                before[0] if before else 0
        else:
            k = bisect_right(budget_ends, m.start())
            budget_at, budget_end, budget = budgets[k - 1] if k else (0, 0, None)
            named_at = budget_at
            if k and bisect_right(rates, budget_at) < bisect_left(rates, m.start()):
                continue  # (another rate stands between: "完成预算365074万元的93.3%。(1)…31694万元,完成预算的92.3%" is of
                #  the line's own budget, which the text does not state)
            if before is not None and budget_at <= before[0] < budget_end and m.group(0).startswith("完成") \
                    and _last(scales, scale_ends, m.start()) != "万":
                continue  # ("预算为494,400.00万元,支出决算为115,749.56元,完成预算的23.42%": the spending is in 元, never
                # the budget done by itself)
            if before is not None and budget_at <= before[0] < budget_end and not m.group(0).startswith("完成"):
                # "项目支出预算150万元,占预算的30%": the figure before is the budget itself, a share of the whole; but
                # "支出决算为18.60万元,年初预算为20.00万元,决算数占预算数的93%" (预算执行率为93%) is the 决算's before it
                before = _spent_before(text, said, said_at, budget_at, m)
                if before is None:
                    continue
        if before is None or not budget or (masked[before[0]] != text[before[0]] and masked[m.start()] == text[m.start()]):
            continue  # (…执行数1032849.44(含…其他资金11185.14万元),总预算执行率95.61%: a part in the aside, not the spending)
        if "执行率" in m.group(0) and _SENTENCE_STOP.search(text, min(budget_at, before[0]), m.start()):
            continue  # (预算执行率: of a budget and a spending its own sentence states, never figures from before it)
        if _PART.search(text, budget_at if not stated else before[0], m.start()):
            continue  # "预算为22万元,…,其中:公务接待费决算为0.3万元,完成预算的3.75%": a part's own budget is not given
        actual = before[1]
        got = pct(actual, budget, m.group(3))
        label = named_before(text, named_at, heading)
        yield pct_finding(ctx, "text_percent", lines, m.group(3), got, f"{actual} ÷ {budget} × 100%", "error",
                           (f"{label}预算完成率" if label else "预算完成率", "execution against budget"), (actual, budget),
                           rate_allowed(m.group(3), actual, budget))


_SPENT_RATE = re.compile(r"决算数?占|执行率")  # a rate that says it is of the 决算 (or the execution)
_SPENT = re.compile(r"(?:决算|支出|执行)(?:数|金额)?(?:为|是)?\s*$")


def _spent_before(text: str, said: list[tuple[int, Decimal]], said_at: list[int], budget_at: int,
                  m: re.Match[str]) -> tuple[int, Decimal] | None:
    """The 决算 said before the budget a rate of the 决算 follows, in the same sentence: "决算为18.60万元,年初预算为
    20.00万元,决算数占预算数的93%" → 18.60; None when the rate does not say it is of the 决算 or no such amount is."""
    if not _SPENT_RATE.search(text, max(0, m.start() - 3), m.end()):
        return None
    n = bisect_left(said_at, budget_at)
    if not n:
        return None
    at, value = said[n - 1]
    if _SENTENCE_STOP.search(text, at, m.start()) or not _SPENT.search(text[max(0, at - 8):at]):
        return None
    return at, value


def _last(found: list[tuple[int, str]], ends: list[int], at: int) -> str | None:
    """The scale (亿, 万, "" for 元) of the last amount ending by ``at`` (``found``: by position, no change); None."""
    k = bisect_right(ends, at)
    return found[k - 1][1] if k else None


_YUAN_AMOUNT = NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*元"  # an amount in 元 (not 万元, 亿元)
_BUDGET_YUAN = re.compile(r"预算(?:数)?(?:为)?\s*" + _YUAN_AMOUNT)


_OPEN, _CLOSE = "(（", ")）"


def _masked(text: str) -> str:
    """The text with each bracket's words blanked, positions kept: "债务转贷收入51546万元(其中:新增…4000万元…),较预算
    调整数增加682万元" — a change after a bracket is said of the line before it, never of an amount inside it. Brackets
    inside a bracket (a mirror's pinyin glosses, "(其中:公務(wù)用車運行維護費1920萬元…)") are blanked with it; a bracket
    a line leaves open blanks nothing, nor one that holds no figure: its words are part of a line's name (因公出国(境)费,
    whose rate was never checked while it read 因公出国( )费)."""
    out = list(text)
    depth, start = 0, -1
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth, start = depth + 1, i if depth == 0 else start
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0 and any(c.isdigit() for c in text[start + 1:i]):
                out[start + 1:i] = " " * (i - start - 1)
        elif ch == "\n":
            depth = 0
    return "".join(out)


def growth_findings(ctx: Ctx, text: str, lines: list[tuple[str, Source]],
                     table_values: list[tuple[str, Decimal]]) -> Iterable[Finding | None]:
    """Each change stated with its rate ("增加A万元,增长x%", or the rate first: "增长x%,增加A万元"): x = A ÷ (C − A)
    for the current amount C of the line it is said of (下降: A ÷ (C + A)), the amounts in the change's own unit."""
    text = _masked(text)
    said_all = [(m.start(), m.group(2), d) for m in re.finditer(ANY_AMOUNT, text)
                if (d := parse_decimal(m.group(1))) is not None]
    for m in _GROWTH.finditer(text):
        changes = [parse_decimal(x) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", m.group(2))]
        rates = re.findall(r"\d+(?:\.\d+)?", m.group(4))
        if m.group(2).rstrip().endswith("元"):
            unit = _unit_of(m.group(2))
        elif (before := [u for p, u, _ in said_all if p < m.start()]) and len(changes) == 1:
            unit = before[-1]
        else:
            continue
        yield from _growth(ctx, text, lines, m.start(), said_all, table_values, list(zip(changes, rates)),
                           m.group(3) in _DOWN, unit)
    for m in _GROWTH_RATE_FIRST.finditer(text):
        yield from _growth(ctx, text, lines, m.start(), said_all, table_values,
                           [(parse_decimal(re.sub(r"\s*[亿万]?元$", "", m.group(4))), m.group(2))], m.group(1) in _DOWN,
                           _unit_of(m.group(4)))


def _same_line(label: str, subject: str) -> bool:
    """A table's label is the line a sentence names: one holds the other, punctuation and spaces aside."""
    a, b = (re.sub(r"[\W_]", "", x) for x in (label, subject))
    return bool(a and b) and (a in b or b in a)


SCALE = {"亿": Decimal(10000), "万": Decimal(1), "": Decimal("0.0001")}  # a scale's amount in 万元


_PRIOR_SAID = re.compile(PRIOR_WORDS + r"\s*$")
# … or last year's line named between ("较2025年收支预算总数1,761.29万元增加28.9万元"): the amount is last year's too
_PRIOR_NAMED = re.compile(COMPARED + r"\s*(?:" + LAST_YEAR + r"|(?:19|20)\d{2}\s*年度?)(?:同期)?[^\d,，。;；:：、]{1,16}$")
# … or this year's budget compared with ("共1.2亿元,相比年初预算数的1.5亿元减少0.3亿元"): the base too
_BUDGET_SAID = re.compile(r"(?:比|较|与|对比)\s*(?:年初|全年|调整后?)?预算(?:数|数额)?(?:的)?\s*$")


def _unit_of(amount: str) -> str:
    """The scale an amount is printed in: 亿, 万 or "" (元)."""
    u = re.search(r"([亿万]?)元\s*$", amount)
    return u.group(1) if u else "万"


# a change said of both sides at once: 收、支 (与上年相比减少…), 收支, 收入和支出, with or without their 总计 / 合计
# (of a kind of funds: 财政拨款收入、支出总计, 财政拨款收支)
# (or a budget's: 收、支预算总额 各增加…, each side's 收入预算总额 and 支出预算总额)
_BOTH_SIDES = re.compile(r"^((?:财政拨款|一般公共预算(?:财政拨款)?)?)收\s*(?:入\s*)?[、和与及]?\s*支(?:出)?(预算|决算)?(总计|合计|总额)?$")


def subject_names(subject: str | None) -> tuple[str, ...]:
    """The names a change's line is printed under before it: its own, and for both sides at once (收、支, 收入和支出)
    each side's total (收入总计, 支出总计; 合计 where the words say so, either where they do not)."""
    if not subject:
        return ()
    both = _BOTH_SIDES.match(subject)
    if both is None:
        return (subject,)
    kinds = (both.group(3),) if both.group(3) else ("总计", "合计")
    return (subject, *(both.group(1) + side + (both.group(2) or "") + k for k in kinds for side in ("收入", "支出")))


def _growth(ctx: Ctx, text: str, lines: list[tuple[str, Source]], at: int, said_all: list[tuple[int, str, Decimal]],
            table_values: list[tuple[str, Decimal]], pairs: list[tuple[Decimal | None, str]], down: bool,
            unit: str) -> Iterable[Finding | None]:
    # the amounts of the line it is said of (the largest first: 收入 is the whole 收入预算, not its 其中
    # parts); a sentence that names no line: those said before it, the nearest first, then the tables'
    subject = line_named(text, at)
    said = [(p, d) for p, u, d in reversed(said_all) if p < at and u == unit and not is_change(text, p)]
    # the line's own amounts in whatever unit they are printed, in the change's ("支出完成255,325万元,比上年同期增支
    # 14,484元": the 万元 amount in 元, so that a change printed in the wrong unit shows in its rate)
    names = [n[-8:] for n in subject_names(subject)]
    named = [d * SCALE[u] / SCALE[unit] for p, u, d in reversed(said_all)
             if p < at and not is_change(text, p) and any(n in text[max(0, p - 16):p] for n in names)]
    # a sentence that names its line is checked against that line's amounts only: with whole percents
    # some other figure nearly always fits by chance
    # (a sentence naming a line the text states no amount of: the tables' values under that line's name only, never
    # another line's figure taken for its base)
    tables = [d for k, d in table_values if not subject or _same_line(k, subject)] if unit == "万" else []
    current = sorted(named, reverse=True) if named else tables if subject else [d for _, d in said] + tables
    # "…520万元,比上年决算数480万元增加40万元,增长8.33%": the amount after 比上年 is last year's, the rate's base
    stated = said[0] if said and (_PRIOR_SAID.search(text, max(0, said[0][0] - 16), said[0][0]) or
                                  _PRIOR_NAMED.search(text, max(0, said[0][0] - 24), said[0][0]) or
                                  _BUDGET_SAID.search(text, max(0, said[0][0] - 12), said[0][0])) else None
    for change, rate in pairs:
        want = parse_decimal(rate)
        if change is None or want is None:
            continue
        # (a line at 0 after its change fell by all of it, 100%: a 0 said before a smaller fall is another line's,
        # the 0 its own words name is the line's: "项目支出0元,同比减少47600元,下降100%")
        bases = [(c, c + change if down else c - change) for c in current if c != ZERO or (down and c in named)]
        if stated is not None:
            bases = [(stated[1] - change if down else stated[1] + change, stated[1])]
        bases = [(c, prior) for c, prior in bases if prior > ZERO]
        if not bases or any(pct(change, prior, rate) == want for _, prior in bases):
            if len(bases) == 1 and (named or stated is not None):  # (the one base of the line's own figures)
                ctx.rates.append((rate, change, bases[0][1], None))
            continue
        quantum = as_quoted(rate).quantum
        near = [(c, prior) for c, prior in bases if abs(pct(change, prior, rate) - want) <= quantum]
        # (else the base the text itself states beside the line's amount: "2023年…决算数为18.60万元,2022年…决算数为22.00
        # 万元,比上年减少3.40万元": 18.60 + 3.40 = 22.00 is the pair, not 22.00 and 25.40)
        paired = [(c, prior) for c, prior in bases if prior in named]
        c, prior = near[0] if near else paired[0] if paired else bases[0]  # a last-digit difference: 尾差
        got = pct(change, prior, rate)
        # (figures the words name: the line's own or last year's stated; not figures guessed among the text's)
        allowed = rate_allowed(rate, change, stated[1]) if stated is not None else \
            any(rate_allowed(rate, change, c, 1 - 2 * down) is not False for c, _ in bases) if named else None
        # (the line's own amount and its change, each printed with decimals: 11.99 ÷ (30.78 − 11.99) is 63.75% to
        # 63.87% as rounded, so 63.84% is a 尾差; a whole figure's rounding, 1 for 0.5 to 1.5, proves too little)
        rounded = bool(named) and c in named and all(_half(x) > ZERO for x in (change, c)) and \
            rate_allowed(rate, change, c, 1 - 2 * down) is True
        yield pct_finding(ctx, "text_growth", lines, rate, got, f"{change} ÷ ({fmt_plain(c)} {'+' if down else '−'} {change})",
                           "suspect", (f"{subject}增减率" if subject else "增长率", "growth rate"),
                           # (the change over the base the words state: within their printed rounding, a 尾差)
                           (change, stated[1]) if stated is not None else None, allowed=allowed, rounded=rounded)


def exec_diff_findings(ctx: Ctx, text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding | None]:
    """"完成年初预算X%,决算数大于(小于)预算数D万元": X = A ÷ (A ∓ D) for the amount A said before it; 等于 is 100%."""
    for m in _EXEC_DIFF.finditer(text):
        before = [d for p, d in amounts(text) if p < m.start() and not is_change(text, p)]
        diff = parse_decimal(m.group(3)) if m.group(3) else ZERO
        if not before or diff is None or (m.group(2) != "等于" and not m.group(3)):
            continue
        sign = {"大于": -1, "小于": 1}.get(m.group(2), 0)

        def budget_of(actual: Decimal, sign: int = sign, diff: Decimal = diff) -> Decimal:
            return actual + sign * diff

        # any amount said before that the rate fits is the one meant; else the nearest, only suspected
        if any(budget_of(a) > ZERO and pct(a, budget_of(a), m.group(1)) == parse_decimal(m.group(1)) for a in before):
            continue
        actual = before[-1]
        budget = budget_of(actual)
        if budget <= ZERO:
            continue
        got = pct(actual, budget, m.group(1))
        subject = line_named(text, m.start())
        yield pct_finding(ctx, "text_percent", lines, m.group(1), got, f"{actual} ÷ {budget} × 100%", "suspect",
                           (f"{subject}预算完成率" if subject else "预算完成率", "execution against budget"))
