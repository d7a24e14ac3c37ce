"""浮点残迹 — published numbers like 94.47999999999999 that betray binary floating point."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from jixiao.audit.common import finding
from jixiao.core.findings import Finding
from jixiao.core.numbers import fmt_plain, is_float_artefact, parse_decimal
from jixiao.core.rounding import HALF_UP_2
from jixiao.core.source import Source
from jixiao.core.table import Table

# a long fraction that ends the number: not one run into the next cell's (145000000.00145000000.00… is three
# amounts with no separator, not a fraction of thirteen digits)
_LONG = re.compile(r"(?<![\d.])\d+\.\d{10,}(?!\.?\d)")


def check_float_artefacts(
    tables: Iterable[Table], body: Iterable[tuple[str, Source]], name_at: Callable[[Source], str]
) -> list[Finding]:
    items = [(c.text, c.source) for t in tables for row in t.rows for c in row]
    items += list(body)
    out: list[Finding] = []
    for text, src in items:
        for m in _LONG.finditer(text):
            token = m.group(0)
            if not is_float_artefact(token):
                continue
            value = parse_decimal(token)
            meant = None if value is None else fmt_plain(HALF_UP_2.apply(value))
            out.append(finding(
                "float_artefact", "suspect", name_at(src), src,
                f"发布的数字{token}是浮点运算残迹，应为{meant}。",
                f"The published number {token} is a floating-point artefact of {meant}.",
                token, meant, None,
            ))
    return out
