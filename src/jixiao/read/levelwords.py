"""Indicator levels' labels printed short (一级 | 二级 | 三级 for 一级指标 | 二级指标 | 三级指标), as some provinces'
templates print them: written out in full before any label is matched, so that every reader that finds an indicator
block by its header (三级指标, 一级指标) finds it.

Only where the header says it: two level labels or more, each a whole cell of one row, a whole word of one line (cells
flattened to spaces or pipes), or whole lines standing together (one cell a line). A lone 三级 (三级医院, 三级 in a
sentence) is never touched.
"""

from __future__ import annotations

import re

from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead

_SHORT = {"一级": "一级指标", "二级": "二级指标", "三级": "三级指标", "四级": "四级指标"}
_LEAST = 2  # short level labels a header holds
_NEAR = 4  # lines: a header printed one cell a line holds its level labels within this many lines
_WORDS = re.compile(r"(\s*\|\s*|\s+)")


def _row(row: list[Cell]) -> list[Cell]:
    if sum(c.text.strip() in _SHORT for c in row) < _LEAST:
        return row
    return [Cell(_SHORT[c.text.strip()], c.source, c.merged) if c.text.strip() in _SHORT else c for c in row]


def _table(t: Table) -> Table:
    rows = [_row(r) for r in t.rows]
    if all(a is b for a, b in zip(rows, t.rows, strict=True)):
        return t
    return Table(rows, t.source, t.title, t.preamble)


def _line(text: str) -> str:
    parts = _WORDS.split(text)
    if sum(p in _SHORT for p in parts[::2]) < _LEAST:
        return text
    return "".join(_SHORT.get(p, p) if k % 2 == 0 else p for k, p in enumerate(parts))


def full_level_labels(fr: FileRead) -> FileRead:
    """The file with its short level labels written out where a header holds two or more of them (in place)."""
    if not any(w in t for t in fr.texts() for w in _SHORT):
        return fr
    fr.tables = [_table(t) for t in fr.tables]
    body = [(_line(x), src) for x, src in fr.body]
    alone = [k for k, (x, _) in enumerate(body) if x.strip() in _SHORT]
    near = {k for k in alone if any(j != k and abs(j - k) < _NEAR for j in alone)}
    fr.body = [(_SHORT[x.strip()], src) if k in near else (x, src) for k, (x, src) in enumerate(body)]
    return fr
