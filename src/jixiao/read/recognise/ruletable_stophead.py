"""The header of a rule table run together (``ruletable_stops``): its column words with no separator, or with a
preview's spaces and a joining word between them (一级指标二级指标三级指标评分标准分值自评 得分扣分原因和 其他说明), where
the weight's column stands and whether a rule column follows or precedes it; and a header repeated further on (the
table continued over a page)."""

from __future__ import annotations

import re

from jixiao.read.recognise.rulewords import (
    EXPLAIN_COLUMNS,
    LEVEL_WORDS,
    NAME_COLUMNS,
    RULE_COLUMNS,
    SCORE_COLUMNS,
    WEIGHT_COLUMNS,
)

_WEIGHT_WORDS = tuple(sorted(("标准分值", *WEIGHT_COLUMNS), key=len, reverse=True))
_WEIGHT_AT = re.compile("(?=" + "|".join(_WEIGHT_WORDS) + ")")
# the header's words: the rule and score tables' column vocabulary (``rulewords``), and the other columns a 考核评分表
# prints (类别, 检查内容, 备注, the grades of a grade box)
_HEAD_WORDS = tuple(sorted({*_WEIGHT_WORDS, *RULE_COLUMNS, *EXPLAIN_COLUMNS, *NAME_COLUMNS, *SCORE_COLUMNS, *LEVEL_WORDS,
                            "考核类别", "考核要求", "考核重点", "检查内容", "检查项目", "考评项目", "考评内容", "类别",
                            "内容", "序号", "备注", "优秀", "良好", "合格", "不合格", "扣分原因", "其他说明", "说明"},
                           key=len, reverse=True))
# between two header words: the spaces of a preview's text (自评 得分扣分原因和 其他说明) and a joining word (和, 及)
_JOINS = "和及、/"
_HEAD_GAP = re.compile(rf"[ \t]*(?:[{_JOINS}][ \t]*)?")
# a header word with the preview's spaces inside it too (自评 得分), the longest first
_SPACED_WORD = re.compile("|".join(r"[ \t]*".join(map(re.escape, w)) for w in _HEAD_WORDS))


def header(text: str) -> tuple[int, int, bool, bool] | None:
    """Where the header's column words run together (start, end), whether a rule column follows the weight's and
    whether one stands before it (then a row's sentence after its name is its rule: …堆积,每发现1处扣0.5分。4)."""
    best: tuple[int, tuple[int, int, bool, bool]] | None = None
    for m in _WEIGHT_AT.finditer(text):  # every place a weight word starts (考核标准分值: 标准分值, and 分值)
        if best is not None and m.start() > best[1][1]:
            break  # (the header found, and this weight word after it)
        start = m.start()
        while (before := _head_before(text, start)) is not None:
            start = before
        end, words = start, list[str]()
        while (found := _head_word(text, end, gap=bool(words))) is not None:
            w, end = found
            words.append(w)
        if len(words) >= 3 and any(w in _WEIGHT_WORDS for w in words) and (best is None or len(words) > best[0]):
            # the most words: 评分标准分值 is the rule's column and the weight's, not 标准分值 inside them
            weight_at = next(k for k, w in enumerate(words) if w in _WEIGHT_WORDS)
            best = (len(words), (start, end, any(w in RULE_COLUMNS for w in words[weight_at + 1 :]),
                                 any(w in RULE_COLUMNS for w in words[:weight_at])))
    return best[1] if best is not None else None


def _head_word(text: str, at: int, gap: bool = False) -> tuple[str, int] | None:
    """The header word at ``at`` (after the gap between two words, with ``gap``; spaces inside it allowed) and where
    it ends."""
    at = m.end() if gap and (m := _HEAD_GAP.match(text, at)) else at
    w = _SPACED_WORD.match(text, at)
    return (re.sub(r"[ \t]", "", w.group()), w.end()) if w is not None else None


def _head_before(text: str, at: int) -> int | None:
    """Where the header word ending at ``at`` (before the gap between two words) starts, if one does."""
    j = _spaces_before(text, at)
    if j > 0 and text[j - 1] in _JOINS:  # (the gap _HEAD_GAP, read backwards)
        j = _spaces_before(text, j - 1)
    w = next((w for w in _HEAD_WORDS if text.endswith(w, 0, j)), None)
    return j - len(w) if w is not None else None


def _spaces_before(text: str, at: int) -> int:
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at


_FIRST_CHARS = frozenset(w[0] for w in _HEAD_WORDS)


def head_at(text: str, pos: int) -> int:
    """The end of a header repeated at ``pos`` (a table continued over a page), else ``pos``."""
    end, n = pos, 0
    while (w := next((w for w in _HEAD_WORDS if text.startswith(w, end)), None)) is not None:
        end, n = end + len(w), n + 1
        if text.startswith(" ", end) and _head_word_at(text, end + 1):
            end += 1  # (the words kept apart by one space: 考核要点 评分标准 分值 得分)
    return end if n >= 3 else pos


def _head_word_at(text: str, pos: int) -> bool:
    return any(text.startswith(w, pos) for w in _HEAD_WORDS)


def head_within(text: str, start: int, end: int) -> int | None:
    """Where a header repeated inside ``start``..``end`` starts (a second table of the same columns begun inside
    what reads as a row: …一票否决。全县…细则(重点工作) 考核要点 评分标准 分值 得分 …), if one does."""
    return next((i for i in range(start, end) if text[i] in _FIRST_CHARS and head_at(text, i) > i), None)


__all__ = ["head_at", "head_within", "header"]


def score_order(text: str, start: int, end: int) -> str | None:
    """Where the header between ``start`` and ``end`` puts a score column: "after_rule" when the weight comes before
    the rule and the score after the rule (指标分值 … 计分标准 自评得分: the number after a row's stop is its score);
    "after_weight" when the rule comes first and the score right after the weight (评分标准 分值 自评得分: the number
    after a row's stop is its weight and its score run together); None when the header names no score column there
    (``ruletable_stopscored``)."""
    words: list[str] = []
    at = start
    while at < end and (found := _head_word(text, at, gap=bool(words))) is not None:
        w, at = found
        words.append(w)
    weight = next((k for k, w in enumerate(words) if w in _WEIGHT_WORDS), None)
    if weight is None:
        return None
    rule_after = next((k for k, w in enumerate(words) if w in RULE_COLUMNS and k > weight), None)
    if rule_after is not None and any(w in SCORE_COLUMNS for w in words[rule_after + 1 :]):
        return "after_rule"
    rule_before = any(w in RULE_COLUMNS for w in words[:weight])
    if rule_before and weight + 1 < len(words) and words[weight + 1] in SCORE_COLUMNS:
        return "after_weight"
    return None
