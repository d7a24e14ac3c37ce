"""部门整体支出绩效自评表 — the 年度主要任务 block: the tasks' 预算数 and 执行数 make its 金额合计.

The block is read by ``read.recognise.depttasks`` (a task's amounts are placed only when the row holds one
number a column). A column whose tasks do not add up to 金额合计 is an ``error`` only when the other column adds
up exactly (the reading is confirmed by the form's own arithmetic); when neither adds up, a row may have been
misread, and the difference is only ``suspect``. A column not read for every task is not checked.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.audit.common import doc_name, finding, num
from jixiao.core.findings import Finding
from jixiao.core.records import Document
from jixiao.read.recognise.depttasks import TASKS, Task

COLUMNS = (("budget", "预算数", "budget"), ("executed", "执行数", "executed"))
ROW = "金额合计"


def check_dept_tasks(doc: Document) -> list[Finding]:
    block = doc.extra.get(TASKS)
    if not isinstance(block, dict) or not isinstance(block.get("total"), Task):
        return []
    total: Task = block["total"]
    tasks: list[Task] = block.get("tasks") or []
    diffs: dict[str, tuple[Decimal, Decimal]] = {}
    agree = 0
    for key, _, _ in COLUMNS:
        printed = getattr(total, key)
        vals = [getattr(t, key) for t in tasks]
        if printed.value is None or not vals or any(v.value is None for v in vals):
            continue
        s = sum((v.value for v in vals), Decimal(0))
        if s == printed.value:
            agree += 1
        else:
            diffs[key] = (printed.value, s)
    out = []
    for key, zh, en in COLUMNS:
        if key not in diffs:
            continue
        printed, s = diffs[key]
        terms = " + ".join(getattr(t, key).text or "" for t in tasks)
        severity = "error" if agree else "suspect"
        why = "（同表另一列相符）" if agree else "（另一列也不相符，可能有任务行未读全）"
        src = getattr(total, key).source
        out.append(finding(
            "dept_tasks_total", severity, doc_name(doc), src,
            f"年度主要任务的{ROW}（{zh}）为{getattr(total, key).text}，而各任务之和 {terms} = {num(s)}{why}",
            f"the tasks' {ROW} ({en}) is {getattr(total, key).text}, but the tasks add up to {num(s)}",
            printed, s, ROW,
        ))
    return out

