"""The funds block's column model: which column a header label the reader does not know stands for.

A funds header states its columns in an order the form's templates share (年初预算数, 全年预算数, 全年执行数,
分值, 执行率, 得分; some print 执行率 before 分值). When one label is not understood (实际支出数, 完成比例 …)
its column is still there, and its numbers with it: read without it, every number after it shifts under the
wrong label, or the row's numbers outnumber the columns and none is read, and a sub-row read as empty is
summed as if it were whole. The label is read as the one field the header lacks that the model's order puts
between its neighbours; where none or several fit, it stays unknown (its column is then known to be there,
so a row's numbers are never placed as if it were not).
"""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.read.export import FUNDS_COLUMNS
from jixiao.read.recognise.formspec import UNITS

FIELD_ZH = dict(FUNDS_COLUMNS)  # the field's label on the 财政部 template (全年执行数)

# The orders of the funds columns the templates print (``formspec.STANDARD_ORDER`` first).
ORDERS: tuple[tuple[str, ...], ...] = (
    ("initial_budget", "annual_budget", "executed", "weight", "rate", "score"),
    ("initial_budget", "annual_budget", "executed", "rate", "weight", "score"),
)


def label_like(text: str) -> bool:
    """A header cell that may be a column's label: two Chinese characters or more, not a unit (万元) nor a
    qualifier ((A), B/A)."""
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text) >= 2 and text not in UNITS and not text.startswith("(")


def _fits(field: str, before: str | None, after: str | None) -> bool:
    """Whether some template order puts ``field`` after ``before`` and before ``after`` (None: the header's edge)."""
    for order in ORDERS:
        at = order.index(field)
        lo = order.index(before) if before in order else -1
        hi = order.index(after) if after in order else len(order)
        if lo < at < hi:
            return True
    return False


def complete(found: Sequence[str | None]) -> list[str | None]:
    """The header's fields in printed order, the labels not understood (None) read as fields: a run of them between
    two known labels (or an edge) takes the fields missing from the header that fit there in a template's order,
    in that order, when there are as many of those as labels in the run; else the run stays None."""
    out = list(found)
    known = {f for f in found if f is not None}
    missing = [f for f in ORDERS[0] if f not in known]
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
        fit = [m for m in missing if _fits(m, before, after)]
        if len(fit) == end - j:
            out[j:end] = fit
            missing = [m for m in missing if m not in fit]
        j = end
    return out
