"""The rows of a score table run together one a line (``scoretable_glued``): the header's columns, the level
labels at a row's head (投入(15分)预算配置(15分)), the row's name and rule, and its weight and score.

Two column orders are read. 分值 and 得分 side by side after the rule (…评分标准分值得分): the row ends in one run of
digits, split into a weight and a score only as printed (no leading zero, the score not above the weight, the
weight within the full marks), every split kept for the table's arithmetic to choose. 分值 right after the name
and 得分 after the rule (…三级指标分值指标解释评分标准得分): the weight is the number glued to the name
(目标制定10评价部门…), the score the number closing the row, on its line or on a line its rule wraps onto.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.core.source import Source
from jixiao.read.recognise.ruletable_names import QUANTITY_UNITS
from jixiao.read.recognise.rulewords import RULE_OPENING

_HEADER_WORDS = sorted(("一级指标", "二级指标", "三级指标", "四级指标", "指标名称", "评价指标", "考核指标", "评分标准",
                        "评价标准", "计分标准", "评分依据", "评分办法", "指标解释", "指标说明", "分值", "权重", "标准分",
                        "自评得分", "评价得分", "得分", "扣分原因和其他说明", "扣分原因", "扣分说明", "备注", "说明",
                        "序号", "指标"), key=len, reverse=True)
_WEIGHT = ("分值", "权重", "标准分")
_SCORE = ("自评得分", "评价得分", "得分")
_RULE = ("评分标准", "评价标准", "计分标准", "评分依据", "评分办法", "指标解释", "指标说明", "说明")
LEVEL = re.compile(r"([\u3400-\u9fff“”\"、\s]{1,16}?)[(（](\d+(?:\.\d+)?)分[)）]")
_DIGITS = re.compile(r"(?<![\d.])(\d[\d.]*)$")
_TWO = re.compile(r"(\d+(?:\.\d+)?)[\s|]+(\d+(?:\.\d+)?)[\s|]*$")  # weight and score kept apart
NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
_NAME_END = re.compile(r"[\d=≥≤<>＜＞≦≧。；;，,：:、（(①-⑳%％]")
# weight first: a name (no digits, no stops), its weight glued after it, then the rule's first word
_NAME_WEIGHT = re.compile(r"([\u3400-\u9fff“”\"、()（）]{2,16}?)((?:0|[1-9]\d*)(?:\.\d+)?)"
                          rf"(?=[\u3400-\u9fff“\"(（①≥≤<>=])(?![{QUANTITY_UNITS}分])")  # not 每降低1个
# a rule's opening word before the figure a name run into its rule is cut at (目标制定以100%为标准): the rule's
_RULE_OPENING = re.compile(rf"(?:{RULE_OPENING})$")
_STOPS = "。；;，,：:、"
_SENTENCE = re.compile(r"[。；;，,：:\d%％=≥≤<>]")
_CLOSING = re.compile(r"(?<![\d.%％])((?:0|[1-9]\d*)(?:\.\d+)?)$")  # the score closing a row's text
# … or closing it right after a percent that ends the rule (…=(在职人员数/编制数)×100%5): a percent ends its number,
# so the digits after it are a number of their own; taken only where the row's weight is known and it is not above it
_CLOSING_AFTER_PERCENT = re.compile(r"(?<=[%％])((?:0|[1-9]\d*)(?:\.\d+)?)$")
MAX_WEIGHT = Decimal(100)


@dataclass
class Open:
    """A level label open over the rows that follow it, with the weight of the labels read under it."""

    name: str
    weight: Decimal
    printed: str
    under: Decimal = Decimal(0)


@dataclass
class Row:
    levels: list[tuple[str, Decimal, str]]  # (name, weight, as printed) of the level labels open for it
    name: str
    rule: str
    options: list[tuple[Decimal, Decimal]]  # the (weight, score) it can be
    digits: str
    source: Source
    guessed_name: bool = False
    chosen: tuple[Decimal, Decimal] | None = None
    by_sum: bool = False
    weight: Decimal | None = None  # weight first: the weight after the name, the score still to come


def squash(text: str) -> str:
    return re.sub(r"\s+", "", normalize_text(text))


def header(text: str) -> tuple[int, bool] | None:
    """Where the header's columns at the start of ``text`` end (run together, separators allowed), and whether
    it prints the weight right after the names (分值 before the rule, 得分 after it) rather than beside 得分."""
    i, words = 0, []
    while i < len(text):
        if text[i] in " |\t":
            i += 1
            continue
        w = next((w for w in _HEADER_WORDS if text.startswith(w, i)), None)
        if w is None:
            break
        words.append(w)
        i += len(w)
    weight = next((k for k, w in enumerate(words) if w in _WEIGHT), None)
    score = next((k for k, w in enumerate(words) if w in _SCORE), None)
    if weight is None or score is None or len(words) < 4:
        return None
    if score == weight + 1:
        return i, False
    between = words[weight + 1 : score]
    if score > weight and between and all(w in _RULE for w in between):
        return i, True
    return None


def splits(digits: str, top: Decimal = MAX_WEIGHT) -> list[tuple[Decimal, Decimal]]:
    """Every (weight, score) the digits can be, each a number as printed, the score not above the weight."""
    out = []
    for k in range(1, len(digits)):
        w, s = digits[:k], digits[k:]
        if NUMBER.fullmatch(w) and NUMBER.fullmatch(s) and 0 < Decimal(w) <= top and Decimal(s) <= Decimal(w):
            out.append((Decimal(w), Decimal(s)))
    return out


def _cells(body: str) -> tuple[str, str] | None:
    """Where the row's cells kept a space between them (投入 预算配置 财政供养人员控制率 达到100%…): its name is the
    cell before the first that reads as a sentence (a stop, a figure, or long), the cells before it its levels."""
    cells = [c for c in re.split(r"[\s|]+", body) if c]
    first = next((i for i, c in enumerate(cells) if _SENTENCE.search(c) or len(c) > 16), len(cells))
    if len(cells) < 2 or first == 0:
        return None
    return cells[first - 1], "".join(cells[first:])


def _name(rest: str) -> tuple[str, str, bool]:
    """The row's name, its rule, and whether the name was cut where the rule's first sign stands (a guess)."""
    for n in range(min(16, len(rest) // 2), 1, -1):
        if rest[n : 2 * n] == rest[:n]:
            return rest[:n], rest[n:], False  # the rule repeats the name: 预算调整率预算调整率=0
    m = _NAME_END.search(rest, 2)
    end = m.start() if m else len(rest)
    opening = _RULE_OPENING.search(rest, 0, end) if m is not None and m.group() not in _STOPS else None
    if opening is not None and opening.start() >= 2:  # 目标制定以100%为标准: the rule opens with 以, not the name
        end = opening.start()
    return rest[:end], rest[end:], True


def take_levels(text: str, levels: list[Open]) -> str:
    """The level labels at the head of ``text`` put into ``levels`` (the open labels); the text after them. A
    label right after another goes under it; after rows, the innermost is closed and the label goes under the
    first open one it still fits in."""
    chained = False
    while (m := LEVEL.match(text)) is not None:
        name, printed = re.sub(r"\s+", "", m.group(1)), m.group(2)
        w = Decimal(printed)
        if not chained and levels:
            levels.pop()  # rows were read under the innermost: it is closed
        while levels and levels[-1].under + w > levels[-1].weight:
            levels.pop()
        if levels:
            levels[-1].under += w
        levels.append(Open(name, w, printed))
        chained = True
        text = text[m.end() :]
    return text


def _open(levels: list[Open]) -> list[tuple[str, Decimal, str]]:
    return [(x.name, x.weight, x.printed) for x in levels]


def spaced(header_line: str) -> bool:
    """Whether the header keeps a space or pipe between its words, each whole (一级指标 二级指标 … 得分): then the
    rows keep them between their cells too. A header word broken by a space (一级指 标, PDF text) says the spaces
    are the page's, inside words: they are no cells."""
    words = [w for w in re.split(r"[\s|]+", normalize_text(header_line)) if w]
    return len(words) >= 4 and all(w in _HEADER_WORDS for w in words[:4])


def glued_row(text: str, levels: list[Open], src: Source, cells_apart: bool = False) -> Row | None:
    """One line as a row whose weight and score end it (None: no digits end it)."""
    text = take_levels(text, levels)
    apart = _TWO.search(text)
    if apart is not None and NUMBER.fullmatch(apart.group(1)) and NUMBER.fullmatch(apart.group(2)):
        options = [(Decimal(apart.group(1)), Decimal(apart.group(2)))]
        digits, body = apart.group(1) + " " + apart.group(2), text[: apart.start()]
    else:
        m = _DIGITS.search(text)
        if m is None or not text[: m.start()].strip():
            return None
        digits, body = m.group(1), text[: m.start()]
        options = splits(digits)
    cells = _cells(normalize_text(body)) if cells_apart else None
    name, rule, guessed = (cells[0], squash(cells[1]), False) if cells else _name(squash(body))
    return Row(_open(levels), name, rule, options, digits, src, guessed)


def weight_first_row(text: str, levels: list[Open], src: Source, cells_apart: bool = False) -> Row | None:
    """One line as a row that opens with its name and weight (None: no such opening: the rule of the row
    above, wrapped). Its score is the number closing the line, else one closing a line its rule wraps onto
    (``close``)."""
    text = normalize_text(take_levels(text, levels))
    flat = squash(text)
    m = _NAME_WEIGHT.match(flat)
    if m is None or Decimal(m.group(2)) > MAX_WEIGHT:
        return None
    name = m.group(1)
    kept = re.match(rf"(.*?)[\s|]+{re.escape(m.group(2))}(?:[\s|]|$)", text)  # cells kept apart: the name is
    before = [c for c in re.split(r"[\s|]+", kept.group(1)) if c] if kept else []  # the last before the weight
    if cells_apart and len(before) > 1:
        name = before[-1]
    row = Row(_open(levels), name, "", [], m.group(2), src, weight=Decimal(m.group(2)))
    close(row, flat[m.end() :])
    return row


def close(row: Row, text: str) -> None:
    """``text`` goes on the row's rule; a number closing it is the row's score, once."""
    score = _CLOSING.search(text) if row.weight is not None and not row.options else None
    if score is None and row.weight is not None and not row.options:
        after = _CLOSING_AFTER_PERCENT.search(text)
        score = after if after is not None and Decimal(after.group(1)) <= row.weight else None
    if score is not None and row.weight is not None:
        row.options = [(row.weight, Decimal(score.group(1)))]
        row.digits = f"{row.digits} {score.group(1)}"
        text = text[: score.start()]
    row.rule += text
