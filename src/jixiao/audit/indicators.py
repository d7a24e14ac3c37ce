"""指标得分 — a partial score against the rule (actual/target, target/actual for reverse targets), a full
score although the actual misses the target, a score where the actual is empty."""

from __future__ import annotations

from decimal import Decimal

from jixiao.audit.common import doc_name, finding, loc, num
from jixiao.audit.rounding_detect import CANDIDATES
from jixiao.core.findings import Finding
from jixiao.core.numbers import ONE, ZERO
from jixiao.core.records import Document, IndicatorRow
from jixiao.core.target import Target, parse_target


def expected_share(target: Target, actual: Target) -> Decimal | None:
    """The share of the weight the default rule gives; None when the rule cannot be applied."""
    met = target.met_by(actual)
    if met is None:
        return None
    if met:
        return ONE
    a = actual.value if actual.value is not None else actual.low
    if a is None:
        return None
    if target.op == "range":
        assert target.low is not None and target.high is not None
        if a < target.low:
            return a / target.low if target.low > 0 else None
        return target.high / a if a > 0 else None
    t = target.value
    assert t is not None
    if target.is_reverse:
        return t / a if a > 0 else None
    if t <= 0:
        return None
    return max(min(a / t, ONE), ZERO)


def _units_agree(target: Target, actual: Target) -> bool:
    return target.unit is None or actual.unit is None or target.unit == actual.unit


def _label(ind: IndicatorRow) -> str:
    return ind.level3.str_ or ind.code.str_ or "?"


def check_indicator(doc: Document, ind: IndicatorRow) -> list[Finding]:
    w, s = ind.weight.dec, ind.score.dec
    if s is None:
        return []
    name, label = doc_name(doc), _label(ind)
    actual_text = (ind.actual.str_ or "").strip()
    if not actual_text and ind.target.str_:
        return [finding(
            "score_without_actual", "suspect", name, loc(ind.score, ind.source),
            f"“{label}”没有实际完成值，却得{s}分。", f"'{label}' has no actual value yet scores {s}.",
            s, None, label,
        )]
    if w is None or w <= 0:
        return []
    target = parse_target(ind.target.str_)
    actual = parse_target(actual_text)
    if not _units_agree(target, actual):
        return []
    share = expected_share(target, actual)
    if share is None:
        return []
    exact = w * share
    above_range = target.op == "range" and target.high is not None and (actual.value or ZERO) > target.high
    if s == w and share < ONE and not above_range:
        return [finding(
            "full_score_missed_target", "suspect", name, loc(ind.score, ind.source),
            f"“{label}”实际完成{actual.text}未达到目标{target.text}，却得满分{s}（按比例应为{num(round2(exact))}）。",
            f"'{label}' misses its target ({actual.text} against {target.text}) yet has full marks {s} "
            f"(proportionally {num(round2(exact))}).",
            s, round2(exact), label,
        )]
    if s < w and not any(r.apply(exact) == s for r in CANDIDATES):
        ratio = "目标值÷实际值" if target.is_reverse else "实际值÷目标值"
        return [finding(
            "partial_score", "suspect", name, loc(ind.score, ind.source),
            f"“{label}”得分{s}与按比例计分（分值{w}×{ratio}={num(round2(exact))}）不符。",
            f"'{label}' scores {s}; proportional scoring gives {num(round2(exact))}.",
            s, round2(exact), label,
        )]
    return []


def round2(x: Decimal) -> Decimal:
    return CANDIDATES[0].apply(x)


def check_indicators(doc: Document) -> list[Finding]:
    out: list[Finding] = []
    for ind in doc.indicators:
        out += check_indicator(doc, ind)
    return out
