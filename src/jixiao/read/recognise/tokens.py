"""A file's text as one stream of tokens in reading order, whatever the layout it reached us in.

Table cells, words of flattened rows and cells run together all become tokens: text is split on white
space and pipes, a run-together stretch is split at the form's labels (``年度资金总额:202010100.00%10`` →
``年度资金总额`` ``202010100.00%10``), and labels wrapped over lines are joined back (``年初`` ``预算数``).
Each token keeps the source of the cell or line it came from. Blank cells are dropped: where they
vanished, the arithmetic of the form places the numbers (``recognise.placement``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source
from jixiao.read.base import FileRead, once
from jixiao.read.despace import LETTER_SPACED
from jixiao.read.recognise.common import ORG_NAME, POINTS, unwrap
from jixiao.read.recognise.formspec import ALL_LABELS, NAME_LABELS, PROJECT_NAMES, UNITS
from jixiao.read.recognise.fundscolumn import column_by_meaning

_LABELS = re.compile("|".join(re.escape(a) for a in ALL_LABELS))
_LABEL_SET = frozenset(ALL_LABELS)
_TOTALS = frozenset(("合计", "总计"))  # a total row's bare labels
_PREFIXES = frozenset(a[:k] for a in ALL_LABELS for k in range(1, len(a)))
_LONGEST_PREFIX = max(map(len, _PREFIXES))
_SPLIT = re.compile(r"[\s|]+")
# A stretch of digits, points and percent signs that may hold several numbers run together.
BLOB = re.compile(r"^\d(?:[\d.%]*[\d%])?$")
# OCR slips inside numbers: letter O for 0, I or l for 1 (only in tokens made of digits and these).
_OCR = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})
_OCR_TOKEN = re.compile(r"^[\dOoIl.%]*\d[\dOoIl.%]*$|^[IO]{2}$")
_STRIP = " :：,，;；、"


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    source: Source

    @property
    def number(self) -> Decimal | None:
        return number(self.text)


def token_num(tok: Token) -> Val:
    """A token as the number it states (its text and source kept)."""
    return Val(tok.number, tok.text, tok.source)


def number(text: str) -> Decimal | None:
    """The number a token states (percent sign dropped, OCR letters read as digits), else None."""
    t = text.strip()
    if _OCR_TOKEN.match(t):
        t = t.translate(_OCR)
    if t.count("%") > 1 or ("%" in t and not t.endswith("%")) or t.endswith("."):
        return None  # "1." numbers a list item
    d = parse_decimal(t)
    if d is None and (m := POINTS.fullmatch(t)):
        d = parse_decimal(m.group(1))  # 10分: a weight or score printed with its unit
    return d


def is_value(text: str) -> bool:
    """A token that states a number, or several run together (202010100.00%10)."""
    return number(text) is not None or bool(BLOB.match(text))


def is_label_piece(text: str) -> bool:
    """A label of the form, or the start of one cut off by a wrap (实际 of 实际完成值, 效益指 of 效益指标)."""
    return text in _LABEL_SET or (len(text) >= 2 and text in _PREFIXES)


def plain(text: str) -> bool:
    """A number that is not a percentage (a weight, a score, an amount)."""
    return number(text) is not None and not text.endswith("%")


def _prefix_tail(text: str, after: int) -> str | None:
    """The longest end of ``text`` (after position ``after``, two characters or more) that begins a label
    without being one. Only the last few characters can begin one: a long word is not sliced at every position."""
    for k in range(max(after, len(text) - _LONGEST_PREFIX), len(text) - 1):
        if text[k:] in _PREFIXES and text[k:] not in _LABEL_SET:
            return text[k:]
    return None


def _pieces(text: str) -> list[str]:
    """One word split at the labels it holds, when it holds a label beside digits or several labels."""
    template = _TEMPLATE_TAIL.match(text)
    if template:  # 质量等合格合格2020指标2: the next empty template row's label run onto this row's figures
        head = _pieces(template.group(1))
        return [*(head if head != [template.group(1)] else _split_text_number(template.group(1))), template.group(2)]
    found = list(_LABELS.finditer(text))
    if not found and (mark := TEMPLATE_MARK.match(text)) and (m := _NAME_VALUE.match(text)) \
            and len(m.group(1)) > mark.end() and (m.group(3) or "%") in (*UNITS, "%"):
        return [m.group(1), m.group(2)]  # 指标1:年度资金支付完成率100%: the template's name cell, then a value
    if not found or (len(found) == 1 and found[0].group(0) == text):
        return [text]
    if not re.search(r"\d", text) and column_by_meaning(text) is not None:
        return [text]  # 执行率得分, 执行率权重: one funds column named by its last word, not two cells
    tail = _prefix_tail(text, found[-1].end())
    if tail:  # 预算数全年 / 预算数: a label, then the start of the next one wrapped onto the following line
        return [*_pieces(text[: -len(tail)]), tail]
    if text.startswith("其中:") and len(text) > 3:
        return ["其中", *_pieces(text[3:])]  # 其中:当年财政 / 拨款: the row label, wrapped, after its 其中
    if len(found) == 1 and (f := found[0]).group(0) in NAME_LABELS and (
            f.end() == len(text) and f.start() <= 4 or f.start() == 0 and (
                f.group(0) in PROJECT_NAMES or ORG_NAME.match(text[f.end() :]) is not None)):
        # 区级预算单位名称: the name field, qualified; 项目名称城镇建设管理: a project's, its name run onto it;
        # 部门名称示例县丙局: a department's, the unit's name run onto it (a name that ends as units' names do)
        return [*filter(None, (text[: f.start()], f.group(0))), *_split_text_number(text[f.end() :])]
    if len(found) == 1 and not re.search(r"\d", text):
        return [text]  # 预算资金执行率: an indicator's name that holds a label, not two cells
    out: list[str] = []
    pos = 0
    for m in found:
        if m.start() > pos:
            out.append(text[pos:m.start()])
        out.append(m.group(0))
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return [p for q in out for p in _split_text_number(q)]


_TEXT_NUMBER = re.compile(r"^(.*[\u4e00-\u9fff)）])(\d[\d.%]*)$")
# numbers run together at the start of a word, then text (2456.182456.1810100%10按收入性质分): long, or with a
# percent sign or two points inside, so a year or an amount with its unit (2021年, 30天) is never split
_NUMBER_TEXT = re.compile(r"^(\d[\d.%]{7,}|\d[\d.]*%[\d.%]*\d|\d+\.\d+\.[\d.%]*)(?=[\u4e00-\u9fff])(.+)$")


# the template's numbering of an indicator's name cell (指标1:资金到位率): never a figure of the row
TEMPLATE_MARK = re.compile(r"(?:指标\d+[:：]?)+")
# a name cell and a value run onto its end (按期完成率=100%, 资金到位率100%, 培训人次≥50人次)
_NAME_VALUE = re.compile(r"^(.*[\u4e00-\u9fff)）])((?:[≥≤=<>]|不低于|不少于|不高于|不超过|达到)?\d+(?:\.\d+)?"
                         r"(%|[\u4e00-\u9fff]{1,3})?)$")
# an empty template row's label (指标2, 指标1:指标2) run onto the end of a row's figures
_TEMPLATE_TAIL = re.compile(r"^(.*[\d%])((?:指标\d[:]?)+)$")
# an amount with its unit run onto more numbers (10万10万100%20): the amount split off
_MONEY_RUN = re.compile(r"^(\d+(?:\.\d+)?(?:万元|万|元))(?=\d)(.+)$")


def _split_text_number(text: str) -> list[str]:
    """Text and the numbers run onto its end (其中:本年财政拨款2020 → 其中:本年财政拨款, 2020), and numbers run
    together before text (2456.182456.1810100%10按收入性质分 → 2456.182456.1810100%10, 按收入性质分)."""
    t = text.strip(_STRIP)
    if not t:
        return []
    template = _TEMPLATE_TAIL.match(t)
    if template:  # the same inside a word split at its labels
        return [*_split_text_number(template.group(1)), template.group(2)]
    money = _MONEY_RUN.match(t)
    if money:
        return [money.group(1), *_split_text_number(money.group(2))]
    lead = _NUMBER_TEXT.match(t)
    if lead:
        return [lead.group(1), *_split_text_number(lead.group(2))]
    m = _TEXT_NUMBER.match(t)
    if m and m.group(1).endswith("指标") and len(m.group(2)) == 1:
        return [t]  # 指标2: a template row's own number, not a figure
    return [m.group(1), m.group(2)] if m else [t]


_RUN_OF_LABELS = re.compile(f"(?:{_LABELS.pattern})+")


def _relabel(window: list[Token]) -> tuple[int, list[str]] | None:
    """Short words that are labels cut at the wrong place (分 / 值得 / 分: a PDF's line breaks inside 分值 and 得分):
    the fewest leading words (two or three, each of at most three characters, one of them no label) whose
    letters are labels end to end, as those labels."""
    for n in (2, 3) if len(window) > 1 and max(len(window[0].text), len(window[1].text)) <= 3 else ():
        words = [t.text for t in window[:n]]
        if len(words) < n or any(len(w) > 3 for w in words) or all(w in _LABEL_SET for w in words):
            continue
        joined = "".join(words)
        if _RUN_OF_LABELS.fullmatch(joined):
            labels = [m.group(0) for m in _LABELS.finditer(joined)]
            if len(labels) >= 2:
                return n, labels
    return None


def _header_then_total(tokens: list[Token], i: int) -> bool:
    """Tokens ``i`` and ``i + 1`` are a header's last column label and the total row's label under it, numbers after
    it (… 执行率 | 得分 / 合计 | 500.00 …), not one label wrapped (得分合计): the label before ``i`` is a column's too."""
    return (i > 0 and i + 2 < len(tokens) and tokens[i - 1].text in _LABEL_SET and tokens[i + 1].text in _TOTALS
            and is_value(tokens[i + 2].text))


# the words a funds column's label opens with that say which of its kind (年初 / 全年 budget); wrapped off the label in
# another template's wording (年初 / 预算金额, 全年 / 实际支出数), the label is known by its meaning (``fundscolumn``)
_QUALIFIERS = frozenset(("年初", "全年", "本年", "当年", "调整后", "全年调整后"))


def _funds_label(text: str) -> bool:
    from jixiao.read.recognise.fundscolumn import column_by_meaning

    return column_by_meaning(text) not in (None, "forecast")


def _join_wrapped(tokens: list[Token]) -> list[Token]:
    """Labels wrapped over lines (年初 / 预算数) joined back into one token."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if i + 1 < len(tokens) and t.text in _LABEL_SET and t.text + tokens[i + 1].text in _LABEL_SET \
                and not _header_then_total(tokens, i):
            out.append(Token(t.text + tokens[i + 1].text, t.source))  # 经济效益 / 指标: a longer label wrapped
            i += 2
            continue
        if i + 1 < len(tokens) and t.text in _QUALIFIERS and tokens[i + 1].text not in _LABEL_SET \
                and _funds_label(t.text + tokens[i + 1].text):
            out.append(Token(t.text + tokens[i + 1].text, t.source))  # 年初 / 预算金额: a label in no list, by meaning
            i += 2
            continue
        relabelled = _relabel(tokens[i : i + 3])
        if relabelled is not None:
            used, labels = relabelled
            out.extend(Token(x, t.source) for x in labels)
            i += used
            continue
        if t.text not in _LABEL_SET and t.text in _PREFIXES:
            joined = t.text
            for j in range(i + 1, min(i + 4, len(tokens))):
                joined += tokens[j].text
                if joined in _LABEL_SET:
                    out.append(Token(joined, t.source))
                    i = j + 1
                    break
                if joined not in _PREFIXES:
                    break
            else:
                out.append(t)
                i += 1
                continue
            if out and out[-1].text == joined and out[-1].source == t.source:
                continue
        out.append(t)
        i += 1
    return out


_ENCLOSED = re.compile("([\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf])")


def _fold(text: str) -> str:
    """Full width folded (NFKC), but a list mark ① stays a mark: folded it would read as the number 1."""
    if not _ENCLOSED.search(text):
        return unicodedata.normalize("NFKC", text)
    return "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(_ENCLOSED.split(text)))


def _cell_text(text: str) -> str:
    return text if LETTER_SPACED.search(text) else unwrap(text)


def _piped_line(line: str) -> str:
    """A body line of two cells or more between pipes (a table row the text reader did not take for one) with
    each cell's wraps taken out, as a table's cells are; any other line as it stands."""
    cells = line.split("|")
    if sum(1 for c in cells if c.strip()) < 2:
        return line
    return "|".join(_cell_text(c) for c in cells)


def in_reading_order(fr: FileRead) -> list[tuple[str, Source]]:
    """``_in_reading_order``, made once for the file (``base.once``: a dozen recognisers read it)."""
    return list(once(fr, "in_reading_order", lambda: _in_reading_order(fr)))


def _in_reading_order(fr: FileRead) -> list[tuple[str, Source]]:
    """Every non-blank cell and body line of the file with its source, in reading order (page, line, column).
    A cell's white space between Chinese characters is a wrap of its text (``common.unwrap``): inside a cell it
    never separates two cells, as it may in a body line (a row flattened to spaces) or in a row's only cell (a
    flattened row between pipes). A cell printed letter-spaced
    (投 入(15分)) is left to ``despace``, which joins such characters only into the labels it knows."""
    items: list[tuple[tuple[int, int, int], str, Source]] = []
    seq = 0
    for t in fr.tables:
        for row in t.rows:
            cells = sum(1 for c in row if c.text.strip() and not c.merged)
            for c in row:
                if c.text.strip() and not c.merged:
                    s = c.source
                    text = _cell_text(c.text) if cells > 1 else c.text  # a row's one cell may be a flattened row
                    items.append(((s.page or 0, s.line or 0, seq), text, s))
                    seq += 1
    for line, s in fr.body:
        items.append(((s.page or 0, s.line or 0, seq), _piped_line(line), s))
        seq += 1
    items.sort(key=lambda x: x[0])
    return [(text, src) for _, text, src in items]


def stream(fr: FileRead) -> list[Token]:
    """Every cell and body word of the file, in reading order (page, line, column); made once for the file."""
    return list(once(fr, "stream", lambda: _stream(fr)))


def _stream(fr: FileRead) -> list[Token]:
    tokens: list[Token] = []
    split: dict[str, list[str]] = {}  # a word's pieces, once a file (rows repeat their words)
    for text, src in in_reading_order(fr):
        for word in _SPLIT.split(_fold(text)):
            if (pieces := split.get(word)) is None:
                pieces = split[word] = [p for q in _pieces(word) if (p := q.strip(_STRIP))]
            tokens.extend(Token(p, src) for p in pieces)
    return _join_wrapped(tokens)


def by_source(tokens: Sequence[Token]) -> list[list[Token]]:
    """Consecutive tokens grouped by the cell or line they came from (one group a cell, or a line of text)."""
    groups: list[list[Token]] = []
    for t in tokens:
        if groups and groups[-1][-1].source == t.source:
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups
