"""转移支付 forms and reports (中央/省对下转移支付 绩效自评表, 区域绩效自评表, the 2024 行次/列次 layout, checklists,
self-evaluation reports in prose) read from their text by meaning.

A file is a transfer document when it says so (转移支付, the report template's 绩效目标分解下达情况, or the 2024
layout's 统筹整合资金 with 行次/列次); each funds header (``transfer_funds.headers``) opens one form, read by its
row labels by fund source (中央/省级/市级/本级/地方/其他), with the numbers placed by the form's arithmetic. A
checklist without a header gives its "年度预算资金总额: X" blocks, the blocks after 其中 being the whole's parts;
a report in prose gives the figures its sentences state (``transfer_prose``). The record is the project
layout's (``project_self_evaluation``) marked as a transfer (``extra["form"]``), the rows by source beyond the
project form's kept in ``extra["transfer_funds"]`` for the audit (``audit.transfer``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache

from jixiao.core.records import BLANK_FUNDS_ROWS, READ_FROM_PROSE, Document, FundsRow, Problem, Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, problem
from jixiao.read.recognise.flatgaps import closed, unwrapped
from jixiao.read.recognise.reportparts import read_parts
from jixiao.read.recognise.tokens import Token, stream
from jixiao.read.recognise.transfer_alloc import (
    FIRM,
    FUND_TABLE,
    PLACED,
    SUMS,
    against_notice,
    attach,
    read_allocation,
)
from jixiao.read.recognise.transfer_allochead import unit_of
from jixiao.read.recognise.transfer_amounts import keep as keep_stated
from jixiao.read.recognise.transfer_arrived import arrived_budget
from jixiao.read.recognise.transfer_beside import with_allocation
from jixiao.read.recognise.transfer_funds import Block, Header, headers, read_blocks, relations
from jixiao.read.recognise.transfer_indicators import read_indicators
from jixiao.read.recognise.transfer_marks import marked, names_level
from jixiao.read.recognise.transfer_notice import LOOSE, read_notice, sent
from jixiao.read.recognise.transfer_prose import read_prose, says
from jixiao.read.recognise.transfer_said import SAID, said_sums
from jixiao.read.recognise.transfer_sources import add_sources
from jixiao.read.recognise.transfer_text import Flat, flatten

TYPE = "project_self_evaluation"
FORM = "transfer"  # extra["form"]
FUNDS = "transfer_funds"  # extra: {row key: {column key: Val}} as read, every column
PARTS = "transfer_parts"  # extra: [(name, {row: {column: Val}})] sub-programmes of a checklist
RELATIONS = "transfer_relations"  # extra: the relations the funds header prints (``transfer_place.Relations``)
# a fund's allocation table (补助资金安排表, 奖励资金分配表, …资金分配明细表/计划表, ``transfer_alloc.FUND_TABLE``) is a
# transfer's wherever it stands; 直达资金 are the central transfers sent straight to counties; so is a text laying out
# how a fund is allocated (资金具体安排情况如下:…, 资金分配结果如下)
# (or a fund's table of places named by the fund alone: ``transfer_alloc.PLACED``)
ANCHOR = re.compile(rf"转移支付|直达资金|绩效目标分解下达情况|统筹整合资金|{FUND_TABLE}|"
                    rf"(?:资金|经费)(?:具体)?(?:分配|安排|下达)(?:情况|结果)如下|{LOOSE.pattern}|{PLACED}")
_TITLE = re.compile(r"[^\n]{0,60}?(?:绩效自评表|绩效评价表|自评表|绩效自评报告|自评报告|评价报告)")
_HEADER_FIELDS = ("转移支付(项目)名称", "转移支付名称", "项目名称", "中央主管部门", "地方主管部门", "资金使用单位",
                  "省级主管部门", "主管部门", "实施单位")
_FIELD = re.compile("|".join(re.escape(f) for f in _HEADER_FIELDS))
# the documents read from prose (a notice's sentence, a report's): their rows by source are what its 其中 lists state
_PROSE_FAMILIES = ("transfer-allocation-notice", "transfer-report-text", "transfer-prose-stated")
# The funds rows the project record holds; the others stay in extra[FUNDS] only.
_HEADING = 40  # characters before the funds header that may hold its heading (资金投入情况（元）)
_STANDARD = ("initial_budget", "annual_budget", "executed", "weight", "score")


def recognise(fr: FileRead) -> list[Document]:
    """The transfer documents of the file (called with the other text-stream readers)."""
    flat = flatten(fr)
    # (a report titled 中央…资金绩效自评报告; a form republished under its fund's name, known by its own marks)
    if not ANCHOR.search(flat.text) and not says(flat) and not marked(flat.text):
        return []
    found = headers(flat)
    # each form's stretch: from its title (searched after the previous form's header) to the next form's title
    spans: list[tuple[Header, int, str | None, int]] = []
    for n, h in enumerate(found):
        lo = found[n - 1].end if n else 0
        title, at = _title(flat, h.start, lo)
        spans.append((h, lo, title, min(at, h.start)))
    docs: list[Document] = []
    every = cache(lambda: stream(fr))  # the file's tokens, made once for all its forms (rows lost, the 总分 row)
    for n, (h, lo, title, start) in enumerate(spans):
        stop = spans[n + 1][3] if n + 1 < len(spans) else len(flat.text)
        doc = _form(fr, flat, h, (lo, start, stop), title, every)
        if doc is not None:
            docs.append(doc)
    if docs:  # (with the allocation table printed beside the forms)
        return with_allocation(fr, docs)
    checklist = _checklist(fr, flat)
    if checklist is not None:
        return with_allocation(fr, [checklist])
    from jixiao.read.recognise.transfer_paired import paired

    found_pairs = paired(flat)
    if found_pairs is not None:  # (a regional form giving each figure beside its label: 转移支付预算数(A) 5.8万)
        at, block, unit, notes = found_pairs
        title, start = _title(flat, at)
        return [_document(fr, flat, min(start, at), title, notes, family="transfer-paired-funds", blocks=[block],
                          unit=unit)]
    prose = read_prose(flat)
    if prose is None or "total" not in prose.block.rows:  # a report that states no total: its allocation table
        alloc = read_allocation(fr, flat)
        notice = read_notice(flat)  # a notice sending the fund down: the amount its sentence or target table states
        # (a table read as one row, no 合计 confirming it, is no total where the notice states the amount sent:
        # the row may be the first of rows the text broke, 龙涓镇 50 of the 100 sent)
        if alloc is not None and (notice is None or "total" in alloc.block.rows and not alloc.lone):
            doc = _document(fr, flat, alloc.start, alloc.title, alloc.problems, family="transfer-allocation",
                            blocks=[alloc.block], unit=alloc.unit)  # (the unit its title or header states)
            attach(doc, alloc, list(fr.tables))
            said = sent(flat)  # the notice's own sentence states the amount: the table's 合计 must be it
            if said is not None:
                against_notice(doc, alloc, *said)
            return [doc]
        if notice is not None:  # (an allocation table whose total could not be confirmed: the notice says it)
            at, title, block, unit = notice
            doc = _document(fr, flat, at, title, [], family="transfer-allocation-notice", blocks=[block], unit=unit)
            # its attachments (安排表, 绩效目标表), kept whole for what reports show; the table's rows against the amount
            attach(doc, alloc, list(fr.tables), block.rows["total"]["annual_budget"], unit)
            keep_stated(doc, flat)  # (its amounts shown where it holds no table)
            doc.extra[SAID] = said_sums(flat)
            return [doc]
    if prose is None:
        return []
    row = prose.block.rows.get("total")
    if row is not None and (arrived := arrived_budget(flat, row, prose.unit)) is not None:
        row["annual_budget"] = arrived  # (the money arrived, which the report's spending and rate confirm)
        prose.problems.append(problem(f"正文未写预算数：取所述到位资金{arrived.text}，执行数÷到位资金与所述执行率相符",
                                      f"no budget stated: the money said to have arrived ({arrived.text}) is taken, "
                                      "the stated spending ÷ it giving the stated rate", arrived.source))
    doc = _document(fr, flat, prose.start, prose.title, prose.problems, family="transfer-report-text",
                    blocks=[prose.block], unit=prose.unit)
    doc.extra[SAID] = said_sums(flat)
    doc.extra[READ_FROM_PROSE] = "转移支付绩效自评报告的文字"  # a disagreement among its figures: a suspicion
    alloc = read_allocation(fr, flat) if "total" in prose.block.rows else None
    if alloc is not None and alloc.sums is not None:  # the allocation table the report prints, read by its columns
        attach(doc, alloc, [], prose.block.rows["total"]["annual_budget"], prose.unit)
    if not doc.tables:  # the tables the report prints (its allocation's, its funds'), kept whole for what reports show
        doc.tables = list(fr.tables)
    keep_stated(doc, flat)  # (its amounts shown where it holds no table)
    if prose.score is not None:  # the report's own score of the transfer
        doc.total_score = prose.score
    if prose.grade is not None:  # … and its grade
        doc.grade = prose.grade
    # the parts' scores its headings or sentences state (1.数量指标(分值20分,得分20分)), their words whole where a
    # page's width wrapped them
    read_parts(doc, unwrapped(closed(flat)))
    return [doc]


def over_target_table(fr: FileRead, docs: list[Document]) -> list[Document]:
    """A notice sending a fund down (关于下达…资金的通知, 现将…资金500万元下达给你局) with its 绩效目标表 attached: the
    accounts reader takes the attachment's 资金情况 for a budget disclosure's 项目支出绩效目标表, and the file ends a
    budget of one target table. When that is all the file gave and the transfer reader finds the notice's
    allocation, the allocation is the file's document (the target table kept on it)."""
    budgets = [d for d in docs if d.type == "budget_disclosure"]
    if not budgets:
        return docs
    tables = [t for d in budgets for t in getattr(d.extra.get("accounts"), "tables", None) or [None]]
    if {getattr(t, "kind", None) for t in tables} != {"target_funds"}:
        return docs
    # … or the file is the transfer's own 区域绩效目标表 (资金情况: 年度资金总额, 其中:中央补助, 地方资金), read as the
    # checklist's funds block, or its target table republished under the fund's name (…资金绩效目标表, even
    # …资金预算绩效目标表) with the template's own marks (``transfer_marks``): the transfer's document, not a budget's
    own = marked(flatten(fr).text)
    # (… or its funds are a transfer's by what they name: money by the level of government that gives it, 中央补助,
    # 省级资金, 地方资金, not a budget's sources, 财政拨款 / 其他资金)
    own = own or any(names_level(r.name) for t in tables for r in getattr(t, "rows", None) or [])
    if len(budgets) < len(docs):  # a form read beside the budget's reading: the transfer's, when it is one
        forms = [d for d in docs if d not in budgets]
        return forms if own and all(d.extra.get("form") == FORM for d in forms) else docs
    mine = [m for m in recognise(fr) if str(m.extra.get("layout_family", "")).startswith("transfer-allocation")
            or own and m.extra.get("layout_family") == "transfer-checklist-funds"]
    return mine or docs


def complete(fr: FileRead, docs: list[Document]) -> list[Document]:
    """Project-layout documents the table recognisers found in a transfer form whose funds block they could not
    read (the transfer's columns: 统筹整合资金数, 全年到位资金 …): each takes the funds the transfer reader finds
    for it (the nearest form starting at or before it), and is marked a transfer; its other parts are kept."""
    empty = [d for d in docs if d.type == TYPE and not any(
        getattr(r, c).value is not None for r in d.funds.values() for c in _STANDARD)]
    if not empty:
        return docs
    mine = recognise(fr)
    for d in empty:
        line = d.source.line or 0
        before = [m for m in mine if m.extra.get(FUNDS) and (m.source.line or 0) <= line + 40]
        if not before:
            continue
        m = before[-1]
        d.funds = m.funds
        for key in ("form", "layout_family", FUNDS, PARTS, RELATIONS, BLANK_FUNDS_ROWS, "transfer_whole", SUMS,
                    FIRM):
            if key in m.extra:
                d.extra[key] = m.extra[key]
            elif key == BLANK_FUNDS_ROWS:  # (the rows are the transfer reader's now: so is what it saw blank)
                d.extra.pop(key, None)
        if SUMS in m.extra:  # the allocation table its funds were read from (or printed beside its form), rebuilt by
            # its column model; the lines the transfer's reading holds, held by it now
            d.tables = [*d.tables, *(t for t in m.tables if t not in d.tables)]
            d.body = d.body or m.body
        for label, v in m.header.items():
            d.header.setdefault(label, v)
        # the cells the project reader could not place from the form's start to its funds block's last row
        # were read by the transfer reader: their problems no longer hold
        lines = [v.source.line for row in m.extra[FUNDS].values() for v in row.values()
                 if v.source is not None and v.source.line is not None]
        first, last = m.source.line or 0, max(lines, default=0)
        d.problems[:] = [p for p in d.problems if not (p.source and p.source.line and first <= p.source.line <= last)]
        d.problems.extend(m.problems)
    return docs


def _title(flat: Flat, before: int, after: int = 0) -> tuple[str | None, int]:
    """The form's title: the last text naming a 自评表/评价表 before ``before`` (within 1500 characters, and
    after ``after``), and where it starts."""
    window_start = max(after, before - 1500)
    best: re.Match[str] | None = None
    for m in _TITLE.finditer(flat.text, window_start, before):
        best = m
    if best is None:
        return None, before
    title = re.split(r"\s{2,}|[|:：]", best.group(0))[-1].strip(" *\t")
    return title or None, best.start()


def _form(fr: FileRead, flat: Flat, h: Header, span: tuple[int, int, int], title: str | None,
          every: Callable[[], list[Token]]) -> Document | None:
    """One form: ``span`` is (where its header fields may start, where the form starts, where the next begins)."""
    lo, start, stop = span
    problems: list[Problem] = []
    blocks = read_blocks(flat, h.end, stop, h, problems)
    if not blocks or "total" not in blocks[0].rows:
        return None
    # (the unit the funds block's heading states, 资金投入情况（元）, over 万元 said anywhere in the text)
    doc = _document(fr, flat, start, title, problems,
                    family="transfer-2024-rows" if h.row_numbers else "transfer-central-selfeval", blocks=blocks,
                    unit=unit_of(flat.text[max(start, h.start - _HEADING) : h.end]))
    doc.header.update(_fields(flat, max(lo, h.start - 1500), h.start))
    doc.extra[RELATIONS] = relations(h.columns)
    first_line = flat.source_at(h.start).line or 0
    last_line = flat.source_at(stop).line if stop < len(flat.text) else None
    read_indicators(fr, doc, first_line, last_line, "三级指标" in flat.text[h.start:stop], every)
    # the form's tables as the file gives them (its funds block, its indicators, their 合计/总分 rows), kept whole for
    # what reports show, as the project form keeps its own
    begin = flat.source_at(start).line or 0
    doc.tables = [t for t in fr.tables
                  if begin <= (t.source.line or 0) and (last_line is None or (t.source.line or 0) < last_line)]
    return doc


def _checklist(fr: FileRead, flat: Flat) -> Document | None:
    """A checklist's funds: "年度预算资金总额: X" blocks with their sources, without a column header."""
    m = re.search(r"年度(?:预算)?资金总额", flat.text)
    if m is None:
        return None
    problems: list[Problem] = []
    blocks = read_blocks(flat, max(0, m.start() - 80), len(flat.text), None, problems)
    if not blocks or "total" not in blocks[0].rows:
        return None
    if blocks[0].unnamed and not any(v for k, v in blocks[0].rows.items() if k != "total"):
        return None  # (its total beside rows no source names, 其中:财政拨款: a target table's, the notice's to say)
    title, at = _title(flat, m.start())
    return _document(fr, flat, min(at, m.start()), title, problems, family="transfer-checklist-funds",
                     blocks=blocks)


def _fields(flat: Flat, a: int, b: int) -> dict[str, Val]:
    """Header fields (转移支付(项目)名称, 中央主管部门 …) as "label value", the value up to the next label."""
    out: dict[str, Val] = {}
    found = list(_FIELD.finditer(flat.text, a, b))
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else min(b, m.end() + 60)
        value = re.split(r"\n|资金投入情况|资金使用单位", flat.text[m.end():end].strip(" :：\n"))[0].strip()
        label = "转移支付名称" if m.group(0).startswith("转移支付") else m.group(0)
        if value and label not in out:
            out[label] = Val(value, value, flat.source_at(m.start()))
    return out


def _document(fr: FileRead, flat: Flat, start: int, title: str | None, problems: list[Problem], *,
              family: str, blocks: list[Block], unit: str | None = None) -> Document:
    """The transfer's document; ``unit``: the money unit its sentences state (else 万元 where the text says it)."""
    src = flat.source_at(start) if flat.starts else fr.source
    # a report's text names several years (the allocation's, the spending's): only its title dates it
    year_text = [title or ""] + ([] if family == "transfer-report-text" else [flat.text[start:start + 400]])
    doc = Document(type=TYPE, title=title, source=Source(src.file, src.line, src.page, None, src.sheet),
                   year=find_year(year_text), money_unit=unit or ("万元" if "万元" in flat.text else None),
                   problems=problems, body=list(fr.body))
    whole = blocks[0]
    doc.funds = {k: _funds_row(cols) for k, cols in whole.rows.items()}
    doc.extra["form"] = FORM
    doc.extra["layout_family"] = family
    doc.extra[FUNDS] = whole.rows
    if whole.blank and not whole.unnamed:  # (beside a row no source names, a blank source is unknown, not 0)
        doc.extra[BLANK_FUNDS_ROWS] = tuple(whole.blank)
    parts = [(b.name or f"其中{i + 1}", b.rows) for i, b in enumerate(blocks[1:]) if b.part]
    if parts:
        doc.extra[PARTS] = parts
        doc.extra["transfer_whole"] = whole.name
    if family in _PROSE_FAMILIES:  # the rows by source its 其中 lists name, where they make its whole
        add_sources(doc, flat, whole.rows)
    if "total" not in whole.rows or not any(isinstance(v.value, Decimal) for v in whole.rows["total"].values()):
        problems.append(problem("转移支付资金总额未能读取", "the transfer's total funds could not be read", src))
    return doc


def _funds_row(cols: dict[str, Val]) -> FundsRow:
    """The project record's funds row: its columns as read; the rate only where it is executed ÷ 全年预算数
    (a 2024 form that deducts 统筹整合资金 divides by the rest: its rate stays in extra[FUNDS])."""
    row = FundsRow(**{k: v for k, v in cols.items() if k in _STANDARD})
    pooled = cols.get("pooled")
    deducted = pooled is not None and isinstance(pooled.value, Decimal) and pooled.value != 0
    if "rate" in cols and not deducted:
        row.rate = cols["rate"]
    return row
