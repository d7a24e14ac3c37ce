"""A score table's total row whose weight and score ran together (合计5850: 58 and 50, once the text lost its cells).

Read as one figure, 5850 is a total score fifty times the table's full marks, and the audit's sum check makes it a
false error. A total is taken for what it is by the table's own arithmetic: the one way of cutting its digits into a
weight and a score whose weight is the table's full marks (its rows' weights together) and whose score is no more
than that; a figure above the full marks that no such cut explains is no score at all (left unread, said). A total
no more than the full marks is the score as printed.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from jixiao.core.numbers import parse_decimal


def cuts(text: str, full: Decimal) -> list[tuple[str, str]]:
    """The cuts of the figure ``text`` into a weight equal to ``full`` and a score no more than it (neither part
    opening with a 0 unless it is 0 or a fraction: 0.5)."""
    out = []
    for i in range(1, len(text)):
        w, s = text[:i], text[i:]
        if any(p[0] == "0" and len(p) > 1 and p[1] != "." for p in (w, s)) or w.endswith(".") or s.startswith("."):
            continue
        try:
            wd, sd = parse_decimal(w), parse_decimal(s)
        except InvalidOperation:  # pragma: no cover - parse_decimal returns None for what is not a number
            continue
        if wd is not None and sd is not None and wd == full and sd <= full:
            out.append((w, s))
    return out


def glued_total(text: str, full: Decimal) -> tuple[str | None, str | None]:
    """(weight, score) a total row's one figure ``text`` stands for, given the table's full marks ``full``: the score
    as printed when it is no more than the full marks; the one cut that ``cuts`` finds when it is more; (None, None)
    when it is more and no single cut explains it."""
    value = parse_decimal(text)
    if value is None or full <= 0:
        return None, text
    if value <= full:
        return None, text
    found = cuts(text, full)
    return found[0] if len(found) == 1 else (None, None)
