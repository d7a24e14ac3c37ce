"""A framework's form rules compiled once: for each indicator kind (and the execution row) the rule's own
``compile`` specialised to the framework's params and rounding, so that scoring a row is one call with no
lookups, no inputs mapping and no facts dictionary (the trace stays a tuple of data, rendered when asked).

A kind whose rule has no ``compile``, or whose params need the rule itself, has no entry: its rows go
through the rule (``engine._Scorer.run``), as does any row a compiled rule declines (a missing or unusable
input), so that the rule words the problem. Same scores either way (tests/test_compiled.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from jixiao.core.rounding import rounder
from jixiao.core.target import Target, parse_target
from jixiao.frameworks.model import Framework, band_finder
from jixiao.rules import RULES, RuleContext
from jixiao.rules.packed import FastFn


class Plan(NamedTuple):
    ctx: RuleContext  # the rounding the rules were compiled for
    kinds: dict[str, FastFn]  # indicator kind → its compiled rule
    execution: FastFn | None  # the 预算执行率 row
    rows: dict[str, tuple[Any, FastFn]]  # target text (no hints) → (parsed target, compiled rule), as met
    total: Callable[[Decimal], Decimal]  # the total rounded as the framework says
    grade: Callable[[Decimal], str | None]  # the grade of a total (``Framework.grade_for``)


_PLANS: dict[int, tuple[Framework, Plan, dict[RuleContext, Plan]]] = {}


def plan_for(fw: Framework, ctx: RuleContext | None = None) -> Plan:
    """The compiled rules of ``fw`` under ``ctx`` (default: the framework's own rounding), built on first use
    and kept while the framework lives."""
    hit = _PLANS.get(id(fw))
    if hit is None or hit[0] is not fw:
        if len(_PLANS) > 256:
            _PLANS.clear()
        default = _build(fw, fw.context)
        hit = _PLANS[id(fw)] = (fw, default, {default.ctx: default})  # holding fw keeps its id from being reused
    if ctx is None:
        return hit[1]
    plan = hit[2].get(ctx)
    if plan is None:
        plan = hit[2][ctx] = _build(fw, ctx)
    return plan


def _build(fw: Framework, ctx: RuleContext) -> Plan:
    kinds = {}
    for kind, ref in fw.indicator_rules.items():
        fast = _compile(ref.rule, ref.params, ctx)
        if fast is not None:
            kinds[kind] = fast
    ex = fw.execution
    execution = _compile(ex.rule, ex.params, ctx) if ex is not None else None
    return Plan(ctx, kinds, execution, {}, rounder(fw.rounding.total), band_finder(fw.grades, fw.total_weight))


def _compile(name: str, params: Mapping[str, Any], ctx: RuleContext) -> FastFn | None:
    rule = RULES.get(name)
    return rule.compile(params, ctx) if rule is not None and rule.compile is not None else None


@lru_cache(maxsize=65536)
def target_and_kind(text: str, op: str | None, unit: str | None) -> tuple[Target, str]:
    """A target text parsed (with the row's hints), and its kind; remembered."""
    target = parse_target(text, op_hint=op, unit_hint=unit)
    return target, target_kind(target)


def compiled_row(rows: dict[str, Any], kinds: Mapping[str, Any], text: str) -> tuple[Target, Any] | None:
    """(parsed target, compiled rule) for a target text without hints, remembered in the plan's ``rows``;
    None when its kind has no compiled rule."""
    target, kind = target_and_kind(text, None, None)
    fast = kinds.get(kind)
    if fast is None:
        return None
    if len(rows) >= 65536:
        rows.clear()
    row = rows[text] = (target, fast)
    return row


def target_kind(target: Target) -> str:
    """positive (=, ≥, >), reverse (≤, <), range, qualitative — the key of ``indicator_rules``."""
    if target.qualitative:
        return "qualitative"
    if target.op == "range":
        return "range"
    return "reverse" if target.is_reverse else "positive"
