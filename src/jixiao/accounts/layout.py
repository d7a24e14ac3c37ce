"""表头 — one label per column of an accounts table, from headers over several rows and merged cells.

A published table's header runs over two to four rows: "项目 | 收入预算" above "功能分类科目编码 | 功能分类科目名称
| 合计 | 财政拨款收入 …" above "类 | 款 | 项". Readers that know merged cells (PDF, xlsx, docx) repeat a merged
label into every column it covers; each column's *path* is its distinct labels top to bottom
(["收入预算", "合计"]). From the paths: the code columns (类/款/项, 编码), the name column (名称), the item
columns of a summary table (项目), and the value columns, each named by the last label of its path.
Code and name in one cell ("201 一般公共服务支出", "2010101行政运行") are split here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.core.table import Cell

_CODE_LEVELS = {"类", "款", "项"}
_CODE_NAME = re.compile(r"^(\d{3}(?:\s*\d{2}){0,2})\s*([^\d\s].*)$")
# a row that says the table holds nothing: "无", "本表无数据", "（此表无数据）"
_NOTHING = re.compile(r"^[(（]?(无|本表无数据|此表无数据|无数据|空表)[)）。]?$")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def column_paths(header: list[list[Cell]]) -> list[list[str]]:
    """Each column's distinct header labels, top to bottom (a merged label once)."""
    width = max((len(r) for r in header), default=0)
    paths: list[list[str]] = [[] for _ in range(width)]
    for row in header:
        for c, cell in enumerate(row):
            t = squash(cell.text)
            if t and (not paths[c] or paths[c][-1] != t):
                paths[c].append(t)
    return paths


def is_code_label(path: list[str]) -> bool:
    return bool(path) and (path[-1] in _CODE_LEVELS or ("编码" in path[-1] and "名称" not in path[-1]))


def is_name_label(path: list[str]) -> bool:
    return bool(path) and ("名称" in path[-1] or path[-1] == "项目")


@dataclass(slots=True)
class Layout:
    """Where codes, the name and each value column stand in a classified table's rows."""

    code_at: list[int] = field(default_factory=list)
    name_at: int = 0
    values: list[tuple[str, int]] = field(default_factory=list)  # (column label, index)


def classified_layout(header: list[list[Cell]]) -> Layout | None:
    """The layout read from a header whose labels are merged through (None when it cannot be read so)."""
    if not any(c.merged for r in header for c in r):
        return None
    paths = column_paths(header)
    code_at = [i for i, p in enumerate(paths) if is_code_label(p)]
    names = [i for i, p in enumerate(paths) if i not in code_at and is_name_label(p)]
    if not names:
        return None
    name_at = names[0]
    values = [(p[-1], i) for i, p in enumerate(paths) if i > name_at and p and i not in code_at]
    labels = [v for v, _ in values]
    if len(set(labels)) < len(labels):  # the same last label twice: name each by its path
        values = [("/".join(paths[i]), i) for _, i in values]
    return Layout(code_at, name_at, values) if values else None


def split_code_name(text: str) -> tuple[str, str] | None:
    """"201 一般公共服务支出" → ("201", "一般公共服务支出"); None when the cell is not a code and a name."""
    m = _CODE_NAME.match(text.strip())
    return (m.group(1), m.group(2).strip()) if m else None


def says_nothing(text: str) -> bool:
    return bool(_NOTHING.match(squash(text)))


# a 收支总表 total's label a narrow cell wrapped over two lines: its first part (本年收入, 收入, 本年支出, 支出) on one
# row, a bare 合计/总计 under it (only a total's own words wrap so: a line left blank above 合计 is a line of its own)
WRAPPED_FIRST = re.compile(r"^(?:本年)?(?:收入|支出)$")
WRAPPED_REST = ("合计", "总计")


def numbers_columns(texts: list[str]) -> bool:
    """The cells of a 栏次 row, which numbers a table's columns 1, 2, 3 … (the 决算 templates print it under the
    header): its numbers are the integers from 1 on, in order, at least three of them; its words at most a 栏次."""
    marks = [squash(t) for t in texts if t.strip()]
    numbers = [t for t in marks if t not in ("栏次", "行次", "列次")]
    return len(numbers) >= 3 and numbers == [str(k) for k in range(1, len(numbers) + 1)]


def is_header_row(texts: list[str]) -> bool:
    """A header row repeated where a table goes on over a page (项目 …, 功能分类科目编码 …, 类 | 款 | 项)."""
    squashed = [squash(t) for t in texts if t.strip()]
    if not squashed:
        return False
    return (
        squashed[0] in ("项目", "科目名称")
        or any("科目编码" in t or "科目名称" in t for t in squashed)
        or sum(t in _CODE_LEVELS for t in squashed) >= 2
    )


def summary_layout(header: list[list[Cell]]) -> tuple[list[int], list[list[tuple[str, int]]]] | None:
    """A two-sided summary table (收支总表): the item columns (项目) and each side's value columns."""
    if not any(c.merged for r in header for c in r):
        return None
    paths = column_paths(header)
    items = [i for i, p in enumerate(paths) if p and p[-1] == "项目"]
    if len(items) != 2:
        return None
    sides: list[list[tuple[str, int]]] = []
    for k, at in enumerate(items):
        end = items[k + 1] if k + 1 < len(items) else len(paths)
        sides.append([(paths[i][-1], i) for i in range(at + 1, end) if paths[i]])
    return items, sides
