"""Helpers shared by the recognisers: label cells, number cells, header label → value pairs.

Tables reach the recognisers from every reader in one shape (``core.table.Table``). Two conventions meet
here: text extracted from PDFs leaves the cells below a merged label blank, while the binary readers repeat
the label with ``Cell.merged=True``. ``eff`` treats a repeated cell as blank, so one "same as above" rule
(carry the last label down) serves both.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import HALF_READ, MISSING, Document, Problem, Val
from jixiao.core.source import Source
from jixiao.core.table import Cell, Table

# a unit's name standing alone (湖南省人民检察院, 示例县丙局, 某镇人民政府): what such names end with
ORG_NAME = re.compile(r"^[\u4e00-\u9fff()]{2,30}(?:院|局|委员会|委|办公室|办事处|厅|政府|中心|站|所|学校|馆|联合会|部|处|队|社)$")

Row = list[Cell]

DASHES = frozenset({"-", "—", "–", "－", "--", "——", "/", "／"})
_WS = re.compile(r"\s+")
# White space between two CJK characters is a line wrap of the PDF, not a space the author typed. The characters:
# CJK punctuation, kana and ideographs (U+3000–U+9FFF), and the full-width forms (U+FF00–U+FFEF, ，：（ …).
_CJK = "\u3000-\u9fff"
_WIDE = "\uff00-\uffef"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}{_WIDE}])\s+(?=[{_CJK}{_WIDE}])")  # ``unwrap``'s, for text as printed
# The same gap in a label (``labeltree``), whose text NFKC has folded (a full-width （ is "(" there, so the full-width
# forms are left out): the gap before a bracket is a wrap too (预算执行 (10分) → 预算执行(10分)), which ``unwrap``
# leaves, as values print it (seed 002's "预算执行 (10分)").
LABEL_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}(（])")
_BETWEEN_CJK = re.compile(r"([\u4e00-\u9fff])(?=[\u4e00-\u9fff])")
_UNIT = re.compile(r"[(（]\s*(万元|亿元|元)\s*[)）]|单位\s*[:：]\s*(万元|亿元|元)")
_YEAR = re.compile(r"[(（]?\s*((?:19|20)\d{2})\s*年\s*度?\s*[)）]?")


def eff(cell: Cell | None) -> str:
    """The cell's own text: blank for a cell that only repeats a merged range (binary readers)."""
    if cell is None or cell.merged:
        return ""
    return cell.text  # readers give cells stripped (core.table.Cell)


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """A label as compared: full-width folded, no white space, no trailing colon."""
    t = unicodedata.normalize("NFKC", text)
    t = _WS.sub("", t)
    return t.rstrip(":：")


def squash(text: str) -> str:
    """Text with all its white space taken out (the label or cell as its words, wherever PDF text wrapped it)."""
    return _WS.sub("", text)


def unwrap(text: str) -> str:
    """Text with the PDF's line-wrap gaps between Chinese characters removed."""
    return _CJK_GAP.sub("", text.strip())


def gapped(pattern: str) -> str:
    """``pattern`` (a regular expression) with the gaps PDF text leaves between Chinese characters allowed
    (部门整体支出绩效自 评报告, 年初预 算数): ``\\s*`` between any two adjacent Chinese characters."""
    return _BETWEEN_CJK.sub(r"\1\\s*", pattern)


def first(row: Row) -> tuple[int, str] | None:
    """The first non-blank cell's index and normalised text."""
    for i, c in enumerate(row):
        t = eff(c)
        if t:
            return i, norm(t)
    return None


def next_value(row: Row, after: int, labels: Iterable[str] = ()) -> tuple[int, Cell] | None:
    """The first non-blank cell after index ``after`` that is not one of ``labels``."""
    skip = set(labels)
    for i in range(after + 1, len(row)):
        t = eff(row[i])
        if t and norm(t) not in skip:
            return i, row[i]
    return None


def text_val(cell: Cell | None) -> Val:
    """A text cell as a value: line-wrap gaps removed; blank → value None (the source is kept)."""
    if cell is None:
        return MISSING
    t = eff(cell)
    return Val(unwrap(t) if t else None, cell.text, cell.source)


def is_dash(text: str) -> bool:
    return norm(text) in DASHES


def num_val(cell: Cell | None) -> tuple[Val, bool]:
    """A number cell as a value, and whether it read: blank and dashes are absent (read, value None)."""
    if cell is None:
        return MISSING, True
    t = eff(cell)
    if not t or is_dash(t):
        return Val(None, cell.text, cell.source), True
    d = _decimal(t)
    if d is None:
        return Val(None, cell.text, cell.source), False
    return Val(d, cell.text, cell.source), True


@lru_cache(maxsize=65536)  # forms repeat the same few numbers ("10.00", "0.00", "-"): each text parsed once
def _decimal(text: str) -> Decimal | None:
    """A number cell's value; a weight or score printed with its unit (10分, 9.5 分) is that number."""
    d = parse_decimal(text)
    if d is None and (m := POINTS.fullmatch(text.strip())):
        d = parse_decimal(m.group(1))
    return d


POINTS = re.compile(r"(\d+(?:\.\d+)?)\s*分")  # a number of points with its unit (10分): the number


# an amount with its unit, its digits grouped in thousands or not (4,753.66万元)
_WITH_UNIT = re.compile(r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?:万元|万|元)$")
# the weight of a block printed in its label: 预算执行情况（万元）（20分）, 得分（20 分*执行率）
BLOCK_WEIGHT = re.compile(r"\(\s*(\d+(?:\.\d+)?)\s*分")


def amount(text: str) -> str | None:
    """The number of an amount printed with its unit (620.82万元, 10万, 4,753.66万元 → 620.82, 10, 4,753.66), else
    None."""
    m = _WITH_UNIT.match(unicodedata.normalize("NFKC", text.strip()))
    return m.group(1) if m else None


@lru_cache(maxsize=65536)
def is_number(text: str) -> bool:
    return bool(text) and _decimal(text) is not None


def money_unit(texts: Iterable[str]) -> str | None:
    """万元 / 元 / 亿元 from "项目资金 (万元)" or "单位：万元"."""
    for t in texts:
        m = _UNIT.search(unicodedata.normalize("NFKC", t))
        if m:
            return m.group(1) or m.group(2)
    return None


def around_years(text: str) -> list[str]:
    """The words of ``text`` between its years ("南县财政局2020年度部门整体…" → ["南县财政局", "部门整体…"]): the text cut
    wherever ``find_year`` would see a year, the year (with its brackets and 年度) left out."""
    return _YEAR.split(text)[::2]


def find_year(texts: Iterable[str]) -> int | None:
    """The year from "(2023年度)" or "(2022 年度)"."""
    for t in texts:
        m = _YEAR.search(t)
        if m:
            return int(m.group(1))
    return None


# The marks that end a sentence, and those that end a clause of a list or a sentence (；): report sentences are cut at
# the first, a statement's list of parts and a department's parts at the second.
SENTENCE_END = "。！？!?"
CLAUSE_END = SENTENCE_END + "；;"
SENTENCES = re.compile(f"[^{CLAUSE_END}]+")  # the runs of text between clause ends


def sentence_start(text: str, at: int, lo: int = 0, ends: str = SENTENCE_END) -> int:
    """The start of the sentence that holds position ``at`` (no earlier than ``lo``): just after the last of
    ``ends`` before it."""
    return max(lo, *(text.rfind(c, lo, at) + 1 for c in ends))


def sentence_end(text: str, at: int, hi: int | None = None, ends: str = SENTENCE_END) -> int:
    """The end of the sentence that holds position ``at``: just after the first of ``ends`` from it (looked for up to
    ``hi``), else ``hi`` or the text's end."""
    stop = len(text) if hi is None else min(hi, len(text))
    found = [k for c in ends if (k := text.find(c, at, stop)) >= 0]
    return min(found) + 1 if found else stop


@lru_cache(maxsize=65536)
def match_label(label: str, aliases: tuple[tuple[str, str], ...]) -> str | None:
    """The field whose alias the normalised label equals or starts with (aliases tried in order)."""
    for alias, key in aliases:
        if label == alias or label.startswith(alias):
            return key
    return None


def label_containing(label: str, aliases: tuple[tuple[str, str], ...]) -> str | None:
    """The field whose alias occurs anywhere in the label (其中：当年财政拨款 → current_year), aliases in order."""
    for alias, key in aliases:
        if alias in label:
            return key
    return None


NO_TOTAL = "评分表后没有合计或总分行"  # why a rule table without its total row is half read


def close_by_total(doc: Document, total: re.Match[str] | Val | None, source: Source | None = None, *,
                   closed: bool | None = None, warn: bool = False) -> bool:
    """Close a rule table on its 合计/总分 row: ``total`` (a match whose group 1 is the figure, found close after the
    last row, located at ``source``; or the figure already read) is its total weight. Without a total row the table
    may go on past what was read: it is half read. ``closed`` says whether a total row was met when the reader
    tells that apart from reading a figure in it (a 合计 row whose cell is blank closes the table all the same).
    ``warn``: a half-read table also says so among the document's problems. Returns whether the table is closed."""
    if isinstance(total, re.Match):
        total = Val(Decimal(total.group(1)), total.group(1), source)
    if total is not None and total.value is not None:
        doc.total_weight = total
    shut = total is not None if closed is None else closed
    if not shut:
        doc.extra[HALF_READ] = NO_TOTAL
        if warn:
            doc.problems.append(problem(f"评分表可能不完整：{NO_TOTAL}",
                                        "the score table may be incomplete: no total row after it", doc.source))
    return shut


def problem(zh: str, en: str, source: Source | None) -> Problem:
    return Problem(zh, source, en)


def table_of(tables: Sequence[Table], ids: Iterable[int]) -> list[Table]:
    seen: list[int] = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return [tables[i] for i in seen]


def label_pairs(row: Row, labels: Iterable[str]) -> tuple[dict[str, Val], list[Cell]]:
    """Label → value pairs of a header row (项目名称 | X | … | 实施单位 | Y), and the cells that fit no pair.

    A label with nothing after it gives a value None located at the label."""
    known = set(labels)
    out: dict[str, Val] = {}
    stray: list[Cell] = []
    pending: Cell | None = None
    for c in row:
        t = eff(c)
        if not t:
            continue
        n = norm(t)
        if n in known:
            if pending is not None:
                out[norm(pending.text)] = Val(None, None, pending.source)
            pending = c
        elif ":" in n and n.split(":", 1)[0] in known:  # 项目名称：X in one cell
            label, _, rest = t.replace("：", ":").partition(":")
            out[norm(label)] = Val(unwrap(rest) or None, t, c.source)
        elif pending is not None:
            out[norm(pending.text)] = text_val(c)
            pending = None
        else:
            stray.append(c)
    if pending is not None:
        out[norm(pending.text)] = Val(None, None, pending.source)
    return out, stray


# two figures glued with no cell between them: "100%100%44", "95%97%"
_GLUED_FIGURES = re.compile(r"\d%(?:\d|[-+]\d+(?:\.\d+)?%)")
_DIGIT_RUN = re.compile(r"\d+(?:\.\d+)?")


def swallowed_figures(name: str) -> bool:
    """Whether an indicator row's name swallowed other cells: two figures glued together in it, or a long name
    holding four figures or more (its target, actual, weight and score run into it)."""
    return bool(_GLUED_FIGURES.search(name)) or (len(name) >= 30 and len(_DIGIT_RUN.findall(name)) >= 4)
