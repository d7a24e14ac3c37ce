"""Indicator names and their figures that the text gives apart (``recognise.streamindicators``).

Text taken from a PDF or a spreadsheet preview often interleaves the table's columns: the column labels come
after the first name (三级指标 … 指标1:全县参合人数 … 指标值 完成值 8755 分值 得分), and the figures of the last
rows come before their names (75元 75元 10 10 95% 95% 30 27 … 成本指标 指标1:配套资金每人每年 …). The rows
that hold a name and no figure, and those that hold figures and no name, are kept in the order they come;
at the end of the block the figures are cut into groups in the column order (the value cells, then the weight
and the score), and the names and the groups are paired in order, but only when there are as many groups as
names (two numbers left over are the total row's, whose label stands after them) and the weights then make
the form's total with the execution block's. The pairing is said; when it cannot be confirmed nothing is
paired and the rows are said to be lost, as before. The scores are never used to confirm (a total that the
scores do not make is the document's mistake, for the audit).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from jixiao.core.numbers import HUNDRED, ZERO
from jixiao.core.records import HALF_READ, Document, IndicatorRow, Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import (
    FIRST_LEVEL_OF,
    STREAM_INDICATOR_COLUMNS,
    TOTAL_LABELS,
    UNITS,
    alias,
)
from jixiao.read.recognise.runrows import token_val
from jixiao.read.recognise.streamcells import is_figure
from jixiao.read.recognise.tokens import TEMPLATE_MARK, Token, is_label_piece, number, plain

_VALUE_FIELDS = ("target", "actual", "weight", "score", "reason")


def scattered_columns(toks: list[Token], k: int) -> list[str] | None:
    """The value columns whose labels stand scattered among the first rows (the header interleaved with
    them), in the order they come, up to the total row: None unless a weight and a score are among them."""
    out: list[str] = []
    for t in toks[k:]:
        if t.text in TOTAL_LABELS:
            break
        c = alias(t.text, STREAM_INDICATOR_COLUMNS)
        if c in _VALUE_FIELDS and c not in out:
            out.append(c)
    return out if "weight" in out and "score" in out else None


def stray(tok: Token) -> bool:
    """A piece of the interleaved header inside the rows: a column label, a piece of a label cut by a wrap
    (实际 of 实际完成值, 偏差原因分析及改进措), a lone bracket."""
    x = tok.text
    return alias(x, STREAM_INDICATOR_COLUMNS) in _VALUE_FIELDS or is_label_piece(x) or x in ("(", ")")


def _has_figure(x: str) -> bool:
    return any(ch.isdigit() for ch in x)


# the ends of an organisation's name: a header cell (实施单位) thrown among the rows, never a name's wrapped tail
_BODIES = ("中心", "局", "委员会", "委", "政府", "办公室", "学校", "小学", "中学", "医院", "卫生院", "公司", "站", "所", "馆",
           "社", "院", "队", "会")


class Paired(NamedTuple):
    """What ``Orphans.pair`` did: how many rows it paired (0: none, the rows said lost or nothing to pair) and the
    two numbers left over for the total row, if any."""

    rows: int
    left: tuple[Token, Token] | None


@dataclass
class Orphans:
    """Rows of the block read apart: ``names`` (a name and no figure) and ``figures`` (figures and no name),
    each with the level labels open where it stood."""

    names: list[tuple[Token, Token | None, Token | None]] = field(default_factory=list)
    figures: list[Token] = field(default_factory=list)
    at: list[int] = field(default_factory=list)  # where each name stood among the rows read whole
    reasons: dict[int, Token] = field(default_factory=dict)  # 偏差原因 text after the figures up to an index
    last: str | None = None  # what the last row was: "name", "figures", or None (a row read whole)

    def add_reason(self, row: list[Token]) -> bool:
        """Text after a row of figures with no name: that row's 偏差原因 (the column after the score)."""
        if self.last != "figures" or len(row[0].text) <= 6 or TEMPLATE_MARK.match(row[0].text):
            return False
        text = "".join(t.text for t in row)
        self.reasons[len(self.figures)] = Token(text, row[0].source)
        self.last = None
        return True

    def add_name(self, row: list[Token], level1: Token | None, level2: Token | None, position: int = 0) -> bool:
        """A row of text only: kept when it holds a name cell marked by the template's numbering (指标1:…),
        with the words a wrap cut from its end (建档立卡人 / 员看病难贵问题); False when it holds none."""
        at = next((i for i, t in enumerate(row) if TEMPLATE_MARK.match(t.text)), None)
        if at is None:
            return False
        name = row[at]
        for t in row[at + 1 :]:
            if TEMPLATE_MARK.match(t.text) or is_label_piece(t.text) or len(t.text) > 8 or _has_figure(t.text) \
                    or t.text.endswith(_BODIES):
                break
            name = Token(name.text + t.text, name.source)
        self.names.append((name, level1, level2))
        self.at.append(position)
        self.last = "name"
        return True

    def add_figures(self, row: list[Token], interleaved: bool) -> bool:
        """A row of figures only (no text that could be a name; with the header ``interleaved`` among the rows,
        none but its pieces), or one that opens with a text printed twice (有效提升 有效提升 13 13: a target and
        its actual, for no name is its own target): kept; False when it holds a name."""
        twice = len(row) >= 4 and row[0].text == row[1].text and not is_figure(row[0].text)
        body = row[2:] if twice else row
        if any(not is_figure(t.text) and len(t.text) > 1 and t.text not in UNITS
               and not (interleaved and stray(t)) for t in body):
            return False
        self.figures.extend([*row[:2]] if twice else [])
        self.figures.extend(t for t in body if is_figure(t.text))
        self.last = "figures"
        return True

    def pair(self, doc: Document, fields: list[str], problems: list[Problem]) -> Paired:
        """Pair the names with the figures (see the module's note); the rows go to ``doc.indicators``. Returns
        how many rows were paired and the two numbers left over for the total row, if any. When nothing can be
        paired, says so."""
        if not self.figures:
            return Paired(0, None)  # names alone (指标1:/ / /, an empty template row) hold nothing to pair
        cells = len([f for f in fields if f in ("target", "actual")])
        groups, rest = _groups(self.figures, cells, len(self.names))
        left = rest if len(rest) == 2 and all(plain(t.text) for t in rest) else None
        if groups is None or not self.names or (rest and left is None):
            self._lost(doc, problems)
            return Paired(0, None)
        weights = [number(g[-2].text) or ZERO for g in groups]
        read = sum((i.weight.dec or ZERO for i in doc.indicators), ZERO)
        exec_w = doc.funds["total"].weight.dec or ZERO
        total = number(left[0].text) if left is not None else (doc.total_weight.dec or HUNDRED)
        if read + sum(weights, ZERO) + exec_w != total:
            self._lost(doc, problems)
            return Paired(0, None)
        for (name, l1, l2), g, at in reversed(list(zip(self.names, groups, self.at))):
            if l1 is None and l2 is not None and l2.text in FIRST_LEVEL_OF:  # the name stood before its first level
                l1 = Token(FIRST_LEVEL_OF[l2.text], l2.source)
            ind = IndicatorRow(level1=token_val(l1), level2=token_val(l2), level3=token_val(name), source=name.source)
            values = g[:-2]
            if cells and values:
                ind.target = token_val(values[0])
                ind.actual = token_val(values[1]) if len(values) > 1 else Val(None)
            ind.weight = Val(number(g[-2].text), g[-2].text, g[-2].source)
            ind.score = Val(number(g[-1].text), g[-1].text, g[-1].source)
            end = self.figures.index(g[-1]) + 1
            if end in self.reasons:
                ind.deviation_note = token_val(self.reasons[end])
            doc.indicators.insert(at, ind)  # in the form's order, among the rows read whole
        names = "、".join(n.text for n, _, _ in self.names)
        problems.append(problem(
            f"指标名称与其数值分开印出（栏目交错），按顺序配对{len(groups)}行（{names}），分值之和{total}确认",
            f"indicator names and their figures stand apart in the text (columns interleaved): {len(groups)} rows "
            f"paired in order ({names}), confirmed by the weights' sum {total}", self.names[0][0].source))
        return Paired(len(groups), (left[0], left[1]) if left is not None else None)

    def _lost(self, doc: Document, problems: list[Problem]) -> None:
        """Figures seen and not read: the indicator table is not read whole, so no sum over its rows (the
        weights' 100, the scores' 总分) can be checked against the rows read."""
        doc.extra.setdefault(HALF_READ, "有指标行的名称与数值分开印出，未能配对读取")
        where = self.names[0][0] if self.names else self.figures[0]
        problems.append(problem(
            f"指标名称与数值在文本中分开，无法可靠配对（名称{len(self.names)}个），未读取",
            f"indicator names and figures stand apart in the text and cannot be paired reliably "
            f"({len(self.names)} names); not read", where.source))


def _groups(figures: list[Token], cells: int, n: int) -> tuple[list[list[Token]] | None, list[Token]]:
    """The first ``n`` groups of ``cells`` value cells and two plain numbers (weight, score), and what is left."""
    out: list[list[Token]] = []
    k = 0
    for _ in range(n):
        g = figures[k : k + cells + 2]
        if len(g) < cells + 2 or not plain(g[-2].text) or not plain(g[-1].text):
            return None, []
        out.append(g)
        k += cells + 2
    return out, figures[k:]
