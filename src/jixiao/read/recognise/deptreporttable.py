"""A department's report (部门整体支出绩效自评报告) that gives its execution in a small table (项目 | 年初预算数 |
全年预算数 | 全年执行数 | 执行率, then 合计 / 基本支出 / 项目支出), its score and grade in sentences.

The text stream's reader (``recognise.stream``) finds the table's labels and reads it as a project's form with no
indicator table: its funds are right, but it names the department after the heading (整体支出绩效自评报告) and may
take the 合计 row's figures for a total score. The report's own reading (``recognise.deptreport``) names the
department and reads the score and grade its sentences state, but no amount of the table (no 万元 beside them).
Where the file's heading says it is a department's report and the stream read no indicator, the report's reading
is kept, with the table's funds where its sentences stated none (each with the table cell's source): the score
is the report's, never a table figure.
"""

from __future__ import annotations

from jixiao.core.records import FUNDS_COLUMNS, Document
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import problem

_FROM_TABLE = "部门整体支出绩效评价报告：预算数、执行数与执行率读自报告中的预算执行表格，得分与等级读自报告的文字"


def _table_only(docs: list[Document]) -> bool:
    """Project forms the stream read with no indicator row and no project named: a table of funds, no form (a
    project's form attached to the report, 附件：项目支出绩效自评表 | 项目名称 | …, is that project's, never the
    department's funds: review 1 of session 22)."""
    return bool(docs) and all(d.type == "project_self_evaluation" and not d.indicators
                              and not _named(d) for d in docs)


def _named(d: Document) -> bool:
    v = d.header.get("项目名称")
    return v is not None and v.value not in (None, "")


def over_table(fr: FileRead, docs: list[Document]) -> list[Document]:
    """``docs`` (the fallbacks' reading), or the department's report with the funds of the table they read."""
    from jixiao.read.recognise import deptreport
    from jixiao.read.recognise.report import report_text

    if len(docs) != 1 or not _table_only(docs) or deptreport.heading(report_text(fr).text) is None:
        return docs
    found = deptreport.recognise(fr)
    if len(found) != 1:
        return docs
    doc, table = found[0], docs[0].funds.get("total")
    total = doc.funds.get("total")
    if table is None or total is None:
        return docs
    taken = [c for c in FUNDS_COLUMNS if getattr(total, c).value is None and getattr(table, c).value is not None]
    if not taken:
        return found
    for c in taken:
        setattr(total, c, getattr(table, c))
    doc.problems = [p for p in doc.problems if not p.message.startswith(deptreport.UNREAD)]
    doc.problems.append(problem(
        _FROM_TABLE, "a department's evaluation report: the budget, spending and rate read from the execution table "
        "in it, the score and grade from its sentences", table.executed.source or table.annual_budget.source))
    return found
