"""Final accounts and budget disclosures that do not come as a set of titled tables.

A 收入支出决算总表 flattened to one run of text (``flat_summary``), a 收支总表 whose cells reached the text as
loose words (``stream_summary``), a 情况说明 published without its tables (``notes_only``) and the 项目支出绩效
目标表 of a disclosure (``targets``): each reads the file's text through its reader in ``jixiao.accounts`` and
makes the documents ``recognise.accounts.recognise`` returns when no table set is found (a page cut after its
目录: ``recognise.accounts_contents``).
"""

from __future__ import annotations

import re

from jixiao.accounts.layout import squash
from jixiao.accounts.model import Accounts, AccountTable
from jixiao.core.numbers import normalize_text
from jixiao.core.records import Document
from jixiao.core.source import Source
from jixiao.read.aslines import lines_of
from jixiao.read.base import FileRead
from jixiao.read.recognise.accounts_titles import UNIT, YEAR
from jixiao.read.recognise.flatgaps import wraps


def flat_summary(fr: FileRead) -> list[Document]:
    """A 收入支出决算总表 flattened to one run of text, its amounts placed by its arithmetic (``accounts.flat``)."""
    from jixiao.accounts.flat import CODE_TITLE, TITLE, read_flat

    title = next((m.group(0) if m.group(1) else CODE_TITLE for x, _ in fr.body if (m := TITLE.search(x))), None)
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


def _all_lines(fr: FileRead) -> list[tuple[str, Source]]:
    """A text's lines in order: the body's and the table lines the text reader made rows of (a line with pipes,
    "合计 |" one cell a line), each row as its cells between pipes."""
    rows = [(" | ".join(c.text for c in r) + " |", r[0].source) for t in fr.tables for r in t.rows if r]
    return sorted([*fr.body, *rows], key=lambda x: x[1].line or 0)


def stream_summary(fr: FileRead, untitled: bool = True) -> list[Document]:
    """A 收支总表 whose cells reached the text as loose words (``accounts.stream_summary``), with the figures
    the text around it states (``accounts.notes``) when it states some; ``untitled``: one printed without its title
    is looked for too."""
    from jixiao.accounts.notes import stated_table
    from jixiao.accounts.stream_summary import read_stream_summary

    if fr.format != "text":
        return []  # other formats keep their tables' cells: the table readers have them
    found = read_stream_summary(_all_lines(fr), untitled)
    if found is None:
        return []
    table, problems = found
    stage = table.stage
    tables = [table]
    # the text's lines with those the text reader took for rows split at their commas (a paragraph wrapped so that each
    # line holds as many commas): the 说明 the figures are stated and checked in
    body = lines_of(fr, ",")
    if (notes := stated_table(body)) is not None:
        notes.stage = stage
        tables.append(notes)
    years = [int(m.group(1)) for x, _ in fr.body[:40] for m in YEAR.finditer(x)]
    unit = next((m.group(1) for x, _ in fr.body for m in [UNIT.search(x)] if m), None)
    table.unit = unit
    acc = Accounts(tables=tables, year=years[0] if years else None, money_unit=unit, stage=stage)
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts", title=table.title,
                     source=table.source, year=acc.year, money_unit=unit, problems=problems, body=body,
                     extra={"accounts": acc})]


def execution(fr: FileRead, docs: list[Document]) -> list[Document]:
    """A government's 预算执行情况表 given as runs of words (``accounts.exec_table``): added to the 预算/决算 the text
    was read as, or a budget disclosure of its own when nothing else was read."""
    from jixiao.accounts.exec_table import read_execution

    found = read_execution(lines_of(fr, ","))  # (a sentence the text reader split at its commas: joined back)
    if found is None:
        return docs
    table, problems = found
    for d in docs:
        if isinstance(acc := d.extra.get("accounts"), Accounts) and d.type in ("budget_disclosure", "final_accounts"):
            acc.tables.append(table)
            d.problems.extend(problems)
            return docs
    if docs:
        return docs  # read as something else: the table is not that document's
    years = [int(m.group(1)) for x, _ in fr.body[:40] for m in YEAR.finditer(x)]
    unit = next((m.group(1) for x, _ in fr.body for m in [UNIT.search(x)] if m), None)
    table.unit = unit
    acc = Accounts(tables=[table], year=years[0] if years else None, money_unit=unit, stage="budget")
    return [Document(type="budget_disclosure", title=table.title, source=table.source, year=acc.year, money_unit=unit,
                     problems=problems, body=list(fr.body), extra={"accounts": acc})]


def targets(fr: FileRead) -> list[Document]:
    """The 项目支出绩效目标表 of a disclosure, their funds read by label (``accounts.targets``)."""
    from jixiao.accounts.targets import target_documents
    from jixiao.read.recognise.sangong_cells import pieces

    return [d for cells in pieces(fr) for d in target_documents(cells)]


def with_contents(fr: FileRead, docs: list[Document]) -> list[Document]:
    """三公 statements alone read from the text (another unit's, on a page that lists its disclosures) and, after the
    last of them, a disclosure's 目录 (``contents_only``): the disclosure is a document too."""
    from dataclasses import replace

    from jixiao.read.recognise.accounts_contents import contents_only

    if not docs or any(d.type != "sangong" for d in docs):
        return docs
    ends = [r.source.line for d in docs for t in d.extra["accounts"].tables for r in t.rows
            if r.source is not None and r.source.line is not None]
    if not ends:
        return docs
    after = [(x, s) for x, s in fr.body if s.line is not None and s.line > max(ends)]
    return [*docs, *contents_only(replace(fr, body=after, memo={}))]


def with_targets(fr: FileRead, docs: list[Document]) -> list[Document]:
    """A budget's 说明 read from its text (``notes_only``) with the 项目支出绩效目标表 it publishes: the tables' funds
    join the budget the text was read as (its target tables are its own), rather than a document of their own. Beside
    a text read as something else (another unit's 三公 statement before the table, a 决算's 说明) the tables are
    budget documents of their own."""
    budget = [d for d in docs if d.type == "budget_disclosure" and isinstance(d.extra.get("accounts"), Accounts)
              and d.extra["accounts"].stage == "budget"]
    if not budget and docs:
        return [*docs, *targets(fr)]
    if len(budget) != 1:
        return docs
    acc = budget[0].extra["accounts"]
    acc.tables.extend(t for d in targets(fr) for t in d.extra["accounts"].tables if t.rows)
    return docs


def notes_only(fr: FileRead) -> list[Document]:
    """A 决算/预算 情况说明 published without its tables: the figures it states (``accounts.notes``), or, when the
    text is a 三公 statement, the 三公 figures it states (``accounts.notes.stated_sangong``). Without its heading
    (a page that starts inside the text) it must state figures of the accounts' own lines and say 决算 or 预算."""
    from jixiao.accounts.notes import HEADING, IN_YEAR, stage_of_text, stated_table
    from jixiao.accounts.sangong_text import stated_sangong

    body = lines_of(fr, ",")  # the text's lines, those taken for a table's rows (split at commas) joined back
    section = _sangong_section(body)
    # (a title before a 目录's numbered entry naming it; not a 三公 statement's title standing before the text)
    heads = sorted((x for x, s in body[:40] if HEADING.search(squash(normalize_text(x))) and (x, s) not in section),
                   key=lambda x: bool(_NUMBERED.match(x)))
    rest = [line for line in body if line not in section]
    years = [int(m.group(1)) for x, _ in rest[:40] for m in YEAR.finditer(x)]  # the text's, not its 三公 section's
    own = [int(m.group(1)) for x, _ in section[:3] for m in YEAR.finditer(x)] or years
    # under its own heading, or dated as the budget while the year runs (上半年, 1-4月): two lines are enough
    dated = any(IN_YEAR.search(squash(normalize_text(x))) for x, _ in rest[:40])
    table = stated_table(rest, least=2 if heads or dated else 3, headed=bool(heads))
    stage = stage_of_text(rest, heads[0] if heads else None)
    if table is not None and stage is not None and section and (three := stated_sangong(section, leads=False)) is not None:
        # a report that states the 三公 figures in a section of its own: that section is a 三公 statement too
        acc3 = Accounts(tables=[three], year=own[0] if own else None, money_unit=three.unit, stage=three.stage)
        extra = [Document(type="sangong", title=three.title, source=three.source, year=acc3.year,
                          money_unit=three.unit, body=section, extra={"accounts": acc3})]
        if _titles_sangong(section[0][0]) and (doc := _statement(rest)) is not None:
            extra.append(doc)  # (a statement under its own title, then the text's own 三公 statement: both read)
        return _notes_document(table, stage, heads, years, rest) + extra
    if table is None or stage is None:
        doc = _statement(body)
        return [] if doc is None else [doc]
    return _notes_document(table, stage, heads, years, body)


def _statement(body: list[tuple[str, Source]]) -> Document | None:
    """The 三公 statement a text states (``accounts.sangong_text.stated_sangong``), as a document."""
    from jixiao.accounts.sangong_text import stated_sangong

    three = stated_sangong(body)
    if three is None:
        return None
    every = [int(m.group(1)) for x, _ in body[:40] for m in YEAR.finditer(x)]
    acc = Accounts(tables=[three], year=every[0] if every else None, money_unit=three.unit, stage=three.stage)
    return Document(type="sangong", title=three.title, source=three.source, year=acc.year,
                    money_unit=three.unit, body=body, extra={"accounts": acc})


def _notes_document(table: AccountTable, stage: str, heads: list[str], years: list[int],
                    body: list[tuple[str, Source]]) -> list[Document]:
    table.stage = stage
    acc = Accounts(tables=[table], year=years[0] if years else None, money_unit=table.unit, stage=stage)
    fallback = f"{'预算' if stage == 'budget' else '决算'}情况说明"
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts",
                     title=_cleaned(heads[0]) if heads else fallback, source=table.source, year=acc.year,
                     money_unit=table.unit, body=body, extra={"accounts": acc})]


def _cleaned(heading: str) -> str:
    """A heading as a title: without a page's field label before it and a table row's pipes around it ("标题 |
    重庆市…2024年单位预算情况说明 | ||", an index card's row)."""
    return _FIELD.sub("", heading).strip(" |\t") or heading.strip()


_FIELD = re.compile(r"^\s*\|?\s*(?:标\s*题|名\s*称)\s*[|:：,，]\s*")
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、])")
_SECTION_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)")
_STATES_AMOUNT = re.compile(r"\d\s*(?:亿元|万元|元)")


def _sangong_section(body: list[tuple[str, Source]]) -> list[tuple[str, Source]]:
    """The lines of a text that state the 三公 figures: from the first line naming 三公 with an amount (or a heading
    naming 三公) to the next heading that does not name it."""
    out: list[tuple[str, Source]] = []
    before: tuple[str, Source] | None = None
    titled = False  # the section opened by a statement's own title, not a numbered heading of the text
    for k, (x, s) in enumerate(body):
        names = "三公" in x
        if not out:
            # (a title is no sentence the page wrapped)
            if names and (_STATES_AMOUNT.search(x if _titles_sangong(x) else _sentence_on(body, k))
                          or _SECTION_HEAD.match(x)):
                # the statement's own title on the line before it (县档案馆2023年“三公”经费预算情况说明): the section's
                # heading, never the heading of the text the section stands in; or the start of its sentence, which
                # a page's width wrapped (…开支的出国(境 / )经费、…(简称“三公”经费)支出 / 合计24.75万元。)
                titled = before is not None and _titles_sangong(before[0])
                wrapped = before is not None and not titled and wraps(before[0].strip(), x)
                out.extend([before] if before is not None and (titled or wrapped) else [])
                out.append((x, s))
            before = (x, s)
            continue
        if _SECTION_HEAD.match(x) and not names or titled and _new_paragraph(out[-1][1], s) and not ITEM_WORDS.search(x):
            break  # (a titled statement ends at a paragraph that speaks of none of its items: the text it stood before)
        out.append((x, s))
    return out


_SENTENCE_LINES = 3  # lines a wrapped sentence is looked at over


def _sentence_on(body: list[tuple[str, Source]], k: int) -> str:
    """Line ``k`` with the lines its sentence goes on over (at most a few; ``flatgaps.wraps``)."""
    out = last = body[k][0]
    for x, _ in body[k + 1:k + _SENTENCE_LINES]:
        if not wraps(last.strip(), x):
            break
        out, last = out + x, x
    return out


def titled_statement(fr: FileRead) -> set[int]:
    """The lines of a 三公 statement under its own title in a text (``_sangong_section``), none if it has no title."""
    section = _sangong_section(lines_of(fr, ","))
    return {s.line for _, s in section if s.line is not None} if section and _titles_sangong(section[0][0]) else set()


def _new_paragraph(last: Source, now: Source) -> bool:
    """A blank line between two lines of a text (a wrapped line follows the one before it)."""
    return last.line is not None and now.line is not None and now.line > last.line + 1


ITEM_WORDS = re.compile(r"三公|出国|出境|接待|公务用车|车辆")


def _titles_sangong(x: str) -> bool:
    """A title line of a 三公 statement: it names 三公, short, no sentence, no amount."""
    t = squash(normalize_text(x))
    return "三公" in t and len(t) <= 40 and not re.search(r"[。；;，,]|\d[\d,]*\.\d", t)


def with_loose_tables(fr: FileRead, docs: list[Document]) -> list[Document]:
    """The classified tables a text gives as loose words (``recognise.accounts_cells``): added to the 预算/决算 the
    text was read as (its 说明, its 目录), or a document of their own when nothing else was read."""
    from jixiao.read.recognise.accounts_cells import loose_tables

    if fr.format != "text":
        return docs
    tables, problems = loose_tables(_all_lines(fr))
    if not tables:
        return docs
    for d in docs:
        if isinstance(acc := d.extra.get("accounts"), Accounts) and d.type in ("budget_disclosure", "final_accounts"):
            for t in tables:
                t.stage = acc.stage or t.stage
            acc.tables.extend(tables)
            acc.money_unit = acc.money_unit or tables[0].unit
            d.problems.extend(problems)
            return docs
    if docs:
        return docs  # read as something else (a 三公 statement, a target table): the tables are not that document's
    stage = tables[0].stage
    years = [int(m.group(1)) for x, _ in fr.body[:40] for m in YEAR.finditer(x)]
    acc = Accounts(tables=tables, year=years[0] if years else None, money_unit=tables[0].unit, stage=stage)
    return [Document(type="budget_disclosure" if stage == "budget" else "final_accounts", title=tables[0].title,
                     source=tables[0].source, year=acc.year, money_unit=acc.money_unit, problems=problems,
                     body=list(fr.body), extra={"accounts": acc})]
