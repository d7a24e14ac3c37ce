"""The whole a rule text states for its table (满分100分, 总分值100分, 合计 100, 百分制, 实行100分制).

``stated_totals`` finds every such statement; ``stated_whole`` the one a half-read table may keep as printed: the
only whole the text states, heavier than each of the rows read (the table's own total, never a row's full marks).
A table read in part keeps it without checking its rows against it (``common.close_by_total``, half read)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

WHOLES = r"满分|总分值|总分|合计|总计"  # the words of a table's whole
_NUM = r"(?P<n>\d+(?:\.\d+)?)"
# (…实行量化考核,共计100分; 考核基本分值100分: the whole said by the scale's words)
_TOTAL = re.compile(rf"(?:{WHOLES}|共计|基本分值|考核分值)[为是:：\s]*{_NUM}\s*分?|(?P<pct>百分制)"
                    rf"|(?P<scale>\d+)\s*分制(?=[,，。;；、:：\s]|$)")


def stated_totals(text: str) -> list[tuple[Decimal, str, int]]:
    """The totals the text states (满分100分, 总分值100分, 合计 100, 共计100分, 基本分值100分, 百分制, 实行100分制):
    value, as printed, where."""
    return [(Decimal(100), "100", m.start()) if m.group("pct") else
            (Decimal(m.group("scale")), m.group("scale"), m.start("scale")) if m.group("scale") else
            (Decimal(m.group("n")), m.group("n"), m.start("n")) for m in _TOTAL.finditer(text)]


def stated_whole(text: str, weights: Iterable[Decimal]) -> tuple[Decimal, str, int] | None:
    """The one whole the text states, heavier than every weight read; None where it states none or several."""
    said = {t[0]: t for t in stated_totals(text)}
    heaviest = max(weights, default=Decimal(0))
    return next(iter(said.values())) if len(said) == 1 and next(iter(said)) > heaviest else None


__all__ = ["WHOLES", "stated_totals", "stated_whole"]
