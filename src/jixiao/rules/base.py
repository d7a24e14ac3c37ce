"""The contract every scoring rule keeps: inputs in, a score and a trace out.

A rule is a small function ``fn(weight, params, inputs, ctx) -> RuleResult``. ``params`` come from the
framework file (validated by the loader against ``Rule.params``); ``inputs`` come from the data file (the
evaluator's figures, amounts, choices, peer values). The score is never above the weight, never negative.
The trace holds what is needed to explain the score in Chinese or English, in the style of the seeds'
业绩值及评分过程: ``预算执行率=(87877569.18÷93367667.77)×100%=94.12%，扣减0.12分，得1.88分``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.core.rounding import HALF_UP_2, Rounding
from jixiao.rules.packed import FastFn


class RuleInputError(ValueError):
    """An input the rule needs is missing or unusable (the message says which, in Chinese and English)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh)
        self.zh = zh
        self.en = en


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Rounding in force for this framework: of rates (in percent), of scores."""

    rate: Rounding = HALF_UP_2
    score: Rounding = HALF_UP_2


# Trace and RuleResult are built once per scored indicator (750,000 in the benchmark): plain slotted
# classes construct about three times faster than frozen ones. Treat them as immutable all the same.
@dataclass(slots=True)
class Trace:
    """What a rule did: its name and the facts an explanation needs (Decimals, strings, flags).

    ``render`` is the function that turns the facts into a sentence; it is called only when an explanation
    is asked for, so scoring stays fast.
    """

    rule: str
    facts: Mapping[str, Any]
    render: Callable[[Mapping[str, Any], str], str]

    def explain(self, lang: str = "zh") -> str:
        return self.render(self.facts, lang)


@dataclass(slots=True)
class RuleResult:
    score: Decimal
    trace: Trace

    def explain(self, lang: str = "zh") -> str:
        return self.trace.explain(lang)


@dataclass(frozen=True, slots=True)
class Param:
    """A rule parameter as a framework file gives it."""

    kind: str  # "decimal", "int", "str", "bool", "list", "map", "choice"
    required: bool = False
    choices: tuple[str, ...] = ()
    doc: str = ""


RuleFn = Callable[[Decimal, Mapping[str, Any], Mapping[str, Any], RuleContext], RuleResult]
# Compiles a rule for (params, ctx) once per framework (rules/packed.py); None when these params need the rule.
CompileFn = Callable[[Mapping[str, Any], RuleContext], FastFn | None]
# Checks a leaf's params beyond names and kinds (bands, measure, options, parts); raises RuleInputError.
CheckFn = Callable[[Decimal, Mapping[str, Any]], None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    fn: RuleFn
    params: Mapping[str, Param] = field(default_factory=dict)
    inputs: tuple[str, ...] = ()  # the input names a data file gives (documentation and validation)
    doc: str = ""  # one line, Chinese then English
    check: CheckFn | None = None
    compile: CompileFn | None = None

    def __call__(
        self, weight: Decimal, params: Mapping[str, Any], inputs: Mapping[str, Any], ctx: RuleContext
    ) -> RuleResult:
        return self.fn(weight, params, inputs, ctx)

    def input_names(self, params: Mapping[str, Any]) -> tuple[str, ...]:
        """The inputs a leaf with these ``params`` reads: a ``measure`` replaces ``value`` by its named inputs."""
        m = params.get("measure")
        if not isinstance(m, Mapping):
            return self.inputs
        named = tuple(str(m[k]) for k in ("numerator", "denominator") if k in m)
        return tuple(i for i in self.inputs if i != "value") + named


    def check_params(self, weight: Decimal, params: Mapping[str, Any]) -> list[tuple[str, str]]:
        """What is wrong with a leaf's ``params`` that only the rule can see, as (zh, en) messages.

        The loader checks names and kinds against ``Rule.params``; this looks inside: band lists, the
        ``measure`` mapping, choice options, composite parts. Empty when all is well.
        """
        if self.check is None:
            return []
        try:
            self.check(weight, params)
        except RuleInputError as e:
            return [(e.zh, e.en)]
        return []


RULES: dict[str, Rule] = {}


def rule(
    name: str,
    *,
    params: Mapping[str, Param] | None = None,
    inputs: tuple[str, ...] = (),
    doc: str = "",
    check: CheckFn | None = None,
    compile: CompileFn | None = None,
):
    """Register a rule function under ``name`` (``check`` validates its params when a framework loads;
    ``compile`` specialises it for a form's rows, giving the same scores)."""

    def deco(fn: RuleFn) -> RuleFn:
        RULES[name] = Rule(name, fn, dict(params or {}), inputs, doc, check, compile)
        return fn

    return deco
