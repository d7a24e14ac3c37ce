"""Which of a file's tables make one disclosure: its sets of template tables, in order.

A set runs until a table of a kind it already holds (the next disclosure's) or a table of no known kind followed by
more than a title's worth of text. A table of no template kind between two of the set's own (一般公共预算项目支出预算表,
机关运行经费明细表) with only titles and units around it does not end the set: the tables after it are the same
disclosure's (that table is read by its labels, ``accounts_labelled.with_labelled``). A second 三公 table naming another
fund (政府性基金预算“三公”经费支出表 beside the 一般公共预算 one) is the same set's too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.accounts.layout import squash
from jixiao.core.table import Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.accounts_titles import Order, Where

Found = tuple[str, str] | None
Member = tuple[str, str, Table]
_BETWEEN = 8  # lines of text around the foreign tables inside a set (their titles, units, notes)
_OTHER_FUND = re.compile(r"政府性基金|国有资本经营")


def _repeats(current: list[Member], found: tuple[str, str]) -> bool:
    if not any(k == found[0] for k, _, _ in current):
        return False
    return not (found[0] == "three_public" and _OTHER_FUND.search(squash(found[1]))
                and not any(_OTHER_FUND.search(squash(title)) for k, title, _ in current if k == "three_public"))


def table_sets(fr: FileRead, order: Order, tables: list[Table], kind: Callable[[Table], Found]
               ) -> list[tuple[list[Member], Where | None]]:
    """The sets of consecutive template tables and where each set's text ends (its first foreign table after it,
    None at the end of the file)."""
    out: list[tuple[list[Member], Where | None]] = []
    current: list[Member] = []
    foreign: Where | None = None  # the first table of no known kind since the set's last one
    for t in tables:
        found = kind(t)
        if found is None:
            if current and foreign is None:
                foreign = order.span(t)[0]
            continue
        start = order.span(t)[0]
        if current and (_repeats(current, found) or foreign is not None and _apart(fr, order, current, start)):
            out.append((current, foreign or start))
            current = []
        foreign = None
        current.append((found[0], found[1], t))
    if current:
        out.append((current, foreign))
    return out


def _apart(fr: FileRead, order: Order, current: list[Member], start: Where) -> bool:
    """More than a title's worth of text between the set's last table and the next one of a template kind."""
    last = order.span(current[-1][2])[1]
    return start[0] != last[0] or len(order.between(fr, last, start)) > _BETWEEN
