"""A text file that holds documents of both families — a performance form or report (自评表, 评价报告, 评分细则) and a
budget's, final accounts' or 三公 account (部门预算说明, 决算公开, “三公”经费情况说明) — read part by part.

A department's page often publishes them one after another. Read as one file, the readers of one family take the
file and the other's text is never read as its own: a 三公 statement before a project form lost the form (the
statement's words held the file), a project form before a 决算 说明 lost the 说明 (the text readers of accounts are
not tried where a form was read). Where the file's own titles (short lines of their own naming a document: no
sentence, no table row) change family, the file is cut at the first title of each family's run and each part read
alone (its lines keep their numbers). The parts' documents replace the whole file's only when they hold every family
the whole file's reading held and one more, or as many documents of each family with more figures of one and no
fewer of the other: a reading never loses a family
of documents for it, nor any of either family's figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from jixiao.core.records import ACCOUNT_TYPES, Document
from jixiao.read.base import FileRead
from jixiao.read.recognise.deptmark import is_department_title
from jixiao.read.recognise.ruletable_printed import PRINTED
from jixiao.read.recognise.transfer_subject import NOT as _TRANSFER_NOT
from jixiao.read.recognise.transfer_subject import TITLE as _TRANSFER

_FORM = re.compile(r"自评表|评价表|评分表|评价报告|自评报告|评分细则|评分标准|指标体系|(?:自评|评价)(?:工作)?(?:情况)?的?报告")
_ACCOUNTS = re.compile(r"(部门|单位)(预算|决算)|(预算|决算)(公开|情况说明|说明)|收支(预算|决算)|三公.{0,2}经费"
                       r"|(预算|决算)[(（]?草案[)）]?的?报告|预算执行情况.{0,16}报告")  # a government's report on its accounts
_TITLE_MAX = 60  # characters of a title line
_EMPTY_CELLS = re.compile(r"^[\s|]+|[\s|]+$")
_SELF = re.compile(r"自评|评价")
_BREADCRUMB = re.compile(r"当前位置|首页\s*[>›»]|[>›»].*[>›»]")
_NOT_TITLE = re.compile(r"[。；;，,：:]|\d[\d,]*\.\d")  # a sentence, a label with its value, an amount

Recognise = Callable[[FileRead], list[Document]]


def _family(text: str) -> str | None:
    s = _EMPTY_CELLS.sub("", text.strip())  # (a title in a row's first cell, the row's empty cells after it)
    if not s or len(s) > _TITLE_MAX or "|" in s or _NOT_TITLE.search(s) or _BREADCRUMB.search(s):
        return None  # (a site's breadcrumb names its categories, 本级政府预决算、三公经费, not a document)
    if "绩效目标" in s and not _SELF.search(s):
        return None  # a budget's 项目绩效目标表 belongs to the budget, a transfer's to the transfer: no cut (its 自评表 is a
        # form of its own)
    if is_department_title(s):  # a department's form bound into its 决算 keeps the 决算's base figures (deptembed)
        return None
    if _FORM.search(s):
        return "form"
    if _ACCOUNTS.search(s):  # (a budget's own section on its transfers, 2023年转移支付预算情况说明, is the budget's)
        return "accounts"
    if _TRANSFER.search(s) and not _TRANSFER_NOT.search(s):
        return "form"  # (a transfer's form, report, notice or allocation: a document of the form family)
    return None


def titles_of(fr: FileRead) -> list[tuple[int, str]]:
    """(line, family) of each title: a body line, or a table row of one cell (one cell a line)."""
    found = [(s.line, fam) for x, s in fr.body if s.line is not None and (fam := _family(x))]
    for t in fr.tables:
        for r in t.rows:
            cells = [c for c in r if c.text.strip()]
            if len(cells) == 1 and cells[0].source.line is not None and (fam := _family(cells[0].text)):
                found.append((cells[0].source.line, fam))
    return sorted(found)


def _cuts(titles: list[tuple[int, str]]) -> list[int]:
    """The lines where a run of titles of one family begins after a run of the other."""
    cuts: list[int] = []
    last = None
    for line, fam in titles:
        if last is not None and fam != last:
            cuts.append(line)
        last = fam
    return cuts


def _wrapped_from(lines: dict[int, str], line: int) -> int:
    """Where a title wrapped over lines begins (**河县2023年度中央水利发展资金 / 绩效自评报告): the title-like lines right
    above it that name no document of their own belong to it."""
    while (above := lines.get(line - 1)) and len(above) <= _WRAPPED and not _NOT_TITLE.search(above) \
            and "|" not in above and _family(above) is None:
        line -= 1
    return line


_WRAPPED = 30  # characters of a title's line above its last


def _contents_from(lines: dict[int, str], line: int) -> int:
    """Where a document's 目录 begins when the title cut at is one of its entries (目录 / 第一部分 报告 / 一、…情况表):
    the 目录 heading a few short lines above it, every line between an entry (no sentence, no amount)."""
    for above in range(line - 1, max(0, line - _CONTENTS_REACH) - 1, -1):
        text = lines.get(above)
        if text is None or len(text) > _TITLE_MAX or _NOT_TITLE.search(text) or "|" in text:
            return line
        if re.sub(r"\s", "", text) == "目录":
            return above
    return line


_CONTENTS_REACH = 12  # lines above a cut its 目录 heading is looked for in


def between(fr: FileRead, lo: int, hi: int | None) -> FileRead:
    """The text file's tables and body lines from line ``lo`` up to (not including) ``hi``."""
    return lines_kept(fr, lambda line: line is not None and line >= lo and (hi is None or line < hi))


def lines_kept(fr: FileRead, keep: Callable[[int | None], bool]) -> FileRead:
    """The text file with only the body lines and table cells whose line ``keep`` keeps (their numbers unchanged)."""
    tables = []
    for t in fr.tables:
        rows = [kept for r in t.rows if (kept := [c for c in r if keep(c.source.line)])]
        if rows:
            tables.append(replace(t, rows=rows))
    body = [(x, s) for x, s in fr.body if keep(s.line)]
    return FileRead(source=fr.source, format=fr.format, tables=tables, body=body, encoding=fr.encoding)


def holds(doc: Document) -> bool:
    """A document that holds a figure (a 决算's 目录 alone, a form's title alone, hold none)."""
    form, figures = held([doc])
    return form > (doc.title is not None) or figures > 0


def _families(docs: list[Document]) -> set[str]:
    return {"accounts" if d.type in ACCOUNT_TYPES else "form" for d in docs if holds(d)}


def held(docs: list[Document]) -> tuple[int, int]:
    """How much the documents hold, per family: the forms' readings (``documents._content``), the accounts' figures."""
    from jixiao.read.documents import _content

    figures = sum(v.value is not None for d in docs for t in getattr(d.extra.get("accounts"), "tables", None) or []
                  for r in t.rows for v in r.values.values())
    return sum(_content(d) for d in docs if d.type not in ACCOUNT_TYPES), figures


def by_sections(fr: FileRead, docs: list[Document], recognise: Recognise) -> list[Document]:
    """``docs``, or the documents of the file's parts read one by one where they hold one family more."""
    if fr.format != "text":
        return docs
    titles = titles_of(fr)
    lines = {s.line: x.strip() for x, s in fr.body if s.line is not None}  # (the body's lines by number, once)
    cuts = [_contents_from(lines, _wrapped_from(lines, c)) for c in _cuts(titles)]
    crossed = _crossed(docs, titles, lines)
    if not cuts or _families(docs) == {"form", "accounts"} and not crossed:
        return docs  # (both families read already, each from its own lines: the file is not read again)
    bounds = [0, *cuts, None]
    parts: list[Document] = []
    yielding = 0  # parts that gave a document holding figures
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        part = between(fr, lo or 0, hi)
        if part.tables or part.body:
            # (a part's rule labels read unconfirmed are no document of its own: ``ruletable_printed``)
            found = [d for d in recognise(part) if not d.extra.get(PRINTED)]
            parts.extend(found)
            yielding += any(holds(d) for d in found)
            fr.problems.extend(p for p in part.problems if p not in fr.problems)
    if yielding < 2:  # (a page of one document: cut, it loses its context and gains nothing)
        return docs
    whole, split = _families(docs), _families(parts)
    if split > whole or crossed and split == whole:
        return parts  # (a form that took another document's figure: its own part's reading, whatever it holds)
    was, now = held(docs), held(parts)
    same = split == whole and _counts(parts) == _counts(docs)  # (one account cut in two is not read better)
    more = same and all(b >= a for a, b in zip(was, now, strict=True)) and now != was
    return parts if more else docs


def form_figures(doc: Document) -> list[int]:
    """The lines a form's figures were read from: its funds, its indicators' weights and scores, its total."""
    vals = [getattr(r, f) for r in doc.funds.values() for f in ("initial_budget", "annual_budget", "executed", "rate")]
    vals += [v for r in doc.indicators for v in (r.weight, r.score)] + [doc.total_score]
    return [v.source.line for v in vals if v.value is not None and v.source is not None and v.source.line is not None]


# an accounts document's own title says what it is (…情况说明, …预算公开, …的报告, 2023年部门预算): not a line of a
# form that names a 三公 figure (“三公经费”变动率, an indicator of a department's score table)
DOCUMENT_TITLE = re.compile(r"说明|公开|报告|(?:预算|决算)$")


def _crossed(docs: list[Document], titles: list[tuple[int, str]], lines: dict[int, str]) -> bool:
    """A form read from the whole file took a figure from lines under an accounts document's title (another unit's
    三公 statement before a report: its 预算数 taken for the project's budget): the file is read part by part after
    all."""
    titles = [(at, fam) for at, fam in titles if fam != "accounts" or DOCUMENT_TITLE.search(
        _EMPTY_CELLS.sub("", lines.get(at, "")))]

    def family_at(line: int) -> str | None:
        return next((fam for at, fam in reversed(titles) if at <= line), None)

    return any(family_at(line) == "accounts" for d in docs if d.type not in ACCOUNT_TYPES for line in form_figures(d))


def _counts(docs: list[Document]) -> tuple[int, int]:
    return sum(d.type not in ACCOUNT_TYPES for d in docs), sum(d.type in ACCOUNT_TYPES for d in docs)
