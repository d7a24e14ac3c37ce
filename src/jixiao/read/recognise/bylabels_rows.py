"""A form's indicator rows read by their header's meaning alone (``bylabels``): the header's columns in the order its
labels name them (三级指标 / 指标名称, 年度指标值, 实际完成值, 分值 / 权重, 得分 …, ``formspec``), then every row as
the run of numbers that closes it — its last numbers stand under the header's last numeric columns (分值, 得分) — and
the words before that run, its name. A row is taken only when its figures can be what the columns say (a score no
more than its weight, a weight in points); the weights' sum against the form's total then says whether the rows
were read whole (``confirmed``). The level labels met on the way (产出指标, 数量指标) are the rows' levels.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.numbers import HUNDRED
from jixiao.core.records import Document, IndicatorRow, Problem, Val
from jixiao.read.recognise.bylabels_funds import paren
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import (
    FIRST_LEVEL_OF,
    GRADE_LABELS,
    LEVEL1,
    LEVEL2,
    STOP_LABELS,
    STREAM_INDICATOR_COLUMNS,
    TOTAL_LABELS,
    alias,
)
from jixiao.read.recognise.placement import decimals
from jixiao.read.recognise.tokens import Token, is_value, number

_GAP = 3  # words ((A), (B), units) that may stand between two labels of one header
_CLOSING = ("weight", "score")
_FILLER = re.compile(r"[.…。·．]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LEVEL_POINTS = re.compile(r"[(（](\d{1,3}(?:\.\d{1,2})?)\s*分?[)）]?$")  # (50分), (30 (its 分) on the next word)
_TEXT_FIELDS = ("level3", "target", "actual", "unit", "nature")
_NAME_WORDS = 4  # a name wrapped over at most this many words
_SIGNS = tuple("≥≤><=＞＜") + ("不低于", "不少于", "不高于", "不超过", "达到")


@dataclass(slots=True)
class RowsReading:
    rows: list[IndicatorRow] = field(default_factory=list)
    end: int = 0  # where the rows ended (the total's label, or the block's end)
    fields: tuple[str, ...] = ()
    level_weights: dict[str, Decimal] = field(default_factory=dict)  # the first levels' weights printed beside them
    exact: list[bool] = field(default_factory=list)  # each row's cells matched the header's one for one


def header(toks: list[Token], start: int, stop: int) -> tuple[list[str], int] | None:
    """The indicator columns named from the first 三级指标-like label at or after ``start``, and where they end."""
    at = next((k for k in range(start, stop) if alias(toks[k].text, STREAM_INDICATOR_COLUMNS) in ("level3", "target")
               and toks[k].text not in LEVEL1), None)
    if at is None:
        return None
    back = at  # the labels before it (一级指标 二级指标) belong to the same header
    while back > start and alias(toks[back - 1].text, STREAM_INDICATOR_COLUMNS) is not None:
        back -= 1
    fields: list[str] = []
    k, gap, end = back, 0, back
    while k < stop and gap <= _GAP:
        f = alias(toks[k].text, STREAM_INDICATOR_COLUMNS)
        if f is not None:
            fields += [f] if f not in fields else []  # (指标值 under 年度指标值: one column named twice)
            gap, end = 0, k + 1
        elif is_value(toks[k].text) or _level(toks[k].text):
            break
        else:
            gap += 1
            end += gap == 1 and paren(toks[k].text)  # (B), (分): the qualifier of the label before it
        k += 1
    return fields, end


def _level(text: str) -> int:
    if alias(text, tuple((x, "1") for x in LEVEL1)) is not None:
        return 1
    return 2 if alias(text, tuple((x, "2") for x in LEVEL2)) is not None else 0


def _level2_under(text: str, level1: str) -> bool:
    return any(text.startswith(k) and v != k and level1.startswith(v) for k, v in FIRST_LEVEL_OF.items())


def _ends(text: str) -> bool:
    return text in TOTAL_LABELS or text.startswith(STOP_LABELS) or text in GRADE_LABELS


def _points(tok: Token) -> Decimal | None:
    """A weight or score as printed: a number in points (no percent sign, at most two decimals, at most 100)."""
    v = number(tok.text)
    if v is None or tok.text.endswith("%") or decimals(tok.text) > 2 or not Decimal(0) <= v <= HUNDRED:
        return None
    return v


def _name(words: list[Token], cells: int) -> list[Token] | None:
    """A row's name: its first words, as many as are left when the ``cells`` the header names after the name are
    taken from the row's end (a name wrapped over two words, a target in words: 有效提升); when too few are left
    (a blank cell vanished), its words before the first that holds a figure or a target's sign."""
    parts = list(itertools.takewhile(lambda t: not t.text.startswith(_SIGNS), words[: min(cells, _NAME_WORDS)]))
    if not parts:
        for t in words:
            if _figure(t) or len(parts) == _NAME_WORDS:
                break
            parts.append(t)
    return parts or None


def _wordy(tok: Token) -> bool:
    """A word that may be a name: words in Chinese (指标1:资金到位率, 2023年培训人次), no target's sign before them."""
    return _CJK.search(tok.text) is not None and not tok.text.startswith(_SIGNS) and not is_value(tok.text)


def _figure(tok: Token) -> bool:
    """A word that holds a figure or a target's sign: a cell, never a name."""
    return any(ch.isdigit() for ch in tok.text) or tok.text.startswith(_SIGNS)


def read_rows(toks: list[Token], start: int, stop: int) -> RowsReading | None:
    """The indicator rows between ``start`` and ``stop``; None when no header names their closing columns."""
    found = header(toks, start, stop)
    if found is None:
        return None
    fields, k = found
    # a row closes in its weight and score, in the header's order (a header over two rows may name them before the
    # levels, 年度指标值 | 实际完成值 | 分值 | 得分 then 一级指标 | … | 指标性质 | 度量单位): the cells between the name
    # and them are the header's other text columns
    closing = [f for f in fields if f in _CLOSING]
    if not closing or not {"target", "actual"} & set(fields):
        return None  # (a score or rule table's header: neither target nor actual; its rows are not a form's)
    between = sum(f in _TEXT_FIELDS and f != "level3" for f in fields)
    out = RowsReading(end=stop, fields=tuple(fields))
    level1: Token | None = None
    level2: Token | None = None
    words: list[Token] = []
    run: list[Token] = []

    name_at = fields.index("level3") if "level3" in fields else len(fields)
    # the cells after the name, in the header's order, when the header is one row that names the name's column first
    cells = [f for f in fields[name_at + 1 :] if f != "reason"]
    if any(f in _TEXT_FIELDS or f in _CLOSING for f in fields[:name_at]) or not cells or cells[-1] not in _CLOSING:
        cells = []
    tail_closes = not cells or cells[-len(closing) :] == closing  # its weight and score are the row's last cells

    def add(name: list[Token], placed: list[tuple[str, Token]], exact: bool) -> bool:
        pts: dict[str, Decimal] = {}
        for f, t in placed:
            if f in _CLOSING:
                if (v := _points(t)) is None:
                    return False
                pts[f] = v
        if not name or not exact and pts.get("score", Decimal(0)) > pts.get("weight", HUNDRED):
            return False  # (read one cell a column, a score over its weight is the form's, for the audit to find)
        text = "".join(t.text for t in name)
        row = IndicatorRow(level1=_val(level1), level2=_val(level2), level3=Val(text, text, name[0].source),
                           source=name[0].source)
        for f, t in placed:
            if f in _CLOSING:
                setattr(row, f, Val(pts[f], t.text, t.source))
            elif f in ("target", "actual"):
                setattr(row, f, Val(t.text, t.text, t.source))
        out.rows.append(row)
        out.exact.append(exact)
        return True

    def close() -> None:
        nonlocal words, run
        if not run:
            return
        seg = words + run
        done = False
        if cells and len(seg) > len(cells):  # the row's cells by the header's order, its name the words before them
            name = seg[: -len(cells)]
            if "reason" in fields and out.rows and len(name) == 2 and not _figure(name[0]):
                prev = name[0]  # the row before's 偏差原因, then this row's name
                out.rows[-1].deviation_note = Val(prev.text, prev.text, prev.source)
                name = name[1:]
            exact = len(name) <= 2 and all(_wordy(t) for t in name)
            done = add(name if exact else name[-1:], list(zip(cells, seg[-len(cells) :], strict=True)), exact)
        if not done and tail_closes and len(run) >= len(closing):  # a blank cell vanished: its weight and score last
            named = _name(words, len(words) + len(run) - between - len(closing))
            done = named is not None and add(named, list(zip(closing, run[-len(closing) :], strict=True)), False)
        if done:
            words, run = [], []
        else:
            words += run
            run = []

    for j in range(k, stop):
        tok = toks[j]
        if _ends(tok.text) and not (tok.text.startswith(STOP_LABELS) and not out.rows and level1 is None):
            # (改进措施 before any row: the end of the header's 偏差原因分析及改进措施, wrapped)
            close()
            out.end = j
            break
        if is_value(tok.text):
            run.append(tok)
            continue
        close()
        if _FILLER.fullmatch(tok.text):
            continue  # ......: a row of the template left unfilled
        if level1 is not None and (m := _LEVEL_POINTS.match(tok.text)) is not None and not words and level2 is None:
            out.level_weights[level1.text] = Decimal(m.group(1))  # 产出指标 (50分): the weight its rows make
            continue
        lv = _level(tok.text)
        if lv == 1 and level1 is not None and _level2_under(tok.text, level1.text):
            lv = 2  # 成本指标 under 产出指标: the older template's second level, not the newer's first
        if lv:
            level1, level2 = (tok, None) if lv == 1 else (level1, tok)
            words = []
            continue
        words.append(tok)
    else:
        close()
    return out


def _val(tok: Token | None) -> Val:
    return Val(tok.text, tok.text, tok.source) if tok is not None else Val(None)


def confirmed(rows: list[IndicatorRow], extra: Decimal | None, extra_score: Decimal | None,
              total_weight: Decimal | None, total_score: Decimal | None) -> str | None:
    """How the rows read are confirmed by the form's sums: their weights with the funds block's (``extra``) make the
    total's weight (100 when none is printed), or their scores with the funds block's make the total score; None
    when neither holds (the rows may be read out of line, and are not kept)."""
    weights = [w for r in rows if (w := r.weight.dec) is not None]
    if rows and len(weights) == len(rows) and sum(weights, extra or Decimal(0)) == (total_weight or HUNDRED):
        return "分值之和"
    scores = [s for r in rows if (s := r.score.dec) is not None]
    if rows and len(scores) == len(rows) and total_score is not None \
            and sum(scores, extra_score or Decimal(0)) == total_score:
        return "得分之和"
    return None


def level_rows(reading: RowsReading) -> list[IndicatorRow]:
    """The rows of the first levels whose printed weight (产出指标 (50分)) their rows' weights make: confirmed by the
    form's own sums level by level when the total is not there to confirm them all."""
    out: list[IndicatorRow] = []
    for label, want in reading.level_weights.items():
        rows = [r for r in reading.rows if r.level1.value == label]
        weights = [w for r in rows if (w := r.weight.dec) is not None]
        if rows and len(weights) == len(rows) and sum(weights, Decimal(0)) == want:
            out += rows
    return [r for r in reading.rows if r in out]


_HOW_EN = {"分值之和": "their weights make the total's", "得分之和": "their scores make the total"}


def kept_rows(reading: RowsReading, doc: Document) -> tuple[list[IndicatorRow], Problem]:
    """The rows read that the form confirms, and the note saying how: all of them when their weights or scores make
    the total's (``confirmed``); else each row read one cell a column (as printed) and the rows of a first level whose
    printed weight they make (``level_rows``); the others (cells out of line) are not kept."""
    rows, fund = reading.rows, doc.funds["total"]
    how = confirmed(rows, fund.weight.dec, fund.score.dec, doc.total_weight.dec, doc.total_score.dec)
    if how is not None:
        return rows, problem(f"指标行按标签读取，由{how}与总分相符确认", f"indicator rows read by their labels, confirmed: "
                             f"{_HOW_EN[how]}", rows[0].source)
    levels = level_rows(reading)
    kept = [r for r, exact in zip(rows, reading.exact, strict=True) if exact or r in levels]
    if len(kept) == len(rows):
        return rows, problem("指标行按标签读取，各行单元格与表头一一对应", "indicator rows read by their labels, each row "
                             "one cell a column", rows[0].source)
    return kept, problem(
        f"按标签读到{len(rows)}行指标，其分值、得分之和与总分不符：与表头一一对应或由一级指标分值确认的{len(kept)}行读取，"
        f"其余{len(rows) - len(kept)}行可能错位，未读取", f"{len(rows)} indicator rows read by their labels do not sum to "
        f"the total: the {len(kept)} read one cell a column or confirmed by their first level's weight are kept, the "
        f"other {len(rows) - len(kept)} may be out of line and are not read", rows[0].source)
