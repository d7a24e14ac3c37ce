"""One indicator row of a project-layout form read from its text stream (``recognise.streamindicators``): its cells
placed by the columns the block's header states. Weight and score close the row (``_indicator``: the name, then the
target, the actual, a 偏差原因 number), or the weight comes first with the target and actual between it and the
score (``_weight_first``), or there is a score column and no weight (``_score_only``), or a 度量单位 column stands
after the target (``_by_unit``). A row that does not fit its columns is a located problem, never a guess.
"""

from __future__ import annotations

import re

from jixiao.core.records import Document, IndicatorRow, Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.runrows import run_together
from jixiao.read.recognise.runrows import token_val as _val
from jixiao.read.recognise.streamcells import COMPARATORS, is_figure, is_unit, name_pieces, num, wrapped
from jixiao.read.recognise.streamconverted import converted_split
from jixiao.read.recognise.streamwrap import units_joined
from jixiao.read.recognise.tokens import TEMPLATE_MARK, Token, is_value, number, plain

_SIGN = re.compile(r"[≥≤=<>≧≦》《﹦＝]{1,2}|定量|定性")  # a comparator cell: the figure after it is a target's value


def _doubled(text: str) -> tuple[str, str] | None:
    """A name run onto its target and its actual written alike (长效机制建立健全健全: 长效机制建立, 健全, 健全): the
    one way the text ends in a value twice over, a name of two characters or more left before it; None when
    there is none or more than one."""
    ways = [(text[: len(text) - 2 * n], text[len(text) - n :]) for n in range(2, (len(text) - 2) // 2 + 1)
            if text.endswith(text[len(text) - n :] * 2)]
    return ways[0] if len(ways) == 1 else None


class RowCells:
    """Reads one row's cells into ``doc.indicators`` by the column model (``unit_column``, ``score_only``, set by
    the block that finds the rows), saying on ``problems`` what it could not read."""

    def __init__(self, doc: Document, problems: list[Problem]) -> None:
        self.doc = doc
        self.problems = problems
        self.unit_column = False  # the indicator table has a 度量单位 column
        self.asides = 0  # text columns beside the name (指标解释, 指标方向): cells after the name that are neither value
        self.trailing_asides = 0  # columns of no field after the actual (得分系数): the body's last cells, dropped
        self.score_only = False  # the indicator table has a score column but no weight column
        self.weight_only = False  # its score column left blank: a row closes at its weight (``streamheadless``)
        self.lone: list[IndicatorRow] = []  # rows that held one figure, read as the weight (``levelsum.lone_figures``)
        self.converted = False  # each row closes in 得分 | 权重占比 | 折算得分 (``streamconverted``)
        self.score_first = False  # the header states 得分 before 分值 (… | 得分 | 分值): the row's last two figures swap
        self.reason_first = False  # the header states 偏差原因 before 分值 and 得分: a row's text before its figures
        # rows whose two numbers after the unit may be 完成值 and 分值 or 分值 and 得分 (``levelsum.by_weight_sum``)
        self.two_numbers: list[tuple[IndicatorRow, Token, Token, Problem]] = []

    def _not_read(self, row: list[Token], zh: str, en: str, at: Token | None = None) -> None:
        """A row its cells do not let be read: said with its cells (指标行（…）zh，未读取), at ``at`` or its first cell."""
        cells = " ".join(t.text for t in row)
        self.problems.append(problem(f"指标行（{cells}）{zh}，未读取", f"indicator row ({cells}){en}; not read",
                                     (at or row[0]).source))

    def _indicator(self, row: list[Token], level1: Token | None, level2: Token | None, slots: list[str],
                   has_reason: bool) -> None:
        if self.unit_column and self._by_unit(row, level1, level2):
            return
        if self.score_only:
            self._score_only(row, level1, level2, slots)
            return
        trail: list[Token] = []
        for t in reversed(row):
            if not plain(t.text):
                break
            trail.insert(0, t)
        if not trail:
            self._not_read(row, "末尾没有分值", " does not end in a weight")
            return
        head = row[: len(row) - len(trail)]
        reason: Token | None = None
        if has_reason and len(trail) > 2 + len(slots):
            reason, trail = trail[-1], trail[:-1]  # a number in the 偏差原因 column ("0")
        if self.converted:
            if (split := converted_split(trail)) is None:
                self._not_read(row, "末尾不是得分、权重占比与折算得分（得分×权重占比÷100＝折算得分不成立）",
                               " does not close in score, weight share and converted score (their product fails)")
                return
            weight, score, rest = split
        elif len(trail) >= 2:
            weight, score = self._in_order(trail[-2], trail[-1])
            rest = trail[:-2]
        elif self.score_first:  # one figure under 得分 | 分值: which of the two it is, the row does not say
            self._not_read(row, "只有一个分值或得分，按表头（得分在分值前）无法确定是哪一栏",
                           ": one figure under 得分 | 分值, its column cannot be told", trail[0])
            return
        else:
            weight, score, rest = trail[0], None, []
        # … | ≥95% | 97 | 11: two figures where a cell is blank, 完成值 and 分值 or 分值 and 得分 (``_two_open``)
        two = score is not None and not self.converted and not rest and not self.score_first and not self.unit_column and "actual" in slots
        if (number(weight.text) or 0) > 100 and not two:  # 2020: a year or cells run together, never a weight
            self._not_read(row, f"末尾的数值{weight.text}不可能是分值", f": {weight.text} cannot be a weight", weight)
            return
        head = head + rest
        # text before the name that belongs to the previous row's 偏差原因 column
        texts = [t for t in head if not is_value(t.text) and t.text not in COMPARATORS and not is_figure(t.text)]
        names = texts[:1]
        said: Token | None = None  # … | 完成值 | 偏差原因 | 分值 | 得分: the text the figures follow is this row's reason
        if has_reason and self.reason_first and len(texts) > 1 and head[-1] is texts[-1] \
                and (len(texts) > 1 + len(slots) + self.asides or head[-2] is not texts[-2]):  # after a value
            said, head, texts = head[-1], head[:-1], texts[:-1]
        elif has_reason and self.doc.indicators and len(texts) > 1 + len(slots) + self.asides and texts[0] is head[0] \
                and not TEMPLATE_MARK.match(texts[0].text):  # 指标1:项目总成 / 本: a numbered name, never a reason
            prev = self.doc.indicators[-1]
            prev.deviation_note = Val(texts[0].text, texts[0].text, texts[0].source)
            head = head[1:]
            names = texts[1:2]
        if not names:
            self.problems.append(problem(f"指标行缺名称（{' '.join(t.text for t in row)}），未读取",
                                         f"indicator row without a name ({' '.join(t.text for t in row)}); not read",
                                         row[0].source))
            return
        name = names[0]
        body = head[head.index(name) + 1 :]
        for _ in range(self.asides):  # 完成培训人次 | 反映项目完成情况 | ≥82人次: the aside column's text, not the name's
            if len(body) > len(slots) and not is_value(body[0].text) and body[0].text not in COMPARATORS:
                body = body[1:]
        if self.trailing_asides and len(body) > len(slots):
            body = body[: len(body) - min(self.trailing_asides, len(body) - len(slots))]
        if not self.unit_column:
            body = units_joined(body)
        while len(body) > len(slots) and wrapped(name, body[0]):
            name, body = Token(name.text + body[0].text, name.source), body[1:]  # 资金是否全部纳入医 / 保统筹
        if (more := name_pieces(body, len(slots))) > 0:  # 基建工程 / 委托业务 / 项目数量 ≥50个 50: one name
            name, body = Token(name.text + "".join(t.text for t in body[:more]), name.source), body[more:]
        ind = IndicatorRow(level1=_val(level1), level2=_val(level2), level3=_val(name), source=name.source)
        if two and score is not None and len(body) == len(slots) - 1:
            self._two_open(ind, body, weight, score, reason or said)
            return
        if (number(weight.text) or 0) > 100:
            self._not_read(row, f"末尾的数值{weight.text}不可能是分值", f": {weight.text} cannot be a weight", weight)
            return
        if score is None and body and body[-1].text in COMPARATORS:  # 完成…资金 | = | 100 |: the target's figure
            self._not_read(row, f"唯一的数值{weight.text}紧跟比较符“{body[-1].text}”，是指标值而非分值",
                           f": its one number {weight.text} follows the sign '{body[-1].text}', a target, no weight",
                           weight)
            return
        ind.weight = Val(number(weight.text), weight.text, weight.source)
        if score is not None:
            ind.score = Val(number(score.text), score.text, score.source)
        else:
            self.problems.append(problem(f"指标“{name.text}”只有一个数值，读作分值，得分未读取",
                                         f"indicator '{name.text}' holds one number, read as its weight; score not read",
                                         weight.source))
            self.lone.append(ind)
        if reason is not None or said is not None:
            ind.deviation_note = _val(reason or said)
        units = [k for k, t in enumerate(body) if is_unit(t.text) and t.text not in COMPARATORS]
        if "actual" in slots and units and self.unit_column:
            ind.actual = _val(body[units[0] + 1]) if units[0] + 1 < len(body) else Val(None)
            body = body[: units[0] + 1]
        elif "actual" in slots and len(body) >= 2:
            ind.actual = _val(body[-1])
            body = body[:-1]
        if body:
            text = "".join(t.text for t in body)
            ind.target = Val(text, " ".join(t.text for t in body), body[0].source)
        self.doc.indicators.append(ind)

    def _two_open(self, ind: IndicatorRow, body: list[Token], first: Token, second: Token, note: Token | None) -> None:
        """A row whose values hold one cell fewer than the columns and that ends in two figures: 完成值 and 分值 (its
        得分 blank, a form not scored) or 分值 and 得分 (its 完成值 blank). The row does not say which; the rows open
        so are placed together by the weights' sum (``levelsum.by_weight_sum``), or stay unread."""
        if body:
            ind.target = Val("".join(t.text for t in body), " ".join(t.text for t in body), body[0].source)
        if note is not None:
            ind.deviation_note = _val(note)
        name = ind.level3.str_
        said = problem(
            f"指标“{name}”末尾只有两个数值（{first.text}、{second.text}），是完成值和分值还是分值和得分（有一栏空白）无法确定，未读取",
            f"indicator '{name}' ends in two numbers ({first.text}, {second.text}): actual and weight, or weight and "
            "score (a cell blank), cannot be told; not read", first.source)
        self.problems.append(said)
        self.two_numbers.append((ind, first, second, said))
        self.doc.indicators.append(ind)

    def _score_only(self, row: list[Token], level1: Token | None, level2: Token | None, slots: list[str]) -> None:
        """A row of name, the value columns the header states (``slots``: 指标值, 完成值) and 得分 (no weight column):
        the score is the row's last number, the cells after the name its values; a row that does not hold them is
        said, not guessed."""
        names = [t for t in row if not is_value(t.text)]
        if len(row) == 2 and plain(row[-1].text) and (split := _doubled(row[0].text)) is not None:
            name, value = split  # 服务覆盖面有效提升有效提升 11: the name, then the target and the actual alike
            ind = IndicatorRow(level1=_val(level1), level2=_val(level2), level3=Val(name, name, row[0].source),
                               target=Val(value, value, row[0].source), actual=Val(value, value, row[0].source),
                               score=num(row[-1]), source=row[0].source)
            self.doc.indicators.append(ind)
            return
        cells = len(slots) + 2  # the name, the values, the score: the columns the header states
        if len(row) < cells or not plain(row[-1].text) or not names or row[0] is not names[0]:
            self._not_read(row, "与栏目对不上", " does not fit the columns")
            return
        if len(row) == cells + 1 and row[0].text.endswith("指标") and not is_value(row[1].text):
            level2, row = row[0], row[1:]  # 日效性指标 | 解决群众问题时间 | 2天以内 | 2天以内 | 10: a second level no
            # vocabulary knows (a typo, a local label) before the name: one text more than the columns hold
        ind = IndicatorRow(level1=_val(level1), level2=_val(level2), level3=_val(row[0]), source=row[0].source)
        middle = row[1:-1]
        if len(middle) == len(slots):
            for field, cell in zip(slots, middle, strict=True):
                setattr(ind, field, _val(cell))
        ind.score = num(row[-1])
        self.doc.indicators.append(ind)

    def _weight_first(self, row: list[Token], level1: Token | None, level2: Token | None, between: int,
                      has_reason: bool) -> None:
        """A row of name, 分值, the ``between`` cells (指标值, 完成值) and 得分."""
        at = next((i for i, t in enumerate(row) if i > 0 and plain(t.text)), None)
        if at is None:
            self._not_read(row, "没有分值", " has no weight")
            return
        names = row[:at]
        if has_reason and self.doc.indicators and len(names) > 1 and not TEMPLATE_MARK.match(names[0].text):
            self.doc.indicators[-1].deviation_note = _val(names[0])  # the 偏差原因 of the row before
            names = names[1:]
        name = Token("".join(t.text for t in names), names[0].source)
        ind = IndicatorRow(level1=_val(level1), level2=_val(level2), level3=_val(name), source=name.source)
        if _SIGN.fullmatch(row[at - 1].text):  # 覆盖率 | >= | 98 | %: the first figure is the target's, not the weight
            self.problems.append(problem(
                f"指标“{name.text}”的第一个数值{row[at].text}前有比较符号“{row[at - 1].text}”，是指标值而非分值；"
                "分值和得分未读取",
                f"indicator '{name.text}': its first figure {row[at].text} follows '{row[at - 1].text}', a target, "
                "not a weight; weight and score not read", row[at].source))
            self.doc.indicators.append(ind)
            return
        if (number(row[at].text) or 0) > 100 or all(plain(t.text) or is_figure(t.text) for t in names) \
                or any(run_together(t.text) for t in names):
            self._not_read(row, f"的名称或分值（{row[at].text}）含连在一起的单元格", f": its name or weight ({row[at].text}) "
                           "holds cells run together", row[at])  # 1313 / 30预算编审管理完整…100%100%44: 4 and 4 glued
            return
        ind.weight = num(row[at])
        rest = row[at + 1 :] if self.unit_column else units_joined(row[at + 1 :])  # ≤1418.91 / 万元: one cell
        if len(rest) == between + 1 and plain(rest[-1].text):
            ind.score = num(rest[-1])
            cells = rest[:-1]
            ind.target = _val(cells[0]) if cells else Val(None)
            ind.actual = _val(cells[1]) if len(cells) > 1 else Val(None)
        else:
            self.problems.append(problem(
                f"指标“{name.text}”分值后的单元格（{' '.join(t.text for t in rest)}）与栏目对不上，指标值、完成值和得分未读取",
                f"indicator '{name.text}': the cells after its weight ({' '.join(t.text for t in rest)}) do not fit "
                "the columns; target, actual and score not read", row[at].source))
        self.doc.indicators.append(ind)

    def _in_order(self, first: Token, second: Token) -> tuple[Token, Token]:
        """The weight and the score of two adjacent figures, in the order the header states them."""
        return (second, first) if self.score_first else (first, second)

    def _by_unit(self, row: list[Token], level1: Token | None, level2: Token | None) -> bool:
        """A row of a table with 度量单位: name, 指标性质, 指标值, unit, then 完成值, 分值, 得分 in order."""
        at = next((k for k, t in enumerate(row) if k > 0 and is_unit(t.text)), None)
        if at is None or not all(plain(t.text) for t in row[at + 1 : at + 4]) or len(row) < at + 3:
            return False
        name = row[0]
        ind = IndicatorRow(level1=_val(level1), level2=_val(level2), level3=_val(name), source=name.source)
        target = row[1 : at + 1]
        ind.target = Val("".join(t.text for t in target), " ".join(t.text for t in target), target[0].source)
        rest = row[at + 1 :]
        if len(rest) >= 3:
            weight, score = self._in_order(rest[1], rest[2])
            ind.actual, ind.weight, ind.score = _val(rest[0]), num(weight), num(score)
        else:  # two numbers after the unit: 完成值 and 分值, or 分值 and 得分 — the columns cannot say which
            ind.actual = Val(None, None, rest[0].source)
            said = problem(
                f"指标“{name.text}”单位后只有两个数值（{rest[0].text}、{rest[1].text}），无法确定对应的栏目，未读取",
                f"indicator '{name.text}' has two numbers after its unit ({rest[0].text}, {rest[1].text}); their columns "
                "cannot be told, not read", rest[0].source)
            self.problems.append(said)
            self.two_numbers.append((ind, rest[0], rest[1], said))
        for t in rest[3:]:
            ind.deviation_note = _val(t)
        self.doc.indicators.append(ind)
        return True
