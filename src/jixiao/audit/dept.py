"""部门整体评价 — department-wide score tables: formula indicators recomputed from their own evidence text, and an
indicator's own paragraph checked against its row (the sums at every level of the tree: ``audit.dept_tree``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from jixiao.audit.common import doc_name, finding, loc, pct
from jixiao.audit.evidence import Formula, find_formulas, leaf_score
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, parse_decimal
from jixiao.core.records import Document
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.frameworks.model import Framework, Indicator
from jixiao.rules import RuleInputError

CODE = re.compile(r"^\s*([A-Z]\d{1,4})\s*(.*)$", re.S)
ROW_CELLS = 16  # more cells than any evaluation table has columns
NamedAt = Callable[[Source], str]
FrameworkAt = Callable[[Source], Framework | None]  # the framework chosen for the document at a place


def _numbers(row: list[Cell]) -> list[tuple[int, Decimal]]:
    out = []
    for k, c in enumerate(row):
        d = parse_decimal(c.text)
        if d is not None:
            out.append((k, d))
    return out


def _coded(row: list[Cell]) -> list[tuple[str, str]]:
    """(code, label) of every cell that starts with an indicator code and a name (``B12预算执行率``)."""
    out = []
    for c in row:
        m = CODE.match(c.text)
        if m and m.group(2).strip():
            out.append((m.group(1), (m.group(1) + m.group(2)).replace(" ", "")))
    return out


def _row_label(row: list[Cell]) -> str | None:
    coded = _coded(row)
    return coded[0][1] if coded else None


def _leaf_of(row: list[Cell], fw: Framework | None) -> tuple[str | None, Indicator | None, str | None]:
    """The row's indicator code, the framework leaf with that code, the row's label for it. A row of merged
    cells can carry its branch's code too (``B1预算执行 (10分)`` beside ``B13结转结余率``): the last code that
    is a leaf of the framework wins, else the last code."""
    found = _coded(row)
    leaves = {ind.code: ind for _, ind in fw.walk() if ind.is_leaf} if fw is not None else {}
    for code, label in reversed(found):
        if code in leaves:
            return code, leaves[code], label
    return (found[-1][0], None, None) if found else (None, None, None)


def check_evidence_table(table: Table, name_at: NamedAt, framework_at: FrameworkAt | None = None) -> list[Finding]:
    """Formulas and deductions in the evidence column; a formula's score by the rule of the leaf with the
    row's code in the framework ``framework_at`` gives for the place (the one chosen for that document)."""
    out: list[Finding] = []
    for row in table.rows:
        if len(row) > ROW_CELLS:  # a run of cells from text whose rows were lost, not a row: its numbers are others'
            continue
        for k, cell in enumerate(row):
            formulas = find_formulas(cell.text) if "100%" in cell.text.replace(" ", "") else []
            for f in formulas:
                fw = framework_at(cell.source) if framework_at is not None else None
                out += _formula_findings(row, k, cell, f, name_at, fw)
            if not formulas:
                out += _deduction_findings(row, k, cell, name_at)
    return out


_DEDUCT = re.compile(r"扣(?:减)?(\d+(?:\.\d+)?)分")
# 不得分 / 得满分 (seed 003 writes 得满分 2 分, giving the full marks) / 得X分
_SAID = re.compile(r"(不得分|得满分(?:(\d+(?:\.\d+)?)分)?|得(\d+(?:\.\d+)?)分)")


def _points_said(m: re.Match[str], weight: Decimal) -> Decimal:
    """The points a ``_SAID`` match gives: none, the weight (full marks), or the number written."""
    if m.group(1) == "不得分":
        return ZERO
    return weight if m.group(1).startswith("得满分") else Decimal(m.group(3))


def _after_deductions(weight: Decimal, deductions: list[Decimal]) -> Decimal:
    return max(weight - sum(deductions, ZERO), ZERO)


def _deduction_findings(row: list[Cell], k: int, cell: Cell, name_at: NamedAt) -> list[Finding]:
    """``扣减0.5分，得1.5分``: weight − deductions = the points the text gives = the score column."""
    if "扣" not in cell.text:  # no deduction written: most cells of every table (a tenth of a form's audit)
        return []
    text = re.sub(r"\s+", "", cell.text)
    deducted = list(_DEDUCT.finditer(text))
    deductions = [Decimal(d.group(1)) for d in deducted]
    said_m = list(_SAID.finditer(text))
    if not deductions or not said_m:
        return []
    if said_m[-1].start() < deducted[-1].start():
        return []  # 得2分;每缺一项扣1分: the full marks, then what loses points, is a rule; a scoring says 扣1分,得1分
    nums = _numbers(row)
    before = [d for j, d in nums if j < k]
    after = [d for j, d in nums if j > k]
    if not before or not after:
        return []
    weight, score = before[0], after[-1]
    said = _points_said(said_m[-1], weight)
    label = _row_label(row) or "?"
    expected = _after_deductions(weight, deductions)
    out: list[Finding] = []
    if expected != said:
        terms = "−".join([str(weight), *map(str, deductions)])
        out.append(finding(
            "evidence_arithmetic", "suspect", name_at(cell.source), cell.source,
            f"“{label}”评分过程扣分后应得{terms}={expected}分，文中写得{said}分。",
            f"'{label}': after the deductions it scores {expected}, the text says {said}.", said, expected, label,
        ))
    if said != score:
        out.append(finding(
            "evidence_score", "suspect", name_at(cell.source), row[-1].source,
            f"“{label}”评分过程写得{said}分，得分栏为{score}。",
            f"'{label}': the evidence gives {said} points, the score column {score}.", score, said, label,
        ))
    return out


def _unscored(fw: Framework | None, code: str | None, why: str | None) -> tuple[str, str]:
    """Why a formula's score is not checked against a rule (Chinese, English)."""
    if fw is None:
        return "未找到适用的指标框架", "no framework applies"
    if why is not None:
        return f"框架{fw.id}中{code}的评分规则不按比率计分（{why}）", f"the rule of {code} in {fw.id} does not score a rate"
    if code is None:
        return "该行没有指标代码", "the row has no indicator code"
    return f"框架{fw.id}中没有代码为{code}的末级指标", f"framework {fw.id} has no leaf {code}"


def _formula_findings(
    row: list[Cell], k: int, cell: Cell, f: Formula, name_at: NamedAt, fw: Framework | None
) -> list[Finding]:
    code, leaf, leaf_label = _leaf_of(row, fw)
    label = leaf_label or _row_label(row) or f.name
    doc = name_at(cell.source)
    out: list[Finding] = []
    rec = f.recomputed
    if rec is None or f.exact is None:
        return out
    nums = _numbers(row)
    before = [d for j, d in nums if j < k]
    after = [d for j, d in nums if j > k]
    score = after[-1] if before and after else None
    expected, why = None, None
    if leaf is not None and fw is not None:
        try:
            expected = leaf_score(leaf, f.exact, fw.context).score
        except RuleInputError as e:
            why = e.zh
    note_zh = note_en = ""
    if expected is None:
        zh, en = _unscored(fw, code, why)
        note_zh, note_en = f"（{zh}，只复核{f.name}，未复核得分）", f" ({en}: the rate is checked, not the score)"
    if rec != f.published:
        out.append(finding(
            "evidence_formula", "error", doc, cell.source,
            f"“{label}”评分过程中{f.name}=({f.expr})×100%={pct(rec)}，文中写{pct(f.published)}。{note_zh}",
            f"'{label}': {f.name} = ({f.expr}) × 100% = {rec}%, the text says {f.published}%.{note_en}",
            pct(f.published), pct(rec), label,
        ))
    elif expected is None and score is not None:
        out.append(finding(
            "cannot_verify", "info", doc, cell.source,
            f"“{label}”评分过程中{f.name}={pct(rec)}复核无误{note_zh}。",
            f"'{label}': {f.name} = {rec}% holds{note_en}.", None, pct(rec), label,
        ))
    if score is None:
        return out
    if expected is not None and leaf is not None and expected != score:
        out.append(finding(
            "evidence_score", "error", doc, row[-1].source,
            f"“{label}”按评分规则（{f.name}{pct(rec)}，权重{leaf.weight}）应得{expected}分，表中为{score}。",
            f"'{label}': by its rule ({f.name} {rec}%, weight {leaf.weight}) it scores {expected}, "
            f"the table says {score}.",
            score, expected, label,
        ))
    if f.said_score is not None and f.said_score != score:
        out.append(finding(
            "evidence_score", "suspect", doc, row[-1].source,
            f"“{label}”评分过程写“得{f.said_score}分”，得分栏为{score}。",
            f"'{label}': the evidence says {f.said_score} points, the score column {score}.",
            score, f.said_score, label,
        ))
    return out


def check_leaf_evidence(doc: Document) -> list[Finding]:
    """An indicator's own paragraph (seed 003: ``C2031 服务对象满意度：…得满分 2 分``) against its row in
    the score tables: full marks = its weight, the points said = its score, weight − deductions = points."""
    name = doc_name(doc)
    out: list[Finding] = []
    for ind in doc.indicators:
        ev, w, s = ind.evidence, ind.weight.dec, ind.score.dec
        text = re.sub(r"\s+", "", ev.str_ or "")
        if not text or w is None or (ev.source and ind.source and ev.source.line == ind.source.line):
            continue  # evidence in the table's own row is checked with the table (check_evidence_table)
        said_m = list(_SAID.finditer(text))
        if not said_m:
            continue
        last = said_m[-1]
        label = f"{ind.code.str_ or ''}{ind.level4.str_ or ind.level3.str_ or ''}"
        where = loc(ev, ind.source)
        if last.group(1).startswith("得满分") and last.group(2):
            full = Decimal(last.group(2))
            if full != w:
                out.append(finding(
                    "figure_mismatch", "suspect", name, where,
                    f"正文称“{label}”得满分{full}分，而评分表中其分值（满分）为{w}分。",
                    f"The text says '{label}' earned full marks of {full}, but the score table weighs it {w}.",
                    full, w, label,
                ))
            continue
        said = _points_said(last, w)
        if s is not None and said != s:
            out.append(finding(
                "evidence_score", "suspect", name, where,
                f"正文称“{label}”得{said}分，评分表中为{s}分。",
                f"The text gives '{label}' {said} points, the score table {s}.", s, said, label,
            ))
        deductions = [Decimal(d) for d in _DEDUCT.findall(text)]
        expected = _after_deductions(w, deductions)
        if deductions and expected != said:
            out.append(finding(
                "evidence_arithmetic", "suspect", name, where,
                f"“{label}”分值{w}扣{'、'.join(map(str, deductions))}分后应得{expected}分，正文写得{said}分。",
                f"'{label}': {w} less the deductions is {expected}, the text says {said}.", said, expected, label,
            ))
    return out
