"""A framework's form rules compiled once: for each indicator kind (and the execution row) the rule's own
``compile`` specialised to the framework's params and rounding, so that scoring a row is one call with no
lookups, no inputs mapping and no facts dictionary (the trace stays a tuple of data, rendered when asked).

A kind whose rule has no ``compile``, or whose params need the rule itself, has no entry: its rows go
through the rule (``engine._Scorer.run``), as does any row a compiled rule declines (a missing or unusable
input), so that the rule words the problem. Same scores either way (tests/test_compiled.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from jixiao.frameworks.model import Framework
from jixiao.rules import RULES, RuleContext
from jixiao.rules.packed import FastFn


class Plan(NamedTuple):
    ctx: RuleContext  # the rounding the rules were compiled for
    kinds: dict[str, FastFn]  # indicator kind → its compiled rule
    execution: FastFn | None  # the 预算执行率 row
    rows: dict[str, tuple[Any, FastFn]]  # target text (no hints) → (parsed target, compiled rule), as met


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
    return Plan(ctx, kinds, _compile(ex.rule, ex.params, ctx) if ex is not None else None, {})


def _compile(name: str, params: Mapping[str, Any], ctx: RuleContext) -> FastFn | None:
    rule = RULES.get(name)
    return rule.compile(params, ctx) if rule is not None and rule.compile is not None else None
