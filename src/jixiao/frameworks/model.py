"""指标框架 — a framework as immutable records: metadata, rounding, grade bands, the indicator tree.

Everything a framework file says is here, each part with the ``Source`` (file:line) it was read from, so
that scoring problems can point back at the framework as well as at the data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.core.i18n import tr
from jixiao.core.rounding import HALF_UP_2, Rounding
from jixiao.core.safetext import bound_fields
from jixiao.core.source import Source
from jixiao.rules.base import RuleContext

KINDS = ("project", "policy", "dept", "assessment")
TARGET_KINDS = ("positive", "reverse", "range", "qualitative")


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A located problem in a framework or data file: ``file:line: 问题``."""

    source: Source
    message: str  # Chinese
    message_en: str = ""

    def __post_init__(self) -> None:
        bound_fields(self, "message", "message_en")

    def text(self, lang: str = "zh") -> str:
        return tr(self.message, self.message_en or self.message, lang)

    def format(self, lang: str = "zh") -> str:
        return f"{self.source}: {self.text(lang)}"

    def __str__(self) -> str:
        return self.format()

    def to_json(self, lang: str = "zh") -> dict[str, Any]:
        return {"source": self.source.to_json(), "message": self.text(lang)}


class FrameworkError(ValueError):
    """A framework (or data file) that cannot be used; ``problems`` lists every located problem."""

    def __init__(self, problems: list[LoadProblem]) -> None:
        super().__init__("\n".join(p.format() for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class RoundingSet:
    """舍入 — of rates (in percent), of each leaf score, of the total."""

    rate: Rounding = HALF_UP_2
    score: Rounding = HALF_UP_2
    total: Rounding = HALF_UP_2


@dataclass(frozen=True, slots=True)
class Band:
    """A half-open band ``[min, max)`` with a label (评分等级 优/良/中/差, or a rating 优秀/良好…).

    ``max`` None means closed at the top.
    """

    label: str
    min: Decimal
    max: Decimal | None
    source: Source

    def contains(self, value: Decimal) -> bool:
        return value >= self.min and (self.max is None or value < self.max)


@dataclass(frozen=True, slots=True)
class RuleRef:
    """A rule with its parameters (the execution block, ``indicator_rules`` entries)."""

    rule: str
    params: Mapping[str, Any]
    source: Source
    weight: Decimal | None = None
    rule_text: str | None = None


@dataclass(frozen=True, slots=True)
class Indicator:
    """指标 — a node of the tree: a branch with ``children`` or a leaf with a ``rule`` and its ``params``."""

    code: str
    name: str
    weight: Decimal
    source: Source
    children: tuple[Indicator, ...] = ()
    rule: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    standard: str | None = None  # 标准值, as published
    rule_text: str | None = None  # 评分标准, as published
    # Assessment leaves whose rule differs by member (seed 000 长兴岛): member → its own rule.
    member_rules: Mapping[str, RuleRef] = field(default_factory=dict)

    def rule_for(self, member: str | None = None) -> tuple[str | None, Mapping[str, Any]]:
        """The rule name and params that score this leaf (for ``member`` when it has its own)."""
        ref = self.member_rules.get(member) if member is not None else None
        if ref is not None:
            return ref.rule, ref.params
        return self.rule, self.params

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def walk(self, depth: int = 1) -> Iterator[tuple[int, Indicator]]:
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass(frozen=True, slots=True)
class Group:
    """考核分组 — a group of assessees (seed 000: 第一类区 …)."""

    id: str
    name: str
    members: tuple[str, ...]
    source: Source


@dataclass(frozen=True, slots=True)
class Quota:
    """优秀比例上限 — at most ``max_share`` of a group gets ``rating``."""

    rating: str
    max_share: Decimal
    count_rounding: str
    ties: str
    fallback: str
    source: Source


@dataclass(frozen=True, slots=True)
class Framework:
    """A whole framework file, checked."""

    id: str
    title: str
    kind: str
    source: Source
    year: int | None = None
    locality: str | None = None
    origin: str | None = None  # the ``source:`` text (where the rules were copied from)
    money_unit: str | None = None
    total_weight: Decimal = Decimal(100)
    rounding: RoundingSet = RoundingSet()
    grades: tuple[Band, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    # project / policy
    execution: RuleRef | None = None
    indicator_weight: Decimal | None = None
    level1_weights: Mapping[str, Decimal] = field(default_factory=dict)
    indicator_rules: Mapping[str, RuleRef] = field(default_factory=dict)
    # assessment
    groups: tuple[Group, ...] = ()
    ratings: tuple[Band, ...] = ()
    quota: Quota | None = None

    @property
    def context(self) -> RuleContext:
        """The rounding the rules apply."""
        return RuleContext(rate=self.rounding.rate, score=self.rounding.score)

    def walk(self) -> Iterator[tuple[int, Indicator]]:
        """Every node, depth first, with its level (1 for first-level indicators)."""
        for ind in self.indicators:
            yield from ind.walk()

    def leaves(self) -> list[Indicator]:
        return [ind for _, ind in self.walk() if ind.is_leaf]

    def find(self, code: str) -> Indicator | None:
        return next((ind for _, ind in self.walk() if ind.code == code), None)

    def grade_for(self, total: Decimal) -> str | None:
        """评分等级 for a total (half-open bands; the top band is closed)."""
        return _band_for(self.grades, total, self.total_weight)

    def rating_for(self, total: Decimal) -> str | None:
        return _band_for(self.ratings, total, self.total_weight)


def _band_for(bands: tuple[Band, ...], value: Decimal, top: Decimal) -> str | None:
    return band_finder(bands, top)(value)


def band_finder(bands: tuple[Band, ...], top: Decimal) -> Callable[[Decimal], str | None]:
    """The label of the band a value falls in (half-open bands ``[min, max)``; a band whose ``max`` reaches
    ``top`` is closed), the bands read once: a scorer of many forms keeps one per framework."""
    spans = tuple((band.min, band.max, band.max is not None and band.max >= top, band.label) for band in bands)

    def find(value: Decimal) -> str | None:
        for low, high, closed, label in spans:
            if value >= low and (high is None or value < high or (closed and value == high)):
                return label
        return None

    return find
