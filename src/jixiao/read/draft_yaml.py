"""The YAML text of a draft framework (``read.draft``): any text as a safe scalar, whole numbers without
zeros or exponent, rule parameters as flow collections, and one-line comments. Text from the
document is data: quoted, never markup.
"""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import fmt_w


def _printable(ch: str) -> bool:
    o = ord(ch)
    # YAML's printable set, less its line breaks other than \n (NEL, LS, PS: folded inside a scalar)
    return (0x20 <= o <= 0x7E or o in (0x9, 0xA, 0xD) or (0xA0 <= o <= 0xD7FF and o not in (0x2028, 0x2029))
            or 0xE000 <= o <= 0xFFFD or o >= 0x10000)


def scalar(text: str) -> str:
    """A YAML scalar for any text: a JSON string (a YAML double-quoted scalar), with the characters YAML
    does not allow in a stream escaped."""
    return "".join(
        ch if _printable(ch) else f"\\u{ord(ch):04x}" for ch in json.dumps(text, ensure_ascii=False)
    )


def flow(value: Any) -> str:
    """A rule's parameter as a YAML flow value: numbers bare, text quoted, mappings and lists inline."""
    if isinstance(value, Decimal):
        return fmt_w(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{scalar(str(k))}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    return scalar(str(value))


def comment(text: str) -> str:
    """Text for a one-line YAML comment: line breaks and control characters out."""
    kept = "".join(ch for ch in text if (unicodedata.category(ch)[0] != "C" and _printable(ch)) or ch.isspace())
    return " ".join(kept.split())
