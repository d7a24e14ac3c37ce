"""Reading one framework file: a collector of located problems and the value conversions it uses."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import fmt_plain, parse_decimal
from jixiao.core.safetext import quote
from jixiao.core.source import Source
from jixiao.frameworks.model import LoadProblem
from jixiao.frameworks.yamlio import line_of

# What a required key belongs to, for the English message (the Chinese one names it as given).
_WHAT_EN = {"框架": "the framework: ", "指标": "indicator: ", "分组": "group: "}


class Reader:
    """Collects problems while reading one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[LoadProblem] = []

    def src(self, node: Any, key: Any = None, default: int | None = None) -> Source:
        line = line_of(node, key)
        return Source(self.file, line=line if line is not None else default)

    def err(self, source: Source, zh: str, en: str) -> None:
        self.problems.append(LoadProblem(source, zh, en))

    def mapping(self, node: Any, key: str) -> Mapping[str, Any] | None:
        value = node.get(key)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.err(self.src(node, key), f"{key} 应为映射", f"{key} must be a mapping")
            return None
        return value

    def seq(self, node: Any, key: str) -> list[Any]:
        value = node.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.err(self.src(node, key), f"{key} 应为列表", f"{key} must be a list")
            return []
        return value

    def dec(self, node: Any, key: str, *, required: bool = False, what: str = "") -> Decimal | None:
        value = node.get(key)
        if value is None:
            if required:
                self.err(self.src(node), f"{what}缺少 {key}", f"{_WHAT_EN.get(what, what) or 'entry '}missing {key}")
            return None
        d = to_decimal(value)
        if d is None:
            self.err(self.src(node, key), f"{key} 不是数值: {quote(value)}", f"{key} is not a number: {quote(value)}")
        return d

    def text(self, node: Any, key: str, *, required: bool = False, what: str = "") -> str | None:
        value = node.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.err(self.src(node), f"{what}缺少 {key}", f"{_WHAT_EN.get(what, what) or 'entry '}missing {key}")
            return None
        if isinstance(value, Mapping | list):
            self.err(self.src(node, key), f"{key} 应为文本", f"{key} must be text")
            return None
        return value if isinstance(value, str) else fmt_plain(to_decimal(value) or Decimal(0))


def to_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, str):
        return parse_decimal(value) if "%" not in value else None
    return None
