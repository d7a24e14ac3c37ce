"""The header of a score or rule table read from its text (``scoretable``): where it ends and what its columns
are, in the token stream, whatever became of the table: whether it has a score column (a score table) or not
(a scoring-rule table), whether it prints the scoring standard before the weight, how many text columns stand
between a row's name and its weight, and, in a row that prints its rule first, which words are its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.read.recognise.ruletable_pipecells import grade_text
from jixiao.read.recognise.rulewords import (
    EARNABLE,
    EXPLAIN_COLUMNS,
    RULE_COLUMNS,
    RULE_OPENING,
    SCORE_COLUMNS,
    SCORE_RULE_COLUMNS,
    WEIGHTS,
    grade_column,
    is_rule_column,
)
from jixiao.read.recognise.tokens import Token

STANDARD = SCORE_RULE_COLUMNS
DEDUCTED = ("扣减分数", "扣减分")  # the points taken off (应得分数 | 扣减分数 | 实得分数): a column, no row
# a rule table (no score column) names its rule column in more ways
RULE_STANDARD = RULE_COLUMNS
WEIGHT = (*WEIGHTS, *EARNABLE)
SCORE = (*SCORE_COLUMNS, "自评", "分数")
HEADER_WORDS = (*STANDARD, *WEIGHT, *SCORE, *EXPLAIN_COLUMNS, "指标", "一级", "二级", "三级", "四级", "备注", "序号",
                "考核内容", "分数", "说明", "评价依据", "考核依据", "评价指标", "考核指标", *DEDUCTED)
SENTENCE = re.compile(r"[。；;，,]")
_CJK_START = re.compile(r"[\u3400-\u9fff]")
_SHORT_LABEL = 6  # a column's label (评分标准, 考核办法); a longer cell ending in one may be the title


def header_end(toks: Sequence[Token]) -> tuple[int, bool] | None:
    """The index just after the table's header labels, if the stream has such a header, and whether it has a
    score column (a score table) or not (a scoring-rule table: 评分细则, 评价指标体系)."""
    for k, t in enumerate(toks):
        if not is_rule_column(t.text) or len(t.text) > _SHORT_LABEL and any(
                is_rule_column(x.text) and len(x.text) <= _SHORT_LABEL for x in toks[k + 1 : k + 9]):
            continue  # a title ending in a rule word (某市…考核标准) before the header's own rule column
        window = [x.text for x in toks[max(0, k - 12) : k + 12]]
        end = k + 1
        while end < len(toks) and end - k < 25 and (toks[end].text.startswith(HEADER_WORDS) or is_rule_column(toks[end].text)
                                                    or grade_column(toks[end].text)):
            end += 1
        header = [x.text for x in toks[max(0, k - 12) : end]]  # a score column is named in the header itself
        scored = any(w.startswith(SCORE) for w in header)
        if not any(w.startswith(WEIGHT) for w in window) or scored and not t.text.startswith(STANDARD):
            continue
        return end, scored
    return None


def split_glued_name(toks: list[Token], end: int) -> list[Token]:
    """The stream with the header's last label cut from the first row's name run into it (…评分标准 备注政策宣传 3:
    the 备注 column's label, then the row 政策宣传), so that the row is read; ``end`` is just after the header."""
    if end < 1 or end > len(toks):
        return toks
    last = toks[end - 1]
    cut = 0
    while (word := next((w for w in sorted(HEADER_WORDS, key=len, reverse=True) if last.text.startswith(w, cut)),
                        None)) is not None:
        cut += len(word)
    rest = last.text[cut:]
    if not cut or len(rest) < 2 or not _CJK_START.match(rest) or SENTENCE.search(rest) \
            or is_rule_column(last.text) and not is_rule_column(last.text[:cut]) or end >= len(toks) \
            or toks[end].number is None:
        return toks  # (a label of its own, 赋分办法; a name is followed by its weight)
    return [*toks[: end - 1], Token(last.text[:cut], last.source), Token(rest, last.source), *toks[end:]]


# a rule's figure or sign (以100%为标准, ≥90%, 不超过3次): a rule's words, never a name's, where its first line holds
# no stop
_RULE_FIGURE = re.compile(rf"\d\s*[%％]|[≥≤≦≧＜＞<>=]|(?:{RULE_OPENING})\s*\d")


def name_before_rule(pending: Sequence[Token]) -> tuple[Token, list[Token]]:
    """In a row that prints the rule before the weight: its name and the rule's words. The name is the cell (or
    word, text without cells) just before the first sentence (the rule or its explanation, a stop or a rule's
    figure in it): the cells before it are labels of its levels. Without a sentence, the first word is the name."""
    first = next((i for i, t in enumerate(pending) if SENTENCE.search(t.text) or _RULE_FIGURE.search(t.text)), None)
    if pending and pending[0].source.cell is not None and first is not None:
        while first > 0 and pending[first - 1].source == pending[first].source:
            first -= 1  # the rule's cell starts before its first sentence (①已制定… 资金管理 办法,…)
    if not first:
        return pending[0], list(pending[1:])
    start = first - 1
    src = pending[start].source
    while start > 0 and src.cell is not None and pending[start - 1].source == src:
        start -= 1  # a name wrapped inside its cell (管理制度 / 健全性)
    words = pending[start:first]
    name = Token("".join(t.text for t in words), words[0].source)
    return name, list(pending[first:])


def text_columns(header: Sequence[Token]) -> int:
    """How many text columns (指标解释, 评分标准 …) the header prints between the indicator's name and the weight."""
    texts = [t.text for t in header]
    weight = next((i for i, x in enumerate(texts) if x.startswith(WEIGHT)), None)
    if weight is None:
        return 0
    cols = 0
    for x in reversed(texts[:weight]):
        if not (is_rule_column(x, (*STANDARD, *RULE_STANDARD)) or x.startswith(EXPLAIN_COLUMNS)):
            break
        cols += 1
    return cols


def rule_first(header: Sequence[Token], words: tuple[str, ...] = STANDARD) -> bool:
    """Whether the header prints the scoring standard before the weight (名称 | 评分标准 | 分值 | 得分): then a
    row's name is the first text after the previous row, not the last before its weight. ``words``: the rule
    column's names (a rule table names it in more ways: 评价标准, 考核标准 …)."""
    texts = [t.text for t in header]
    rule = next((i for i, x in enumerate(texts) if x.startswith(words)), None)
    weight = next((i for i, x in enumerate(texts) if x.startswith(WEIGHT)), None)
    return rule is not None and weight is not None and rule < weight



__all__ = ["DEDUCTED", "HEADER_WORDS", "RULE_STANDARD", "SCORE", "SENTENCE", "STANDARD", "WEIGHT", "header_end", "name_before_rule",
           "rule_first", "text_columns"]


def without_grades(toks: Sequence[Token], header: Sequence[Token]) -> list[Token]:
    """The rows' tokens with the grade columns' cells joined to the row's rule, where the header prints two grades
    or more (优 | 良 | 中 | 差): after a text (the rule), a run of such cells (5 | 4 | 3 | 0-2, x≥90%) as long as the
    header's grades or longer gives its last ones, as many as the grades, to that text, each named by its grade
    (…是否充分 优5 良4 中3 差0-2): never a row's weight, never a label. A shorter run (a blank cell lost) is kept."""
    grades = [t.text for t in header if grade_column(t.text)]
    n = len(grades)
    if n < 2:
        return list(toks)
    out: list[Token] = []
    k = 0
    while k < len(toks):
        out.append(toks[k])
        k += 1
        if grade_text(out[-1].text):
            continue
        m = 0
        while k + m < len(toks) and grade_text(toks[k + m].text):
            m += 1
        if m >= n:
            said = " ".join(f"{g}{c.text}" for g, c in zip(grades, toks[k + m - n : k + m], strict=True))
            out[-1] = Token(f"{out[-1].text} {said}", out[-1].source)
            out += toks[k : k + m - n]
            k += m
    return out
