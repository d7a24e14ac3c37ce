"""Final accounts and budget disclosures that do not come as a set of titled tables.

A 收入支出决算总表 flattened to one run of text (``flat_summary``), a 收支总表 whose cells reached the text as
loose words (``stream_summary``), a 情况说明 published without its tables (``notes_only``) and the 项目支出绩效
目标表 of a disclosure (``targets``): each reads the file's text through its reader in ``jixiao.accounts`` and
makes the documents ``recognise.accounts.recognise`` returns when no table set is found.
"""

from __future__ import annotations

from jixiao.accounts.layout import squash
from jixiao.accounts.model import Accounts
from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document
from jixiao.read.base import FileRead
from jixiao.read.recognise.accounts_titles import UNIT, YEAR


def flat_summary(fr: FileRead) -> list[Document]:
    """A 收入支出决算总表 flattened to one run of text, its amounts placed by its arithmetic (``accounts.flat``)."""
    from jixiao.accounts.flat import TITLE, read_flat

    title = next((m.group(0) for x, _ in fr.body if (m := TITLE.search(x))), None)
    found = read_flat(fr.body) if title else None
    if title is None or found is None:
        return []
    table, problems = found
    stage = "budget" if "预算" in title else "final"
    table.stage = stage
    years = [int(m.group(1)) for x, _ in fr.body[:20] for m in YEAR.finditer(x)]
    acc = Accounts(tables=[table], year=years[0] if years else None, money_unit=table.unit, stage=stage)
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts", title=title,
                     source=table.source, year=acc.year, money_unit=table.unit, problems=problems,
                     extra={"accounts": acc})]


def stream_summary(fr: FileRead) -> list[Document]:
    """A 收支总表 whose cells reached the text as loose words (``accounts.stream_summary``), with the figures
    the text around it states (``accounts.notes``) when it states some."""
    from jixiao.accounts.notes import stated_table
    from jixiao.accounts.stream_summary import read_stream_summary

    if fr.format != "text":
        return []  # other formats keep their tables' cells: the table readers have them
    # the table lines the text reader made rows of (a line that starts with a pipe) stand among the body lines
    rows = [(" | ".join(c.text for c in r) + " |", r[0].source) for t in fr.tables for r in t.rows if r]
    lines = sorted([*fr.body, *rows], key=lambda x: x[1].line or 0)
    found = read_stream_summary(lines)
    if found is None:
        return []
    table, problems = found
    stage = table.stage
    tables = [table]
    if (notes := stated_table(fr.body)) is not None:
        notes.stage = stage
        tables.append(notes)
    years = [int(m.group(1)) for x, _ in fr.body[:40] for m in YEAR.finditer(x)]
    unit = next((m.group(1) for x, _ in fr.body for m in [UNIT.search(x)] if m), None)
    table.unit = unit
    acc = Accounts(tables=tables, year=years[0] if years else None, money_unit=unit, stage=stage)
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts", title=table.title,
                     source=table.source, year=acc.year, money_unit=unit, problems=problems, body=list(fr.body),
                     extra={"accounts": acc})]


def targets(fr: FileRead) -> list[Document]:
    """The 项目支出绩效目标表 of a disclosure, their funds read by label (``accounts.targets``)."""
    from jixiao.accounts.targets import target_documents
    from jixiao.read.recognise.sangong import pieces

    return [d for cells in pieces(fr) for d in target_documents(cells)]


def notes_only(fr: FileRead) -> list[Document]:
    """A 决算/预算 情况说明 published without its tables: the figures it states (``accounts.notes``), or, when the
    text is a 三公 statement, the 三公 figures it states (``accounts.notes.stated_sangong``). Without its heading
    (a page that starts inside the text) it must state figures of the accounts' own lines and say 决算 or 预算."""
    from jixiao.accounts.notes import HEADING, stage_of_text, stated_table
    from jixiao.accounts.sangong_text import stated_sangong

    heads = [x for x, _ in fr.body[:40] if HEADING.search(squash(normalize_text(x)))]
    years = [int(m.group(1)) for x, _ in fr.body[:40] for m in YEAR.finditer(x)]
    table = stated_table(fr.body)
    stage = stage_of_text(fr.body, heads[0] if heads else None)
    if table is None or stage is None:
        three = stated_sangong(fr.body)
        if three is None:
            return []
        acc = Accounts(tables=[three], year=years[0] if years else None, money_unit=three.unit, stage=three.stage)
        return [Document(type="sangong", title=three.title, source=three.source, year=acc.year,
                         money_unit=three.unit, body=list(fr.body), extra={"accounts": acc})]
    table.stage = stage
    acc = Accounts(tables=[table], year=years[0] if years else None, money_unit=table.unit, stage=stage)
    fallback = f"{'预算' if stage == 'budget' else '决算'}情况说明"
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts",
                     title=heads[0].strip() if heads else fallback, source=table.source, year=acc.year,
                     money_unit=table.unit, body=list(fr.body), extra={"accounts": acc})]
