"""The level labels of a form's indicator table read as cells (``indicators.IndicatorBlock``): which cell is a
first-level label (产出指标, 产出指标（40分）), a second-level one (数量指标) or the block's outer label (绩效指标),
and the repair of a first level carried past a lost merged cell, by the 财政部 classification
(``formspec.FIRST_LEVEL_OF``)."""

from __future__ import annotations

import re
from functools import lru_cache

from jixiao.core.records import IndicatorRow, Problem, Val
from jixiao.read.recognise.common import norm, problem
from jixiao.read.recognise.formspec import FIRST_LEVEL_OF, LEVEL1_TEMPLATE, LEVEL2_TEMPLATE, OUTER_LABELS

LEVEL1 = frozenset(LEVEL1_TEMPLATE)
LEVEL2 = frozenset(LEVEL2_TEMPLATE)
OUTER = frozenset(OUTER_LABELS)
_WEIGHT_AFTER = re.compile(r"\(\d+(?:\.\d+)?分\)$")  # 产出指标（40分）, 数量指标（20分）: a level's weight in its label


def bare(n: str) -> str:
    """A normalised label without the weight printed after it (产出指标(40分) → 产出指标, 数量指标(20分) → 数量指标)."""
    return _WEIGHT_AFTER.sub("", n)


@lru_cache(maxsize=65536)
def labelish(t: str) -> bool:
    """Whether a cell's text is a level label or the block's outer label."""
    n = norm(t)
    return n in LEVEL1 or n in LEVEL2 or n in OUTER or bare(n) in LEVEL1 or bare(n) in LEVEL2


def settle_levels(rows: list[IndicatorRow], problems: list[Problem]) -> None:
    """Each row's first level checked against the classification of its second level, and a level that cannot be
    determined said."""
    for r in rows:
        l1, l2 = norm(r.level1.str_ or ""), norm(r.level2.str_ or "")
        parent = FIRST_LEVEL_OF.get(l2)
        if parent and l1 != parent and l2 not in LEVEL1:
            # The standard classification puts each second-level indicator under one first level
            # (数量/质量/时效 → 产出, 经济/社会/生态效益/可持续影响 → 效益 …): a label carried down from above that
            # contradicts it was carried past a lost merged cell. The first level is taken from the
            # classification, located at the second-level cell, and said as a problem.
            was = f"沿用的一级指标“{l1}”" if l1 else "缺失的一级指标"
            was_en = f"the carried first-level '{l1}'" if l1 else "the missing first-level label"
            problems.append(problem(
                f"指标“{r.level3.str_ or '?'}”的二级指标“{l2}”不属于{was}（合并单元格丢失），"
                f"按指标分类取一级指标“{parent}”",
                f"second-level '{l2}' of '{r.level3.str_ or '?'}' does not belong under {was_en} "
                f"(merged cell lost); first level taken as '{parent}' from the classification",
                r.source,
            ))
            r.level1 = Val(parent, None, r.level2.source)
        if r.level1.value is None or r.level2.value is None:
            lvl = "一级" if r.level1.value is None else "二级"
            problems.append(problem(
                f"指标“{r.level3.str_ or '?'}”的{lvl}指标无法确定（合并单元格丢失）",
                f"the {'first' if lvl == '一级' else 'second'}-level label of '{r.level3.str_ or '?'}' "
                "cannot be determined (merged cell lost)",
                r.source,
            ))


