"""Reading YAML (and JSON, a subset of it) with line numbers, numbers as Decimal from their text.

Framework files and data files are both read here: a float is never made; ``2.00`` becomes
``Decimal("2.00")``. Mappings and sequences keep their ruamel line records (``.lc``) so every problem can
say ``file:line``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from jixiao.core.numbers import MAX_NUMBER_CHARS, NumberTooLarge, bounded_decimal
from jixiao.core.safetext import clip
from jixiao.core.source import Source
from jixiao.paths import special_file

__all__ = ["line_of", "load_yaml", "plain", "read_yaml", "source_of"]


# Limits on a file's shape, far above any framework or data file (the largest built-in is ~60 levels of
# nodes deep at most 8 and ~2,000 nodes): deeper nesting or more nodes (an alias bomb expands a few
# lines into billions of nodes) is refused as a located problem before anything walks the document.
MAX_DEPTH = 100
MAX_NODES = 200_000


class _Refused(MarkedYAMLError):
    """A number or a structure refused by the limits above, at its place in the file."""

    def __init__(self, mark: Any, zh: str, en: str) -> None:
        super().__init__(problem=zh, problem_mark=mark)
        self.en = en


class _DecimalConstructor(RoundTripConstructor):
    """Round-trip constructor that reads floats as Decimal from the scalar's text, numbers bounded."""


def _construct_int(loader: Any, node: Any) -> Any:
    if len(str(node.value)) > MAX_NUMBER_CHARS:
        e = NumberTooLarge(str(node.value))
        raise _Refused(node.start_mark, str(e), e.en)
    return RoundTripConstructor.construct_yaml_int(loader, node)


def _construct_decimal(loader: Any, node: Any) -> Decimal | str:
    text = str(node.value).replace("_", "")
    try:
        value = bounded_decimal(text)
    except NumberTooLarge as e:
        raise _Refused(node.start_mark, str(e), e.en) from None
    except InvalidOperation:
        return str(node.value)  # .nan, .inf: left as text; the checks say it is not a number
    return value if value.is_finite() else str(node.value)


_FLOW_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\n]|\'\')*\'|(?:^|(?<=\s))#[^\n]*|[\[\]{}\n]', re.M)


def _flow_too_deep(text: str) -> int | None:
    """The line where flow collections (``[``, ``{``) nest deeper than MAX_DEPTH, found before parsing: the
    YAML scanner takes time quadratic in the nesting (10,000 levels: 8 seconds; 100,000: minutes)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth, line = 0, 1
    for m in _FLOW_TOKENS.finditer(text):
        t = m.group()
        if t == "\n":
            line += 1
        elif t in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line
        elif t in "]}":
            depth = max(depth - 1, 0)
    return None


def _shape_problem(doc: Any) -> tuple[str, str] | None:
    """Nesting deeper than MAX_DEPTH or more than MAX_NODES nodes once aliases are expanded (a walk that
    stops at the limit, so an alias bomb or a recursive alias costs nothing)."""
    nodes = 0
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if depth > MAX_DEPTH:
            return (f"嵌套超过 {MAX_DEPTH} 层", f"nested deeper than {MAX_DEPTH} levels")
        if nodes > MAX_NODES:
            return (f"展开别名后超过 {MAX_NODES} 个节点（别名炸弹？）",
                    f"more than {MAX_NODES} nodes once aliases are expanded (an alias bomb?)")
        if isinstance(node, Mapping):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list | tuple):
            stack.extend((v, depth + 1) for v in node)
    return None


_DecimalConstructor.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_DecimalConstructor.add_constructor("tag:yaml.org,2002:int", _construct_int)


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
        special = special_file(Path(path))
        if special is not None:
            return None, Source(name), *special
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except OSError as e:
            why = e.strerror or str(e)
            return None, Source(name), f"无法读取文件: {why}", f"cannot read the file: {why}"
        except UnicodeDecodeError:
            return None, Source(name), "文件不是 UTF-8 编码", "the file is not UTF-8 text"
    fmt = "JSON" if name.lower().endswith(".json") else "YAML"  # JSON is read by the YAML parser
    deep = _flow_too_deep(text)
    if deep is not None:
        return None, Source(name, line=deep), f"{fmt} 嵌套超过 {MAX_DEPTH} 层", f"{fmt} nested deeper than {MAX_DEPTH} levels"
    try:
        doc = _yaml().load(text)
    except _Refused as e:
        line = e.problem_mark.line + 1 if e.problem_mark is not None else None
        return None, Source(name, line=line), str(e.problem), e.en
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else None
        why = clip(e.problem or e.context)
        return None, Source(name, line=line), f"{fmt} 语法错误: {why}", f"{fmt} syntax error: {why}"
    except YAMLError as e:
        return None, Source(name), f"{fmt} 语法错误: {clip(e)}", f"{fmt} syntax error: {clip(e)}"
    except RecursionError:
        return None, Source(name), f"{fmt} 嵌套过深，无法读取", f"{fmt} nested too deeply to read"
    shape = _shape_problem(doc)
    if shape is not None:
        return None, Source(name), f"{fmt} {shape[0]}", f"{fmt} {shape[1]}"
    return doc, None, "", ""


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
