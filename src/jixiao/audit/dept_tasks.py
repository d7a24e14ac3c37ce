"""部门整体支出绩效自评表 — the 年度主要任务 block: the tasks' amounts make its 金额合计, and where 预算金额 is split
by source (总额 | 财政拨款 | 其他资金), each row's 财政拨款 and 其他资金 make its 总额.

The block is read by ``read.recognise.depttasks`` (a task's amounts are placed only when the row holds one
number a column). A difference is an ``error`` only when the form's own arithmetic confirms the reading: for a
column's sum, another column adds up exactly; for a row's split, another row's split holds. Otherwise a row or
a column may have been misread, and the difference is only ``suspect``. What was not read is not checked.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.audit.common import doc_name, finding, num
from jixiao.core.findings import Finding
from jixiao.core.records import Document
from jixiao.read.recognise.depttasks import TASKS, Task

COLUMNS = (("budget", "预算数"), ("executed", "执行数"), ("grant", "财政拨款"), ("other", "其他资金"))
ROW = "金额合计"


def check_dept_tasks(doc: Document) -> list[Finding]:
    block = doc.extra.get(TASKS)
    if not isinstance(block, dict) or not isinstance(block.get("total"), Task):
        return []
    total: Task = block["total"]
    tasks: list[Task] = block.get("tasks") or []
    return _column_sums(doc, total, tasks) + _row_splits(doc, [*tasks, total])


def _column_sums(doc: Document, total: Task, tasks: list[Task]) -> list[Finding]:
    diffs: dict[str, Decimal] = {}
    agree = 0
    for key, _ in COLUMNS:
        printed = getattr(total, key)
        vals = [getattr(t, key) for t in tasks]
        if printed.value is None or not vals or any(v.value is None for v in vals):
            continue
        s = sum((v.value for v in vals), Decimal(0))
        if s == printed.value:
            agree += 1
        else:
            diffs[key] = s
    out = []
    for key, zh in COLUMNS:
        if key not in diffs:
            continue
        printed, s = getattr(total, key), diffs[key]
        terms = " + ".join(getattr(t, key).text or "" for t in tasks)
        why = "（同表另一列相符）" if agree else "（另一列也不相符，可能有任务行未读全）"
        out.append(finding(
            "dept_tasks_total", "error" if agree else "suspect", doc_name(doc), printed.source,
            f"年度主要任务的{ROW}（{zh}）为{printed.text}，而各任务之和 {terms} = {num(s)}{why}",
            f"the tasks' {ROW} ({zh}) is {printed.text}, but the tasks add up to {num(s)}",
            printed.value, s, ROW,
        ))
    return out


def _row_splits(doc: Document, rows: list[Task]) -> list[Finding]:
    """总额 = 财政拨款 + 其他资金 on each row where the three were read."""
    read = [(t, t.budget.dec, t.grant.dec, t.other.dec) for t in rows]
    whole = [(t, b, g + o) for t, b, g, o in read if b is not None and g is not None and o is not None]
    bad = [(t, b, s) for t, b, s in whole if s != b]
    confirmed = len(whole) > len(bad)
    out = []
    for t, b, s in bad:
        out.append(finding(
            "dept_tasks_total", "error" if confirmed else "suspect", doc_name(doc), t.budget.source,
            f"年度主要任务“{t.name.text}”的总额为{t.budget.text}，而财政拨款 {t.grant.text} + 其他资金 {t.other.text}"
            f" = {num(s)}" + ("（其他行相符）" if confirmed else ""),
            f"task '{t.name.text}': 总额 {t.budget.text}, but 财政拨款 + 其他资金 = {num(s)}",
            b, s, t.name.text,
        ))
    return out
