"""重算表 — a project or policy form as published beside the same form as jixiao recomputes it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from decimal import Decimal

from jixiao.audit.choose import framework_of, pick_framework
from jixiao.audit.indicators import expected_score
from jixiao.audit.rounding_detect import DEFAULT, Convention, figures
from jixiao.audit.tables import rounds_to
from jixiao.audit.totals import DEFAULT_GRADES, grade_of
from jixiao.core.numbers import ZERO, fmt_plain
from jixiao.core.records import Document, Val
from jixiao.core.rounding import HALF_UP_2
from jixiao.frameworks.model import Framework, Indicator


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


def _framework(doc: Document, framework: Framework | None) -> Framework | None:
    """The framework given, else the one the audit picks for the document (``pick_framework``)."""
    return framework if framework is not None else framework_of(pick_framework(doc))


def form_lines(doc: Document, conv: Convention | None = None, framework: Framework | None = None) -> list[FormLine]:
    """A form beside its recomputation: indicators scored by ``framework``'s indicator rules (by default
    the one the audit picks for the document)."""
    conv = conv or DEFAULT
    fw = _framework(doc, framework)
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
        s = ind.score.dec
        exact = expected_score(fw, ind)
        rec = None if exact is None else HALF_UP_2.apply(exact)
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


def dept_lines(doc: Document, framework: Framework | None = None) -> list[FormLine]:
    """A department score table: each leaf's score (recomputed from its evidence formula by the rule of the
    framework's leaf with its code, where it has both), each node's published score against the sum of its
    leaves, and the total. ``framework`` defaults to the one the audit picks for the document."""
    from jixiao.audit.dept_tree import _leaves

    fw = _framework(doc, framework)
    fw_leaves = {i.code: i for i in fw.leaves()} if fw is not None else {}
    out: list[FormLine] = []
    leaves = _leaves(doc)
    rec: dict[str, Decimal | None] = {}
    for code, ind in leaves.items():
        s = ind.score.dec
        r = s
        leaf = fw_leaves.get(code)
        if fw is not None and leaf is not None:
            r = _by_rule(fw, leaf, ind.evidence.str_ or "", r)
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


def _by_rule(fw: Framework, leaf: Indicator, evidence: str, score: Decimal | None) -> Decimal | None:
    """The score the leaf's rule gives the rate of its evidence formula (else the score as published)."""
    from jixiao.audit.evidence import find_formulas, leaf_score
    from jixiao.rules import RuleInputError

    for f in find_formulas(evidence):
        with contextlib.suppress(RuleInputError):
            score = leaf_score(leaf, f.exact if f.exact is not None else f.published, fw.context).score
    return score
