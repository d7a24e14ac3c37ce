"""转移支付 forms: the arithmetic they print beyond the project form's (which ``audit.funds`` checks on the rows
the record shares with it).

- the rates the header prints as formulas (预算到位 D/C×100%, 预算执行 E/C×100% where 统筹整合资金 is
  deducted) against their own row, and 扣除统筹整合资金后预算金额 = 全年预算数 − 统筹整合资金数;
- the columns the project form has not (统筹整合资金数, 扣除后预算金额, 全年到位资金): total = Σ sources;
- an allocation table's 合计 row against the rows above it, each row's whole against its parts: ``error`` where every
  cell stood at its column, ``suspect`` where some were placed by the column model (``_severity``, the one place);
- a checklist's sub-programmes (the blocks after 其中): each one's total = Σ its sources (``check_sub_rows``,
  the project form's own check), and each source of the whole = Σ the parts' (when the parts' totals make the
  whole's total, or exceed what the whole says).

A figure the reader could not place is missing (``read.recognise.transfer_place``): no check runs on it.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from jixiao.audit.common import doc_name, finding, pct
from jixiao.audit.funds import check_sub_rows
from jixiao.audit.rounding_detect import CANDIDATES, rate_as_fraction
from jixiao.audit.tables import check_total_row
from jixiao.audit.transfer_said import check_said
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO
from jixiao.core.records import BLANK_FUNDS_ROWS, Document, FundsRow, Val
from jixiao.core.source import Source
from jixiao.read.recognise.transfer import FUNDS, PARTS, RELATIONS
from jixiao.read.recognise.transfer_alloc import FIRM, SUMS
from jixiao.read.recognise.transfer_funds import COLUMN_ZH, ROW_ZH
from jixiao.read.recognise.transfer_place import Relations

Rows = dict[str, dict[str, Val]]
_EXTRA_MONEY = ("pooled", "net_budget", "arrived")


def check_transfer(doc: Document) -> list[Finding]:
    if doc.extra.get("form") != "transfer":
        return check_said(doc)  # a project's report in prose: what its 其中 lists says adds up
    rows: Rows = doc.extra.get(FUNDS) or {}
    out = check_printed_rates(doc, rows)
    out += check_sources(doc, rows, _EXTRA_MONEY, "年度资金总额")
    out += check_parts(doc, rows)
    out += check_allocation(doc)
    out += check_said(doc)  # the prose's amounts against the parts its 其中 lists
    return out


def check_allocation(doc: Document) -> list[Finding]:
    """An allocation table (资金分配表 with its 小计 column): the 合计 row is the sum of the rows above it, column by
    column, and each row's whole the sum of its parts. Read by its column model (``SUMS``: what does not add up, in a
    table read consistently) or, failing that, from the table rows the text reader made (``check_total_row``, the
    score tables' own check; a table with 小计 rows or rows cut short is left). Either way ``_severity`` decides."""
    name = doc_name(doc)
    if SUMS in doc.extra:
        return [_alloc_finding(name, _severity(doc, s[3]), *s) for s in doc.extra[SUMS]]
    if doc.extra.get("layout_family") != "transfer-allocation":
        return []
    return [dataclasses.replace(f, severity=_severity(doc, "rows"))
            for t in doc.tables for f in check_total_row(t, lambda _src: name, ("小计", "金额"))]


def _severity(doc: Document, what: str) -> str:
    """The one place an allocation table's arithmetic gets its severity, by what the reader could establish about
    the table (``FIRM``), not by which reader read it: ``error`` where every cell stood at its column (each row held
    a cell for every column its header names), so the sum is proven on the table as printed; ``suspect`` where some
    cell was placed by the column model (a blank cell vanished: a misread is possible), and where the table's rows are
    compared with the notice's amount (the notice may send a part of what the table lists)."""
    return "error" if doc.extra.get(FIRM) is True and what in ("rows", "parts") else "suspect"


_ALLOC_ZH = {"rows": "各行之和", "parts": "各分项之和", "notice": "分配表各行之和"}
_ALLOC_EN = {"rows": "the rows above it sum", "parts": "its parts sum", "notice": "the allocation table's rows sum"}


def _alloc_finding(name: str, severity: str, row: str, stated: Decimal, got: Decimal, what: str, at: Source
                   ) -> Finding:
    if what == "notice":  # (the stated amount is the notice's, in the table's unit)
        return finding("table_total", severity, name, at,
                       f"通知所述{row}为{stated}，{_ALLOC_ZH[what]}为{got}，两者不符。",
                       f"the notice states {stated} sent; {_ALLOC_EN[what]} to {got}.", stated, got, row)
    return finding("table_total", severity, name, at,
                   f"分配表“{row}”为{stated}，{_ALLOC_ZH[what]}为{got}，两者不符。",
                   f"allocation table '{row}' says {stated}; {_ALLOC_EN[what]} to {got}.", stated, got, row)


def scored(doc: Document) -> bool:
    """Whether the form scores itself: a transfer form or report without a weight or score anywhere (the 2024
    layout, checklists, reports in prose) is not asked for a 总分."""
    if doc.extra.get("form") != "transfer":
        return True
    return any(i.weight.value is not None or i.score.value is not None for i in doc.indicators) or any(
        r.weight.value is not None or r.score.value is not None for r in doc.funds.values())


def _dec(rows: Rows, row: str, col: str) -> Decimal | None:
    v = rows.get(row, {}).get(col)
    return v.dec if v is not None else None


def check_printed_rates(doc: Document, rows: Rows) -> list[Finding]:
    """Each rate the record does not carry as its funds rate, and C = A − B, on every row."""
    out: list[Finding] = []
    name = doc_name(doc)
    rel: Relations = doc.extra.get(RELATIONS) or Relations()
    for key, cols in rows.items():
        for res, a, b in rel.differences:
            got, x = _dec(rows, key, res), _dec(rows, key, a)
            if got is None or x is None:
                continue
            y = _dec(rows, key, b) or ZERO
            if got != x - y:
                out.append(finding(
                    "transfer_deduction", "error", name, cols[res].source,
                    f"{ROW_ZH[key]}：{COLUMN_ZH[res]}应为{x}−{y}={x - y}，表中为{got}。",
                    f"{key}: {res} is {x}−{y}={x - y}, the form says {got}.", got, x - y, ROW_ZH[key]))
        held = doc.funds.get(key)
        for rate_key, (num, den) in rel.rates.items():
            if rate_key == "rate" and held is not None and held.rate.value is not None:
                continue  # the record's own rate: audit.funds checks it
            r, n = cols.get(rate_key), _dec(rows, key, num)
            d = _dec(rows, key, den)
            if d is None and den == "net_budget":
                whole = _dec(rows, key, "annual_budget")
                d = None if whole is None else whole - (_dec(rows, key, "pooled") or ZERO)
            if r is None or r.dec is None or n is None or d is None or d <= 0:
                continue
            exact = n / d * HUNDRED
            if any(c.apply(exact) == r.dec for c in CANDIDATES) or rate_as_fraction(r.text, r.dec, n / d):
                continue
            out.append(finding(
                "execution_rate", "error", name, r.source,
                f"{ROW_ZH[key]}：{COLUMN_ZH[rate_key]}应为{n}÷{d}×100%={pct(CANDIDATES[0].apply(exact))}，表中为{pct(r.dec)}。",
                f"{key}: {rate_key} is {n}÷{d}×100%={CANDIDATES[0].apply(exact)}%, the form says {r.dec}%.",
                pct(r.dec), pct(CANDIDATES[0].apply(exact)), ROW_ZH[key]))
    return out


def check_sources(doc: Document, rows: Rows, columns: tuple[str, ...], whole: str) -> list[Finding]:
    """The total row equals the sum of the source rows, column by column (a row printed blank holds 0)."""
    total = rows.get("total")
    subs = [k for k in rows if k != "total"]
    if total is None or not subs:
        return []
    blank = set(doc.extra.get(BLANK_FUNDS_ROWS, ()))
    out: list[Finding] = []
    for col in columns:
        t = total.get(col)
        parts = [ZERO if k in blank else _dec(rows, k, col) for k in subs]
        if t is None or t.dec is None or any(p is None for p in parts):
            continue
        s = sum((p for p in parts if p is not None), ZERO)
        if s != t.dec:
            out.append(finding(
                "funds_sum", "error", doc_name(doc), t.source,
                f"{whole}{COLUMN_ZH[col]}：各来源之和{s}，与合计{t.dec}不符。",
                f"{col}: the sources sum to {s}, not the total {t.dec}.", t.dec, s, f"{whole} {COLUMN_ZH[col]}"))
    return out


def check_parts(doc: Document, rows: Rows) -> list[Finding]:
    """A checklist's sub-programmes against themselves and against the whole, source by source."""
    parts: list[tuple[str, Rows]] = doc.extra.get(PARTS) or []
    if not parts:
        return []
    out: list[Finding] = []
    name = doc_name(doc)
    for part, prow in parts:
        sub = Document(doc.type, part, doc.source,
                       funds={k: FundsRow(**{c: v for c, v in cols.items() if c in ("annual_budget", "executed")})
                              for k, cols in prow.items()})
        out += [dataclasses.replace(f, document=name, row=f"{part} {f.row or ''}".strip())
                for f in check_sub_rows(sub)]
    whole_name = doc.extra.get("transfer_whole") or "合计"
    for col in ("annual_budget", "executed"):
        t = _dec(rows, "total", col)
        totals = [_dec(p, "total", col) for _, p in parts]
        if t is None or any(x is None for x in totals):
            continue
        exhaustive = sum((x for x in totals if x is not None), ZERO) == t
        for key in rows:
            if key == "total":
                continue
            have = _dec(rows, key, col)
            each = [_dec(p, key, col) for _, p in parts]
            if have is None or any(x is None for x in each):
                continue
            s = sum((x for x in each if x is not None), ZERO)
            if s == have or (s < have and not exhaustive):
                continue
            terms = "+".join(str(x) for x in each)
            out.append(finding(
                "funds_parts_sum", "error", name, rows[key][col].source,
                f"{whole_name}{ROW_ZH[key]}{COLUMN_ZH[col]}{have}，与各分项{ROW_ZH[key]}之和{terms}={s}不符。",
                f"{whole_name} {key} {col} {have} differs from the parts' sum {terms}={s}.",
                have, s, f"{whole_name} {ROW_ZH[key]}"))
    return out
