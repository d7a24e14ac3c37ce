"""总分与等级 — weights sum to 100, Σ scores = the published total, scores within their weights, the grade.

Applies to project and policy self-evaluation forms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.audit.common import doc_name, finding, loc
from jixiao.audit.grades import check_printed_grade
from jixiao.audit.rounding_detect import Convention, figures
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, ZERO, is_float_artefact
from jixiao.core.records import EXECUTION_AS_INDICATOR, HALF_READ, ROWS_UNSPLIT, Document, IndicatorRow
from jixiao.core.rounding import HALF_UP_2
from jixiao.read.recognise.common import squash
from jixiao.read.recognise.levelsum import UNPLACED_SUMS


@dataclass(frozen=True, slots=True)
class GradeBand:
    """A grade over the half-open interval [low, high)."""

    grade: str
    low: Decimal
    high: Decimal | None = None

    def holds(self, total: Decimal) -> bool:
        return total >= self.low and (self.high is None or total < self.high)


DEFAULT_GRADES: tuple[GradeBand, ...] = (
    GradeBand("优", Decimal(90)),
    GradeBand("良", Decimal(80), Decimal(90)),
    GradeBand("中", Decimal(60), Decimal(80)),
    GradeBand("差", ZERO, Decimal(60)),
)


def grade_of(total: Decimal, bands: Sequence[GradeBand] = DEFAULT_GRADES) -> str | None:
    return next((b.grade for b in bands if b.holds(total)), None)


def execution_score(doc: Document) -> tuple[Decimal | None, Decimal | None]:
    if doc.extra.get(EXECUTION_AS_INDICATOR):  # execution is scored among the indicators
        return ZERO, ZERO
    row = doc.funds.get("total")
    if row is None:
        return None, None
    return row.weight.dec, row.score.dec


def half_read(doc: Document, what_zh: str, what_en: str) -> list[Finding]:
    """A sum over the indicator rows cannot be checked when the reader says it did not see them all."""
    if not doc.extra.get(HALF_READ):
        return []
    return [finding("cannot_verify", "info", doc_name(doc), doc.source,
                    f"指标表未能完整读取（{doc.extra[HALF_READ]}），无法核对{what_zh}。",
                    f"the indicator table was not read whole; {what_en} cannot be verified.", None, None, what_zh)]


def _unplaced(doc: Document) -> list[Finding]:
    """Rows whose two numbers no reading makes add up (``levelsum.by_header``), in a table not read whole: the
    weights read fail the total whichever cell is blank, but rows not read may be missing from the sum: 疑似."""
    said = doc.extra.get(UNPLACED_SUMS)
    if not said:
        return []
    as_score, as_actual, total, where = said
    return [finding("weight_sum", "suspect", doc_name(doc), where,
                    f"有指标行末尾只有两个数值：读作分值和得分时分值之和为{as_score}，读作完成值和分值时为{as_actual}，"
                    f"都不等于{total}（指标表未完整读取，请核对）。",
                    f"rows end in two numbers: as weight and score the weights sum to {as_score}, as actual and weight "
                    f"to {as_actual}, neither {total} (the table was not read whole: check).", total, as_actual, "总分")]


def _outside_levels(doc: Document) -> str | None:
    """The first indicator row under no first level whose weight was read (its first-level label lost, or
    read without its weight): then the first-level weights read are not all of them, and their sum proves
    nothing."""
    keys = [k for k in doc.level1_weights if k != "预算执行"]
    for ind in doc.indicators:
        if not any((ind.level1.str_ or "").startswith(k) for k in keys):
            return ind.level3.str_ or ind.code.str_ or "?"
    return None


def _execution_unread(doc: Document) -> bool:
    """A project form whose first levels leave room for an execution block (their weights short of 100) whose weight
    was not read: the page lacks its funds block (an excerpt of the form's end), or printed no weight in it."""
    ws = [v.dec for k, v in doc.level1_weights.items() if k != "预算执行"]
    funds = doc.funds.get("total")
    return (doc.type == "project_self_evaluation" and "预算执行" not in doc.level1_weights
            and (funds is None or funds.weight.value is None) and all(w is not None for w in ws)
            and sum((w for w in ws if w is not None), ZERO) in (Decimal(80), Decimal(90)))


def check_weights(doc: Document) -> list[Finding]:
    name = doc_name(doc)
    out: list[Finding] = []
    if (cut := half_read(doc, "分值之和", "the sum of weights")):
        return cut + _unplaced(doc)
    if doc.level1_weights:
        ws = [v.dec for v in doc.level1_weights.values()]
        if (outside := _outside_levels(doc)):
            out.append(finding(
                "cannot_verify", "info", name, loc(next(iter(doc.level1_weights.values()))),
                f"指标“{outside}”不在读出分值的一级指标之下，一级指标分值未全部读出，无法核对其和。",
                f"the indicator '{outside}' lies under no first level whose weight was read; the first-level "
                "weights cannot be summed.", None, None, "一级权重"))
        elif _execution_unread(doc):
            out.append(finding(
                "cannot_verify", "info", name, loc(next(iter(doc.level1_weights.values()))),
                "预算执行部分的分值未读出（页面没有资金表，或其分值未印出），一级指标分值之和无法核对。",
                "the execution block's weight was not read (no funds block on the page, or no weight in it); the "
                "first-level weights cannot be summed.", None, None, "一级权重"))
        elif all(w is not None for w in ws):
            s = sum((w for w in ws if w is not None), ZERO)
            if s != HUNDRED:
                first = next(iter(doc.level1_weights.values()))
                out.append(finding(
                    "weight_sum", "error", name, loc(first),
                    f"一级指标权重之和为{s}，不是100。", f"The first-level weights sum to {s}, not 100.",
                    s, HUNDRED, "一级权重",
                ))
        if doc.type != "project_self_evaluation":  # a project form's indicator weights are checked as well
            return out
    weights = [i.weight.dec for i in doc.indicators]
    if not doc.indicators or any(w is None for w in weights):
        return out
    exec_w, _ = execution_score(doc)
    if doc.type == "project_self_evaluation" and exec_w is None:
        return out  # the execution block was not read: check_total says so
    s = sum((w for w in weights if w is not None), ZERO) + (exec_w or ZERO)
    printed = doc.total_weight.dec
    expected = printed or HUNDRED
    if s != expected:
        terms = f"执行{exec_w}+指标{s - (exec_w or ZERO)}" if exec_w is not None else f"指标{s}"
        if printed is not None:
            out.append(finding(
                "weight_sum", "error", name, loc(doc.total_weight, doc.indicators[0].weight),
                f"分值之和{terms}={s}，不是{expected}。", f"The weights sum to {s}, not {expected}.",
                expected, s, "总分",
            ))
        else:  # the form prints no 总分 分值: 100 is the form's convention, not a figure the document states
            out.append(finding(
                "weight_sum", "suspect", name, loc(doc.indicators[0].weight),
                f"分值之和{terms}={s}，不是自评表通行的满分100（表上未印总分值，请核对）。",
                f"The weights sum to {s}, not the usual full mark of 100 (the form prints no total weight: check).",
                expected, s, "总分",
            ))
    return out


# the points a row's rule adds above its weight (加1分, 最多加2分, 最高加3分): its score may pass its weight by them
_BONUS = re.compile(r"加(\d+(?:\.\d+)?)分")
_BONUS_CAP = re.compile(r"(?:最多|最高|至多|上限)(?:可)?加(\d+(?:\.\d+)?)分")


def bonus(ind: IndicatorRow) -> Decimal | None:
    """The most points the row's rule or explanation adds above its weight: the cap it states (最多加2分), else every
    bonus it names added up; None where it names a bonus without its points (酌情加分); zero where it names none."""
    text = squash(f"{ind.rule_text.str_ or ''}{ind.evidence.str_ or ''}")
    if (cap := _BONUS_CAP.search(text)) is not None:
        return Decimal(cap.group(1))
    points = [Decimal(x) for x in _BONUS.findall(text)]
    if not points and "加分" in text:
        return None
    return sum(points, ZERO)


def check_bounds(doc: Document) -> list[Finding]:
    """No score above its weight and the bonus its rule allows (加1分), none below zero."""
    name = doc_name(doc)
    out: list[Finding] = []
    # the reader could not tell some rows' cells apart: a score above its "weight" may be a misplaced cell
    above = "suspect" if doc.extra.get(ROWS_UNSPLIT) else "error"
    for ind in doc.indicators:
        w, s = ind.weight.dec, ind.score.dec
        label = ind.level3.str_ or ind.code.str_
        if s is None:
            continue
        if s < 0:
            out.append(finding(
                "score_bounds", "error", name, loc(ind.score, ind.source),
                f"“{label}”得分{s}为负数。", f"'{label}' has a negative score {s}.", s, ZERO, label,
            ))
        elif w is not None and s > w and (extra := bonus(ind)) is not None and s > w + extra:
            out.append(finding(
                "score_bounds", above, name, loc(ind.score, ind.source),
                f"“{label}”得分{s}超过其分值{w}。", f"'{label}' scores {s}, above its weight {w}.", s, w, label,
            ))
    return out


def check_total(doc: Document, conv: Convention | None = None) -> list[Finding]:
    """Σ scores (execution + indicators) against the published 总分."""
    name = doc_name(doc)
    reported = doc.total_score.dec
    if (cut := half_read(doc, "总分", "the total")):
        return cut
    if reported is None:
        return [finding(
            "missing_total", "suspect", name, loc(doc.total_score, doc.source),
            "表中没有总分。", "The form gives no total score.", None, None, "总分",
        )]
    scores = [i.score.dec for i in doc.indicators]
    missing = [i for i in doc.indicators if i.score.dec is None and i.weight.dec is not None]
    out: list[Finding] = []
    for ind in missing:
        label = ind.level3.str_ or ind.code.str_ or "?"
        out.append(finding(
            "missing_score", "suspect", name, loc(ind.weight, ind.source),
            f"“{label}”有分值{ind.weight.dec}却没有得分。", f"'{label}' has a weight but no score.",
            None, None, label,
        ))
    exec_w, exec_s = execution_score(doc)
    if doc.type == "project_self_evaluation" and exec_w is None:
        return out + [finding(
            "cannot_verify", "info", name, loc(doc.total_score),
            "预算执行一栏的分值未能读出，无法核对分值之和与总分。",
            "The execution block's weight could not be read; weights and total cannot be verified.",
            reported, None, "总分",
        )]
    if exec_w is not None and exec_s is None:
        row = doc.funds["total"]
        out.append(finding(
            "missing_score", "suspect", name, loc(row.score, row.weight),
            "预算执行有分值却没有得分。", "The execution block has a weight but no score.", None, None, "年度资金总额",
        ))
        return out
    if not doc.indicators or missing:
        return out
    s = sum((x for x in scores if x is not None), ZERO) + (exec_s or ZERO)
    compare = reported
    if is_float_artefact(doc.total_score.text or ""):
        compare = HALF_UP_2.apply(reported)  # the artefact has its own finding
    if s != compare:
        unrounded = _unrounded_execution(doc, conv)
        if unrounded is not None and unrounded + s - (exec_s or ZERO) == compare:
            return out + [finding(
                "total_sum", "error", name, loc(doc.total_score),
                f"各项得分之和为{s}，总分却为{reported}：总分用的是执行得分{unrounded}，表中执行得分写作{exec_s}。",
                f"The scores sum to {s} but the total is {reported}: the total uses the execution score {unrounded}, "
                f"the form shows {exec_s}.",
                reported, s, "总分",
            )]
        separate = exec_s is not None and not doc.extra.get(EXECUTION_AS_INDICATOR)
        terms = f"执行得分{exec_s}+指标得分{s - (exec_s or ZERO)}={s}" if separate else f"指标得分之和{s}"
        out.append(finding(
            "total_sum", "error", name, loc(doc.total_score),
            f"总分应为{terms}，表中为{reported}。",
            f"The total is {s} ({'execution + indicator scores' if separate else 'the indicator scores'}), "
            f"the form says {reported}.",
            reported, s, "总分",
        ))
    return out


def check_grade(doc: Document, bands: Sequence[GradeBand], grades_expected: bool) -> list[Finding]:
    name = doc_name(doc)
    total = doc.total_score.dec
    grade = doc.grade.str_
    if not grade or not grade.strip():
        if grades_expected:
            return [finding(
                "missing_grade", "suspect", name, loc(doc.grade, doc.total_score),
                "评分等级空缺（本文件其他表都填了等级）。",
                "The grade is blank (the file's other forms give one).", None,
                grade_of(total, bands) if total is not None else None, "评分等级",
            )]
        return []
    return check_printed_grade(doc, bands)


def check_level1_scores(doc: Document) -> list[Finding]:
    """Policy forms: the scores under a first-level indicator do not exceed its weight (一级权重)."""
    name = doc_name(doc)
    out: list[Finding] = []
    weights = [v.dec for v in doc.level1_weights.values()]
    grand = sum((i.score.dec for i in doc.indicators if i.score.dec is not None), ZERO)
    # When the form's scores fit its weights overall, an overfull group means rows placed under the wrong
    # first-level label (a label lost at a page break): worth a look, not an arithmetic error.
    severity = "error" if grand > sum((w for w in weights if w is not None), ZERO) else "suspect"
    for label, wval in doc.level1_weights.items():
        w = wval.dec
        if w is None:
            continue
        scores = [i.score.dec for i in doc.indicators if (i.level1.str_ or "").strip() == label]
        s = sum((x for x in scores if x is not None), ZERO)
        if s > w:
            hint = "" if severity == "error" else "（全表得分未超总权重，可能是跨页丢失了一级指标标签）"
            out.append(finding(
                "score_bounds", severity, name, loc(wval),
                f"“{label}”下的得分合计{s}超过其一级权重{w}{hint}。",
                f"The scores under '{label}' sum to {s}, above its weight {w}.", s, w, label,
            ))
    return out


def _unrounded_execution(doc: Document, conv: Convention | None) -> Decimal | None:
    """The execution score as the document's convention computes it (before a form rounds it again)."""
    f = figures(doc)
    return None if f is None or conv is None else conv.score_of(f)
