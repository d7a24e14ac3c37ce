"""The scores of a data file: each scored node (``ScoredIndicator``) and the whole (``ScoreResult``), with
``result_of`` that finishes every scoring path the same way (total rounded as the framework says, grade,
title, published figures)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from jixiao.core.i18n import tr
from jixiao.core.numbers import fmt
from jixiao.core.source import Source
from jixiao.frameworks.model import Framework, LoadProblem
from jixiao.frameworks.yamlio import plain
from jixiao.rules import Trace
from jixiao.rules.common import pts
from jixiao.rules.packed import PackedTrace, explain

EXECUTION_CODE = "E"  # the 预算执行率 row of a project form
CODES = [str(n) for n in range(1024)]  # row codes "1", "2" … (a form's rows by position)
new_node = tuple.__new__  # a ScoredIndicator from all its fields, without the named tuple's Python-level __new__


class ScoredIndicator(NamedTuple):
    """One scored node: a leaf with its rule's trace, or a branch with its subtotal.

    A named tuple rather than a frozen dataclass: as immutable, and several times cheaper to build, which
    matters when a province-year of forms is scored (bench/bench_score.py).
    """

    code: str
    name: str
    weight: Decimal | None
    score: Decimal | None  # None: could not be scored (see the result's problems)
    level: int = 1
    leaf: bool = True
    parent: str | None = None
    trace: Trace | PackedTrace | None = None
    note: str = ""  # why there is no score (Chinese)
    note_en: str = ""
    source: Source | None = None  # where the data file gives it

    def explain(self, lang: str = "zh") -> str:
        if self.trace is not None:
            return explain(self.trace, lang)
        if self.note:
            return tr(self.note, self.note_en or self.note, lang)
        if not self.leaf and self.score is not None:
            return tr(f"小计{pts(self.score)}分", f"subtotal {pts(self.score)}", lang)
        return ""


class ScoreResult:
    """The scores of one data file: total (None when any leaf is missing), grade, every node, problems.

    ``indicators`` may be built on first use (``deferred_result``): the total and grade of a form come
    without a node a row, which a caller of many forms that wants only those does not pay for. Treat it as
    immutable (slots, not frozen: it is built once a form, and frozen classes build slowly).
    """

    __slots__ = ("_build", "_nodes", "framework", "grade", "problems", "published", "title", "total")

    def __init__(
        self,
        framework: Framework,
        total: Decimal | None,
        grade: str | None,
        indicators: tuple[ScoredIndicator, ...] | None,
        problems: tuple[LoadProblem, ...] = (),
        title: str | None = None,
        published: Mapping[str, Any] | None = None,
        build: Callable[[], tuple[ScoredIndicator, ...]] | None = None,
    ) -> None:
        """``indicators`` None: ``build()`` makes them when they are first asked for."""
        self.framework = framework
        self.total = total
        self.grade = grade
        self._nodes = indicators
        self._build = build
        self.problems = problems
        self.title = title
        self.published: Mapping[str, Any] = {} if published is None else published

    @property
    def indicators(self) -> tuple[ScoredIndicator, ...]:
        nodes = self._nodes
        if nodes is None:
            build = self._build
            if build is None:  # made meanwhile by another thread (which sets the nodes before it drops build)
                return self._nodes  # type: ignore[return-value]
            nodes = self._nodes = build()
            self._build = None
        return nodes

    def _fields(self) -> tuple[Any, ...]:
        return (self.framework, self.total, self.grade, self.indicators, self.problems, self.title, self.published)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ScoreResult) and self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # (not hashable, as the dataclass was not)

    def __repr__(self) -> str:
        names = ("framework", "total", "grade", "indicators", "problems", "title", "published")
        return f"ScoreResult({', '.join(f'{n}={v!r}' for n, v in zip(names, self._fields()))})"

    def __reduce__(self) -> tuple[Any, ...]:  # pickled with its nodes (the builder may be a closure)
        return ScoreResult, self._fields()

    @property
    def ok(self) -> bool:
        return not self.problems

    def leaves(self) -> list[ScoredIndicator]:
        return [i for i in self.indicators if i.leaf]

    def subtotals(self) -> dict[str, Decimal | None]:
        """Branch code → Σ of its leaves (first-level groups of a form are keyed by their name)."""
        return {i.code: i.score for i in self.indicators if not i.leaf}

    def to_json(self, lang: str = "zh", explain: bool = True) -> dict[str, Any]:
        """``{"framework", "total", "grade", "subtotals", "indicators"}``: ``subtotals`` are the first- and
        second-level nodes (``code``, ``name``, ``level``, ``weight``, ``score``: Σ of their leaves, null when one
        is missing); ``indicators`` the leaves with their explanations."""
        return {
            "framework": self.framework.id,
            "total": fmt(self.total),
            "grade": self.grade,
            "subtotals": [
                {"code": i.code, "name": i.name, "level": i.level, "weight": fmt(i.weight), "score": fmt(i.score)}
                for i in self.indicators if not i.leaf and i.level <= 2
            ],
            "indicators": [
                {
                    "code": i.code,
                    "name": i.name,
                    "weight": fmt(i.weight),
                    "score": fmt(i.score),
                    "explanation": i.explain(lang) if explain else None,
                }
                for i in self.leaves()
            ],
        }

def result_of(
    fw: Framework, nodes: Sequence[ScoredIndicator], problems: Sequence[LoadProblem], data: Mapping[str, Any],
    total: Decimal | None, grade: str | None,
) -> ScoreResult:
    """The result of a data file with its total (rounded) and grade; title and published figures from ``data``."""
    title, published = _about(data)
    return ScoreResult(fw, total, grade, tuple(nodes), tuple(problems), title, published)


def deferred_result(
    fw: Framework, build: Callable[[], tuple[ScoredIndicator, ...]], data: Mapping[str, Any], total: Decimal,
    grade: str | None,
) -> ScoreResult:
    """``result_of`` for a data file without problems, its nodes made by ``build()`` when first asked for."""
    title, published = _about(data)
    return ScoreResult(fw, total, grade, None, (), title, published, build)


def _about(data: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
    """The title and the published figures (total, grade) a data file gives."""
    published = data.get("published")
    title = data.get("title")
    return (str(title) if title is not None else None,
            plain(published) if published is not None and isinstance(published, Mapping) else {})
