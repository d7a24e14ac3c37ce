"""A department's score table that opens with its funds block: the score table is the document, the funds its row.

A department-wide evaluation published as a score table (部门整体支出绩效评价评分表: 一级指标 | 二级指标 | 三级指标 | 分值 |
评分标准 | 评分依据 | 得分) often opens with the department's execution (预算执行情况: 年初预算数 | 全年预算数 | 全年执行数 |
执行率 | 分值 | 得分, its 年度资金总额 row). The score-table readers read the rows and leave the block; the project-form
readers read the block, then take the score table's 分值 for weights and its 评分标准 for names, no row scored. Both
readings are made, and combined by meaning:

* the document is the score table's (``dept_evaluation``) when it scores three rows or more, each its weight and
  its score, where the project-layout reading of the same file scores none and the file prints a score table's own
  column (评分标准, 评分依据: a form in the project layout has none; a target table has no score table to read);
* its funds are the total row the project-layout readers read from the block (by its labels, then the form's
  arithmetic), kept only when the form's own relations confirm it: rate = executed ÷ budget, and where the row
  prints them, score = weight × rate. A row they contradict, or a budget alone, is not taken: nothing is invented.

Only for a file whose heading or the score table's title names department-wide spending (``deptmark``).
"""

from __future__ import annotations

import re

from jixiao.core.records import Document, FundsRow
from jixiao.read.base import FileRead, safely
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.deptmark import is_department_title
from jixiao.read.recognise.placement import Item, judge

DEPT = "dept_evaluation"
PROJECT = "project_self_evaluation"
MIN_ROWS = 3  # scored rows that make a score table (fewer are a fragment)
_FIELDS = ("initial_budget", "annual_budget", "executed", "weight", "rate", "score")


def _scored(doc: Document) -> int:
    return sum(i.weight.value is not None and i.score.value is not None for i in doc.indicators)


def _funded(doc: Document) -> bool:
    total = doc.funds.get("total")
    return total is not None and any(getattr(total, k).value is not None for k in _FIELDS)


def confirmed(row: FundsRow) -> bool:
    """The total row holds a budget, an executed amount and a rate that the form's arithmetic ties together (rate =
    executed ÷ budget), and no relation of the row is contradicted (score = weight × rate where printed)."""
    items = {k: Item(v.text or str(v.value), v.value) for k in _FIELDS
             if (v := getattr(row, k)).value is not None}
    if not {"executed", "rate"} <= items.keys() or not items.keys() & {"annual_budget", "initial_budget"}:
        return False
    base = "annual_budget" if "annual_budget" in items else "initial_budget"
    bad, good = judge(items, base=base)
    return bad == 0 and good > 0


_RULES = re.compile(r"评\s*分\s*(?:标\s*准|依\s*据|细\s*则)|评\s*价\s*标\s*准|计\s*分\s*标\s*准")


def _rules_column(fr: FileRead) -> bool:
    """The file prints a score table's own column (评分标准, 评分依据, 评价标准, 计分标准): a form in the project layout has
    none, so its unscored reading is never replaced by a score table's."""
    return any(_RULES.search(x) for x, _ in fr.body)


def _department(fr: FileRead, docs: list[Document]) -> bool:
    head = " ".join(x for x, _ in fr.body[:12])
    return is_department_title(head) or any(is_department_title(d.title or "") for d in docs)


def with_funds(fr: FileRead, docs: list[Document]) -> list[Document]:
    """``docs``, or the department's score table read from the file with the funds row its block gives (see the
    module's words): in place of a project-layout reading that scored no row, or on a score table read without it."""
    from jixiao.read.recognise import scoretable, stream

    projects = [d for d in docs if d.type == PROJECT]
    depts = [d for d in docs if d.type == DEPT]
    if len(docs) != 1 or not _department(fr, docs):
        return docs
    if projects and not _scored(projects[0]) and projects[0].indicators and _rules_column(fr):
        found = [d for d in safely(fr, "scoretable", scoretable.recognise) if d.type == DEPT]
        if len(found) != 1 or _scored(found[0]) < MIN_ROWS or _funded(found[0]):
            return docs
        dept, block = found[0], projects[0]
    elif depts and not _funded(depts[0]) and _scored(depts[0]) >= MIN_ROWS:
        read = [d for d in safely(fr, "stream", stream.recognise) if d.type == PROJECT]
        if len(read) != 1:
            return docs
        dept, block = depts[0], read[0]
    else:
        return docs
    total = block.funds.get("total")
    if total is None or not confirmed(total):
        return [dept]  # the score table's rows stand; a funds row its arithmetic does not confirm is not taken
    dept.funds["total"] = total
    src = total.executed.source
    dept.problems.append(problem(
        "部门整体支出评分表前的预算执行情况按资金栏目读取，执行率与执行数÷预算数相符",
        "the department score table's funds block read by its columns; its rate agrees with executed ÷ budget", src))
    return [dept]
