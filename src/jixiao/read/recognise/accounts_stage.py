"""The stage of a set of accounts tables whose titles do not say it.

The 部门预算 template's titles do not say 预算 (部门收支总表, 财政拨款收支总表, 一般公共预算“三公”经费支出表:
``accounts_titles._TEMPLATE``), and some 决算 sets print the same titles without 决算. Such a title is no evidence of a
budget when the page's heading before the first table says 决算 (××2023年度部门决算), or when the tables carry the 决算
template's own carry-over lines (年初结转和结余, 年末结转和结余: ``stagewords.FINAL_TEMPLATE``): the set is final
accounts. A title that says 预算 itself keeps the budget's stage.
"""

from __future__ import annotations

from jixiao.accounts.layout import squash
from jixiao.accounts.stagewords import FINAL_TEMPLATE, own_words
from jixiao.core.table import Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.accounts_titles import Order

_HEADING_LINES = 8  # the lines before the first table where a page names itself


def stated(title: str) -> str | None:
    """The stage a title's own words state (决算 → final, 预算 alone → budget), None when it states neither."""
    own = own_words(squash(title))
    return "final" if "决算" in own else "budget" if "预算" in own else None


def final_unstated(fr: FileRead, order: Order, titles: list[str], tables: list[Table]) -> bool:
    """A set the titles make a budget only by the template's titles that say no stage, on a page whose heading says
    决算 or in tables holding the 决算 template's carry-over lines."""
    if any(stated(t) == "budget" for t in titles):
        return False
    head = tables[0]
    before = order.between(fr, None, order.span(head)[0])[-_HEADING_LINES:]
    heading = [x for x, _ in before] + list(head.preamble)
    if any(stated(x) == "final" for x in heading if len(squash(x)) <= 60):
        return True
    return any(FINAL_TEMPLATE.search(squash(c.text)) for t in tables for row in t.rows for c in row)
