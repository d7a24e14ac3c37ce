"""Scoring primitives (DOMAIN.md §3-§6). Importing this package registers every rule in ``RULES``."""

from jixiao.rules import (  # noqa: F401
    bands,
    choice,
    composite,
    compound,
    deduction,
    execution,
    manual,
    peer,
    proportional,
    scoreband,
    target_range,
)
from jixiao.rules.base import RULES, Param, Rule, RuleContext, RuleInputError, RuleResult, Trace, rule

__all__ = ["RULES", "Param", "Rule", "RuleContext", "RuleInputError", "RuleResult", "Trace", "rule"]
