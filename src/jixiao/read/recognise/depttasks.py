"""年度主要任务 — the tasks block of a department-wide self-evaluation form (the Ministry of Finance template):
one row a task (任务名称 | 主要内容 | 预算数 | 执行数), then 金额合计.

Its 预算数 and 执行数 are the tasks', not the funds block's: the text reader (``recognise.stream``) asks
``task_block`` where the block ends, so that the funds block is looked for after it, and keeps the tasks on the
document (``doc.extra[TASKS]``) for the audit to hold their sum against 金额合计 (``audit.dept_tasks``).

A task's numbers are placed under the block's money columns (预算数, 执行数) only when the row holds exactly
as many as there are columns; otherwise the row's amounts are left missing with a located problem — never a
guess. Where the form has no 年度资金总额 row (the template's own layout), the 金额合计 row is the department's
total, and ``total_as_funds`` puts it under the funds' 全年预算数 and 全年执行数, saying so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jixiao.core.records import MISSING, Document, FundsRow, Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import ALL_LABELS, FUNDS_COLUMNS, FUNDS_STARTS, GOAL_LABELS, alias
from jixiao.read.recognise.tokens import Token, number

TASKS = "dept_tasks"  # Document.extra key: the tasks block as read (``TaskBlock.as_extra``)
OPEN = ("年度主要任务", "主要任务", "年度重点任务")
TOTAL = ("金额合计", "合计", "小计")
_COLUMNS = (("预算数", "budget"), ("执行数", "executed"), ("预算金额", "budget"), ("执行金额", "executed"))
# the sub-columns a 预算金额 label may head (总额 | 财政拨款 | 其他资金): the money split by source
_SUB = {"总额": "budget", "资金总额": "budget", "财政拨款": "grant", "其他资金": "other"}
_FUNDS_KEYS = {"initial_budget": "initial", "annual_budget": "budget", "executed": "executed"}
_SKIP = frozenset(("任务名称", "主要内容", "主要任务内容", "其中"))
_AFTER_FUNDS = frozenset((*GOAL_LABELS, "一级指标", "二级指标", "三级指标", "年度绩效指标", "绩效指标"))
# Labels that end the block: the funds block, the goals, the indicator table (a task's words are no label)
_ENDS = frozenset(ALL_LABELS) - _SKIP - frozenset(TOTAL) - frozenset(OPEN) - {"预算数", "执行数", "合计"}


def _column(text: str) -> str | None:
    """The task column a header label names: its own words (预算数（万元）, 执行金额) or the funds block's amount
    columns (年初预算数, 全年预算数, 全年执行数 …), for templates that head the tasks with those."""
    for a, key in _COLUMNS:
        if text.startswith(a) and len(text) <= len(a) + 8:  # 预算数（万元）
            return key
    return _FUNDS_KEYS.get(alias(text, FUNDS_COLUMNS) or "")


def _opens(text: str) -> bool:
    """年度主要任务 and its wordings (部门年度主要任务, 年度重点工作任务)."""
    return text in OPEN or len(text) <= 10 and text.endswith(("主要任务", "重点任务", "重点工作任务"))


def _ends(text: str) -> bool:
    return text in _ENDS or text.startswith((*FUNDS_STARTS, *GOAL_LABELS, "年度资金总额", "年度部门整体支出"))


@dataclass
class Task:
    name: Val
    budget: Val = MISSING
    executed: Val = MISSING
    initial: Val = MISSING  # 年初预算数, where the tasks print it beside 全年预算数
    grant: Val = MISSING  # 财政拨款, under a 预算金额 split by source
    other: Val = MISSING  # 其他资金


@dataclass
class TaskBlock:
    start: int  # index of the 年度主要任务 token
    end: int  # index of the first token after the block
    columns: list[str]
    tasks: list[Task] = field(default_factory=list)
    total: Task | None = None  # the 金额合计 row
    problems: list[Problem] = field(default_factory=list)

    def as_extra(self) -> dict[str, object]:
        return {"tasks": self.tasks, "total": self.total}


def _value(tok: Token) -> Val:
    return Val(number(tok.text), tok.text, tok.source)


def _row(name: Token | None, nums: list[Token], columns: list[str], block: TaskBlock) -> Task | None:
    if name is None:
        return None
    task = Task(Val(name.text, name.text, name.source))
    if len(nums) == len(columns):
        for key, tok in zip(columns, nums):
            setattr(task, key, _value(tok))
    elif nums:
        block.problems.append(problem(
            f"年度主要任务“{name.text[:20]}”有{len(nums)}个数值、{len(columns)}个金额栏目，无法确定各属哪一栏，未读取",
            f"task '{name.text[:20]}': {len(nums)} numbers for {len(columns)} amount columns; not read",
            nums[0].source))
    return task


def task_block(toks: Sequence[Token], start: int = 0) -> TaskBlock | None:
    """The tasks block opened at or after ``start`` (its header within a few tokens of 年度主要任务), or None."""
    k = next((i for i in range(start, len(toks)) if _opens(toks[i].text)), None)
    if k is None:
        return None
    columns: list[str] = []
    split = False  # the 预算金额 label heads sub-columns (总额 | 财政拨款 | 其他资金)
    j = k + 1
    while j < len(toks) and j <= k + 10:
        text = toks[j].text
        col = _column(text)
        if col is not None and not split:
            columns.append(col)
        elif text in _SUB and columns:
            if not split:
                columns.pop()  # the group label is no column of its own
            columns.append(_SUB[text])
            split = True
        elif columns:
            break
        j += 1
    if not columns:
        return None
    block = TaskBlock(k, j, columns)
    name: Token | None = None
    nums: list[Token] = []

    def close() -> None:
        row = _row(name, nums, columns, block)
        if row is not None and name is not None and name.text in TOTAL:
            block.total = row
        elif row is not None:
            block.tasks.append(row)

    while j < len(toks) and not _ends(toks[j].text):
        tok = toks[j]
        if number(tok.text) is not None and not tok.text.endswith("%"):
            nums.append(tok)
        elif nums or tok.text in TOTAL or name is None:  # a new row: close the one before
            close()
            name, nums = tok, []
        j += 1
    close()
    block.end = j
    return block


def total_as_funds(doc: Document, block: TaskBlock) -> None:
    """No 年度资金总额 row was read: the 金额合计 of the tasks is the department's total (the template's layout)."""
    t = block.total
    row = doc.funds.get("total")
    if t is None or row is None or any(getattr(row, c).value is not None for c in ("annual_budget", "executed")):
        return
    if t.budget.value is None and t.executed.value is None:
        return
    doc.funds["total"] = FundsRow(annual_budget=t.budget, executed=t.executed, weight=row.weight, rate=row.rate,
                                  score=row.score, initial_budget=row.initial_budget)
    for key, part in (("current_year", t.grant), ("other", t.other)):  # the total split by source
        if part.value is not None and key in doc.funds:
            doc.funds[key] = FundsRow(annual_budget=part)
    doc.problems.append(problem("未见年度资金总额行，全年预算数与全年执行数读自年度主要任务的金额合计",
                                "no 年度资金总额 row: the year's budget and executed read from the tasks' 金额合计",
                                t.name.source))


def skip_tasks(toks: Sequence[Token], i_funds: int | None, find: object) -> tuple[int | None, TaskBlock | None]:
    """Where the funds block opens, past a tasks block that holds the first funds-like label (its 预算数 /
    执行数): ``find(start)`` looks for the funds block from ``start``. Returns that index and the block."""
    block = task_block(toks)
    if block is None or i_funds is None or not block.start <= i_funds < block.end:
        return i_funds, block
    found = find(block.end)  # type: ignore[operator]
    # a funds block opens before the goals and the indicator table (预算执行率 there is an indicator's name)
    stop = next((k for k in range(block.end, len(toks)) if toks[k].text in _AFTER_FUNDS), len(toks))
    return (found if found is not None and found < stop else None), block
