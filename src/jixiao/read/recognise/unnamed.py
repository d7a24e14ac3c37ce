"""Tables no template names, read last of all: only where no reader read anything of the file.

A page of a classified table with neither title nor header, known by its function codes (``accounts_headless``);
else a table of named rows of figures whose columns' relations its rows confirm (``accounts.related``). Either is one
document that says how it was read; what it reports are suspects only (its tables stand ``alone``). Its stage is a
budget's where the table's own figures stand under a column of this year's 预算 (项目 | 2016年预算数 | 上年完成数 …: a
government's revenue budget table) or its title says 预算 alone; else it is unknown, read as final accounts (the
readers' default).
"""

from __future__ import annotations

import re

from jixiao.accounts.layout import squash
from jixiao.accounts.model import Accounts, AccountTable
from jixiao.accounts.stagewords import stated
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Document, Problem
from jixiao.core.table import Table
from jixiao.read.base import FileRead

_CODED = ("表未印表名与表头，只按科目编码读出各行：栏目与预算/决算不明，只核对各级科目之和（疑似）",
          "the table prints neither title nor header: its rows are read by their function codes; its columns and "
          "stage are not known, and only its code sums are checked (as suspects)")
_RELATED = ("表头未能识读（未印表名，或表头用语不是已知模板的），只按各行数字之间的关系核对（疑似）",
            "the table's header could not be read (no title, or words of no known template): only the relations "
            "between its columns that its rows confirm are checked (as suspects)")


_COMPARED = ("按上年度、本年度两栏的指标对照表读取（表头不是预决算模板的），只核对各行增长（疑似）",
             "read as a table of indicators over two years (no template's header): only each row's growth is checked "
             "(as suspects)")


def recognise(fr: FileRead) -> list[Document]:
    from jixiao.accounts.related import NAME, related_table
    from jixiao.read.recognise.accounts_headless import headless_table
    from jixiao.read.recognise.compared import compared_table

    coded = [(t, a) for t in fr.tables if (a := headless_table(t)) is not None]
    if coded:
        return _document(coded, _CODED)
    related = [(t, a) for t in fr.tables if (a := related_table(t, t.title or NAME)) is not None]
    if related:
        return _document(related, _RELATED)
    compared = compared_table(fr)  # (indicators over two years: 上年度 | 本年度 | 增长, whatever carried the cells)
    if compared is None:
        return []
    where = compared.source
    return [Document(type="final_accounts", title=compared.title, source=where, problems=[Problem(_COMPARED[0], where,
                     _COMPARED[1])], extra={"accounts": Accounts(tables=[compared], stage="final")})]


_LAST_YEAR = re.compile(r"^(?:上一?年|去年|比上年|较上年)")


def _stage(tables: list[Table]) -> str:
    """budget where the tables' words say 预算 and none 决算: each table's title, and the header cell over its first
    column of figures (last year's columns, 上年完成数, aside); else final."""
    said: set[str | None] = set()
    for t in tables:
        said.add(stated(squash(t.title or "")))
        first = next((k for k, r in enumerate(t.rows) if any(
            parse_decimal(c.text.strip()) is not None for c in r[1:])), None)
        for row in t.rows[:first][-2:] if first else ():
            head = [squash(c.text) for c in row[1:] if c.text.strip()]
            if head and not _LAST_YEAR.match(head[0]):
                said.add(stated(head[0]))
    said.discard(None)
    return "budget" if said == {"budget"} else "final"


def _document(found: list[tuple[Table, AccountTable]], said: tuple[str, str]) -> list[Document]:
    where = found[0][0].source
    stage = _stage([t for t, _ in found])
    acc = Accounts(tables=[a for _, a in found], stage=stage)
    for _, a in found:
        a.stage = stage
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts", title=found[0][1].title,
                     source=where, problems=[Problem(said[0], where, said[1])], tables=[t for t, _ in found],
                     extra={"accounts": acc})]
