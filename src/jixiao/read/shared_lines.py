"""A file that opens with an account's statement and goes on with a report that has no title of its own: the two
read apart where they took the same line's figure.

A department's page lists its disclosures one after another: another unit's 三公 statement ("县档案馆2023年“三公”经费
预算情况说明 / 2023年“三公”经费财政拨款预算数为3.50万元，其中：…"), then a project's or a transfer's self-evaluation report
whose heading is only the site's ("2020年度绩效评价", "(中和木材检查站租金项目)"). ``read.sections`` cuts a file at its
documents' titles; with no title of the report's there is no cut, and both readers read the whole file: the report
took the statement's 预算数 for its project's budget, and the statement the report's 执行数 for one of its lines.

A line whose figure both an account and a form read is the account's when the account's own title stands first in
the file (at or before that line, and before every other figure the form read): the file is cut after the last line
the account read before the form's own figures begin, and each part is read alone (the lines keep their numbers). The
parts replace the whole file's reading only when the first part gives the account again and the second a form (its
figures now its own, or none: a budget left missing is better than another document's).
"""

from __future__ import annotations

from jixiao.core.records import ACCOUNT_TYPES, Document
from jixiao.read.base import FileRead
from jixiao.read.sections import DOCUMENT_TITLE, Recognise, between, form_figures, held, titles_of


def _account_lines(doc: Document) -> set[int]:
    """The lines an accounts document's figures were read from."""
    tables = getattr(doc.extra.get("accounts"), "tables", None) or []
    return {v.source.line for t in tables for r in t.rows for v in r.values.values()
            if v.value is not None and v.source is not None and v.source.line is not None}


_NEAR = 20  # lines after the shared figure the account's paragraph may run on


def _cut(fr: FileRead, docs: list[Document]) -> int | None:
    """The line to cut at: where the paragraph of the first line both read ends (a blank line, or a line after one
    that ends its sentence), when the account's title stands at or before it and the form read nothing before it;
    None otherwise."""
    accounts = [d for d in docs if d.type in ACCOUNT_TYPES]
    forms = [d for d in docs if d.type not in ACCOUNT_TYPES]
    if len(accounts) != 1 or not forms:
        return None
    read = _account_lines(accounts[0])
    start = accounts[0].source.line if accounts[0].source is not None else None
    taken = [line for d in forms for line in form_figures(d)]
    shared = [line for line in taken if line in read]
    if not shared or start is None or start > min(shared) or min(taken) < min(shared):
        return None
    return _paragraph_end(fr, min(shared))


def _paragraph_end(fr: FileRead, line: int) -> int | None:
    """The first line after ``line``'s paragraph (after a blank line, or after a line that ends its sentence),
    within ``_NEAR`` lines; None when the text goes on."""
    body = [(s.line, x.strip()) for x, s in fr.body if s.line is not None and s.line >= line]
    for (at, text), (nxt, _) in zip(body, body[1:], strict=False):
        if nxt > at + 1 or text.endswith(("。", "；", ";")):
            return nxt if nxt - line <= _NEAR else None
    return None


def _opening_statement(fr: FileRead, docs: list[Document]) -> int | None:
    """The line after an account's statement that opens the file under its own title (…“三公”经费预算情况说明 and its
    paragraph), when the file was read as accounts only and goes on after it; None otherwise."""
    if not docs or any(d.type not in ACCOUNT_TYPES for d in docs):
        return None
    titles = titles_of(fr)
    lines = [s.line for _, s in fr.body if s.line is not None]
    if not titles or not lines or titles[0][1] != "accounts" or titles[0][0] != lines[0]:
        return None
    first = next((x for x, s in fr.body if s.line == titles[0][0]), "")
    if not DOCUMENT_TITLE.search(first.strip()) or any(fam != "accounts" for _, fam in titles[1:]):
        return None
    if (end := _paragraph_end(fr, titles[0][0] + 1)) is None or end >= lines[-1]:
        return None
    return end


def _kept(parts: list[Document], docs: list[Document]) -> bool:
    """The parts' accounts hold no fewer figures than the whole file's reading (a form is the family they add)."""
    return held(parts)[1] >= held(docs)[1]


def apart(fr: FileRead, docs: list[Document], recognise: Recognise) -> list[Document]:
    """``docs``, or the account's and the report's readings of their own parts of the file (see the module)."""
    if fr.format != "text":
        return docs
    if (cut := _cut(fr, docs)) is not None:
        head, tail = recognise(between(fr, 0, cut)), recognise(between(fr, cut, None))
        if [d.type for d in head] == [d.type for d in docs if d.type in ACCOUNT_TYPES] and any(
                d.type not in ACCOUNT_TYPES for d in tail):
            return [*head, *tail]
        return docs
    if (cut := _opening_statement(fr, docs)) is not None:
        head, tail = recognise(between(fr, 0, cut)), recognise(between(fr, cut, None))
        # (only a document of the other family after it: an account's text goes on past its first paragraph)
        if any(d.type not in ACCOUNT_TYPES for d in tail) and _kept([*head, *tail], docs):
            return [*head, *tail]
    return docs
