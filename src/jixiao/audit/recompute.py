"""重算表 — a project or policy form as published beside the same form as jixiao recomputes it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jixiao.audit.indicators import expected_share
from jixiao.audit.rounding_detect import DEFAULT, Convention, figures
from jixiao.audit.tables import rounds_to
from jixiao.audit.totals import DEFAULT_GRADES, grade_of
from jixiao.core.numbers import ZERO, fmt_plain
from jixiao.core.records import Document, Val
from jixiao.core.rounding import HALF_UP_2
from jixiao.core.target import parse_target


@dataclass(frozen=True, slots=True)
class FormLine:
    """One line of the comparison: what the form says, what the arithmetic says."""

    label: str
    published: str | None
    recomputed: str | None
    line: int | None = None
    lenient: bool = False  # an evaluator's score: rounding it is the evaluator's call

    @property
    def differs(self) -> bool:
        if self.published is None or self.recomputed is None:
            return False
        try:
            published, recomputed = Decimal(self.published.rstrip("%")), Decimal(self.recomputed.rstrip("%"))
        except ArithmeticError:
            return self.published != self.recomputed
        # 1.5 published for 1.46 recomputed is the evaluator's rounding, not a difference worth red ink.
        return not rounds_to(recomputed, published) if self.lenient else published != recomputed


def _s(v: Decimal | None, suffix: str = "") -> str | None:
    return None if v is None else fmt_plain(v) + suffix


def _line(v: Val) -> int | None:
    return v.source.line if v.source else None


def form_lines(doc: Document, conv: Convention | None = None) -> list[FormLine]:
    conv = conv or DEFAULT
    out: list[FormLine] = []
    f = figures(doc)
    row = doc.funds.get("total")
    exec_score: Decimal | None = None
    if f is not None and row is not None:
        out.append(FormLine("执行率", _s(f.rate, "%"), _s(conv.rate_of(f), "%"), _line(row.rate)))
        exec_score = conv.score_of(f)
        if f.weight is not None:
            out.append(FormLine("执行得分", _s(f.score), _s(exec_score), _line(row.score)))
    total = exec_score or ZERO
    complete = exec_score is not None or doc.type == "policy_self_evaluation"
    for ind in doc.indicators:
        w, s = ind.weight.dec, ind.score.dec
        rec: Decimal | None = None
        if w is not None:
            share = expected_share(parse_target(ind.target.str_), parse_target(ind.actual.str_))
            if share is not None:
                rec = HALF_UP_2.apply(w * share)
        shown = rec if rec is not None else s  # qualitative: the evaluator's score stands
        if shown is None:
            complete = False
        else:
            total += shown
        out.append(FormLine(ind.level3.str_ or ind.code.str_ or "?", _s(s), _s(shown),
                            ind.source.line if ind.source else _line(ind.score), lenient=True))
    if doc.total_score.value is not None or complete:
        out.append(FormLine("总分", doc.total_score.str_, _s(total) if complete else None, _line(doc.total_score)))
        grade = grade_of(total, DEFAULT_GRADES) if complete else None
        out.append(FormLine("评分等级", doc.grade.str_, grade, _line(doc.grade)))
    return out


def dept_lines(doc: Document) -> list[FormLine]:
    """A department score table: each leaf's score (recomputed from its evidence formula where it has one),
    each node's published score against the sum of its leaves, and the total."""
    from jixiao.audit.dept import _leaves
    from jixiao.audit.evidence import find_formulas, rule_score

    out: list[FormLine] = []
    leaves = _leaves(doc)
    rec: dict[str, Decimal | None] = {}
    for code, ind in leaves.items():
        s, w = ind.score.dec, ind.weight.dec
        r = s
        for f in find_formulas(ind.evidence.str_ or ""):
            if w is not None and (x := rule_score(f.name, w, f.recomputed or f.published)) is not None:
                r = x
        rec[code] = r
        out.append(FormLine(f"{code} {ind.level3.str_ or ''}".strip(), _s(s), _s(r), ind.source.line if ind.source else None))
    published: dict[str, Val] = {**(doc.extra.get("level_scores") or {}), **(doc.extra.get("subtotals") or {})}
    for code in sorted(published):
        under = [x for c, x in rec.items() if c.startswith(code) and c != code]
        if not under:
            continue
        total = None if any(x is None for x in under) else sum((x for x in under if x is not None), ZERO)
        pv = published[code]
        out.append(FormLine(f"{code} 小计", pv.str_, _s(total), _line(pv)))
    values = list(rec.values())
    if values and all(x is not None for x in values):
        total = sum((x for x in values if x is not None), ZERO)
        out.append(FormLine("总分", doc.total_score.str_, _s(total), _line(doc.total_score)))
    return out
