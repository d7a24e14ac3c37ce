"""A government's budget execution table (预算收入/支出执行情况表) whose rows reached the text as runs of words: each
row a name, three amounts and two percentages ("增值税 13,950 18,835 17,585 93.36% 26.06%").

Which amount is which is not taken from the header (flattened, "2020年 2021年 2021年 完成数 预算数 完成数" no
longer says it) but from the rows' own arithmetic: the columns are last year's outturn A, this year's budget B and
this year's outturn C when the first percentage is C ÷ B (完成预算) and the second C ÷ A − 1 (比上年增长) in at least
two rows, each to the digits it is printed with. Without that the rows are not read (a table whose columns cannot
be told is never read by guess). A row whose name is a header word ("完成数 49,171 …": the total lost its label)
is left unread, said. Each row's two percentages are then checked against its amounts
(``check_execution``); one unit off in the last digit is ``info``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.accounts.identity import Ctx
from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.accounts.text_rates import as_quoted, pct
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, normalize_text, parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.core.source import Source

_AMT = r"(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)"
_PCT = r"(-?\d+(?:\.\d+)?)\s*%"
_ROW = re.compile(r"([\u4e00-\u9fff][^\d\s%,，。:：;；]{0,20})\s+" + r"\s+".join([_AMT] * 3) + r"\s+" + _PCT + r"\s+" + _PCT)
_TITLE = re.compile(r"(?:预算)?(?:收入|支出)(?:预算)?执行情况表")
_HEADER_WORDS = re.compile(r"^(?:完成数|预算数|决算数|执行数|调整预算数|上年完成数|本年完成数|合计数)$")
COLUMNS = ("上年完成数", "预算数", "完成数", "完成预算%", "比上年增长%")
_MIN_CONFIRMING = 2


def _rates(a: Decimal, b: Decimal, c: Decimal, p: str, g: str) -> tuple[Decimal | None, Decimal | None]:
    """The completion and growth rates the amounts give, rounded as the printed ones are."""
    done = pct(c, b, p) if b else None
    grown = as_quoted(g).apply((c / a - 1) * HUNDRED) if a else None
    return done, grown


def _fits(a: Decimal, b: Decimal, c: Decimal, p: str, g: str) -> bool:
    done, grown = _rates(a, b, c, p, g)
    return done == parse_decimal(p) and grown == parse_decimal(g)


def read_execution(body: list[tuple[str, Source]]) -> tuple[AccountTable, list[Problem]] | None:
    """The execution table the body's text holds, or None (no title, or columns the rows' arithmetic does not
    confirm)."""
    lines = [(normalize_text(x), s) for x, s in body]
    hit = next(((k, m) for k, (x, _) in enumerate(lines) if (m := _TITLE.search(x)) is not None), None)
    if hit is None:
        return None
    at, title = hit
    found: list[tuple[re.Match[str], Source]] = [(m, s) for x, s in lines[at:] for m in _ROW.finditer(x)]
    values = [(m, [parse_decimal(m.group(k)) for k in (2, 3, 4)]) for m, _ in found]
    confirming = sum(1 for m, (a, b, c) in values if a is not None and b is not None and c is not None
                     and _fits(a, b, c, m.group(5), m.group(6)))
    if confirming < _MIN_CONFIRMING:
        return None
    t = AccountTable("execution", title.group(0), lines[at][1], columns=list(COLUMNS), own_name=title.group(0))
    t.stage = "budget"
    problems: list[Problem] = []
    for m, src in found:
        name = m.group(1).strip()
        if _HEADER_WORDS.match(name):
            problems.append(Problem(f"{t.title}：一行数字（{m.group(2)}、{m.group(3)}、{m.group(4)}）前面是表头词"
                                    f"「{name}」而不是行名（行名可能在提取时丢失），未读入", src,
                                    f"{t.title}: a row of figures ({m.group(2)}, {m.group(3)}, {m.group(4)}) follows "
                                    f"the header word '{name}', not its name (lost in extraction?): not read"))
            continue
        vals = {col: Val(parse_decimal(m.group(k)), m.group(k), src) for col, k in zip(COLUMNS, range(2, 7))}
        t.rows.append(AccountRow(name, vals, src))
    return t, problems


def check_execution(ctx: Ctx, t: AccountTable) -> list[Finding]:
    """Each row's 完成预算% against 完成数 ÷ 预算数 and its 比上年增长% against 完成数 ÷ 上年完成数 − 1."""
    out: list[Finding] = []
    for r in t.rows:
        a, b, c = (r.get(col).dec for col in COLUMNS[:3])
        p, g = (r.get(col).text or "" for col in COLUMNS[3:])
        if a is None or b is None or c is None:
            continue
        done, grown = _rates(a, b, c, p, g)
        for quoted, got, col, expr in ((p, done, COLUMNS[3], f"{c} ÷ {b}"), (g, grown, COLUMNS[4], f"{c} ÷ {a} − 1")):
            want = parse_decimal(quoted)
            if got is None or want is None or got == want:
                continue
            unit = as_quoted(quoted).quantum
            sev = "info" if abs(got - want) <= unit else "error"
            out.append(Finding(
                "table_rate", sev, ctx.document, r.get(col).source or r.source,
                f"{t.title}「{r.name}」{col[:-1]} {quoted}%，按 {expr} 重算为 {got}%" + ("（尾差）" if sev == "info" else ""),
                f"{t.name_en} '{r.name}' {col[:-1]} {quoted}%; {expr} gives {got}%"
                + (" (last-digit difference)" if sev == "info" else ""),
                reported=quoted + "%", recomputed=f"{got}%", row=r.name))
    return out
