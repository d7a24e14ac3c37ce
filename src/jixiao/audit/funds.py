"""资金执行 — the funds block: 执行率 = 全年执行数 / 全年预算数, 得分 = 分值 × min(执行率, 1), sub-rows.

Rates and scores are recomputed under the document's own rounding (``rounding_detect``); a published figure
that another rounding explains is a departure from the document's convention (疑似), one that no rounding
explains is an arithmetic error (错误).
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.audit.common import doc_name, finding, loc, pct, percent
from jixiao.audit.rounding_detect import (
    CANDIDATES,
    Convention,
    FundsFigures,
    explaining_rate,
    explaining_score,
    figures,
    places,
    plainest,
    rate_as_fraction,
    row_figures,
)
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO
from jixiao.core.records import BLANK_FUNDS_ROWS, READ_FROM_PROSE, Document, FundsRow, Val
from jixiao.core.rounding import Rounding, rate_allowed

ROW_ZH = {
    "total": "年度资金总额",
    "current_year": "其中：当年财政拨款",
    "carried_over": "上年结转资金",
    "other": "其他资金",
    "special_account": "财政专户管理资金",
    "unit_funds": "单位资金",
    "central": "其中：中央补助",
    "municipal": "市级补助",
    "district": "区级补助",
    # 转移支付 forms split the total by source (read.recognise.transfer_funds)
    "provincial": "省级资金",
    "own_level": "本级资金",
    "local": "地方资金",
}
COLUMN_ZH = {"initial_budget": "年初预算数", "annual_budget": "全年预算数", "executed": "全年执行数"}


def row_label(key: str) -> str:
    return ROW_ZH.get(key, key)


def _of(key: str) -> str:
    """"当年财政拨款的" before a sub-row's figure; nothing before the total row's."""
    return "" if key == "total" else row_label(key).removeprefix("其中：") + "的"


def check_funds(doc: Document, conv: Convention) -> list[Finding]:
    out: list[Finding] = []
    out += check_total_rate_and_score(doc, conv)
    out += check_row_rates(doc, conv)
    out += check_row_scores(doc, conv)
    out += check_sub_rows(doc)
    out += check_over_budget(doc, conv)
    return out


def check_total_rate_and_score(doc: Document, conv: Convention) -> list[Finding]:
    f = figures(doc)
    if f is None:
        return []
    row = doc.funds["total"]
    name = doc_name(doc)
    out: list[Finding] = []
    rate = conv.rate_of(f)
    formula = f"{f.executed}÷{f.budget}×100%={pct(rate)}"
    published = row.rate.dec
    fraction = None if published is None else rate_as_fraction(row.rate.text, published, f.executed / f.budget)
    if published is not None and fraction is not None:
        out.append(finding(
            "rate_as_fraction", "info", name, loc(row.rate, row.annual_budget),
            f"执行率以小数填写：{f.executed}÷{f.budget}={published}（{fraction.describe()}），即{pct(rate)}，与表中一致。",
            f"The rate is printed as a fraction: {f.executed}÷{f.budget}={published} ({fraction.describe('en')}), "
            f"that is {pct(rate)}; it agrees.",
            published, published, row_label("total"),
        ))
    if f.rate is not None and f.rate != rate and not _within_printing(doc, row.rate, f.executed, f.budget):
        others = explaining_rate(f)
        if others:
            r = plainest(others, lambda k: k)
            out.append(finding(
                "rounding_departure", "suspect", name, loc(row.rate, row.annual_budget),
                f"执行率{pct(f.rate)}按{r.describe()}得出，而本文件其他表{conv.rate.describe()}（{formula}）。",
                f"The rate {f.rate}% is {r.describe('en')}, while this file's forms round {conv.rate.describe('en')} "
                f"({formula}).",
                pct(f.rate), pct(rate), row_label("total"),
            ))
        else:
            where = ("文中", "the text") if READ_FROM_PROSE in doc.extra else ("表中", "the form")  # (a report's words)
            out.append(finding(
                "execution_rate", "error", name, loc(row.rate, row.annual_budget),
                f"执行率应为{formula}，{where[0]}为{pct(f.rate)}。",
                f"The execution rate is {formula}, {where[1]} says {f.rate}%.",
                pct(f.rate), pct(rate), row_label("total"),
            ))
    score = conv.score_of(f)
    if score is not None and f.score is not None and f.score != score:
        out.append(_score_finding(doc, row, f, conv, score))
    return out


def _within_printing(doc: Document, rate: Val, executed: Decimal, budget: Decimal) -> bool:
    """A rate a text states beside amounts it rounds (下达8.56亿元,已支出5.94亿元,支出进度92.3%: 5.94 ÷ 6.44 = 92.24%): the
    printed amounts' rounding allows it (``core.rounding.rate_allowed``), so it is no departure and no mistake. Only
    for figures read from sentences; a form's cells are its own figures."""
    return READ_FROM_PROSE in doc.extra and rate.text is not None and \
        rate_allowed(rate.text.strip().rstrip("%％").strip(), executed, budget) is True


def check_row_scores(doc: Document, conv: Convention) -> list[Finding]:
    """Scores published on sub-rows (其中：当年财政拨款 | 200 | 179.43 | 10 | 89.7% | 8): each is its own 分值 ×
    min(执行率, 1), as the total row's is. A sub-row whose printed rate is wrong is left to the rate's finding."""
    out: list[Finding] = []
    for key, row in doc.funds.items():
        f = row_figures(row) if key != "total" else None
        if f is None or f.score is None or f.weight is None or f.weight <= 0:
            continue
        if f.rate is not None and f.rate != conv.rate_of(f) and not explaining_rate(f):
            continue
        score = conv.score_of(f)
        if score is not None and f.score != score:
            out.append(_score_finding(doc, row, f, conv, score, key))
    return out


def _score_finding(doc: Document, row: FundsRow, f: FundsFigures, conv: Convention, score: Decimal,
                   key: str = "total") -> Finding:
    assert f.score is not None and f.weight is not None
    rate = conv.rate_of(f) if conv.score_from == "rounded_rate" else f.exact_rate
    formula = f"{f.weight}×min({pct(rate)}, 100%)={score}"
    others = explaining_score(f, conv.rate)
    name = doc_name(doc)
    if others:
        r, _src = plainest(others, lambda k: k[0])
        return finding(
            "rounding_departure", "suspect", name, loc(row.score, row.weight),
            f"{_of(key)}执行得分{f.score}按{r.describe()}得出，与本文件的惯例（{conv.score.describe()}，{formula}）不一致。",
            f"The execution score {f.score} is rounded {r.describe('en')}, unlike this file's convention "
            f"({conv.score.describe('en')}: {formula}).",
            f.score, score, row_label(key),
        )
    return finding(
        "execution_score", "error", name, loc(row.score, row.weight),
        f"{_of(key)}执行得分应为{formula}，表中为{f.score}。",
        f"The execution score is {formula}, the form says {f.score}.",
        f.score, score, row_label(key),
    )


def check_row_rates(doc: Document, conv: Convention) -> list[Finding]:
    """Rates published on sub-rows: each against its own row, and against the other rows (wrong row)."""
    exact = {key: x for key, row in doc.funds.items()
             if (x := percent(row.executed.dec, row.annual_budget.dec)) is not None}
    out: list[Finding] = []
    name = doc_name(doc)
    for key, row in doc.funds.items():
        published = row.rate.dec
        if key == "total" or published is None:
            continue
        b, e = row.annual_budget.dec, row.executed.dec
        if key not in exact:
            if b is not None and e is not None and b == 0 and e > 0:
                out.append(finding(
                    "rate_wrong_row", "suspect", name, loc(row.rate, row.executed),
                    f"{row_label(key)}预算为0而执行{e}，执行率无从计算，表中却填{pct(published)}。",
                    f"{row_label(key)}: budget 0 but {e} spent; no rate can be computed, yet the form gives {published}%.",
                    pct(published), None, row_label(key),
                ))
            continue
        own = conv.rate.apply(exact[key])
        if own == published or any(r.apply(exact[key]) == published for r in (*_near(conv), *_form_own(doc, row.rate))):
            continue
        if rate_as_fraction(row.rate.text, published, exact[key] / HUNDRED) is not None:
            continue  # printed as a fraction (0.958 for 27.8÷29), as the total row's is: that row's finding says so
        elsewhere = [k for k, x in exact.items() if k != key and conv.rate.apply(x) == published]
        where = "、".join(row_label(k) for k in elsewhere)
        formula = f"{e}÷{b}×100%={pct(own)}"
        if elsewhere:
            zh = f"{row_label(key)}的执行率应为{formula}；表中的{pct(published)}是{where}的执行率。"
            en = f"{row_label(key)}: the rate is {formula}; the published {published}% is the rate of {', '.join(elsewhere)}."
        else:
            zh = f"{row_label(key)}的执行率应为{formula}，表中为{pct(published)}。"
            en = f"{row_label(key)}: the rate is {formula}, the form says {published}%."
        out.append(finding("rate_wrong_row" if elsewhere else "execution_rate", "error", name,
                           loc(row.rate, row.executed), zh, en, pct(published), pct(own), row_label(key)))
    return out


def _form_own(doc: Document, rate: Val) -> tuple[Rounding, ...]:
    """Roundings to the places the form's own total rate is printed to, where the sub-row's rate is printed to as many
    (99% on both rows of a form whose file's other forms print 99.10%): the form's convention, which the total row's
    rounding departure already reports; no error of the sub-row."""
    total = doc.funds.get("total")
    if total is None or total.rate.dec is None or rate.dec is None or places(total.rate.dec) != places(rate.dec):
        return ()
    return tuple(r for r in CANDIDATES if r.digits == places(rate.dec))


def _near(conv: Convention) -> tuple[Rounding, ...]:
    """Roundings to the convention's number of places: a sub-row rounded another way is not worth a finding."""
    return tuple(r for r in CANDIDATES if r.digits == conv.rate.digits)


def check_sub_rows(doc: Document) -> list[Finding]:
    """其中 rows add up to 年度资金总额, column by column."""
    total = doc.funds.get("total")
    subs = [(k, r) for k, r in doc.funds.items() if k != "total"]
    if total is None or not subs:
        return []
    # A sub-row the reader saw printed with every amount blank (上年结转资金 | | |) holds nothing: zero, not unknown.
    blank = {k for k, r in subs if k in doc.extra.get(BLANK_FUNDS_ROWS, ())
             and all(getattr(r, c).value is None for c in COLUMN_ZH)}
    out: list[Finding] = []
    name = doc_name(doc)
    for col, col_zh in COLUMN_ZH.items():
        t = getattr(total, col)
        if t.dec is None:
            continue
        parts = [ZERO if k in blank else getattr(r, col).dec for k, r in subs]
        present = [p for p in parts if p is not None]
        if not present:
            continue
        s = sum(present, Decimal(0))
        if s == t.dec:
            continue
        missing = len(present) < len(parts)
        terms = "+".join(str(p) for p in present)
        if missing:
            out.append(finding(
                "funds_sum_incomplete", "info", name, loc(t),
                f"{col_zh}：分项（有空格）之和{terms}={s}，与合计{t.dec}不符，无法核实。",
                f"{col}: the sub-rows given (some blank) sum to {s}, not the total {t.dec}; cannot be verified.",
                t.dec, s, row_label("total"),
            ))
        else:
            out.append(finding(
                "funds_sum", "error", name, loc(t),
                f"{col_zh}：分项之和{terms}={s}，与年度资金总额{t.dec}不符。",
                f"{col}: the sub-rows sum to {s}, not the total {t.dec}.",
                t.dec, s, row_label("total"),
            ))
    return out


def check_over_budget(doc: Document, conv: Convention) -> list[Finding]:
    """Spending above the annual budget: on the total row, or on a sub-row when the total is within budget."""
    out: list[Finding] = []
    name = doc_name(doc)
    for key, row in doc.funds.items():
        b, e = row.annual_budget.dec, row.executed.dec
        if b is None or e is None or e <= b or b == 0:
            continue
        if out and key != "total":
            continue  # the total row already says it
        rate = conv.rate.apply(e / b * HUNDRED)
        out.append(finding(
            "over_budget", "suspect", name, loc(row.executed),
            f"{row_label(key)}执行数{e}超过全年预算数{b}（执行率{pct(rate)}），超支需说明资金来源。",
            f"{key}: {e} spent against a budget of {b}; spending above budget needs its source explained.",
            e, b, row_label(key),
        ))
    return out
