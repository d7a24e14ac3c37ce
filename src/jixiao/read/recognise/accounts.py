"""Recognise final-accounts tables (部门决算, seed 003) and budget disclosures (部门预算公开) and build
``jixiao.accounts.model.Accounts``.

A set of consecutive tables whose titles name the public tables (收入支出决算总表 … 政府性基金预算财政拨款
支出决算表, or 财务收支预算总表 … “三公”经费预算表) makes one ``Document`` of type ``final_accounts`` (部门决算),
``budget_disclosure`` (部门预算公开) or, a 三公 table on its own, ``sangong`` (read by its labels where it can be,
``recognise.sangong``); the parsed model is in ``extra["accounts"]`` (its ``stage`` says 决算 or 预算) and the
情况说明 text in ``body``. Headers
over several rows are read through their merged cells (``jixiao.accounts.layout``). Cells that cannot be
placed become located problems.
"""

from __future__ import annotations

import re

from jixiao.accounts.labelled import LABELLED
from jixiao.accounts.layout import squash
from jixiao.accounts.model import CLASSIFIED, Accounts, AccountTable
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Document, Problem
from jixiao.core.source import Source
from jixiao.core.table import Table
from jixiao.read.base import FileRead
from jixiao.read.recognise.accounts_cells import loose_tables
from jixiao.read.recognise.accounts_contents import contents_only
from jixiao.read.recognise.accounts_grid import parse_classified, parse_summary
from jixiao.read.recognise.accounts_labelled import read_labelled, with_labelled
from jixiao.read.recognise.accounts_loose import (
    execution,
    flat_summary,
    notes_only,
    stream_summary,
    targets,
    with_contents,
    with_loose_tables,
    with_targets,
)
from jixiao.read.recognise.accounts_runs import blank_cells_joined
from jixiao.read.recognise.accounts_sets import table_sets
from jixiao.read.recognise.accounts_stage import final_unstated, heading_stage
from jixiao.read.recognise.accounts_three import parse_three_public
from jixiao.read.recognise.accounts_titles import (
    LEADER,
    UNIT,
    YEAR,
    Order,
    Where,
    split_at_titles,
    table_kind,
    title_stage,
)
from jixiao.read.recognise.accounts_untitled import UNTITLED, untitled_kind, untitled_name, untitled_stage

_FLAT_ROW = 12  # a "row" of more cells than a classified table has columns: a table's cells run together


def parse_table(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable:
    # no grid: one cell a line ("205 |", "教育支出 |", "4,100.00 |", which the text reader runs into one row)
    gridless = len(t.rows) == 1 and len(t.rows[0]) > _FLAT_ROW or all(
        len([c for c in r if c.text.strip()]) <= 1 for r in t.rows) or _one_row_run(t)
    if gridless and (flat := _flat_table(kind, title, t, problems)) is not None:
        return flat
    if kind in CLASSIFIED:
        return parse_classified(kind, title, t, problems)
    if kind == "three_public":
        return parse_three_public(kind, title, t, problems)
    return parse_summary(kind, title, t, problems)


_RUN_FIGURES = 3  # figures a table of one row holds when it is rows run together (a header row holds none)


def _one_row_run(t: Table) -> bool:
    """A table of one row holding a header's words and several figures: rows run together (one cell a line ending
    " |", which the text reader joins), not a grid of one row (a row of figures has no words, a header no figures)."""
    if len(t.rows) != 1:
        return False
    texts = [c.text.strip() for c in t.rows[0] if c.text.strip()]
    figures = sum(1 for x in texts if parse_decimal(x) is not None)
    return figures >= _RUN_FIGURES and len(texts) - figures >= _RUN_FIGURES


_OTHER_SIDE = re.compile(r"^(?:本年)?支出(?:部分|预算|决算)?$")
_SIDE_GAP = 3  # lines between a 收支总表's income half and its expenditure half (the 支出 head between them)


def _kind_of(t: Table) -> str | None:
    found = table_kind(t)
    return found[0] if found else None


def _halves_joined(tables: list[Table]) -> list[Table]:
    """A 收支总表 printed in two halves side by side (收入 | 预算数 beside 支出 | 预算数) whose cells reached the text one
    a line: the text reader gives the income half as one run of cells under the title and the expenditure half as
    another under a lone "支出" head; the two runs are one table's cells (the labels say which side each line is)."""
    out: list[Table] = []
    for t in tables:
        prev = out[-1] if out else None
        found = table_kind(prev) if prev is not None else None
        if (prev is not None and found is not None and found[0] in ("summary", "fiscal_summary")
                and table_kind(t) is None and t.preamble and _OTHER_SIDE.match(squash(t.preamble[-1]))
                and _one_row_run(prev) and _one_row_run(t)
                and 0 < (t.rows[0][0].source.line or 0) - (prev.rows[0][-1].source.line or 0) <= _SIDE_GAP):
            out[-1] = Table([prev.rows[0] + t.rows[0]], prev.source, prev.title, prev.preamble)
            continue
        out.append(t)
    return out


def _flat_table(kind: str, title: str, t: Table, problems: list[Problem]) -> AccountTable | None:
    """A table whose cells came without their grid, read in order as loose words: a classified table by its
    header's columns (``accounts_cells``), a 收支总表 by its line labels (``accounts.stream_summary``: figures stated,
    each identity checked only when all its lines were read); None when they do not read so."""
    from jixiao.accounts.stream_summary import read_stream_summary  # (it imports the readers' helpers)

    cells = [(c.text, c.source) for r in t.rows for c in r if c.text.strip()]
    if kind in CLASSIFIED:
        found, said = loose_tables([(title, t.source), *cells], closed=True)
        if found and found[0].kind == kind:
            problems.extend(said)
            return found[0]
        return None
    if kind == "three_public" or (read := read_stream_summary([(title, t.source), *cells])) is None:
        return None
    problems.extend(read[1])
    return read[0]


def recognise(fr: FileRead) -> list[Document]:
    # a table printed without a title whose header says no stage is read only when nothing else reads the file
    return _recognise(fr, unsaid=False) or _recognise(fr, unsaid=True)


def _recognise(fr: FileRead, unsaid: bool) -> list[Document]:
    order = Order(fr)
    # (the pieces of a one-cell-a-line table its blank cells' lone pipes cut apart, one table again)
    tables = _halves_joined(blank_cells_joined(split_at_titles(fr), _kind_of))
    sets = table_sets(fr, order, tables, lambda t: table_kind(t) or untitled_kind(t, unsaid))
    docs = [_document(fr, order, s, end, first=k == 0) for k, (s, end) in enumerate(sets)]
    if docs and fr.format == "text" and not any(_holds_figures(d) for d in docs):
        # a title on a line of its own, the table's cells cut apart after it (rows of other widths, one cell a line):
        # the tables the titles head hold no figure, the loose readers read the cells that follow
        docs = flat_summary(fr) or stream_summary(fr, unsaid) or docs
    # the classified tables given as loose words join whatever else the text was read as, its 收支总表 too
    placed = _with_standalone(fr, docs)
    if placed:  # the tables no reader placed, read by their labels (``accounts_labelled``)
        return with_labelled(fr, tables, placed)
    return execution(fr, with_loose_tables(
        fr, flat_summary(fr) or stream_summary(fr, unsaid) or with_contents(fr, with_targets(fr, notes_only(fr)))
        or targets(fr)
        or contents_only(fr)))


def _placed(doc: Document) -> int:
    """How many tables of the document a template reader placed (those read by their labels alone not counted)."""
    return sum(1 for t in doc.extra["accounts"].tables if t.kind != LABELLED)


def _figures(t: AccountTable) -> bool:
    return any(v.dec is not None for r in t.rows for v in r.values.values())


def _holds_figures(doc: Document) -> bool:
    """The document's tables hold a figure, or say they have none (本表无数据)."""
    acc = doc.extra["accounts"]
    return any(t.statement is not None or _figures(t) for t in acc.tables if t.kind != LABELLED)


def _with_standalone(fr: FileRead, docs: list[Document]) -> list[Document]:
    """The standalone 三公 tables read by their labels (``recognise.sangong``) in place of the same tables
    read as a grid; a 三公 table the labels do not give (printed across the page) stays as the grid gave it."""
    from jixiao.read.recognise import sangong

    stream = sangong.recognise(fr, [t for d in docs if _placed(d) > 1 for t in d.tables])
    held = {id(t) for s in stream for t in s.tables}
    kept = [d for d in docs if d.type != "sangong" or not any(id(t) in held for t in d.tables)]
    return sorted(kept + stream, key=lambda d: (d.source.page or 0, d.source.line or 0))


_EMPTY = re.compile(r"无数据|本表无|此表无|空表")
_BYLINE = re.compile(r"(?:编制部门|编制单位|预算主管部门|预算单位|单位名称)\s*[:：]\s*(\S+)")
_HEADING = re.compile(r"(部门|单位)(预算|决算)$")


def _document(fr: FileRead, order: Order, tables: list[tuple[str, str, Table]], end: Where | None,
              first: bool) -> Document:
    problems: list[Problem] = []
    acc = Accounts()
    head = tables[0][2]
    stages = [title_stage(title) or untitled_stage(title) for _, title, _ in tables]
    said = [x for x in stages if x]  # a table printed without a title whose header says no stage has no vote
    acc.stage = "budget" if sum(1 for x in said if x[1] == "budget") * 2 > len(said) else "final"
    if not any(stages) and heading_stage(fr, order, [t for _, _, t in tables]) == "budget":
        acc.stage = "budget"  # no table says its stage (printed without titles) under a heading that says 预算
    if acc.stage == "budget" and final_unstated(fr, order, [title for _, title, _ in tables], [t for _, _, t in tables]):
        acc.stage = "final"  # template titles that say no stage, under a 决算 heading or with the 决算's carry-over lines
    for idx, (kind, title, t) in enumerate(tables):
        if title.startswith(UNTITLED):
            unsaid = not any(stages) and heading_stage(fr, order, [t]) is None
            problems.append(Problem(
                "表未印出表名，按表头与各行的科目读出" + ("；表与页面都未写明是预算还是决算" if unsaid else ""), t.source,
                message_en="the table prints no title: read by its header and its lines"
                           + ("; neither it nor the page says budget or final accounts" if unsaid else "")))
        table = parse_table(kind, title, t, problems)
        table.stage = acc.stage
        if title.startswith(UNTITLED):
            table.alone, table.own_name = True, untitled_name(kind)
        stop = order.span(tables[idx + 1][2])[0] if idx + 1 < len(tables) else end
        after = order.between(fr, order.span(t)[1], stop)
        table.statement = next(((x, s) for x, s in after[:3] if _EMPTY.search(x)), None)
        acc.tables.append(table)
        if not _figures(table) and (labelled := read_labelled(t, acc.stage, squash(title))) is not None:
            acc.tables.append(labelled)  # its reader placed none of its figures: read by its labels instead
        for line in [title, *t.preamble]:
            if acc.year is None and (m := YEAR.search(line)):
                acc.year = int(m.group(1))
            if (m := UNIT.search(line)) and table.unit is None:
                table.unit = m.group(1)
            if acc.unit_name is None and (m := _BYLINE.search(line)):
                acc.unit_name = m.group(1)
        acc.money_unit = acc.money_unit or table.unit
    # a PDF disclosure's text stands before its tables as well as after them (编制说明 … 情况说明)
    whole = first and (order.pdf or acc.stage == "budget")
    body = order.between(fr, None if whole else order.span(head)[0], end)
    if whole:
        acc.contents = _contents(fr, order, head)
    heading = next((x for x, _ in body[:5] if _HEADING.search(squash(x))), None)
    heading = heading or next((x for x in head.preamble if "部门决算" in x), None)
    fallback = "部门预算" if acc.stage == "budget" else "部门决算"
    kind = "budget_disclosure" if acc.stage == "budget" else "final_accounts"
    if [t.kind for t in acc.tables if t.kind != LABELLED] == ["three_public"]:  # a 三公 table on its own
        kind = "sangong"
        three = acc.tables[0]
        three.own_name = f"“三公”经费{'预算' if acc.stage == 'budget' else '决算'}表"
        heading, fallback = None, three.own_name
    return Document(
        type=kind,
        title=heading or (f"{acc.year}年度{fallback}" if acc.year else fallback),
        source=head.source,
        year=acc.year,
        money_unit=acc.money_unit,
        tables=[t for _, _, t in tables],
        problems=problems,
        body=body,
        extra={"accounts": acc},
    )


_TOC = re.compile(r"^目\s*录$")


def _contents(fr: FileRead, order: Order, head: Table) -> list[tuple[str, str, Source]]:
    """The tables the 目录 lists (it stands before the first table, as body text or as a one-column table);
    each kind once, the first table's own title not among them."""
    before = order.span(head)[0]
    lines: list[tuple[tuple[int, int], str, Source]] = []
    for x, s in fr.body:
        key, pos = order.line(s)
        if key == before[0] and pos < before[1] and x not in head.preamble:
            lines.append(((pos, 0), x, s))
    for t in fr.tables:
        (key, pos), _ = order.span(t)
        if t.width == 1 and key == before[0] and pos < before[1]:
            lines.extend(((pos, i), r[0].text, r[0].source) for i, r in enumerate(t.rows) if r and r[0].text.strip())
    lines.sort(key=lambda x: x[0])
    at = next((i for i, (_, x, _) in enumerate(lines) if _TOC.match(x.strip())), None)
    if at is None:
        return []
    out: dict[str, tuple[str, str, Source]] = {}
    for _, x, s in lines[at + 1 :]:
        found = title_stage(x)
        if found is not None and found[0] not in out:
            out[found[0]] = (found[0], LEADER.sub("", x).strip(), s)
    return list(out.values())
