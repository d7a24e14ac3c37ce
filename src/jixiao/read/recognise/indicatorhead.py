"""The header row of a form's indicator table (一级指标 … 三级指标 … 得分): which field each column holds, by the
labels of ``formspec.INDICATOR_COLUMNS`` and, for labels no alias knows, by the column model (``colmodel``)."""

from __future__ import annotations

from jixiao.core.records import Problem
from jixiao.read.recognise.colmodel import INDICATORS, new_label, read_by_order
from jixiao.read.recognise.common import Row, eff, match_label, norm
from jixiao.read.recognise.formspec import INDICATOR_COLUMNS


def indicator_columns(row: Row) -> dict[str, int] | None:
    """The columns of an indicator header row (一级指标 … 三级指标 … 得分), or None if it is not one."""
    cols: dict[str, int] = {}
    for i, c in enumerate(row):
        t = eff(c)
        if not t:
            continue
        key = match_label(norm(t), INDICATOR_COLUMNS)
        if key is not None and key not in cols:
            cols[key] = i
    if "level3" in cols and len(cols) >= 4:
        return cols
    return None


def model_columns(row: Row, cols: dict[str, int], problems: list[Problem]) -> None:
    """The header's columns right of 三级指标 whose label no alias knows, read by the column model (``colmodel``) as
    the fields the header lacks, into ``cols`` (field → column); each reading said."""
    at = {i: k for k, i in cols.items()}
    found = [(i, at.get(i)) for i, c in enumerate(row)
             if i in at or i > cols["level3"] and (t := eff(c)) and new_label(norm(t))]
    if all(k is not None for _, k in found):
        return
    got, _ = read_by_order([k for _, k in found], [(eff(row[i]), row[i].source) for i, k in found if k is None],
                           problems, INDICATORS)
    cols.update({g: i for (i, k), g in zip(found, got, strict=True) if k is None and g is not None})
