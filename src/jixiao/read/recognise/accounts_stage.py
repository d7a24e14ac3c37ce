"""The stage of a set of accounts tables whose titles do not say it.

The 部门预算 template's titles do not say 预算 (部门收支总表, 财政拨款收支总表, 一般公共预算“三公”经费支出表:
``accounts_titles._TEMPLATE``), and some 决算 sets print the same titles without 决算. Such a title is no evidence of a
budget when the page's heading before the first table says 决算 (××2023年度部门决算), or when the tables carry the 决算
template's own carry-over lines (年初结转和结余, 年末结转和结余: ``stagewords.FINAL_TEMPLATE``): the set is final
accounts. A title that says 预算 itself keeps the budget's stage, unless the tables' own figures stand in a column
named 决算数 (a page titled 预算执行情况 that publishes its 决算); a fund's name (一般公共预算 …) says no stage.
"""

from __future__ import annotations

import re

from jixiao.accounts.layout import squash
from jixiao.accounts.stagewords import FINAL_TEMPLATE, FUND
from jixiao.accounts.stagewords import stated as stated_words
from jixiao.core.table import Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.accounts_titles import Order

_HEADING_LINES = 8  # the lines before the first table where a page names itself


# a column of the table's own figures named 决算数 (not the year before's: 上年决算数), the 决算's own column
_FINAL_COLUMN = re.compile(r"^(?:\d{4}年度?|本年度?)?(?:实际)?决算数?(?:\(万元\)|（万元）)?$")


def stated(title: str) -> str | None:
    """The stage a title's own words state (决算 → final, 预算 alone → budget), None when it states neither."""
    return stated_words(squash(title))


def final_columns(tables: list[Table]) -> bool:
    """A table's own figures stand in a column named 决算数 beside no column of 预算 (a page titled 预算执行情况
    that gives its 决算); a table comparing the two stages (预算数 | 决算数, 2023年决算数 | 2024年预算数) says neither."""
    for t in tables:
        head = [squash(c.text) for row in t.rows[:3] for c in row]
        if any(_FINAL_COLUMN.match(x) for x in head) and not any("预算" in FUND.sub("", x) for x in head):
            return True
    return False


def final_unstated(fr: FileRead, order: Order, titles: list[str], tables: list[Table]) -> bool:
    """A set the titles make a budget only by the template's titles that say no stage, on a page whose heading says
    决算 or in tables holding the 决算 template's carry-over lines."""
    if final_columns(tables):
        return True
    if any(stated(t) == "budget" for t in titles):
        return False
    if heading_stage(fr, order, tables) == "final":
        return True
    return any(FINAL_TEMPLATE.search(squash(c.text)) for t in tables for row in t.rows for c in row)


def heading_stage(fr: FileRead, order: Order, tables: list[Table]) -> str | None:
    """The stage the page's heading before the first table states (××2023年度部门决算: final; a 决算 word wins)."""
    head = tables[0]
    before = order.between(fr, None, order.span(head)[0])[-_HEADING_LINES:]
    said = {stated(x) for x in [x for x, _ in before] + list(head.preamble) if len(squash(x)) <= 60}
    return "final" if "final" in said else "budget" if "budget" in said else None
