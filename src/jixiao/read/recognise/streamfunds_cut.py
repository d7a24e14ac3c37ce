"""A funds row's numbers placed under the block's columns (``placement``), and a run of numbers printed apart
from their row labels cut among those rows (``streamfunds``): the cut under which every row's placement holds.
"""

from __future__ import annotations

import itertools

from jixiao.read.recognise.common import amount
from jixiao.read.recognise.formspec import MONEY
from jixiao.read.recognise.placement import Item, Placed, judge, place
from jixiao.read.recognise.tokens import Token, is_value, number

Row = tuple[str, Token, list[Token]]  # a funds row: its key, its label, its numbers
DASHES = frozenset({"/", "-", "—", "--", "——", "无", "……", "...", "......", "…"})
UNREAD = "unread"  # a column whose label is not understood, standing among the known ones


def funds_amount(text: str) -> str | None:
    """The number of a funds value: as printed, or an amount without its unit; None for no value."""
    return text if is_value(text) else amount(text)


def place_row(key: str, values: list[Token], columns: list[str], total: dict[str, Item] | None) -> Placed:
    """One row's numbers under the columns: the total row under them all, a part under its amounts (and rate),
    or all of them when it repeats the total's 分值 and 得分, and never under a column its total left empty."""
    percent = any(v.text.endswith("%") for v in values)
    apart = len(values) > 1 and all(number(funds_amount(v.text) or "") is not None for v in values)  # not run together
    cols = columns if key == "total" else [c for c in columns if c in MONEY or c == UNREAD or (c == "rate" and percent)]
    if len(values) > len(cols):
        cols = columns  # a sub-row that repeats the total row's 分值 and 得分
    elif total and apart and len(values) <= len(filled := [c for c in cols if c in total]):
        cols = filled  # a part holds no column its total row left empty (年初预算数 blank throughout)
    texts = [funds_amount(v.text) or v.text for v in values]
    whole = any(t != v.text and v.text.endswith(("万", "元")) for t, v in zip(texts, values, strict=True))
    return place(texts, cols, total, whole)  # an amount printed with its unit is one amount, not digits run together


_FITS = ("as printed", "by arithmetic", "by template")


def share(run: list[Token], keys: list[str], columns: list[str]) -> list[list[Token]] | None:
    """A run of numbers cut into the rows ``keys`` (dashes hold blank cells' places): the one cut under which
    every row's placement is consistent and the rows confirm the most relations; None when no cut is, or
    several are best."""
    if len(keys) == 1:
        return [[v for v in run if v.text not in DASHES]]
    best: list[tuple[int, list[list[Token]]]] = []
    for cut in itertools.combinations(range(1, len(run)), len(keys) - 1):
        bounds = (0, *cut, len(run))
        parts = [[v for v in run[a:b] if v.text not in DASHES] for a, b in itertools.pairwise(bounds)]
        if any(not p or len(p) > len(columns) for p in parts):
            continue
        total: dict[str, Item] | None = None
        good = 0
        for key, part in zip(keys, parts, strict=True):
            got = place_row(key, part, columns, total)
            if got.how not in _FITS:
                break
            good += judge(got.values, total)[1]
            total = got.values if key == "total" else total
        else:
            best.append((good, parts))
    top = max((g for g, _ in best), default=None)
    winners = [p for g, p in best if g == top]
    return winners[0] if len(winners) == 1 else None
