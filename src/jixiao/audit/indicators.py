"""指标得分 — a partial score against the framework's rule (actual/target, target/actual for reverse
targets, as the framework's ``indicator_rules`` say), a full score although the actual misses the target,
a score where the actual is empty."""

from __future__ import annotations

from decimal import Decimal

from jixiao.audit.common import doc_name, finding, loc, num
from jixiao.audit.rounding_detect import CANDIDATES
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO
from jixiao.core.records import Document, IndicatorRow
from jixiao.core.rounding import HALF_UP_2, Rounding
from jixiao.core.target import Target, parse_target
from jixiao.frameworks.model import Framework
from jixiao.rules import RuleContext

EXACT = Rounding("none")


def expected_score(framework: Framework | None, ind: IndicatorRow) -> Decimal | None:
    """The indicator's score by the framework's ``indicator_rules``, exact (unrounded), through the scoring
    engine (``score_form_item``); None without a framework, weight, or a rule that can score the row."""
    w = ind.weight.dec
    if framework is None or w is None or w <= 0:
        return None
    from jixiao.scoring.engine import score_form_item

    item = {"name": ind.level3.str_ or "", "target": ind.target.str_ or "", "actual": ind.actual.str_,
            "weight": w}
    ctx = RuleContext(rate=framework.rounding.rate, score=EXACT)
    return score_form_item(framework, item, ctx=ctx).score


def _units_agree(target: Target, actual: Target) -> bool:
    return target.unit is None or actual.unit is None or target.unit == actual.unit


def _label(ind: IndicatorRow) -> str:
    return ind.level3.str_ or ind.code.str_ or "?"


def check_indicator(doc: Document, ind: IndicatorRow, framework: Framework | None) -> list[Finding]:
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
    exact = expected_score(framework, ind)
    if exact is None:
        return []
    prop = HALF_UP_2.apply(exact)  # the proportional score as the national default writes it
    above_range = target.op == "range" and target.high is not None and (actual.value or ZERO) > target.high
    if s == w and exact < w and not above_range:
        return [finding(
            "full_score_missed_target", "suspect", name, loc(ind.score, ind.source),
            f"“{label}”实际完成{actual.text}未达到目标{target.text}，却得满分{s}（按比例应为{num(prop)}）。",
            f"'{label}' misses its target ({actual.text} against {target.text}) yet has full marks {s} "
            f"(proportionally {num(prop)}).",
            s, prop, label,
        )]
    if s < w and not any(r.apply(exact) == s for r in CANDIDATES):
        ratio = "目标值÷实际值" if target.is_reverse else "实际值÷目标值"
        return [finding(
            "partial_score", "suspect", name, loc(ind.score, ind.source),
            f"“{label}”得分{s}与按比例计分（分值{w}×{ratio}={num(prop)}）不符。",
            f"'{label}' scores {s}; proportional scoring gives {num(prop)}.",
            s, prop, label,
        )]
    return []


_ALL_BLANK = 3  # scored rows with a target and no actual, none in the form with one: the column, not each row


def check_indicators(doc: Document, framework: Framework | None) -> list[Finding]:
    """Every indicator of a form, scored by ``framework`` (the one chosen for the document); without a
    framework only the score without an actual value is checked. Where no row of the form holds an actual value
    and several scored rows hold a target, the one finding is that the whole column is blank (or was not read):
    a form printed so, or a header the reading did not place, is one fact, not a suspicion on every row."""
    blank = [i for i in doc.indicators if i.score.dec is not None and i.target.str_ and not (i.actual.str_ or "").strip()]
    if len(blank) >= _ALL_BLANK and not any((i.actual.str_ or "").strip() for i in doc.indicators):
        first = blank[0]
        names = "、".join(f"“{_label(i)}”" for i in blank[:3]) + ("等" if len(blank) > 3 else "")
        return [finding(
            "score_without_actual", "suspect", doc_name(doc), loc(first.score, first.source),
            f"{len(blank)} 个指标都没有实际完成值却有得分（{names}）：实际完成值一栏全空，或未能读出。",
            f"{len(blank)} indicators have a score and no actual value: the actual column is blank throughout, or "
            "was not read.", None, None, None,
        )]
    out: list[Finding] = []
    for ind in doc.indicators:
        out += check_indicator(doc, ind, framework)
    return out
