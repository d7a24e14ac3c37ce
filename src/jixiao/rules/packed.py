"""Compiled rules and their packed traces (issue 12: scoring close to the arithmetic's own cost).

A rule may offer ``compile(params, ctx)`` (``rules/base.py``): the rule specialised once for a framework's
params and rounding into a ``FastFn`` that scores one row of a form — ``(weight, parsed target, row)`` with
the row's ``actual`` / ``value`` / ``score`` / ``band`` — and returns a packed trace, or None when the row
needs the rule itself (a missing or unusable input, which the rule words as a problem). For a weight ≥ 0 the
packed score lies in [0, weight] (the rules cap it): the engine takes it as it is. Same scores as the rule:
tests/test_compiled.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, NamedTuple, Protocol


class Explains(Protocol):
    def explain(self, lang: str = "zh") -> str: ...


class TraceForm(NamedTuple):
    """The shape of a packed trace: its rule, its renderer, the names of its packed values (after the score)
    and the facts every trace of this form shares (a compiled rule's constants)."""

    rule: str
    render: Callable[[Mapping[str, Any], str], str]
    keys: tuple[str, ...]
    fixed: tuple[tuple[str, Any], ...] = ()


# A trace kept as a plain tuple of data, ``(form, score, *values)``: what a compiled rule (``Rule.compile``)
# leaves behind. The facts mapping and the sentence are made only when an explanation is asked for, by the
# rule's own renderer, so they read exactly as the rule's ``Trace`` would.
PackedTrace = tuple[Any, ...]


def packed_facts(trace: PackedTrace) -> dict[str, Any]:
    """The facts of a packed trace, as the rule's ``Trace.facts`` would hold them."""
    form: TraceForm = trace[0]
    facts = dict(form.fixed)
    facts["score"] = trace[1]
    facts.update(zip(form.keys, trace[2:]))
    return facts


def explain(trace: Explains | PackedTrace, lang: str = "zh") -> str:
    """The sentence of a trace, packed or not (a rule's ``Trace``)."""
    if trace.__class__ is tuple:
        return trace[0].render(packed_facts(trace), lang)  # type: ignore[index,no-any-return]
    return trace.explain(lang)  # type: ignore[union-attr]


FastFn = Callable[[Decimal, Any, Mapping[str, Any]], PackedTrace | None]
