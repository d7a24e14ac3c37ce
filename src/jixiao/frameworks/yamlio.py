"""Reading YAML (and JSON, a subset of it) with line numbers, numbers as Decimal from their text.

Framework files and data files are both read here: a float is never made; ``2.00`` becomes
``Decimal("2.00")``. Mappings and sequences keep their ruamel line records (``.lc``) so every problem can
say ``file:line``.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from jixiao.core.source import Source

__all__ = ["line_of", "load_yaml", "plain", "read_yaml", "source_of"]


class _DecimalConstructor(RoundTripConstructor):
    """Round-trip constructor that reads floats as Decimal from the scalar's text."""


def _construct_decimal(loader: Any, node: Any) -> Decimal | str:
    text = str(node.value).replace("_", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return str(node.value)  # .nan, .inf: left as text; the checks say it is not a number
    return value if value.is_finite() else str(node.value)


_DecimalConstructor.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.Constructor = _DecimalConstructor
    return y


def read_yaml(path: str | Path, text: str | None = None) -> tuple[Any, Source | None, str]:
    """Parse a YAML or JSON file. Returns (document, None, "") or (None, source, message) on a syntax error."""
    doc, where, message, _ = load_yaml(path, text)
    return doc, where, message


def load_yaml(path: str | Path, text: str | None = None) -> tuple[Any, Source | None, str, str]:
    """``read_yaml`` with the message in both languages: (document, None, "", "") or (None, source, zh, en)."""
    name = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except OSError as e:
            why = e.strerror or str(e)
            return None, Source(name), f"无法读取文件: {why}", f"cannot read the file: {why}"
        except UnicodeDecodeError:
            return None, Source(name), "文件不是 UTF-8 编码", "the file is not UTF-8 text"
    fmt = "JSON" if name.lower().endswith(".json") else "YAML"  # JSON is read by the YAML parser
    try:
        return _yaml().load(text), None, "", ""
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else None
        why = e.problem or e.context
        return None, Source(name, line=line), f"{fmt} 语法错误: {why}", f"{fmt} syntax error: {why}"
    except YAMLError as e:
        return None, Source(name), f"{fmt} 语法错误: {e}", f"{fmt} syntax error: {e}"


def line_of(node: Any, key: Any = None) -> int | None:
    """1-based line of ``node`` (a mapping or sequence read here), or of its key / item ``key``."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if key is None:
            return int(lc.line) + 1
        if isinstance(node, Mapping):
            return int(lc.key(key)[0]) + 1
        return int(lc.item(key)[0]) + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return int(lc.line) + 1 if lc.line is not None else None


def source_of(file: str, node: Any, key: Any = None, default: int | None = None) -> Source:
    line = line_of(node, key)
    return Source(file, line=line if line is not None else default)


def plain(value: Any) -> Any:
    """ruamel containers as dicts and lists; ints as Decimal; strings and Decimals as they are."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        return str(value)
    return value
