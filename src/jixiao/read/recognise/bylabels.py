"""The last-resort reading of a form whose table is lost: by its labels' meaning alone (one of ``FALLBACKS``).

Text that carries a form's anchors (``verdict.ANCHORS``) but that no reader could read — its cells one a line, rows
run together, columns interleaved, a blank cell vanished — is read as a stream of tokens (``tokens.stream``, labels
split from the digits run onto them and joined back where wrapped) and its figures found by the labels that name
them, wherever they stand: the funds block (``bylabels_funds``: numbers placed by the form's arithmetic), the
indicator rows (``bylabels_rows``: each closed by its weight and score) and the total (``streamtotal``). The form is
the project layout's record (a department's when its words say so), flagged half-read, with a note saying it was
read by labels only; its arithmetic is an error only when its funds row was read whole, one number under each label.
"""

from __future__ import annotations

from jixiao.core.records import (
    COLUMNS_ASSUMED,
    FUNDS_ROWS,
    HALF_READ,
    NO_REASON_COLUMN,
    Document,
    FundsRow,
    Problem,
    Val,
)
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.bylabels_funds import read_funds
from jixiao.read.recognise.bylabels_rows import kept_rows, read_rows
from jixiao.read.recognise.common import find_year, money_unit, problem
from jixiao.read.recognise.deptmark import departments
from jixiao.read.recognise.formspec import ALL_LABELS, HEADER_LABELS, NAME_FALLBACK, NAME_LABELS, funds_column
from jixiao.read.recognise.streamtotal import total_and_grade
from jixiao.read.recognise.tokens import Token, stream
from jixiao.read.recognise.verdict import ANCHORS

TYPE = "project_self_evaluation"
NOTE_ZH = "表格结构已损坏，仅按标签的含义读取（资金、指标行、总分），数值按表内勾稽关系放置"
_FORM_ANCHORS = tuple(a for a, fam in ANCHORS if fam == "form")
_MAX_TOKENS = 200_000  # a form is never longer: the rest of a huge text is not searched
_HEADER = tuple(k for k in HEADER_LABELS if k not in NAME_FALLBACK)


def _anchored(toks: list[Token]) -> bool:
    """Two form anchors at least, in the text with its spaces removed."""
    text = "".join(t.text for t in toks[:20_000])
    return sum(a in text for a in _FORM_ANCHORS) >= 2


def recognise(fr: FileRead) -> list[Document]:
    """The forms of the file read by their labels; nothing when the text has no two form anchors or no figure."""
    toks = stream(fr)[:_MAX_TOKENS]
    if not toks or not _anchored(toks):
        return []
    starts = [k for k, t in enumerate(toks) if t.text in NAME_LABELS] or [0]
    spans = [(s, starts[n + 1] if n + 1 < len(starts) else len(toks)) for n, s in enumerate(starts)]
    spans = _merged(toks, spans)
    docs = []
    for a, b in spans:
        doc = _form(toks, a, b, [t.text for t in toks[max(0, a - 12) : a]])
        if doc is not None:
            docs.append(doc)
    return docs


def _merged(toks: list[Token], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with no funds label joined to the next: a name label of the same form (单位名称 above 项目名称)."""
    out: list[tuple[int, int]] = []
    pending: int | None = None
    for a, b in spans:
        a = pending if pending is not None else a
        if any(funds_column(t.text) for t in toks[a:b]) or (a, b) == spans[-1]:
            out.append((a, b))
            pending = None
        else:
            pending = a
    return out


def _form(toks: list[Token], a: int, b: int, before: list[str]) -> Document | None:
    src = toks[a].source
    problems: list[Problem] = []
    doc = Document(type=TYPE, title=None, source=Source(src.file, src.line, src.page, None, src.sheet),
                   problems=problems)
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    funds = read_funds(toks, doc, a, b)
    rows = read_rows(toks, funds.end if funds else a, b)
    if rows is not None:
        doc.indicators = rows.rows
        if "reason" not in rows.fields:
            doc.extra[NO_REASON_COLUMN] = True  # no 偏差原因 column: no reason can be missing from it
    after = rows.end if rows is not None else funds.end if funds is not None else a
    total_and_grade(doc, toks[after:b], problems)
    if rows is not None and rows.rows:
        doc.indicators, note = kept_rows(rows, doc)
        problems.append(note)
    read_any = any(getattr(r, c).value is not None for r in doc.funds.values() for c in
                   ("annual_budget", "initial_budget", "executed", "rate", "score")) or bool(doc.indicators)
    if not read_any:
        return None
    _header(toks, a, b, doc)
    texts = [t.text for t in toks[a : min(b, a + 60)]]
    name = next((doc.header[k] for k in (*NAME_LABELS, *NAME_FALLBACK) if k in doc.header), None)
    doc.title = name.str_ if name is not None else None
    if name is not None and "部门" not in doc.header and departments(before, toks[a].text, texts):
        doc.header["部门"] = name  # a department-wide form: its unit is the department
    doc.year = find_year(before + texts)
    doc.money_unit = money_unit(before + texts)
    doc.extra[HALF_READ] = "仅按标签读取 (read by labels only)"
    if funds is None or not funds.whole:
        doc.extra[COLUMNS_ASSUMED] = "按标签与勾稽关系放置 (placed by labels and arithmetic)"
    problems.insert(0, problem(NOTE_ZH,  # the 提示 (info) every such reading opens with "table structure lost: read by its labels' meaning only (funds, indicator "
                               "rows, total), numbers placed by the form's arithmetic", doc.source))
    if funds is not None:
        problems.extend(funds.problems)
    else:
        problems.append(problem("未找到资金表的栏目标签", "no funds column labels found", doc.source))
    if not doc.indicators:
        problems.append(problem("指标行未能按标签读取", "indicator rows could not be read by their labels", doc.source))
    return doc


def _header(toks: list[Token], a: int, b: int, doc: Document) -> None:
    """The header fields (项目名称, 主管部门 …) as the words after their label, up to the next label."""
    for labels in (_HEADER, NAME_FALLBACK):
        for k in range(a, min(b, a + 80) - 1):
            label = toks[k].text
            if label not in labels or label in doc.header:
                continue
            first = toks[k + 1]
            if first.text in ALL_LABELS:
                continue
            words = [first]
            if first.text.isdigit() and k + 2 < b and toks[k + 2].text.startswith("年"):
                words.append(toks[k + 2])  # "2020 年市级…": a year split off by a space
            text = "".join(t.text for t in words)
            doc.header[label] = Val(text, text, first.source)
        if any(k in doc.header for k in NAME_LABELS):
            break
