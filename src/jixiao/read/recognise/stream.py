"""Project-layout forms read from their text by anchors, whatever the layout (``recognise.formspec``).

When the table recognisers find no form in a file (its rows were flattened to spaces, one cell per line,
cells run together, columns interleaved), the file's text is read as one stream of tokens
(``recognise.tokens``) and matched against the form's description: the header fields by their labels,
the funds block by its column labels and row labels (numbers placed by the form's arithmetic,
``recognise.placement``), the indicator rows by their level labels and the weight and score that close
each row (``recognise.streamindicators``), and the total; each form's span is read by ``recognise.streamform``.
Every value keeps its source; what could not be placed is a located problem, and the document says what was read
this way.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from jixiao.core.records import FUNDS_ROWS, Document, FundsRow
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import (
    FUNDS_STARTS,
    LEVEL1,
    LEVEL1_TEMPLATE,
    LEVEL2,
    MARKS,
    NAME_FALLBACK,
    NAME_LABELS,
    OTHER_KINDS,
    STREAM_INDICATOR_COLUMNS,
    alias,
)
from jixiao.read.recognise.streamform import TYPE, FormReader
from jixiao.read.recognise.streamheadless import read_headless, total_is_weight
from jixiao.read.recognise.streamindicators import IndicatorBlock
from jixiao.read.recognise.streamtail import closes_in_total, mend_names, read_tail_rows, total_over_unscored
from jixiao.read.recognise.streamtotal import total_and_grade
from jixiao.read.recognise.tokens import Token, stream


@lru_cache(maxsize=65536)
def _marks_of(text: str) -> frozenset[str]:
    """The layout's marks a token states, alone or with a short qualifier (once a text: a file of 50,000 name rows
    asks of the same two texts 100,000 times)."""
    return frozenset(m for m in MARKS if alias(text, ((m, m),)))


_LEVELS = frozenset((*LEVEL1_TEMPLATE, *LEVEL2))


def _is_form(tokens: Sequence[Token]) -> bool:
    """At least two of the layout's marks, each alone or with a short qualifier (全年预算数(A), 年度资金总额:); or one,
    and the level labels of an indicator block whose header row was lost (产出指标, 数量指标 …)."""
    texts = {t.text for t in tokens}
    marks = len(frozenset().union(*map(_marks_of, texts)))
    return marks >= 2 or marks == 1 and len(texts & _LEVELS) >= 3


def _project_sheet(toks: list[Token], head: int) -> bool:
    """Whether an indicator block with no form above it (an excerpt that begins there) is a project's: nothing
    above says another kind of form, and its header has a target or an actual column (a score or rule table's
    header, 分值 and 得分 beside 评分标准, has neither)."""
    if any(w in t.text for t in toks[:head] for w in OTHER_KINDS):
        return False
    return not {alias(t.text, STREAM_INDICATOR_COLUMNS) for t in toks[head : head + 12]}.isdisjoint(("target", "actual"))


def recognise(fr: FileRead) -> list[Document]:
    """The project-layout forms in the file's text stream (called when no table recogniser found one)."""
    toks = stream(fr)
    starts = [k for k, t in enumerate(toks) if t.text in NAME_LABELS]
    if not starts:  # a department-wide form names its department under 部门 alone
        starts = [k for k, t in enumerate(toks) if t.text in NAME_FALLBACK]
    if not starts:
        funds = [k for k, t in enumerate(toks) if t.text.startswith(FUNDS_STARTS)]  # 项目资金(万元) as one token
        starts = funds[:1]
    if not starts:  # an excerpt that begins at the indicator block: a form when nothing says it is another kind
        head = next((k for k, t in enumerate(toks) if t.text in ("一级指标", "三级指标")), None)
        if head is not None and _project_sheet(toks, head):
            starts = [head]
    docs: list[Document] = []
    if not starts and (tail := _tail(toks)) is not None:
        return [tail]
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(toks)
        span = toks[s:end]
        if not _is_form(span):
            continue
        lead = _title_block(toks[max(0, s - 12) : s]) if n == 0 else []  # the first form's: 自评总分 may stand there
        doc = FormReader(span, [t.text for t in toks[max(0, s - 12) : s]], lead).read()
        if doc is not None:
            docs.append(doc)
    return docs


_FOOTER = ("评价结论", "存在问题", "改进措施")  # the closing rows of a project form (四川's 部门预算项目支出绩效自评表)
_CLOSES = (*_FOOTER, "负责人", "填表人", "联系电话")  # … and the signatures under them


def _title_block(lead: list[Token]) -> list[Token]:
    """The tokens above a form's name that are its title block: after the last closing row (评价结论, 存在问题, 改进措施)
    or signature of a form the page held before it (an excerpt that starts with another form's end: its 合计 | 100
    is not this form's); a 自评总分 in the title block itself stays."""
    ends = [k for k, t in enumerate(lead) if any(w in t.text for w in _CLOSES)]
    return lead[ends[-1] + 1 :] if ends else lead


def _tail(toks: list[Token]) -> Document | None:
    """The end of a project form whose beginning the page did not hold (an excerpt that starts inside its indicator
    rows): its level labels and its closing rows (评价结论, 存在问题, 改进措施). Recognised, saying that without the
    header its rows' numbers cannot be placed under columns: none is read, none invented."""
    text = "".join(t.text for t in toks)
    levels = {t.text for t in toks if t.text in LEVEL1 or t.text in LEVEL2}
    if len(levels) < 2 or any(w in text for w in OTHER_KINDS):
        return None
    if sum(w in text for w in _FOOTER) < 2 and not closes_in_total(toks):
        return None  # (a form's end: its closing rows, or its rows closing in weight and score, then 总分)
    src = toks[0].source
    doc = Document(type=TYPE, title=None, source=Source(src.file, src.line, src.page, None, src.sheet))
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    if read_headless(toks, 0, doc, doc.problems, IndicatorBlock) is not None:
        mend_names(doc)  # (足额保障 | 率=100%: the name's end before the target's sign)
        total_and_grade(doc, toks, doc.problems)
        total_is_weight(doc, doc.problems)
        doc.problems.insert(0, problem("只有项目支出绩效自评表的末尾（页面从指标表中间开始）", "only the end of a project "
                                       "form (the page starts inside its indicator rows)", src))
        return doc
    doc.problems.clear()
    if read_tail_rows(toks, doc):  # its rows print their 指标性质: read by the columns after it (``streamtail``)
        total_and_grade(doc, toks, doc.problems)
        total_over_unscored(doc)
        doc.problems.insert(0, problem("只有项目支出绩效自评表的末尾（页面从指标表中间开始）", "only the end of a project "
                                       "form (the page starts inside its indicator rows)", src))
        return doc
    doc.problems.append(problem(
        "只有项目支出绩效自评表的末尾（页面从指标表中间开始）：没有表头，指标行的数值无法对应栏目（分值或得分），未读取",
        "only the end of a project form (the page starts inside its indicator rows): without the header its rows' "
        "numbers cannot be told apart (weight or score); not read", src))
    return doc
