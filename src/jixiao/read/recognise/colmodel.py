"""The column model of a form's header: which column a label the reader does not know stands for.

A header states its columns in an order the form's templates share: the funds block 年初预算数, 全年预算数,
全年执行数, 分值, 执行率, 得分 (some print 执行率 before 分值); the indicator block 一级/二级/三级指标, 年度指标值,
实际完成值, 分值, 得分, 偏差原因 (some print 分值 first, or 指标性质 / 度量单位 around the 指标值). When one label is
not understood (实际支出数, 完成比例, 满分 …) its column is still there, and its numbers with it: read without it,
every number after it shifts under the wrong label, or the row's numbers outnumber the columns and none is
read. A run of such labels is read as the fields the header lacks that a template's order puts between their
known neighbours, when there are as many of those as labels; else they stay unknown (the column is then known
to be there, so a row's numbers are never placed as if it were not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from jixiao.core.records import Problem
from jixiao.core.source import Source
from jixiao.read.export import FUNDS_COLUMNS
from jixiao.read.recognise.formspec import FUNDS_COLUMNS as FUNDS_LABELS
from jixiao.read.recognise.formspec import INDICATOR_COLUMNS, UNITS

FIELD_ZH = dict(FUNDS_COLUMNS)  # the field's label on the 财政部 template (全年执行数)

# The orders of the funds columns the templates print (``formspec.STANDARD_ORDER`` first).
ORDERS: tuple[tuple[str, ...], ...] = (
    ("initial_budget", "annual_budget", "executed", "weight", "rate", "score"),
    ("initial_budget", "annual_budget", "executed", "rate", "weight", "score"),
)
# The indicator block's (the fields of ``formspec.INDICATOR_COLUMNS``).
_LEVELS = ("level1", "level2", "level3")
_AFTER = ("reason", "improvement")
INDICATOR_ORDERS: tuple[tuple[str, ...], ...] = (
    (*_LEVELS, "target", "actual", "weight", "score", *_AFTER),  # 财政部 2020
    (*_LEVELS, "weight", "target", "actual", "score", *_AFTER),  # 安徽, 宁夏: 分值 first
    (*_LEVELS, "nature", "target", "unit", "actual", "weight", "score", *_AFTER),  # 2021: 指标性质 | 指标值 | 度量单位
)
INDICATOR_FILLABLE = ("target", "actual", "weight", "score")
INDICATOR_ZH = {"target": "年度指标值", "actual": "实际完成值", "weight": "分值", "score": "得分"}


_KNOWN = tuple(a for a, _ in (*FUNDS_LABELS, *INDICATOR_COLUMNS))
_ENDS = frozenset(a[:n] for a in _KNOWN for n in range(2, len(a))) | frozenset(
    a[n:] for a in _KNOWN for n in range(1, len(a) - 1))


def label_like(text: str) -> bool:
    """A header cell that may be a column's label: two Chinese characters or more, not a unit (万元) nor a
    qualifier ((A), B/A)."""
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text) >= 2 and text not in UNITS and not text.startswith("(")


@lru_cache(maxsize=4096)
def _pieces(text: str) -> bool:
    """Whether ``text`` is made of the starts and ends of known labels a wrap cut apart (全年 of 全年预算数; 年度实际:
    年度 of 年度指标值 and 实际 of 实际完成值)."""
    return text in _ENDS or any(text[:n] in _ENDS and _pieces(text[n:]) for n in range(2, len(text) - 1))


# a label ending in a score's or a weight's word is whole, though its words may look like the ends of known labels
# (评分: the end of 自评分; 考核得分: 考核 of 考核分值 and 得分)
_WHOLE_LABEL = re.compile(r"(?:得分|评分|分值|权重|满分)$")


def new_label(text: str) -> bool:
    """A header word that is a column's label no alias knows (计划值, 满分, 使用数, 评分, 考核得分): label-like, no digit or
    colon (指标1:), and not pieces of known labels a wrap cut apart."""
    return label_like(text) and (not _pieces(text) or _WHOLE_LABEL.search(text) is not None) \
        and not any(ch.isdigit() or ch in ":：" for ch in text)


def _fits(field: str, before: str | None, after: str | None, orders: Sequence[Sequence[str]]) -> bool:
    """Whether some template order holding the neighbours puts ``field`` after ``before`` and before ``after``
    (None: the header's edge)."""
    for order in orders:
        if field not in order or before is not None and before not in order or after is not None and after not in order:
            continue
        lo = order.index(before) if before is not None else -1
        hi = order.index(after) if after is not None else len(order)
        if lo < order.index(field) < hi:
            return True
    return False


def complete(found: Sequence[str | None], orders: Sequence[Sequence[str]] = ORDERS,
             fillable: Sequence[str] = ORDERS[0]) -> list[str | None]:
    """The header's fields in printed order, the labels not understood (None) read as fields: a run of them between
    two known labels (or an edge) takes the ``fillable`` fields missing from the header that fit there in a
    template's order, in that order, when there are as many of those as labels in the run; else the run stays None."""
    out = list(found)
    missing = [f for f in fillable if f not in found]
    j = 0
    while j < len(found):
        if found[j] is not None:
            j += 1
            continue
        end = j
        while end < len(found) and found[end] is None:
            end += 1
        before = found[j - 1] if j else None
        after = found[end] if end < len(found) else None
        fit = [m for m in missing if _fits(m, before, after, orders)]
        if len(fit) == end - j:
            out[j:end] = fit
            missing = [m for m in missing if m not in fit]
        j = end
    return out


@dataclass(frozen=True)
class Block:
    """A block's header as the column model reads it: its template orders, the fields a label not understood may
    be read as, their names on the template, and how the reading is said."""

    orders: tuple[tuple[str, ...], ...]
    fillable: tuple[str, ...]
    zh: dict[str, str]
    said_zh: str  # 资金表头 / 指标表头
    said_en: str  # funds / indicator


FUNDS = Block(ORDERS, ORDERS[0], FIELD_ZH, "资金表头", "funds")
INDICATORS = Block(INDICATOR_ORDERS, INDICATOR_FILLABLE, INDICATOR_ZH, "指标表头", "indicator")


def read_by_order(found: Sequence[str | None], labels: Sequence[tuple[str, Source | None]], problems: list[Problem],
                  block: Block = FUNDS, ends: Sequence[bool] = ()) -> tuple[list[str | None], int | None]:
    """The header's fields in printed order (``found``: None where a label is not understood), those labels
    (``labels``, their text and source, in order) read by the column model (``complete``), each reading said on
    ``problems``. A label marked in ``ends`` that the model cannot read ends the header there: the fields before
    it, and its index in ``labels``, are returned (None when the header reads to its end)."""
    got = complete(found, block.orders, block.fillable)
    j = 0
    for at, (was, now) in enumerate(zip(found, got, strict=True)):
        if was is not None:
            continue
        text, source = labels[j]
        if now is None and j < len(ends) and ends[j]:
            return got[:at], j
        if now is not None:
            problems.append(Problem(f"{block.said_zh}的栏目“{text}”未能识别，按表式的栏目顺序读作{block.zh[now]}", source,
                                    f"{block.said_en} column label '{text}' not understood: read as {now} by the "
                                    "form's column order"))
        j += 1
    return got, None
