"""A 收支总表's carry-over line, under whatever words the template gives it.

收入总计 = 本年收入合计 + the carried-in line, 支出总计 = 本年支出合计 + the carried-out line. Templates name the
carried-in line 年初结转和结余, 年初财政拨款结转和结余, 上年结转, 上年结转结余, 年初结转 …, the carried-out line
年末结转和结余, 结转下年, 年末结转 …: a line is known by its listed name first, else by what its words say (a start
of the year or the year before, then 结转 or 结余; the year's end or 下年). A line not found is a sum without it,
never a total against a sum that lacks a line the table prints (the words, not one template's, decide).
"""

from __future__ import annotations

import re

from jixiao.accounts.model import AccountRow, AccountTable, clean_name

_IN = re.compile(r"^(?:年初|上年|以前年度)(?:财政拨款)?(?:结转|结余)")
_OUT = re.compile(r"^(?:年末|年终)(?:财政拨款)?(?:结转|结余)|^结转下年")


def carried(t: AccountTable, side: str, *names: str) -> AccountRow | None:
    """The side's carry-over line: the first of ``names`` the table holds, else a line whose words say it is one."""
    for n in names:
        if (r := t.item(n, side)) is not None:
            return r
    said = _IN if side == "income" else _OUT
    return next((r for r in t.rows if r.side == side and not r.total and said.match(clean_name(r.name))), None)
