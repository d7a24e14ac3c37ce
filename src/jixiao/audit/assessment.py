"""考核评分细则 — the assessment rule tables (seed 000): points per section, 格次 bands that leave gaps or
touch ambiguously, and formulas whose wording admits two readings."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from jixiao.audit.common import doc_name, finding, loc, num
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED
from jixiao.core.records import Document


def _leaves(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for n in nodes:
        if n.get("children"):
            yield from _leaves(n["children"])
        else:
            yield n


def check_sections(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    for section, total in (doc.extra.get("section_sums") or {}).items():
        if Decimal(total) != HUNDRED:
            out.append(finding(
                "section_points", "error", doc_name(doc), doc.source,
                f"“{section}”各指标分值之和为{num(Decimal(total))}，不是100。",
                f"The points of section '{section}' sum to {total}, not 100.", num(Decimal(total)), "100", section,
            ))
    return out


def check_bands(doc: Document) -> list[Finding]:
    """格次 bands in points: a gap between two bands leaves scores no band admits (7 < x < 8)."""
    draft = doc.extra.get("draft_framework") or {}
    out: list[Finding] = []
    rows = {(i.level3.str_ or i.level2.str_ or ""): i for i in doc.indicators}
    for leaf in _leaves(draft.get("indicators") or []):
        bands = (leaf.get("params") or {}).get("bands") or []
        if not isinstance(bands, list):  # compound_band: {conditions met: band}, unnamed; not a ladder of 格次
            continue
        spans = sorted((Decimal(str(b["min"])), Decimal(str(b["max"])), b.get("band", "")) for b in bands
                       if isinstance(b, Mapping) and "min" in b and "max" in b)
        for (lo1, hi1, b1), (lo2, hi2, b2) in zip(spans, spans[1:]):
            if lo2 > hi1:
                ind = rows.get(leaf.get("name", ""))
                out.append(finding(
                    "band_gap", "suspect", doc_name(doc), loc(ind.rule_text if ind else None, doc.source),
                    f"“{leaf.get('name')}”的格次“{b1}”（{num(lo1)}-{num(hi1)}分）与“{b2}”（{num(lo2)}-{num(hi2)}分）之间"
                    f"留有空档：{num(hi1)}到{num(lo2)}分之间的得分（如{num((hi1 + lo2) / 2)}分）不属于任何格次。",
                    f"'{leaf.get('name')}': bands {b1} ({lo1}-{hi1}) and {b2} ({lo2}-{hi2}) leave a gap; a score "
                    f"between {hi1} and {lo2} belongs to no band.",
                    f"{num(hi1)}-{num(lo2)}", None, leaf.get("name"),
                ))
    return out


_BELOW = re.compile(r"每低于(\S{0,12}?)(\d+(?:\.\d+)?)\s*%\s*扣\s*(\d+(?:\.\d+)?)\s*分")


def check_formulas(doc: Document) -> list[Finding]:
    """``每低于最高下载速率 5%扣 1 分``: 5% of the best value, or 5 percentage points?"""
    out: list[Finding] = []
    for ind in doc.indicators:
        text = re.sub(r"\s+", "", ind.rule_text.str_ or "")
        m = _BELOW.search(text)
        if not m:
            continue
        step, pts = m.group(2), m.group(3)
        label = ind.level3.str_ or ind.level2.str_ or "?"
        out.append(finding(
            "ambiguous_formula", "info", doc_name(doc), loc(ind.rule_text, ind.source),
            f"“{label}”的“{m.group(0)}”可有两种读法：①相对最高值低{step}%（(最高−本区)÷最高×100÷{step}，向上取整，"
            f"每档扣{pts}分）；②相差{step}个百分点（适用于以百分比计的指标）。",
            f"'{label}': '{m.group(0)}' reads either as {step}% of the best value ((best − x) / best × 100 / {step}, "
            f"rounded up, {pts} point each) or as {step} percentage points.",
            m.group(0), None, label,
        ))
    return out


def check_rule_weights(doc: Document) -> list[Finding]:
    """A scoring-rule table read by its labels (no draft of its own): the weights under each level label make
    the weight it prints (``check_tree``), and the leaves make the printed total (合计 100)."""
    from jixiao.audit.dept_tree import check_tree, closed_groups
    from jixiao.audit.totals import half_read

    if doc.extra.get("draft_framework") is not None:
        return []  # seed 000's 考核细则: its sections are checked by check_sections
    if (cut := half_read(doc, "分值之和", "the sum of weights")):
        return cut + closed_groups(doc)  # (the groups the text goes on past are whole all the same)
    out = check_tree(doc)
    ws = [i.weight.dec for i in doc.indicators]
    total = doc.total_weight.dec
    if total is not None and doc.indicators and all(w is not None for w in ws):
        s = sum((w for w in ws if w is not None), Decimal(0))
        if s != total:
            # maybe misread: levels placed by their weights, or rows rebuilt from cells the text scattered (a 序号
            # column may then have been taken for the weights)
            severity = "suspect" if doc.extra.get("levels_from_weights") or doc.extra.get("rows_rebuilt") else "error"
            out.append(finding(
                "weight_sum", severity, doc_name(doc), loc(doc.total_weight),
                f"各指标分值之和为{num(s)}，合计行为{num(total)}。", f"The weights sum to {s}; the total row says {total}.",
                num(total), num(s), "合计",
            ))
    return out


def check_assessment(doc: Document) -> list[Finding]:
    return check_sections(doc) + check_bands(doc) + check_formulas(doc) + check_rule_weights(doc)
