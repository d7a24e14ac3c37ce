"""A well-formed project form in one pass (issue 12: scoring close to the arithmetic's own cost).

Most forms a province scores have nothing to report: every row a mapping of texts whose target parses to a
kind the framework's rules compile for, a weight, an actual the rule can read, weights that add up. Such a
form is scored here by the framework's compiled rules (``scoring.compiled``) with none of the bookkeeping
a problem needs (sources, messages, fallbacks). At the first thing this pass does not handle — a row with
hints (``op``, ``unit``, ``kind``), a weight that cannot be read, a row its compiled rule declines, weights
that do not add up, a policy form, data read from a file with lines — it gives up (None) and the form is
scored by ``scoring.form`` row by row, where problems are worded and located. Same result either way, node
for node (tests/test_fastform.py).

A row is kept as a small tuple (code, group, name, weight, score, trace); the result's nodes
(``ScoredIndicator``: the groups with their weights and subtotals, the rows) are made from them when a caller
first asks for ``result.indicators`` — a caller that wants the totals and grades of a province's forms does not
pay for them (issue 12: per-row views built lazily).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, Inexact, getcontext
from functools import partial
from operator import itemgetter
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.core.source import Source
from jixiao.frameworks.model import Framework
from jixiao.rules.packed import PackedTrace
from jixiao.scoring.compiled import Plan, compiled_row
from jixiao.scoring.result import (
    CODES,
    EXECUTION_CODE,
    ScoredIndicator,
    ScoreResult,
    deferred_result,
    new_node,
)
from jixiao.scoring.scorer import all_text, here, num, text_of

Row = tuple[str, str, str, Decimal, Decimal, PackedTrace]  # code, level1, name, weight, score, trace
_SCORE, _WEIGHT = itemgetter(4), itemgetter(3)
_NODE_SCORE, _NODE_WEIGHT = itemgetter(3), itemgetter(2)
ROW_CODES = CODES[1:]
_WEIGHTS: dict[Any, Decimal] = {}  # weight text → its value, for weights > 0 (others are for score_form)


def _weight(raw: Any) -> Decimal | None:
    """A row's weight when it is a number > 0 (texts remembered); None otherwise."""
    w = num(raw)
    if w is None or w <= ZERO:
        return None
    if raw.__class__ is str and len(_WEIGHTS) < 4096:
        _WEIGHTS[raw] = w
    return w


def score_plain_form(fw: Framework, plan: Plan, data: Mapping[str, Any], file: str) -> ScoreResult | None:
    """The result of a well-formed project form (``data`` a plain dict), or None when it needs ``score_form``'s
    row-by-row path."""
    if data.__class__ is not dict or fw.kind != "project" or data.get("level1_weights") is not None:
        return None
    items = data.get("indicators")
    if items.__class__ is not list or not items or len(items) > len(ROW_CODES):
        return None
    where = here(file)
    execution: tuple[Decimal, PackedTrace] | None = None  # (weight, trace) of the 预算执行率 row
    summed = ZERO  # Σ of the leaves
    ex = fw.execution
    if ex is not None:
        funds = data.get("funds")
        fast = plan.execution
        if fast is None or funds.__class__ is not dict or not all_text(funds):
            return None
        weight = ex.weight or ZERO
        trace = fast(weight, None, funds)
        if trace is None or not ZERO <= trace[1] <= weight:
            return None
        execution = (weight, trace)
        summed += trace[1]
    rows, kinds, weights = plan.rows, plan.kinds, _WEIGHTS
    scored: list[Row] = []
    level1 = ""
    try:
        for code, item in zip(ROW_CODES, items):
            if item.__class__ is not dict or "op" in item or "unit" in item or "kind" in item:
                return None
            get = item.get
            given = get("level1")  # a blank continues the group above (merged cells)
            if given:
                level1 = given if given.__class__ is str else text_of(given) or level1
            elif given is not None and given.__class__ is not str:
                level1 = text_of(given) or level1
            raw = get("weight")
            w = weights.get(raw)  # (an unhashable weight raises TypeError: not a number, worded by score_form)
            if w is None and (w := _weight(raw)) is None:
                return None
            text = get("target")
            row = rows.get(text)  # type: ignore[arg-type]
            if row is None and (text.__class__ is not str or (row := compiled_row(rows, kinds, text)) is None):
                return None
            trace = row[1](w, row[0], item)  # a score in [0, w] (rules/packed.py: FastFn)
            if trace is None:
                return None
            name = get("name")
            if name.__class__ is not str:
                name = text_of(name) or ""
            scored.append((code, level1, name, w, trace[1], trace))
    except TypeError:
        return None
    # score_form adds the weights in row order and the leaves' scores group by group: the same sums in row
    # order while no addition rounds (and then the context's Inexact flag stays clear; when one does,
    # score_form adds them its way).
    flags = getcontext().flags
    before = flags[Inexact]
    flags[Inexact] = False
    weights_given = sum(map(_WEIGHT, scored), ZERO)
    summed = sum(map(_SCORE, scored), summed)
    inexact = flags[Inexact]
    flags[Inexact] = before or inexact
    if inexact or fw.indicator_weight is not None and weights_given != fw.indicator_weight:
        return None  # a sum that rounds, or a problem: for score_form
    total = plan.total(summed)
    return deferred_result(fw, partial(_nodes, execution, scored, where), data, total, plan.grade(total))


def _nodes(execution: tuple[Decimal, PackedTrace] | None, scored: list[Row], where: Source) -> tuple[ScoredIndicator, ...]:
    """The result's nodes, as ``score_form`` orders them: the 预算执行率 row, then each group's node (its weight,
    its subtotal, added as score_form adds them) and its rows."""
    nodes = []
    if execution is not None:
        weight, trace = execution
        nodes.append(new_node(ScoredIndicator, (EXECUTION_CODE, "预算执行率", weight, trace[1], 1, True, None, trace, "", "", where)))  # fmt: skip
    groups: dict[str, list[ScoredIndicator]] = {}
    for code, level1, name, w, score, trace in scored:
        kids = groups.get(level1)
        if kids is None:
            kids = groups[level1] = []
        kids.append(new_node(ScoredIndicator, (code, name, w, score, 2, True, level1, trace, "", "", where)))
    for name, kids in groups.items():
        weight, sub = sum(map(_NODE_WEIGHT, kids), ZERO), sum(map(_NODE_SCORE, kids), ZERO)
        nodes.append(new_node(ScoredIndicator, (name or "-", name, weight, sub, 1, False, None, None, "", "", None)))
        nodes += kids
    return tuple(nodes)
