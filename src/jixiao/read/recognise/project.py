"""项目支出绩效自评表 — the project self-evaluation form, as many as a file holds.

A form opens at its 项目名称 row and runs, across page breaks (several tables), to its 评分等级 row, or to
its 总分 row when no grade follows, or to the next form. Sections are found by their labels, never by
position: header fields, the funds block (项目资金, columns by the header's labels), the goals (年度总体目标),
the indicator block (一级/二级/三级 …), the total (总分) and grade (评分等级). A cell that cannot be placed
is a located problem on the document; a value not there stays None.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from jixiao.core.records import Document
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import Row, eff, first, norm
from jixiao.read.recognise.formspec import FUNDS_STARTS, OTHER_KINDS
from jixiao.read.recognise.funds import funds_key
from jixiao.read.recognise.indicatorhead import indicator_columns
from jixiao.read.recognise.project_flat import flattened
from jixiao.read.recognise.project_form import Form
from jixiao.read.recognise.project_labels import TYPE, Located, is_title_row, name_label

OTHER_FORM_STARTS = ("政策名称",)


def _opens_block(row: Row, label: str) -> bool:
    """A funds block's header row (项目资金 | 年初预算数 …) or an indicator header row (一级指标 … 三级指标 … 得分)."""
    if label.startswith(("项目资金", "资金情况")) or label.startswith(FUNDS_STARTS) and not label.startswith("预算执行率"):
        return True
    return indicator_columns(row) is not None


def _may_keep(row: Row, label: str) -> bool:
    """Whether a row may give a form what it is kept for (a funds header or row, an indicator header with its
    三级指标): a form none of whose rows may is not built (a file of 50,000 name rows built 50,000 forms to drop)."""
    return _funds_label(label) or any(norm(t) == "三级指标" for c in row if (t := eff(c)))


@lru_cache(maxsize=4096)
def _funds_label(label: str) -> bool:
    return label.startswith(("项目资金", "资金情况", *FUNDS_STARTS)) or funds_key(label) is not None


def _headless_start(fr: FileRead, rows: list[Located], names: list[int]) -> int | None:
    """Where a form whose name row is not there begins (an excerpt that starts inside the form, or a name row the
    text lost): its first funds or indicator header row before any name row, when nothing in the file's text says
    the form is a department's, a transfer's or a policy's."""
    limit = names[0] if names else len(rows)
    for k in range(limit):
        f = first(rows[k][1])
        if f is not None and _opens_block(rows[k][1], f[1]):
            above = [eff(c) for _, r in rows[:k] for c in r] + list(fr.tables[rows[k][0]].preamble)
            above += [t for t, _ in fr.body if fr.body and t]
            if any(w in norm(t) for t in above for w in OTHER_KINDS):
                return None
            cols = indicator_columns(rows[k][1])  # a target or an actual column: a score table's header has neither
            return k if cols is None or not cols.keys().isdisjoint(("target", "actual")) else None
    return None


def recognise(fr: FileRead) -> list[Document]:
    rows: list[Located] = [(ti, r) for ti, t in enumerate(fr.tables) for r in t.rows]
    starts: list[int] = []
    stops: list[int] = []
    may = [0]  # the rows before each that may give a form what it is kept for (``_may_keep``), counted
    for k, (_, r) in enumerate(rows):
        f = first(r)
        may.append(may[-1] + (f is not None and _may_keep(r, f[1])))
        if f is None:
            continue
        if name_label(f[1]):
            starts.append(k)
        elif f[1] in OTHER_FORM_STARTS:
            stops.append(k)
    headless = _headless_start(fr, rows, starts)
    if headless is not None:
        starts.insert(0, headless)
    docs: list[Document] = []
    for n, s in enumerate(starts):
        begin = _title_rows_before(rows, s)
        end = starts[n + 1] if n + 1 < len(starts) else len(rows)  # the next form, or the next form of another kind
        after = bisect_right(stops, s)  # (one search per form: a file of 50,000 name rows was quadratic here)
        if after < len(stops):
            end = min(end, stops[after])
        if n + 1 < len(starts):
            end = min(end, _title_rows_before(rows, starts[n + 1]))
        if may[end] == may[s]:
            continue  # (nothing in it a form is kept for: its reading would be dropped below)
        form = Form(fr, rows, begin, s, end)
        doc = form.build()
        has_unit = "主管部门" in doc.header or "实施单位" in doc.header
        if s == headless:  # no name row: a form only when it holds figures of its own
            read = any(i.weight.value is not None or i.score.value is not None for i in doc.indicators)
            if form.funds_seen or read:
                docs.append(doc)
        elif form.funds_header is not None or (has_unit and form.block is not None):
            docs.append(doc)  # a 项目名称 row without funds, nor units and indicators, is some other table
    docs.extend(flattened(fr, TYPE))
    return docs


def _title_rows_before(rows: list[Located], s: int) -> int:
    """The index of the first of the title / year / blank rows just above row ``s`` in the same table."""
    ti = rows[s][0]
    k = s
    while k > 0 and rows[k - 1][0] == ti:
        f = first(rows[k - 1][1])
        if f is not None and not is_title_row(f[1]):
            break
        k -= 1
    return k
