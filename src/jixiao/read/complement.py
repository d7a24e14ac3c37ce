"""A text file read as 三公 statements alone, read again by the text readers of other documents.

A department's page publishes its disclosures one after another: a unit's 三公 statement, then a transfer form, the
说明 of a budget or final account, a project's form. Read whole, the 三公 reader takes the file, and the recognisers
stop there; the text readers (``recognise.FALLBACKS``) are tried only where no whole document was read, so what
follows the statement is never read (a transfer form after another unit's 三公 statement: 34 of 129 read). Here,
where every document of a text file is a 三公 statement, each text reader is tried as well, and the documents of
other types the fullest of them reads that hold figures are added beside the statements (the statements kept as they
were read: a reading of another type never replaces them). The forms' readers read the whole text and the lines the
statement leaves (a report whose own title the statement's hides); of two readings of the same figures, the one that
names its document is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from jixiao.core.records import ACCOUNT_TYPES, HALF_READ, Document, Val
from jixiao.core.table import Table
from jixiao.read.base import FileRead, safely

Content = Callable[[Document], int]


def beside_statements(fr: FileRead, docs: list[Document], content: Content) -> list[Document]:
    """``docs``, with the other documents a text reader finds in a file read as 三公 statements alone."""
    from jixiao.read.recognise import ACCOUNTS_ONLY, FALLBACKS, LAST_RESORT, ONLY_ALONE, ONLY_EMPTY

    if fr.format != "text" or not docs or any(d.type != "sangong" for d in docs):
        return docs
    from jixiao.read.recognise.accounts_loose import ITEM_WORDS, titled_statement
    from jixiao.read.sections import form_figures, lines_kept

    # the readers of forms first; an account's prose only where they read nothing, after a statement under its own
    # title and on the lines after it, when they are a text of their own (a few lines) that speaks of no 三公 item (a
    # 三公 statement's own words, its items' lines, are no account's lines)
    statement = titled_statement(fr)
    rest = lines_kept(fr, lambda line: line not in statement)
    accounts = (len(rest.body) < len(fr.body) and (len(rest.body) >= _OWN_TEXT
                                                   or sum(len(x) for x, _ in rest.body) >= _OWN_CHARS)
                and not any(ITEM_WORDS.search(x) for x, _ in rest.body))
    forms = [(n, f) for n, f in FALLBACKS
             if n not in ACCOUNTS_ONLY and n != LAST_RESORT and n not in ONLY_ALONE and n not in ONLY_EMPTY]
    prose = [(n, f) for n, f in FALLBACKS if n in ACCOUNTS_ONLY] if accounts else []
    # (a fund's text after the statement, read by what its sentences say (``transfer_stated``): the lines the statement
    # leaves, so that the statement's amounts are not read again as the fund's)
    alone = [(n, f) for n, f in FALLBACKS if n in ONLY_ALONE] if len(rest.body) < len(fr.body) else []
    best: list[Document] = []
    # (the forms' readers on the whole text, and on the lines the statement leaves: a report whose title the
    # statement's title before it hides is read there)
    apart = (fr, rest) if len(rest.body) < len(fr.body) else (fr,)
    for group, texts in ((forms, apart), (prose, (rest,)), (alone, (rest,))):
        for text in texts:
            for name, fn in group:  # (not the generic readers of whatever a text states: they read the statement again)
                found = [d for d in safely(text, name, fn) if d.type != "sangong" and _size(d, content) > 0]
                # (the same figures read: the reading that names its document, a report's project, over one that
                # names none)
                if _weight(found, content) > _weight(best, content):
                    best = found
        if best:
            break
    if best and statement:
        _leave(docs, statement, {line for d in best for line in form_figures(d)})
    if not best and len(rest.body) < len(fr.body):
        # (a budget's or final account's page after the statement, that holds only its heading and the 说明's opening:
        # its heading's reading on the lines the statement leaves, the weakest, kept when nothing else was read)
        from jixiao.read.recognise import accounts_heading

        best = [d for d in safely(rest, "accounts_heading", accounts_heading.recognise) if d.type in _STAGES]
    return docs + best


_STAGES = frozenset(("budget_disclosure", "final_accounts"))
_OWN_TEXT = 3  # lines after a statement that make a text of their own
_OWN_CHARS = 200  # … or characters (a news item given as one paragraph)


def _leave(statements: list[Document], own: set[int], taken: set[int]) -> None:
    """The statements' rows read from lines beyond their own (``titled_statement``) that a form beside them read its
    figures from ("执行数为1050万元" of the report after the statement): the form's, dropped from the statements."""
    for doc in statements:
        acc = doc.extra.get("accounts")
        for table in getattr(acc, "tables", None) or []:
            table.rows = [r for r in table.rows if r.source.line is None or r.source.line in own
                          or r.source.line not in taken]


def _weight(docs: list[Document], content: Content) -> tuple[int, int]:
    """What the documents hold (``_size``), then what they hold with their titles."""
    return sum(_size(d, content) for d in docs), sum(map(content, docs))


def _size(doc: Document, content: Content) -> int:
    """A form's reading (``documents._content`` without its title), or an account's figures."""
    figures = sum(v.value is not None for t in getattr(doc.extra.get("accounts"), "tables", None) or []
                  for r in t.rows for v in r.values.values())
    return content(doc) - (doc.title is not None) + figures


def after_forms(fr: FileRead, docs: list[Document], recognise: Callable[[FileRead], list[Document]]) -> list[Document]:
    """``docs``, with the documents read from the text the forms of a text file leave: a department's page that
    prints a project's form, then another document with no title line of its own (``read.sections`` cuts only at
    titles): the 说明 of a budget or accounts, a 三公 table, a department's report, another form run together on one
    line. The lines after the last line a form holds, when they are a text of their own, are read alone (a stretch
    between a form's lines is the form's: its target table, its notes);
    the documents that hold figures, or that their own title names, are added."""
    forms = [d for d in docs if d.type != "sangong"]  # (a 三公 statement read from the text: the text may hold more)
    if fr.format != "text" or not forms or any(d.type in ACCOUNT_TYPES or not d.tables or d.extra.get(HALF_READ)
                                               for d in forms):
        # (a form read from the text's stream keeps no lines: what it holds cannot be told; a form read in part,
        # its heading and funds alone (``deptanchor``): the lines after them are its own parts left unread)
        return docs
    from jixiao.read.documents import _content
    from jixiao.read.sections import between

    held = {k for d in forms for t in _own_tables(d) for k in _held_lines(t, _read_lines(d))}
    held |= {s.line for d in forms for _, s in d.body if s.line is not None}
    if not held:
        return docs
    text: dict[int, str] = {}
    for x, s in fr.body:
        if s.line is not None:
            text[s.line] = text.get(s.line, "") + x.strip()
    for t in fr.tables:
        for r in t.rows:
            for c in r:
                if c.source.line is not None:
                    text[c.source.line] = text.get(c.source.line, "") + c.text.strip()
    out = list(docs)
    for lo, hi in _stretches(sorted(k for k in text if k > max(held)), held):
        size = sum(len(text[k]) for k in text if lo <= k <= hi)
        if size >= _SHORT_CHARS:
            # (a document holding figures, or one its own title names: a department's report whose figures are words;
            # a short stretch only as a budget's or accounts' statement of a few figures, 三公 in one paragraph)
            found = [d for d in recognise(between(fr, lo, hi + 1)) if (_size(d, _content) > 0 or d.title is not None)
                     and not any(d.type == x.type and d.source == x.source for x in docs)  # (not one read already)
                     and (size >= _OWN_CHARS or d.type in ACCOUNT_TYPES and _size(d, _content) >= _SHORT_FIGURES)]
            # the stretch read alone is read in its own words: a reading of the whole file that stands inside it (a
            # 三公 statement cut from its table, a budget's 说明 without its title) gives way to the stretch's own
            kinds = {d.type for d in found}
            kinds |= _STAGES if kinds & _STAGES else set()  # (a 说明 read without its title may have taken the other stage)
            out = [d for d in out if d in forms or d.type not in kinds or not _inside(d, lo, hi)] + found
    return out


def _inside(doc: Document, lo: int, hi: int) -> bool:
    """The document was read from the lines ``lo``..``hi`` (where it starts)."""
    return doc.source is not None and doc.source.line is not None and lo <= doc.source.line <= hi


def _read_lines(doc: Document) -> set[int]:
    """The lines the form's values were read from (its funds, its indicator rows, its total)."""
    vals = [getattr(r, f.name) for r in doc.funds.values() for f in fields(r)]
    vals += [getattr(i, f.name) for i in doc.indicators for f in fields(i)]
    vals.append(doc.total_score)
    return {v.source.line for v in vals if isinstance(v, Val) and v.value is not None and v.source is not None
            and v.source.line is not None}


def _own_tables(doc: Document) -> list[Table]:
    """The tables a form was read from: those holding a line one of its values came from (a project's reader keeps
    every table of the file, the one-cell tables of a document printed after the form too); all of them when no
    value says where it was read."""
    read = _read_lines(doc)
    own = [t for t in doc.tables if any(c.source.line in read for r in t.rows for c in r)]
    return own if read else doc.tables


def _held_lines(t: Table, read: set[int]) -> set[int]:
    """The lines of a form's table that are the form's: its rows up to the last one a value was read from, and the
    rows that follow on the next lines; a row after a blank line past the last read row is another table's
    (a department's score table one cell a line after a project's form, its header taken into the form's table)."""
    spans = [sorted(c.source.line for c in r if c.source.line is not None) for r in t.rows]
    last = max((k for k, lines in enumerate(spans) if read & set(lines)), default=len(spans) - 1)
    out: set[int] = set()
    for k, lines in enumerate(spans):
        if not lines:
            continue
        if k > last and out and lines[0] > max(out) + 1:
            break
        out.update(range(lines[0], lines[-1] + 1))
    return out


def _stretches(lines: list[int], held: set[int]) -> list[tuple[int, int]]:
    """The runs of ``lines`` (first, last) that no document holds."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    prev = 0
    for k in lines:
        if k in held:
            if start is not None:
                runs.append((start, prev))
            start = None
        elif start is None:
            start = k
        prev = k
    if start is not None:
        runs.append((start, prev))
    return runs


_OWN_CHARS = 200  # characters after a form that make a text of their own
_SHORT_CHARS = 80  # … or, as a statement of figures of a budget or accounts (a 三公 paragraph), these
_SHORT_FIGURES = 3  # the figures such a short statement must hold
