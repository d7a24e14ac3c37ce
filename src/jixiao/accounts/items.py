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
- template leftovers: 增加（减少）, 下降（增长）, XX局, 某某, a reason left empty (主要原因是。).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import AccountRow, Accounts, clean_name
from jixiao.accounts.text import _where, in_wan, paragraphs, same_as_quoted
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, fmt_plain, parse_decimal
from jixiao.core.source import Source

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_ITEM = re.compile(
    r"([^\d()、.,:;，。；：]+)\((\d{3})类\)([^()]+)\((\d{2})款\)([^()]+)\((\d{2})项\)\s*" + _NUM + r"\s*万元"
)
_PRIOR = re.compile(r"执行数(?:为)?\s*" + _NUM + r"\s*万元")
_PLANNED = re.compile(r"预算安排\s*" + _NUM + r"\s*万元")
_CHANGE = re.compile(r"比\s*(\d{4})\s*年[^，。,;；]{0,12}?(增加|减少|增长|下降)\s*" + _NUM + r"\s*%")
_SAME_YEAR = re.compile(r"比\s*(\d{4})\s*年(?:年初)?预算")
_PERIOD = re.compile(r"实施周期[^\d]{0,6}(\d{4})\s*年[^至\-—~～]{0,12}[至\-—~～]\s*(\d{4})\s*年")
_LEFTOVER = re.compile(r"增加\s*\(减少\)|减少\s*\(增加\)|增长\s*\(下降\)|下降\s*\(增长\)|[Xx×]{2,}[局委办厅部]|某某|主要原因是\s*[。；;]")


def _half(quoted: str) -> Decimal:
    places = len(quoted.split(".", 1)[1]) if "." in quoted else 0
    return Decimal(5).scaleb(-places - 1)


def rate_fits(current: str, prior: str, rate: str, down: bool) -> bool:
    """Whether some values that round to the printed current and prior give the printed rate (rounded)."""
    c, p, r = parse_decimal(current), parse_decimal(prior), parse_decimal(rate)
    if c is None or p is None or r is None or p <= ZERO:
        return True  # nothing to check
    hc, hp, hr = _half(current), _half(prior), _half(rate)
    lo = ((c - hc) / (p + hp) - 1) * HUNDRED
    hi = ((c + hc) / max(p - hp, Decimal("1e-9")) - 1) * HUNDRED
    want_lo, want_hi = (-r - hr, -r + hr) if down else (r - hr, r + hr)
    return lo <= want_hi and want_lo <= hi


def _rows(acc: Accounts) -> dict[str, tuple[AccountRow, Decimal | None, str]]:
    """Code → (row, its 合计 in 万元, table title), from the 一般公共预算 table, else the 支出 table."""
    out: dict[str, tuple[AccountRow, Decimal | None, str]] = {}
    for kind in ("expenditure", "gp_expenditure"):
        t = acc.table(kind)
        if t is None or not t.columns:
            continue
        for r in t.coded:
            if r.code and not r.code_incomplete:
                out[r.code] = (r, in_wan(t, r.get(t.columns[0]).dec), t.title)
    return out


def check_items(ctx: Ctx, acc: Accounts, body: list[tuple[str, Source]]) -> list[Finding]:
    rows = _rows(acc)
    out: list[Finding] = []
    for text, lines in paragraphs(body):
        out.extend(_leftovers(ctx, text, lines))
        out.extend(_years(ctx, acc, text, lines))
        for m in _ITEM.finditer(text):
            out.extend(_item(ctx, rows, text, lines, m))
    return out


def _item(ctx: Ctx, rows: dict[str, tuple[AccountRow, Decimal | None, str]], text: str,
          lines: list[tuple[str, Source]], m: re.Match[str]) -> Iterable[Finding]:
    code = m.group(2) + m.group(4) + m.group(6)
    label = f"{clean_name(m.group(5))}（{code}）"
    nxt = _ITEM.search(text, m.end())
    tail = text[m.end(): nxt.start() if nxt is not None else len(text)]
    amount = m.group(7)
    found = rows.get(code)
    planned = _PLANNED.search(tail)
    if found is not None:
        row, value, title = found
        for quoted in [amount] + ([planned.group(1)] if planned else []):
            if value is not None and not same_as_quoted(value, quoted):
                yield Finding(
                    "text_amount", "error", ctx.document, _where(lines, quoted),
                    f"说明中 {label} 为 {quoted} 万元，{title} {row.label()} 为 {fmt_plain(value.normalize())} 万元",
                    f"the notes give {label} {quoted}; {title} {row.label()} has {fmt_plain(value.normalize())} (10k yuan)",
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
        if int(m.group(1)) == acc.year:
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


def _leftovers(ctx: Ctx, text: str, lines: list[tuple[str, Source]]) -> Iterable[Finding]:
    for m in _LEFTOVER.finditer(text):
        yield Finding(
            "template_leftover", "suspect", ctx.document, _where(lines, m.group(0)[:2]),
            f"说明中留有模板文字「{m.group(0)}」",
            f"template text left in the notes: {m.group(0)!r}",
            reported=m.group(0), row=m.group(0),
        )
