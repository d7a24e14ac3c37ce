"""A transfer's allocation table published beside its form: a notice's attachments or a county's page give the
区域绩效目标表 (or the 绩效自评表) and the 资金分配表 together, the table before the form or after it, one cell a line
or rows flattened to spaces. The form is the file's document (its funds block, its indicators); the table is the
transfer's too, and what it allocates is read by its column model (``transfer_alloc.read_allocation``: the 合计 or
总计 row wherever it stands, confirmed by the rows, a 小计 never the whole) and kept on the form's document with what of
its arithmetic does not hold, for the audit (``audit.transfer.check_allocation``).

Only a table whose rows confirm its arithmetic (the column model's reading) is kept so; a table read no better than
as text rows stays where it is (the form's reading keeps the rows it took).
"""

from __future__ import annotations

from jixiao.core.records import Document
from jixiao.read.base import FileRead
from jixiao.read.recognise.transfer_alloc import FIRM, SUMS, read_allocation
from jixiao.read.recognise.transfer_text import flatten

_FORM = "transfer"
_PROJECT = "project_self_evaluation"


def with_allocation(fr: FileRead, docs: list[Document]) -> list[Document]:
    """``docs`` with the file's allocation table kept on the transfer form it stands beside (the last form starting
    before the table, else the first), where no allocation was read for any of them. A form the project layout read
    (its template not the transfer's) keeps the table as printed, for what reports show: its audit is the project
    form's, so the table's arithmetic is not asked of it."""
    forms = [d for d in docs if d.extra.get("form") == _FORM
             and not str(d.extra.get("layout_family", "")).startswith("transfer-allocation")]
    projects = [d for d in docs if d.type == _PROJECT and d.extra.get("form") is None]
    if not (forms or projects) or any(SUMS in d.extra for d in docs):
        return docs
    alloc = read_allocation(fr, flatten(fr))
    if alloc is None or alloc.sums is None:
        return docs
    line = alloc.table.source.line or 0
    chosen = forms or projects
    before = [d for d in chosen if (d.source.line or 0) <= line]
    doc = before[-1] if before else chosen[0]
    if not doc.tables:  # (a form read from its text keeps the file's tables and lines with the allocation's, as a
        # notice does: what it holds is the file's, none of it a text of its own to read again)
        doc.tables = [t for t in fr.tables if (t.source.line or 0) != line]
        doc.body = doc.body or list(fr.body)
    if not any((t.source.line or 0) == line for t in doc.tables):
        doc.tables = [*doc.tables, alloc.table]
    if forms:  # (the project form's audit asks nothing of an allocation)
        doc.extra[SUMS] = list(alloc.sums)
        doc.extra.setdefault(FIRM, alloc.firm)
    return docs
