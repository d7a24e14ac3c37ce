"""Tables no template names, read last of all: only where no reader read anything of the file.

A page of a classified table with neither title nor header, known by its function codes (``accounts_headless``);
else a table of named rows of figures whose columns' relations its rows confirm (``accounts.related``). Either is one
document of unknown stage (read as final accounts, the readers' default) that says how it was read; what it reports
are suspects only (its tables stand ``alone``).
"""

from __future__ import annotations

from jixiao.accounts.model import Accounts, AccountTable
from jixiao.core.records import Document, Problem
from jixiao.core.table import Table
from jixiao.read.base import FileRead

_CODED = ("表未印表名与表头，只按科目编码读出各行：栏目与预算/决算不明，只核对各级科目之和（疑似）",
          "the table prints neither title nor header: its rows are read by their function codes; its columns and "
          "stage are not known, and only its code sums are checked (as suspects)")
_RELATED = ("表头未能识读（未印表名，或表头用语不是已知模板的），只按各行数字之间的关系核对（疑似）",
            "the table's header could not be read (no title, or words of no known template): only the relations "
            "between its columns that its rows confirm are checked (as suspects)")


def recognise(fr: FileRead) -> list[Document]:
    from jixiao.accounts.related import NAME, related_table
    from jixiao.read.recognise.accounts_headless import headless_table

    coded = [(t, a) for t in fr.tables if (a := headless_table(t)) is not None]
    if coded:
        return _document(coded, _CODED)
    related = [(t, a) for t in fr.tables if (a := related_table(t, t.title or NAME)) is not None]
    return _document(related, _RELATED) if related else []


def _document(found: list[tuple[Table, AccountTable]], said: tuple[str, str]) -> list[Document]:
    where = found[0][0].source
    acc = Accounts(tables=[a for _, a in found], stage="final")
    return [Document(type="final_accounts", title=found[0][1].title, source=where, problems=[Problem(said[0], where,
                     said[1])], tables=[t for t, _ in found], extra={"accounts": acc})]
