"""Where the tables of a final-accounts or budget disclosure stand, and what their titles name.

A 决算表 or 预算表 title line names a table kind and a stage (``title_stage``); the nearest such line before a
table gives the table's kind (``table_kind``). Spreadsheet readers may join consecutive tables into one, so
``split_at_titles`` cuts them again where a title stands between their rows. ``Order`` places body lines and
tables on one comparable scale (per sheet, or across the pages of a PDF) so that the text between two tables
can be found; ``YEAR``, ``UNIT`` and ``LEADER`` are the patterns title lines are read with.
"""

from __future__ import annotations

import re

from jixiao.accounts.layout import squash
from jixiao.accounts.model import BUDGET_KINDS, TABLE_KINDS
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table
from jixiao.read.base import FileRead

YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
UNIT = re.compile(r"单位[:：]\s*(万元|元|千元|亿元)")
LEADER = re.compile(r"[…．.·]{3,}.*$")
# the 部门预算 template's titles that do not say 预算 (a 决算 table's title always says 决算): 部门收支总表,
# 财政拨款收支总表, 部门收入总表, 一般公共预算基本支出表, 一般公共预算“三公”经费支出表
# The unit's name may stand before the year or before 部门/单位 (某县农业农村局2024年部门收支总表, 某局部门收支总表).
_TEMPLATE = re.compile(r"(?:(?:^|[、.．:：\d\s])(?:\d{4}年度?)?|\d{4}年度?(?:部门|单位)?|部门|单位)(?:财政拨款)?收支总表$"
                       r"|(?:部门|单位)(?:收入|支出)总表$|预算基本支出表$|三公.{0,4}经费(?:支出)?表$")


# the template that names its tables …总体情况表 / …情况表 (部门收支总体情况表, 一般公共预算支出情况表): the same tables as
# 部门收支总表, 一般公共预算支出表
_SITUATION = re.compile(r"(总体)?情况(?=表$)")


# the 收支总表 under the other names sites give it: 收入支出总表, 收支决算总表, 收入支出决算表, 收支预算表 — income and
# spending named together (收入支出, 收支), then the stage or none, then (总)表; not a fund's own 收入支出决算表
_SUMMARY = re.compile(r"(?:收入支出|收支)(决算|预算)?总?(?=表)")


# a list of the year's projects (一般公共预算项目支出预算表, 项目支出决算表, 项目支出明细表): no template table of
# classified sums, whatever stage it names (its rows are projects, read by their labels: ``accounts_labelled``)
_PROJECTS = re.compile(r"(?<!基本支出)(?<!基本支出和)项目支出(?:预算|决算)?(?:明细|情况)?表")


def _summary_name(m: re.Match[str]) -> str:
    return {"决算": "收入支出决算总", "预算": "收支预算总"}.get(m.group(1) or "", "收支总")


def title_stage(line: str) -> tuple[str, str] | None:
    """(kind, stage) a title line names; None for other lines (a sentence of the notes that mentions a table)."""
    squashed = re.sub(r"(?<=表)\d{1,3}$", "", LEADER.sub("", squash(line)))  # a 目录 entry's page number
    squashed = _SITUATION.sub(lambda m: "总" if m.group(1) else "", squashed)
    if not re.search(r"基金|国有资本", squashed):
        squashed = _SUMMARY.sub(_summary_name, squashed, count=1)
    if len(squashed) > 60 or "说明" in squashed or "。" in squashed or _PROJECTS.search(squashed):
        return None
    if re.search(r"决算(总)?表", squashed):
        kinds, stage = TABLE_KINDS, "final"
    elif re.search(r"预算(总|支出|收支|情况)?表", squashed) or _TEMPLATE.search(squashed):
        kinds, stage = BUDGET_KINDS, "budget"
    else:
        return None
    kind = next((kind for kind, key, _ in kinds if key in squashed), None)
    return (kind, stage) if kind else None


def title_kind(line: str) -> str | None:
    """The kind a title line names (决算 or 预算)."""
    found = title_stage(line)
    return found[0] if found else None


def table_kind(table: Table) -> tuple[str, str] | None:
    """(kind, title line) from the lines before the table, the nearest first."""
    for line in reversed(table.preamble):
        kind = title_kind(line)
        if kind is not None:
            return kind, line
    return None


def position(src: Source) -> tuple[tuple[str | None, int | None], int]:
    """Where a cell or body line stands: (sheet, page) and its line or spreadsheet row."""
    row = src.line
    if row is None and src.cell and (m := re.search(r"(\d+)$", src.cell)):
        row = int(m.group(1))
    return (src.sheet, src.page), row or 0


def split_at_titles(fr: FileRead) -> list[Table]:
    """The file's tables, cut where a 决算表 title stands between their rows.

    Spreadsheet readers may join consecutive blocks into one table (an ordinary header row continues the
    block before it); the titles they moved to the body text say where each final-accounts table begins.
    The PDF reader already ends a table at any text between its rows.
    """
    if fr.format == "pdf":
        return list(fr.tables)
    titles: dict[tuple[str | None, int | None], list[tuple[int, str]]] = {}
    body: dict[tuple[str | None, int | None], list[tuple[int, str]]] = {}
    for text, src in fr.body:
        key, pos = position(src)
        body.setdefault(key, []).append((pos, text))
        if title_kind(text):
            titles.setdefault(key, []).append((pos, text))
    out: list[Table] = []
    for t in fr.tables:
        if not t.rows or not t.rows[0]:
            out.append(t)
            continue
        key, first = position(t.rows[0][0].source)
        last = position(t.rows[-1][0].source)[1]
        cuts = [p for p, _ in titles.get(key, []) if first < p < last]
        if not cuts:
            out.append(t)
            continue
        segments: list[list[list[Cell]]] = [[]]
        bounds = [*cuts, float("inf")]
        for row in t.rows:
            pos = position(row[0].source)[1] if row else 0
            while pos > bounds[len(segments) - 1]:
                segments.append([])
            segments[-1].append(row)
        prev_end = first - 1
        for i, rows in enumerate(segments):
            if not rows:
                continue
            start = position(rows[0][0].source)[1]
            if i == 0:
                preamble = t.preamble
            else:
                preamble = [x for p, x in body.get(key, []) if prev_end < p < start][-3:]
            out.append(Table(rows=rows, source=rows[0][0].source, title=preamble[-1] if preamble else None,
                             preamble=preamble))
            prev_end = position(rows[-1][0].source)[1]
    return out


Where = tuple[tuple[str | None, int | None], int]


class Order:
    """Where body lines and tables stand in the file, comparable with each other.

    Text and spreadsheets number a table's rows and the body lines alike (line or row), per sheet. A PDF
    numbers its body lines per page and a table's rows within the table: there a table stands right after
    its preamble's last line on its first page, and a position counts pages first, so the text of a
    disclosure runs across its pages.
    """

    def __init__(self, fr: FileRead) -> None:
        self.pdf = fr.format == "pdf"
        self.lines: dict[int, list[tuple[int, str]]] = {}
        for text, src in fr.body:
            if src.page is not None:
                self.lines.setdefault(src.page, []).append((src.line or 0, text))

    def line(self, src: Source) -> Where:
        if not self.pdf:
            return position(src)
        return (None, None), (src.page or 0) * 100000 + 2 * (src.line or 0)

    def span(self, t: Table) -> tuple[Where, Where]:
        if not self.pdf:
            first = position(t.rows[0][0].source) if t.rows and t.rows[0] else position(t.source)
            last = max((position(r[0].source) for r in t.rows if r), key=lambda w: w[1], default=first)
            return first, last
        pages = [r[0].source.page or 0 for r in t.rows if r] or [t.source.page or 0]
        anchor = 0
        if t.preamble:
            anchor = next((n for n, x in self.lines.get(pages[0], []) if x == t.preamble[-1]), 0)
        start = pages[0] * 100000 + 2 * anchor + 1
        end = pages[-1] * 100000 + (2 * anchor + 1 if pages[-1] == pages[0] else 1)
        return ((None, None), start), ((None, None), end)

    def between(self, fr: FileRead, lo: Where | None, hi: Where | None) -> list[tuple[str, Source]]:
        """Body lines after ``lo`` (same sheet or page; None: from the start) and before ``hi`` when ``hi`` is
        on the same sheet."""
        out = []
        for x, s in fr.body:
            key, pos = self.line(s)
            if (lo is None or (key == lo[0] and pos > lo[1])) and (hi is None or hi[0] != key or pos < hi[1]):
                out.append((x, s))
        return out
