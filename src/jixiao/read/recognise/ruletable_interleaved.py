"""A rule table whose PDF text came out with its columns interleaved or garbled, which no other reader read: read by
what the interleaving leaves in order, each weight kept only where the table's own sums place it.

- a column at a time (``ruletable_colruns``): the 序号 run, the names, the 分值 run; a group's label and its rows take
  as many numbers of the run as they are, the label's the sum of the others';
- cells interleaved line by line (``ruletable_defined``): each row named by the term its definition defines (X=…) or
  restates, its weight the bracket after it ((6分), (15)), the groups' brackets those their rows make;
- neither sum holding: the rows named (numbered rows, or the terms a 指标解释 column defines) without weights, the
  table said not read whole — recognised for what it is, no weight guessed.

Only a text that says it is a rule table (``ruletable_confirmed.rule_text``) and prints its header's words (two of
指标 / 考核项目 / 序号 / 分值 / 评分标准 / 指标解释 …) is read; the last reading of such a text (``recognise.FALLBACKS``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document, IndicatorRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import close_by_total, problem
from jixiao.read.recognise.labeltree import LEVELS_FROM_WEIGHTS, PROJECT_ANCHORS
from jixiao.read.recognise.ruletable_colruns import Runs, column_runs
from jixiao.read.recognise.ruletable_confirmed import rule_text
from jixiao.read.recognise.ruletable_defined import Group, copies, defined_names, weighted_groups
from jixiao.read.recognise.ruletable_labels import rules_document
from jixiao.read.recognise.rulewords import EXPLAIN_COLUMNS, NAME_COLUMNS, SEQ_COLUMNS, WEIGHT_COLUMNS
from jixiao.read.recognise.transfer_text import flatten

_HEADS = tuple(dict.fromkeys((*NAME_COLUMNS, *EXPLAIN_COLUMNS, *SEQ_COLUMNS, *WEIGHT_COLUMNS, "评分标准", "评价标准",
                              "指标涵义", "一级指标", "二级指标", "三级指标")))
MIN_HEADS = 2
MIN_NAMES = 3  # rows named without weights: a table at least this long


@dataclass
class Line:
    name: str
    name_at: int
    weight: Decimal | None = None
    printed: str = ""
    at: int = -1
    group: str | None = None  # its group's label with the weight the sums confirmed (第1组(30分) / 一般工作(16分))
    group_at: int = -1


@dataclass
class Reading:
    lines: list[Line]
    closed: list[str]  # the groups the sums made
    total: tuple[Decimal, str, int] | None
    whole: bool  # the rows make the stated total: read to the end
    how: tuple[str, str]


def _heads(text: str) -> int:
    squashed = "".join(text.split())
    return sum(1 for w in _HEADS if w in squashed)


def rules_with_header(text: str) -> bool:
    """Whether a text is a rule table printing its header: it says so (``rule_text``; or 评价/考核… with a 得分 column,
    its 分值 split apart by the interleaving) and prints two of its header's words at least."""
    heads = _heads(text)
    if heads < MIN_HEADS:
        return False
    return rule_text(text) or (heads > MIN_HEADS or "得分" in "".join(text.split())) and rule_text(text + " 分值")


def _by_runs(text: str) -> Reading | None:
    runs: Runs | None = column_runs(text)
    if runs is None:
        return None
    lines: list[Line] = []
    closed: list[str] = []
    for g in runs.groups:
        label = f"{g.name}({g.printed}分)" if g.weight is not None else None
        if label:
            closed.append(label)
        for r in g.rows:
            lines.append(Line(r.name, r.name_at, r.weight, r.printed, r.weight_at, label, g.weight_at))
    grouped = {id(r) for g in runs.groups for r in g.rows}
    lines = [Line(r.name, r.name_at, r.weight, r.printed, r.weight_at) for r in runs.rows if id(r) not in grouped] + lines
    made = runs.total is not None and not runs.groups
    return Reading(lines, closed, runs.total, made, (
        "评分细则的各列分开成段（序号一段、名称一段、分值一段）：按序号读行、按顺序取名称，分值只在组的分值等于其各行之和（或各行之和等于合计）处读",
        "the rule table's columns came out a run each (numbers, names, weights): rows read by their numbers, named in "
        "order, weights read only where a group's rows make its weight (or the rows the total)"))


def _by_definitions(text: str) -> Reading | None:
    best: list[Group] | None = None
    for lo, hi in copies(text, _HEADS):  # (a preview may print the table twice: the fuller copy kept)
        got = weighted_groups(text, lo, hi)
        if got and (best is None or sum(len(g.rows) for g in got) > sum(len(g.rows) for g in best)):
            best = got
    if best is None:
        return None
    lines: list[Line] = []
    closed: list[str] = []
    for k, g in enumerate(best, 1):
        label = f"第{k}组({g.printed}分)"
        closed.append(label)
        lines += [Line(r.name, r.name_at, r.weight, r.printed, r.at, label, g.at) for r in g.rows]
    return Reading(lines, closed, None, False, (
        "评分细则的单元格逐行交错：行名取其指标解释所定义（X=…）或复述的名称，分值取其后括号中的数，只在各组括号分值等于其各行之和处读（组名为碎片，以“第N组”称之）",
        "the rule table's cells interleaved line by line: each row named by the term its definition defines or "
        "restates, weighted by the bracket after it, only where the groups' brackets are made by their rows (the "
        "groups' names in fragments: called 第N组)"))


def _names_only(text: str, runs: Reading | None) -> Reading | None:
    if any(a in text for a in PROJECT_ANCHORS):
        return None  # (a project form's text: its rows are no rule table's; unread rather than named wrong)
    if runs is not None and len(runs.lines) >= MIN_NAMES:
        for ln in runs.lines:
            ln.weight, ln.group = None, None
        runs.closed, runs.total = [], None
        names = runs.lines
    else:
        names = [Line(w.name, w.name_at) for w in defined_names(text)]
        if len(names) < MIN_NAMES:
            return None
    return Reading(names, [], None, False, (
        "评分细则的各列交错或错乱，分值无法由表内算术（组的分值、合计）确认：只读出指标名称，分值未读取，表未读全",
        "the rule table's columns came out interleaved or garbled and no sum of the table places its weights: the "
        "indicators' names read, their weights not, the table not read whole"))


def reading(text: str) -> Reading | None:
    """The fullest reading of an interleaved rule table's text whose weights its sums place; else its names alone."""
    runs = _by_runs(text)
    weighted = [r for r in (runs, _by_definitions(text)) if r is not None and any(ln.weight for ln in r.lines)]
    if weighted:
        return max(weighted, key=lambda r: sum(ln.weight is not None for ln in r.lines))
    return _names_only(text, runs)


def recognise(fr: FileRead) -> list[Document]:
    flat = flatten(fr, normalize_text, sep="\n")
    text = flat.text
    if not rules_with_header(text):
        return []
    r = reading(text)
    if r is None:
        return []
    rows: list[IndicatorRow] = []
    for ln in r.lines:
        ind = IndicatorRow(source=flat.source_at(ln.name_at))
        ind.level3 = Val(ln.name, ln.name, flat.source_at(ln.name_at))
        if ln.weight is not None:
            ind.weight = Val(ln.weight, ln.printed, flat.source_at(ln.at))
        if ln.group is not None:
            ind.level1 = Val(ln.group, ln.group, flat.source_at(ln.group_at))
        rows.append(ind)
    first = min(ln.name_at for ln in r.lines)
    heading = " ".join(t for t in text[:first].split("\n") if t)[-400:]
    doc = rules_document(heading, flat.source_at(first), rows, r.closed, *r.how)
    doc.extra[LEVELS_FROM_WEIGHTS] = True  # (the groups placed by their sums)
    left = [ln.name for ln in r.lines if ln.weight is None]
    if left and len(left) < len(r.lines):
        said = "、".join(left[:8])
        doc.problems.append(problem(f"以下各行的分值未能由表内算术确认，未读取：{said}{'…' if len(left) > 8 else ''}",
                                    f"weights no sum confirms, not read: {len(left)} rows", doc.source))
    total = Val(r.total[0], r.total[1], flat.source_at(r.total[2])) if r.total else None
    close_by_total(doc, total, closed=r.whole, warn=True)
    return [doc]


__all__ = ["reading", "recognise"]
