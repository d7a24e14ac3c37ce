"""A department-wide self-evaluation form is a department's document, whatever figures it prints.

A 部门整体支出绩效自评表 (评价表) may print its department's 收支 (收入合计 / 支出合计 and their parts), a 三公 table, a
预算数 / 决算数 pair: the accounts readers then take the file for a final account or a 三公 table, or no reader
takes it (its indicator table lost to the page's layout) and the file ends "not recognised". Its title says what
it is: when the file's heading (at the top, before any 决算 title: a final account that only lists the form in its
contents, or binds it as an annex, is the accounts' — ``deptembed``) names a department-wide form and no form was
read, the file is read as that department's form: its title and unit (``deptreport.titles``, ``unit``), its 收支
lines (``deptledger``), and what an accounts reader made of its tables kept on it (its model, so that the same
sums are checked as before; nothing is checked anew). It says which parts were not read.

``with_ledger`` keeps the 收支 lines on the one department form or report a file holds, however it was read.
"""

from __future__ import annotations

import re

from jixiao.core.records import ACCOUNT_TYPES, FUNDS_ROWS, HALF_READ, Document, FundsRow
from jixiao.read.base import FileRead
from jixiao.read.recognise import deptreport
from jixiao.read.recognise.common import find_year, gapped, problem
from jixiao.read.recognise.deptledger import TITLE, ledger
from jixiao.read.recognise.deptmark import is_department_title
from jixiao.read.recognise.report import TYPE, report_text

# the form's title: the whole (部门 / 单位 / 机关 整体, 支出 and 预算 or not), 绩效, then the evaluation and 表:
# 部门整体支出绩效自评表, 单位整体支出绩效评价表, 部门整体绩效自评表, 部门整体支出绩效目标完成情况表; or the department's
# targets filed on their own (部门整体支出绩效目标申报表, 部门整体绩效目标表: its 资金总额 by 收入构成 and 支出构成) — a
# budget's own 部门整体支出绩效目标表 is the budget's, its title (部门预算) standing before the heading (``_ACCOUNTS_TITLE``)
FORM_HEADING = re.compile(gapped(
    r"(?:(?:部门|单位|机关)\s*(?:\(\s*(?:单位|部门)\s*\))?\s*)?整体\s*(?:支出)?\s*(?:预算)?\s*绩效\s*"
    r"(?:目标\s*(?:完成|实现)\s*情况\s*(?:自评|评价)?|(?:目标\s*)?(?:自评|自我评价|评价|自查)\s*(?:结果|情况)?"
    r"|目标\s*(?:申报)?)\s*表"))
_TARGETS = re.compile(gapped(r"目标\s*(?:申报)?\s*表"))
# a budget's or final account's own title before the heading: the file is the accounts' (a form it lists or binds
# is read by ``deptembed``)
_ACCOUNTS_TITLE = re.compile(r"(?<!预)决算|(?:部门|单位)\s*预算(?!\s*执行)|预算\s*公开")
_ONLY = ("部门整体支出绩效自评表：只读到表头与部门收支情况，绩效指标与预算执行情况未能读取",
         "a department-wide form: only its heading and its income and spending were read; its execution and "
         "indicators could not be read")
_ONLY_TARGETS = ("部门整体支出绩效目标表：只读到表头与部门资金情况，绩效目标与指标未能读取",
                 "a department-wide target form: only its heading and its funds were read; its targets and "
                 "indicators could not be read")


def by_anchor(fr: FileRead, docs: list[Document]) -> list[Document]:
    """``docs``, or, when none of them is a form (none read, or accounts documents only), the file's heading names a
    department-wide form and something of it was read (its 收支 lines, an accounts reading of its tables), that
    department's form in their place (their tables and model kept on it)."""
    if any(d.type not in ACCOUNT_TYPES for d in docs):
        return docs
    t = report_text(fr)
    head = deptreport.heading(t.text, FORM_HEADING)
    if head is None or not is_department_title(head.group(0)) or _ACCOUNTS_TITLE.search(t.text, 0, head.start()):
        return docs
    models = [d.extra["accounts"] for d in docs if d.extra.get("accounts") is not None]
    lines = ledger(fr)
    if lines is None and not models:
        return docs  # nothing of the form was read: it stays unrecognised, said so by the reading's own words
    named = deptreport.titles(t, head)
    name = deptreport.unit(t, named)
    src = t.source_at(head.start())
    doc = Document(type=TYPE, title=named[0][0], source=src)
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    if name is not None:
        doc.header["部门"] = name
    doc.year = find_year([doc.title or ""]) or find_year([t.text[:400]])
    if len(models) == 1:
        doc.extra["accounts"] = models[0]  # the sums its accounts reading checked, checked as before
    doc.tables = [tb for d in docs for tb in d.tables] + ([lines] if lines is not None else [])
    zh, en = _ONLY_TARGETS if _TARGETS.search(head.group(0)) else _ONLY
    doc.problems.append(problem(zh, en, src))
    doc.extra[HALF_READ] = zh
    return [doc]


def with_ledger(fr: FileRead, docs: list[Document]) -> list[Document]:
    """The one department form or report of the file, with its 收支 lines (``deptledger``) where it keeps none yet."""
    dept = [d for d in docs if d.type == TYPE and ("部门" in d.header or is_department_title(d.title or ""))]
    if len(dept) != 1 or any(t.title == TITLE for t in dept[0].tables):
        return docs
    lines = ledger(fr)
    if lines is not None:
        dept[0].tables.append(lines)
    return docs
