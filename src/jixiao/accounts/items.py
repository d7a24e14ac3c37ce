"""The notes' item paragraphs against the tables, and the notes' own consistency (years, leftovers).

A budget's 编制说明 (and a 决算's 情况说明) walks through its items:
"公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。…2025年当年预算执行数为1690.69万元，2026年
预算安排1672.67万元，比2025年预算执行数减少1.07%。"
- the item's amount and the "预算安排" amount must be that code's row (合计) in the 一般公共预算 table;
- the 类 name must be the tables' name for that code (医疗卫生与计划生育支出 for 210 is the old one);
- the change must divide out: (current − prior) ÷ prior, both as printed, so the check allows for their
  rounding (interval arithmetic) — the rate is wrong only if no values that round to the printed ones give
  it, and the direction word (增加/减少) must agree with the sign;
- "比2026年预算增加" in a 2026 document compares the year with itself; a project's 实施周期 ending before the
  document's year is a leftover from last year's text;
- template leftovers: 增加（减少）, 下降（增长）, XX局, 某某, a reason left empty (主要原因是。), a figure left
  blank (占 %, 比上年减少 万元).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import AccountRow, Accounts, AccountTable, clean_name
from jixiao.accounts.prose import Paragraphs
from jixiao.accounts.prose import where as _where
from jixiao.accounts.text import clause_before, in_wan, same_as_quoted
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, fmt_plain, half_unit, parse_decimal
from jixiao.core.source import Source

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_ITEM = re.compile(
    r"([^\d()、.,:;，。；：]+)\((\d{3})类\)([^()]+)\((\d{2})款\)([^()]+)\((\d{2})项\)\s*" + _NUM + r"\s*万元"
)
_PRIOR = re.compile(r"执行数(?:为)?\s*" + _NUM + r"\s*万元")
_PLANNED = re.compile(r"预算安排\s*" + _NUM + r"\s*万元")
_CHANGE = re.compile(r"比\s*(\d{4})\s*年[^，。,;；]{0,12}?(增加|减少|增长|下降)\s*" + _NUM + r"\s*%")
_SAME_YEAR = re.compile(r"比\s*(\d{4})\s*年(?:年初)?预算")
_FINAL_BEFORE = re.compile(r"决算|实际支出|执行数")
_FINAL_REACH = 40  # characters before the comparison its sentence's stage is looked for in
_PERIOD = re.compile(r"实施周期[^\d]{0,6}(\d{4})\s*年[^至\-—~～]{0,12}[至\-—~～]\s*(\d{4})\s*年")
_WORDS = re.compile(r"决算数?\s*(大于|高于|超过|小于|低于|等于)\s*(?:年初)?预算数?|决算数?与(?:年初)?预算数?(持平|相等|一致)")
_BUDGET_SAID = re.compile(r"预算(?:数)?(?:为)?\s*" + _NUM + r"\s*万元")
_ACTUAL_SAID = re.compile(r"决算(?:数)?(?:为)?\s*" + _NUM + r"\s*万元")
_RATE_SAID = re.compile(r"完成(?:年初|调整)?预算(?:数)?的?\s*" + _NUM + r"\s*%")
_RELATION = {"大于": 1, "高于": 1, "超过": 1, "小于": -1, "低于": -1, "等于": 0, "持平": 0, "相等": 0, "一致": 0}
_LEFTOVER = re.compile(r"增加\s*\(减少\)|减少\s*\(增加\)|增长\s*\(下降\)|下降\s*\(增长\)|[Xx×]{2,}(?:[局委办厅部镇乡县市区]|项目|单位)"
                       r"|某某|主要原因是\s*[。；;]"
                       r"|占\s*%|(?:增加|减少|增长|下降)\s+万元")  # a figure left blank: "占 %", "比上年减少 万元"


def rate_fits(current: str, prior: str, rate: str, down: bool) -> bool:
    """Whether some values that round to the printed current and prior give the printed rate (rounded)."""
    c, p, r = parse_decimal(current), parse_decimal(prior), parse_decimal(rate)
    if c is None or p is None or r is None or p <= ZERO:
        return True  # nothing to check
    hc, hp, hr = half_unit(current), half_unit(prior), half_unit(rate)
    lo = ((c - hc) / (p + hp) - 1) * HUNDRED
    hi = ((c + hc) / max(p - hp, Decimal("1e-9")) - 1) * HUNDRED
    want_lo, want_hi = (-r - hr, -r + hr) if down else (r - hr, r + hr)
    return lo <= want_hi and want_lo <= hi


def _rows(acc: Accounts) -> dict[str, tuple[AccountRow, Decimal | None, AccountTable]]:
    """Code → (row, its 合计 in 万元, its table), from the 一般公共预算 table, else the 支出 table."""
    out: dict[str, tuple[AccountRow, Decimal | None, AccountTable]] = {}
    for kind in ("expenditure", "gp_expenditure"):
        t = acc.table(kind)
        if t is None or not t.columns:
            continue
        for r in t.coded:
            if r.code and not r.code_incomplete:
                out[r.code] = (r, in_wan(t, r.get(t.columns[0]).dec), t)
    return out


def check_items(ctx: Ctx, acc: Accounts, paras: Paragraphs) -> list[Finding]:
    rows = _rows(acc)
    out: list[Finding] = []
    for text, lines in paras:
        out.extend(_name_spelt(ctx, acc.unit_name, text, lines))
        out.extend(_leftovers(ctx, text, lines))
        out.extend(_compared_in_words(ctx, text, lines))
        out.extend(_years(ctx, acc, text, lines))
        for m in _ITEM.finditer(text):
            out.extend(_item(ctx, rows, text, lines, m))
    return out


def _item(ctx: Ctx, rows: dict[str, tuple[AccountRow, Decimal | None, AccountTable]], text: str,
          lines: list[tuple[str, Source]], m: re.Match[str]) -> Iterable[Finding]:
    code = m.group(2) + m.group(4) + m.group(6)
    label = f"{clean_name(m.group(5))}（{code}）"
    nxt = _ITEM.search(text, m.end())
    tail = text[m.end(): nxt.start() if nxt is not None else len(text)]
    amount = m.group(7)
    found = rows.get(code)
    planned = _PLANNED.search(tail)
    if found is not None:
        row, value, table = found
        for quoted in [amount] + ([planned.group(1)] if planned else []):
            if value is not None and not same_as_quoted(value, quoted):
                yield Finding(
                    "text_amount", "error", ctx.document, _where(lines, quoted),
                    f"说明中 {label} 为 {quoted} 万元，{table.title} {row.label()} 为 {fmt_plain(value.normalize())} 万元",
                    f"the notes give {label} {quoted}; the {table.name_en} {row.label()} has "
                    f"{fmt_plain(value.normalize())} (10k yuan)",
                    reported=quoted, recomputed=fmt_plain(value.normalize()), row=row.label(),
                )
        cls = rows.get(code[:3])
        if cls is not None and clean_name(cls[0].name) != clean_name(m.group(1)):
            yield Finding(
                "text_name", "suspect", ctx.document, _where(lines, m.group(1)[-4:]),
                f"说明中 {m.group(2)} 类名为「{clean_name(m.group(1))}」，表中为「{clean_name(cls[0].name)}」",
                f"the notes call 类 {m.group(2)} {clean_name(m.group(1))!r}; the tables {clean_name(cls[0].name)!r}",
                reported=clean_name(m.group(1)), recomputed=clean_name(cls[0].name), row=m.group(2),
            )
    prior = _PRIOR.search(tail)
    change = _CHANGE.search(tail)
    if prior is None or change is None:
        return
    down = change.group(2) in ("减少", "下降")
    currents = [amount] + ([planned.group(1)] if planned else [])
    if found is not None and found[1] is not None:
        currents.append(str(found[1].quantize(Decimal("0.01"))))  # the rate may come from the table's figure
    if any(rate_fits(c, prior.group(1), change.group(3), down) for c in currents):
        return
    c, p = parse_decimal(currents[-1]), parse_decimal(prior.group(1))
    assert c is not None and p is not None
    got = ((c - p) / p * HUNDRED).quantize(Decimal("0.01"))
    word = "增加" if got > 0 else "减少"
    yield Finding(
        "text_growth", "error", ctx.document, _where(lines, change.group(3) + "%"),
        f"说明中 {label} 比上年{change.group(2)} {change.group(3)}%，按 ({currents[-1]} − {prior.group(1)}) ÷ "
        f"{prior.group(1)} 为{word} {abs(got)}%",
        f"the notes give {label} a change of {'-' if down else '+'}{change.group(3)}%; "
        f"({currents[-1]} - {prior.group(1)}) / {prior.group(1)} gives {got}%",
        reported=f"{'-' if down else ''}{change.group(3)}%", recomputed=f"{got}%", row=label,
    )


def _years(ctx: Ctx, acc: Accounts, text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding]:
    if acc.year is None:
        return
    for m in _SAME_YEAR.finditer(text):
        # (a 决算 compared with its own year's 年初预算 is the comparison a final account makes: "2015年…决算数413.89万元,
        # 比2015年年初预算325.55万元增加了88.34万元", 北京晨报's; only a budget compared with its own year is amiss)
        if int(m.group(1)) == acc.year and not _FINAL_BEFORE.search(text, max(0, m.start() - _FINAL_REACH), m.start()):
            yield Finding(
                "text_year", "suspect", ctx.document, _where(lines, m.group(0)[:6]),
                f"说明将 {acc.year} 年与「{m.group(0)}」相比：比较的应是上一年（{acc.year - 1} 年）",
                f"the notes compare {acc.year} with {m.group(0)!r}: the comparison should be with {acc.year - 1}",
                reported=m.group(1), recomputed=str(acc.year - 1), row=m.group(0),
            )
    for m in _PERIOD.finditer(text):
        if acc.stage == "budget" and int(m.group(2)) < acc.year:
            yield Finding(
                "text_year", "suspect", ctx.document, _where(lines, "实施周期"),
                f"{acc.year} 年预算中项目的实施周期止于 {m.group(2)} 年，早于预算年度（疑为上年文字未改）",
                f"a project in the {acc.year} budget runs until {m.group(2)}, before the budget year",
                reported=m.group(2), recomputed=str(acc.year), row="实施周期",
            )


def _rate_against_words(ctx: Ctx, text: str, lines: list[tuple[str, Source]], m: re.Match[str]) -> Finding | None:
    """"完成预算110%,决算数与预算数持平": the completion rate its sentence prints before the words, against them (a
    rate within its printed rounding of 100% agrees with any of them: 100% may be 100.3%)."""
    start = max(text.rfind("。", 0, m.start()), text.rfind("；", 0, m.start()), text.rfind(";", 0, m.start())) + 1
    rates = list(_RATE_SAID.finditer(text, start, m.start()))
    if not rates or (r := parse_decimal(rates[-1].group(1))) is None:
        return None
    said, half = _RELATION[m.group(1) or m.group(2)], half_unit(rates[-1].group(1))
    if (said == 0 and abs(r - HUNDRED) <= half) or (said == 1 and r + half > HUNDRED) or \
            (said == -1 and r - half < HUNDRED):
        return None
    real = "大于" if r > HUNDRED else "小于" if r < HUNDRED else "等于"
    return Finding(
        "text_compare", "error", ctx.document, _where(lines, rates[-1].group(0)),
        f"说明称「{m.group(0)}」，而同句的预算完成率 {rates[-1].group(1)}% 说明决算数{real}预算数",
        f"the notes say {m.group(0)!r}, but the completion rate {rates[-1].group(1)}% the sentence gives puts the "
        f"actual {'above' if r > HUNDRED else 'below' if r < HUNDRED else 'equal to'} the budget",
        reported=f"{rates[-1].group(1)}%", recomputed=m.group(0), row=m.group(0))


def _compared_in_words(ctx: Ctx, text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding]:
    """"决算数大于预算数" (小于, 等于, 持平) against the budget and actual amounts the paragraph gives before it, or
    where it gives no budget, against the completion rate its sentence prints."""
    for m in _WORDS.finditer(text):
        budgets = [b for b in _BUDGET_SAID.finditer(text, 0, m.start()) if "决算" not in text[max(b.start() - 2, 0):b.start()]]
        actuals = list(_ACTUAL_SAID.finditer(text, 0, m.start()))
        if not budgets:
            if (f := _rate_against_words(ctx, text, lines, m)) is not None:
                yield f
            continue
        if not actuals:
            continue
        if (own := _of_subject(text, m, actuals, budgets)) is None:
            continue  # the line the words name is not the one the amounts before them are of
        actuals, budgets = own
        budget, actual = parse_decimal(budgets[-1].group(1)), parse_decimal(actuals[-1].group(1))
        if budget is None or actual is None:
            continue
        said = _RELATION[m.group(1) or m.group(2)]
        real = (actual > budget) - (actual < budget)
        if said == real:
            continue
        zh = {1: "大于", -1: "小于", 0: "等于"}
        yield Finding(
            "text_compare", "error", ctx.document, _where(lines, m.group(0)[:4]),
            f"说明称「{m.group(0)}」，而其所引决算数 {actuals[-1].group(1)} 万元{zh[real]}预算数 {budgets[-1].group(1)} 万元",
            f"the notes say {m.group(0)!r}, but the actual {actuals[-1].group(1)} is "
            f"{ {1: 'above', -1: 'below', 0: 'equal to'}[real] } the budget {budgets[-1].group(1)}",
            reported=m.group(0), recomputed=f"{actuals[-1].group(1)} {zh[real]} {budgets[-1].group(1)}", row=m.group(0),
        )


_KEY_DROP = re.compile(r"[“”\"'\s]|^(?:(?:19|20)\d{2}年度?|本年度?)|(?:支出|收入)$")


def _key(words: str) -> str:
    """A line's words without quotes, a leading year and a trailing 支出/收入: 2017年度“三公”经费支出 → 三公经费."""
    return _KEY_DROP.sub("", words)


def _of_subject(text: str, m: re.Match[str], actuals: list[re.Match[str]], budgets: list[re.Match[str]]) -> tuple[
        list[re.Match[str]], list[re.Match[str]]] | None:
    """The actual and budget amounts the claim speaks of: where its clause names a line ("2017年度“三公”经费支出决算大于
    预算数" after the items' own sentences), the last actual whose clause names it, with the budget nearest it; None
    where no actual is so named. A claim naming no line: the amounts before it as they are."""
    subject = _key(clause_before(text, m.start()))  # the words of the claim's clause before it
    if len(subject) < 2:
        return actuals, budgets
    named = [a for a in actuals if subject in _key(clause_before(text, a.start()))]
    if not named:
        return None
    near = min(budgets, key=lambda b: abs(b.start() - named[-1].start()))  # (预算为A,决算为B or 决算为B,完成预算A)
    return named, [near]


def _name_spelt(ctx: Ctx, name: str | None, text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding]:
    """The unit's name (as the tables' byline gives it) written with one character different in the notes."""
    if not name or len(name) < 5:
        return
    n = len(name)
    seen: set[str] = set()
    for i in range(len(text) - n + 1):
        window = text[i : i + n]
        if window[0] != name[0] or window in seen or window == name:
            continue
        diff = [k for k, (a, b) in enumerate(zip(window, name)) if a != b]
        # one character off in the place name (普陀 → 普沱); a different ending is another body (财政局)
        if len(diff) == 1 and diff[0] < n - 3 and all("\u4e00" <= ch <= "\u9fff" for ch in window):
            seen.add(window)
            yield Finding(
                "unit_name", "suspect", ctx.document, _where(lines, window),
                f"说明中单位名称写作「{window}」，表头为「{name}」",
                f"the notes spell the unit {window!r}; the tables' byline {name!r}",
                reported=window, recomputed=name, row=window,
            )


def _leftovers(ctx: Ctx, text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding]:
    for m in _LEFTOVER.finditer(text):
        yield Finding(
            "template_leftover", "suspect", ctx.document, _where(lines, m.group(0)[:2]),
            f"说明中留有模板文字「{m.group(0)}」",
            f"template text left in the notes: {m.group(0)!r}",
            reported=m.group(0), row=m.group(0),
        )
