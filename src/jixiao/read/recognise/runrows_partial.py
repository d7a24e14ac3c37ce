"""Readings of a run of indicator cells (``recognise.runsplit``) that take less than the whole when the whole has no
one reading: the rows' figures where every best reading places them alike and only the cut between a name and
its values differs (the name read together with its values, which are not read), and the rows before a last row
that the excerpt or a line break cut short (the rest said, not read). Never a guess: what is taken is what every
reading agrees on, or a reading of its own of the rows taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.read.recognise import runsplit as rr
from jixiao.read.recognise.common import swallowed_figures

_NUMBERED = re.compile(r"(?:任务|指标)\d{1,2}$")
_MAX_CUTS = 4  # places tried, from the end, where the run's last whole row may end


def agreed_numbers(text: str, top: list[list[rr.RunRow]]) -> list[rr.RunRow] | None:
    """The rows of readings that agree on every row's start and on every weight and score and where it stands,
    and differ only in where a name ends and its values begin (业务收入超上年度增收27万元1313: 13 and 13 whatever
    the name): each row's name read with its values, up to its first figure, and no values. None when the
    readings place a row or a figure differently. Readings whose values end in a digit the figure after them could
    have begun with are left out when others do not."""
    def figures(p: list[rr.RunRow]) -> tuple[tuple[int, tuple[tuple[str, str, int], ...]], ...]:
        return tuple((r.name_at, tuple(c for c in r.cells if c[0] != "values")) for r in p)

    clean = [p for p in top if not any((r.get("values") or "x")[-1].isdigit() for r in p)]
    top = clean or top  # 27万元1 | 31 | 3 beside 27万元 | 13 | 13: a value ending in a digit is the doubtful cut
    if len({figures(p) for p in top}) != 1:
        return None
    out: list[rr.RunRow] = []
    for r in top[0]:
        numbers = tuple(c for c in r.cells if c[0] != "values")
        name = text[r.name_at : numbers[0][2]] if numbers else ""
        if not numbers or swallowed_figures(name) or rr.SIGNS.search(name):
            return None  # 验收合格率≥95%97: a target and an actual, not a name to read with its values
        out.append(rr.RunRow(name, r.name_at, numbers))
    return out


def read_prefix(text: str, order: Sequence[str], bound: Decimal | None) -> tuple[rr.Reading, int] | None:
    """The one best reading of the longest start of ``text`` that ends at a row's last figure with a name after
    it (…8指标3一级种薯繁育基地8000亩: the third row's figures are on the next line), and where the rest begins;
    None when no start of it, among the last few places a row may end, reads one way."""
    cuts = [i for i in range(len(text) - 1, 0, -1) if text[i - 1].isdigit() and rr.name_start(text, i)
            and not _NUMBERED.search(text, 0, i)]  # 指标3 | 一级种薯…: a row's numbering, no figure
    for cut in cuts[:_MAX_CUTS]:
        reading = rr.read_rows(text[:cut], order, bound)
        if reading is not None:
            return reading, cut
    return None
