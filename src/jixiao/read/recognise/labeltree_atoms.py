"""The text of a weighted-label indicator table as atoms, and the header that opens the table.

Every table row and body line, in reading order, becomes a run of atoms (``atoms``): weighted labels (a name
and ``(N分)``, the name rejoined where a wrap split it), numbers, texts, and a break closing each row or line.
``find_header`` finds the header among them: two or more level words (一级指标 / 二级指标 …) and a weight or
score column, in any layout; the word lists (``LEVEL_WORDS``, ``WEIGHT_WORDS`` …) are the ones it reads by.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import LABEL_GAP, squash

LEVEL_WORDS = ("一级指标", "二级指标", "三级指标", "四级指标")
# (应得分 | 实得分: weight | score; 配分, 基础分: the points a row is given)
WEIGHT_WORDS = ("指标分值", "分值", "权重", "权数", "标准分", "满分", "指标权重", "应得分", "配分", "基础分", "基本分",
                "考核分值", "评价分值", "标分")
SCORE_WORDS = ("自评得分", "考评得分", "评价得分", "实际得分", "自评分", "得分")
# how a row is scored, in the other words rule and score tables print (one list for every reader of them)
METHOD_WORDS = ("计分方法", "扣分标准", "评分要点", "考核办法", "赋分办法", "赋分标准", "计分办法", "评分说明", "评分方式",
                "计分方式", "考核方式", "考核方法", "评价方法", "评价办法", "考评标准", "考评办法", "考评方法", "计分规则", "赋分规则",
                "打分标准", "评分要求", "验收标准", "赋分原则", "评分原则", "计分原则", "打分方法", "打分办法")
RULE_WORDS = ("评分标准", "评分依据", "评分细则", "评分办法", "评分方法", "评分规则", "计分标准", "评价标准",
              "考核标准", "指标说明", "指标解释", "评价要点", *METHOD_WORDS)
TOTAL_WORDS = ("合计", "总分", "总计")
_MARK = re.compile(r"[(（]\s*[^()（）\d]{0,8}?\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_BARE_MARK = re.compile(r"^\s*[(（]\s*(\d+(?:\.\d+)?)\s*[)）]\s*$")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?%?$")
SENTENCE = re.compile(r"[。；;，,：:]")
_MAX_NAME = 30


@dataclass(slots=True)
class Atom:
    kind: str  # "label" (a name, weight may be None), "num", "text", "break" (end of a row or line)
    text: str
    source: Source
    weight: Decimal | None = None
    value: Decimal | None = None
    in_label: bool = True  # a label's weight printed in it (相关性(5分)), not in a 分值 column after it


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _name(text: str, cell: bool) -> tuple[list[str], str]:
    """The words before a label's weight mark: (leading words that are not the name, the name). In a table
    cell the whole text is the name; in a line of running text the name is the last word, joined to the short
    fragments before it that a wrap split off (``部门决 策``)."""
    text = text.strip()
    if cell:
        return [], LABEL_GAP.sub("", text)
    words = text.split()
    if not words:
        return [], ""
    k = len(words) - 1
    name = words[k]
    while k > 0 and _fragment(words[k - 1]) and len(words[k - 1] + name) <= _MAX_NAME:
        k -= 1
        name = words[k] + name
    return words[:k], name


def _fragment(word: str) -> bool:
    """A word that may be the start of a label a wrap split (部门决 | 策): Chinese text, no number, no sentence,
    no header word, no total."""
    return (not _NUMBER.match(word) and not is_header_word(word) and not SENTENCE.search(word)
            and word not in TOTAL_WORDS and re.search(r"[\u4e00-\u9fff]", word) is not None
            and not re.search(r"\d", word))


def is_header_word(word: str) -> bool:
    w = squash(word)
    return any(w.startswith(x) for x in (*LEVEL_WORDS, *WEIGHT_WORDS, *SCORE_WORDS, *RULE_WORDS))


def _words(text: str, source: Source, cell: bool) -> list[Atom]:
    """Numbers and texts of a stretch without weight marks; a cell that is not a number is one text."""
    t = text.strip()
    if not t:
        return []
    if cell and not _NUMBER.match(t):
        return [Atom("text", t, source)]
    out: list[Atom] = []
    for w in [w for w in re.split(r"[\s|]+", t) if w] if not cell else [t]:  # a pipe parts words as a space does
        if _NUMBER.match(w):
            out.append(Atom("num", w, source, value=None if w.endswith("%") else parse_decimal(w)))
        elif out and out[-1].kind == "text" and not cell:
            out[-1].text += " " + w
        else:
            out.append(Atom("text", w, source))
    return out


def _scan(text: str, source: Source, cell: bool) -> list[Atom]:
    """One cell or line as atoms."""
    text = _fold(text)
    bare = _BARE_MARK.match(text)
    if bare:  # a cell that is only "(10)": a level whose name was lost, with its weight
        return [Atom("label", "", source, weight=Decimal(bare.group(1)))]
    if cell and len(_MARK.findall(text)) >= 2:  # a cell with several marks is a rule's text (每项扣2分…(5分)), no label
        return _words(text, source, cell)
    out: list[Atom] = []
    pos = 0
    for m in _MARK.finditer(text):
        before, name = _name(text[pos : m.start()], cell)
        for w in before:
            out += _words(w, source, False)
        if len(name) > _MAX_NAME or SENTENCE.search(name):
            out += _words(text[pos : m.end()], source, cell)  # a rule's sentence that mentions points
        else:
            out.append(Atom("label", name, source, weight=Decimal(m.group(1))))
        pos = m.end()
    out += _words(text[pos:], source, cell)
    return out


def atoms(fr: FileRead) -> list[Atom]:
    """Every table row and body line as atoms, in reading order, each row or line closed by a break."""
    items: list[tuple[tuple[int, int, int], list[tuple[str, Source]], bool]] = []
    seq = 0
    for t in fr.tables:
        for row in t.rows:
            cells = [(c.text, c.source) for c in row if c.text.strip() and not c.merged]
            if cells:
                s = cells[0][1]
                items.append(((s.page or 0, s.line or 0, seq), cells, True))
                seq += 1
    for text, s in fr.body:
        items.append(((s.page or 0, s.line or 0, seq), [(text, s)], False))
        seq += 1
    items.sort(key=lambda x: x[0])
    out: list[Atom] = []
    for _, cells, is_table in items:
        for text, src in cells:
            out += _scan(text, src, is_table)
        out.append(Atom("break", "", cells[-1][1]))
    return out


@dataclass(slots=True)
class Header:
    levels: int
    numbers: list[str]  # the number columns in order: "weight", "score"
    rules: bool  # a scoring-standard column
    end: int  # index of the first atom after the header
    in_rows: bool  # the header stood in one row or line with its words: rows are real rows
    texts: list[str]


def find_header(at: list[Atom], start: int = 0) -> Header | None:
    """The first run of texts from ``start`` that names two or more levels and a weight or score column."""
    k = start
    while k < len(at):
        if at[k].kind != "text":
            k += 1
            continue
        j = k
        while j < len(at) and at[j].kind in ("text", "break") and j - k < 40:
            j += 1
        run = [a for a in at[k:j] if a.kind == "text"]
        joined = squash("".join(a.text for a in run))
        first = min((joined.find(w) for w in LEVEL_WORDS if w in joined), default=-1)
        above, joined = (joined[:first], joined[first:]) if first >= 0 else ("", joined)
        levels = sum(w in joined for w in LEVEL_WORDS)
        if levels >= 2:
            order = []
            for words, kind in ((WEIGHT_WORDS, "weight"), (SCORE_WORDS, "score")):
                pos = min((joined.find(w) for w in words if w in joined), default=-1)
                if pos >= 0:
                    order.append((pos, kind))
            if order and all(kind != "score" for _, kind in order) and any(w in above for w in SCORE_WORDS):
                # a header over two rows: 评价指标 | 指标说明 | 评分标准 | 得分 over 一级指标 | 二级指标 | 三级指标 over
                # 名称 | 权重(%): the score column the first row names stands after the levels' weights
                order.append((len(joined), "score"))
            rules = any(w in joined for w in RULE_WORDS)
            rows = len({a.source.line for a in run}) < len(run) or any(
                sum(w in squash(a.text) for w in LEVEL_WORDS) >= 2 for a in run)
            rows = rows and sum(a.kind == "break" for a in at[j : j + 40]) >= 2  # not one line of everything
            return Header(levels, [kind for _, kind in sorted(order)], rules, j, rows, [a.text for a in run])
        k = j
    return None
