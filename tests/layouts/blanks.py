"""Indicator cells left blank as forms are published: the 得分 column not filled in (a form put out before it was
scored), or the 完成值 of some rows blank; and the weights and scores printed as whole numbers, as most forms print
them. Each works on the rows ``grid.rows`` gives, by the columns its indicator header names."""

from __future__ import annotations

import re

_SCORE, _ACTUAL, _REASON = "得分", "实际完成值", "偏差原因分析及改进措施"


def _block(rows: list[list[str]]) -> tuple[int, int, list[str]]:
    """The indicator header's row, the total row's, and the header's labels."""
    head = next(k for k, r in enumerate(rows) if r[:1] == ["绩效指标"])
    total = next(k for k in range(head + 1, len(rows)) if rows[k][:1] == ["总分"])
    return head, total, rows[head]


def _put(rows: list[list[str]], label: str, value: str, every: int = 1) -> list[list[str]]:
    head, total, labels = _block(rows)
    out = [list(r) for r in rows]
    if label in labels:
        at = labels.index(label)
        for n, k in enumerate(range(head + 1, total)):
            if n % every == 0:
                out[k][at] = value
    return out


def not_scored(rows: list[list[str]]) -> list[list[str]]:
    """得分 and 偏差原因 blank on every indicator row, the total row holding the total weight alone."""
    out = _put(_put(rows, _SCORE, ""), _REASON, "")
    _, total, _ = _block(out)
    out[total] = out[total][:-1] + [""]
    return out


def actual_blank(rows: list[list[str]], every: int = 2) -> list[list[str]]:
    """完成值 blank on every ``every``-th indicator row (the first, the third, …)."""
    return _put(rows, _ACTUAL, "", every)


def whole_numbers(rows: list[list[str]]) -> list[list[str]]:
    """Weights and scores of the indicator rows and the total row without their decimals (11.00 → 11)."""
    head, total, _ = _block(rows)
    return [[re.sub(r"^(\d+)\.00$", r"\1", c) for c in r] if head < k <= total else list(r) for k, r in enumerate(rows)]


def bare_actual(rows: list[list[str]]) -> list[list[str]]:
    """完成值 printed as a bare number, its unit left to the 指标值 (374人次 → 374, 97% → 97)."""
    head, total, labels = _block(rows)
    at = labels.index(_ACTUAL)
    out = [list(r) for r in rows]
    for k in range(head + 1, total):
        m = re.match(r"^\d+(?:\.\d+)?", out[k][at])
        if m:
            out[k][at] = m.group(0)
    return out
