"""What every scoring path shares: a ``Scorer`` that scores a leaf by its registered rule and collects the
located problems of one data file, and the readers of a data file's values (weights, texts, inputs)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import ZERO
from jixiao.core.source import Source
from jixiao.frameworks.model import Framework, LoadProblem
from jixiao.frameworks.yamlio import line_of, plain
from jixiao.rules import RULES, RuleContext, RuleInputError
from jixiao.rules.common import pts, to_dec, to_dec_cached
from jixiao.scoring.result import ScoredIndicator, ScoreResult, result_of


class Scorer:
    """Collects scored nodes and problems for one data file."""

    def __init__(self, fw: Framework, file: str, ctx: RuleContext | None = None) -> None:
        self.fw = fw
        self.file = file
        self.ctx = ctx if ctx is not None else fw.context
        self.problems: list[LoadProblem] = []
        self.here = here(file)  # for data built in memory, without line records

    def src(self, node: Any, key: Any = None) -> Source:
        if node.__class__ is dict or getattr(node, "lc", None) is None:  # plain dicts have no lines
            return self.here
        return Source(self.file, line=line_of(node, key))

    def problem(self, source: Source, zh: str, en: str) -> None:
        self.problems.append(LoadProblem(source, zh, en))

    def run(
        self,
        code: str,
        name: str,
        weight: Decimal,
        rule_name: str | None,
        params: Mapping[str, Any],
        inputs: Mapping[str, Any],
        where: Source,
        *,
        level: int = 1,
        parent: str | None = None,
    ) -> ScoredIndicator:
        """Score one leaf by its rule; a rule's complaint becomes a located problem."""
        rule = RULES.get(rule_name or "")
        if rule is None:
            label = f"{code} {name}".strip()
            zh, en = f"{label}: 未知评分规则 {rule_name}", f"{label}: unknown rule {rule_name}"
        else:
            label = ""
            try:
                res = rule(weight, params, inputs, self.ctx)
            except RuleInputError as e:
                label = f"{code} {name}".strip()
                zh, en = f"{label}: {e.zh}", f"{label}: {e.en}"
                zh, en = misspelt(rule.input_names(params), inputs, zh, en)
            else:
                if ZERO <= res.score <= weight:
                    return ScoredIndicator(code, name, weight, res.score, level, True, parent, res.trace, source=where)
                label = f"{code} {name}".strip()
                zh = f"{label}: 得分 {pts(res.score)} 超出 0–{pts(weight)}"
                en = f"{label}: score {pts(res.score)} outside 0-{pts(weight)}"
        self.problem(where, zh, en)
        return ScoredIndicator(code, name, weight, None, level, True, parent, None, zh, en, where)

    def result(self, nodes: list[ScoredIndicator], data: Mapping[str, Any]) -> ScoreResult:
        leaves = [n.score for n in nodes if n.leaf]
        summed = sum((s for s in leaves if s is not None), ZERO) if all(s is not None for s in leaves) else None
        return self.finish(nodes, data, summed)

    def finish(self, nodes: list[ScoredIndicator], data: Mapping[str, Any], summed: Decimal | None) -> ScoreResult:
        """The result, from ``summed``: Σ of the leaves in node order (None when one has no score)."""
        total = None if summed is None else self.fw.rounding.total.apply(summed)
        grade = None if total is None else self.fw.grade_for(total)
        return result_of(self.fw, nodes, self.problems, data, total, grade)


_HERE: list[Source] = [Source("<data>")]


def here(file: str) -> Source:
    """``Source(file)``, the last one kept (a data file's rows all point at it; forms come one file at a time)."""
    last = _HERE[0]
    if last.file != file:
        last = _HERE[0] = Source(file)
    return last


def misspelt(known: Sequence[str], inputs: Mapping[str, Any], zh: str, en: str) -> tuple[str, str]:
    """A key that looks like an input the rule missed (execued for executed) is named beside it."""
    from difflib import get_close_matches

    missing = [k for k in known if k not in inputs]
    pairs = [(str(k), m[0]) for k in inputs if str(k) not in known
             for m in [get_close_matches(str(k), missing, n=1, cutoff=0.6)] if m]
    if not pairs:
        return zh, en
    return (zh + "；" + "、".join(f"未知的输入 {k}（是否应为 {m}？）" for k, m in pairs),
            en + "; " + ", ".join(f"unknown input {k} (did you mean {m}?)" for k, m in pairs))


def subtotal(kids: Sequence[ScoredIndicator]) -> Decimal | None:
    scores = [k.score for k in kids]
    if any(s is None for s in scores):
        return None
    return sum((s for s in scores if s is not None), ZERO)


def has_none(values: list[Any]) -> bool:
    for v in values:  # noqa: SIM110 (twice as fast as any(); and not ``None in values``: that asks every Decimal)
        if v is None:
            return True
    return False


def text_of(value: Any) -> str | None:
    if value is None or type(value) is str:
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


WEIGHTS: dict[str, Decimal] = {}  # weight text → its value (readable ones only)


def num(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    if type(value) is str:
        return num_text(value)
    return to_dec(value)


def num_text(text: str) -> Decimal | None:
    d = WEIGHTS.get(text)
    if d is None:
        d = to_dec_cached(text)
        if d is not None and len(WEIGHTS) < 4096:
            WEIGHTS[text] = d
    return d


def all_text(given: dict[Any, Any]) -> bool:
    for v in given.values():  # noqa: SIM110 (twice as fast as all() over a generator)
        if v.__class__ is not str:
            return False
    return True


def leaf_inputs(given: Mapping[str, Any]) -> dict[str, Any]:
    """A leaf's inputs as plain values; flat mappings of text (the common case) are copied as they are."""
    if type(given) is dict and all_text(given):
        return dict(given)
    out = plain(given)
    return out if isinstance(out, dict) else {}
