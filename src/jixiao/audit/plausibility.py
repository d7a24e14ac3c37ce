"""合理性 — figures that add up but deserve a look: a low execution rate rated 优, every indicator at full
marks, actuals copied from the targets, targets that measure nothing, a lost point without a reason."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.audit.common import doc_name, finding, loc, pct
from jixiao.audit.rounding_detect import figures
from jixiao.core.findings import Finding
from jixiao.core.numbers import normalize_text
from jixiao.core.records import NO_REASON_COLUMN, Document
from jixiao.core.rounding import HALF_UP_2
from jixiao.core.target import parse_target

LOW_RATE = Decimal(60)  # percent: below this, 优 needs explaining
COPIED_SHARE = Decimal("0.8")
MIN_ROWS = 3


def check_low_rate_top_grade(doc: Document) -> list[Finding]:
    f = figures(doc)
    grade = (doc.grade.str_ or "").strip()
    if f is None or grade != "优":
        return []
    rate = f.rate if f.rate is not None else HALF_UP_2.apply(f.exact_rate)
    if rate >= LOW_RATE:
        return []
    return [finding(
        "low_rate_top_grade", "suspect", doc_name(doc), loc(doc.funds["total"].rate, doc.grade),
        f"预算执行率仅{pct(rate)}（执行{f.executed}/预算{f.budget}），评分等级却为“优”。",
        f"Only {rate}% of the budget was spent ({f.executed} of {f.budget}), yet the grade is 优 (excellent).",
        pct(rate), None, "评分等级",
    )]


def check_all_full_marks(doc: Document) -> list[Finding]:
    rows = [i for i in doc.indicators if i.weight.dec is not None and i.score.dec is not None]
    if len(rows) < MIN_ROWS or any(i.score.dec != i.weight.dec for i in rows):
        return []
    return [finding(
        "all_full_marks", "info", doc_name(doc), loc(doc.total_score, doc.source),
        f"全部{len(rows)}个指标均得满分。", f"All {len(rows)} indicators have full marks.",
        None, None, None,
    )]


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and normalize_text(a or "") == normalize_text(b or "")


def check_copied_actuals(doc: Document) -> list[Finding]:
    rows = [i for i in doc.indicators if i.target.str_ and i.actual.str_]
    if len(rows) < MIN_ROWS:
        return []
    copied = [i for i in rows if _same(i.target.str_, i.actual.str_)]
    if Decimal(len(copied)) < COPIED_SHARE * len(rows):
        return []
    return [finding(
        "copied_actuals", "suspect", doc_name(doc), loc(copied[0].actual, copied[0].source),
        f"{len(rows)}个指标中{len(copied)}个的实际完成值与年度指标值一字不差，疑为照抄目标。",
        f"{len(copied)} of {len(rows)} actual values repeat the target word for word.",
        None, None, None,
    )]


_DIGIT = re.compile(r"\d")


def check_vague_targets(doc: Document) -> list[Finding]:
    """A target with no number (有效, 满意) or a bare number with no unit (100) is hard to measure."""
    vague: list[str] = []
    first = None
    for ind in doc.indicators:
        text = ind.target.str_
        if not text:
            continue
        t = parse_target(text)
        if not _DIGIT.search(text) or (not t.qualitative and t.unit is None and t.op == "="):
            vague.append(f"{ind.level3.str_ or '?'}（{text}）")
            first = first or ind
    if not vague or first is None:
        return []
    shown = "、".join(vague[:5]) + ("等" if len(vague) > 5 else "")
    return [finding(
        "vague_target", "info", doc_name(doc), loc(first.target, first.source),
        f"{len(vague)}个指标值无数值或无单位，难以衡量：{shown}。",
        f"{len(vague)} targets have no number or no unit and are hard to measure.",
        str(len(vague)), None, None,
    )]


def check_missing_reason(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    if doc.extra.get(NO_REASON_COLUMN):
        return out
    for ind in doc.indicators:
        w, s = ind.weight.dec, ind.score.dec
        if w is None or s is None or s >= w or (ind.deviation_note.str_ or "").strip():
            continue
        label = ind.level3.str_ or ind.code.str_ or "?"
        out.append(finding(
            "missing_reason", "suspect", doc_name(doc), loc(ind.score, ind.source),
            f"“{label}”得分{s}低于分值{w}，但未填写偏差原因。",
            f"'{label}' scores {s} of {w} but gives no reason for the deviation.", s, w, label,
        ))
    return out


def check_plausibility(doc: Document) -> list[Finding]:
    return (
        check_low_rate_top_grade(doc)
        + check_all_full_marks(doc)
        + check_copied_actuals(doc)
        + check_vague_targets(doc)
        + check_missing_reason(doc)
    )
