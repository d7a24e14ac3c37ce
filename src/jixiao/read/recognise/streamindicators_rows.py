"""The rows of a project-layout form's indicator block read from its text stream (``recognise.streamindicators``,
once the header's columns are known): where each row begins and ends, under which level labels (a level's weight
printed after its label, a first level whose label was lost, 成本指标 as a first or a second level); rows whose
cells wrapped onto the lines after them made whole again (``recognise.streamwrap``); each row's cells placed by
``recognise.streamrow``, rows whose cells ran together split back (``recognise.runrows``), names and figures the
text gives apart paired at the block's end (``recognise.streamorphans``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import accumulate

from jixiao.core.records import Document, IndicatorRow, Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import GRADE_LABELS, LEVEL1, LEVEL2, STOP_LABELS, TOTAL_LABELS
from jixiao.read.recognise.levelsum import room_left
from jixiao.read.recognise.runrows import indicator_rows, run_together
from jixiao.read.recognise.runrows import token_val as _val
from jixiao.read.recognise.streamcells import COMPARATORS, complete, full, is_unit
from jixiao.read.recognise.streamlevels import (
    WEIGHT_IN_LABEL,
    changed_first_level,
    cost_is_first,
    leading_labels,
    level1_label,
    level2_label,
    lost_first_level,
)
from jixiao.read.recognise.streamorphans import Orphans, stray
from jixiao.read.recognise.streamrow import RowCells
from jixiao.read.recognise.streamwrap import wrapped_tail
from jixiao.read.recognise.tokens import Token, is_value, number, plain

LEVEL_WEIGHT = re.compile(r"\(\d+(?:\.\d+)?分\)")  # (20分) after a level's label, its weight
_EMPTY_ROWS = re.compile(r"(?:指标\d*:?)+")  # the template's numbering with no name (and 指标 cut off a label)
_BARE_WEIGHT = re.compile(r"(\d{1,2}(?:\.\d+)?)")  # 产出指标 | 40: a first level's weight in its own column
_QUALIFIER = re.compile(r"^\([^\d()]{1,6}\)$")  # (个), (元), (万美元): a name's unit wrapped onto a cell of its own


class IndicatorRows(RowCells):
    """Reads the indicator rows from a token (``_rows``) into ``doc.indicators`` under the columns the header gave,
    saying on ``problems`` what it could not read; each row's cells are placed by ``streamrow.RowCells``."""

    def __init__(self, toks: list[Token], doc: Document, problems: list[Problem]) -> None:
        super().__init__(doc, problems)
        self.t = toks
        self.closed = False  # the indicator block ended at a total row
        self.notes = 0  # problems that only say how rows were read (not rows lost)
        self.scattered = False  # the column labels stand among the rows (columns interleaved)
        self.orphans = Orphans()  # names and figures the text gives apart (``recognise.streamorphans``)
        self.total_left: tuple[Token, Token] | None = None  # the total row's figures, before its label
        self.level_weights = False  # a weight column left of the level labels: a figure after a first level is its
        self.glued: list[IndicatorRow] = []  # rows whose weight and score were one run of digits (``runrows``)


    def _rows(self, k: int, values: list[str], between: int | None = None) -> None:
        """Indicator rows from ``k``: weight and score last (``between`` None), or the weight first with
        ``between`` cells (指标值, 完成值) before the score."""
        doc = self.doc
        level1: Token | None = None
        level2: Token | None = None
        row: list[Token] = []
        under: list[tuple[str, Decimal]] = []  # the second levels' printed weights, by the first level they are under
        has_reason = "reason" in values
        slots = [c for c in values if c in ("target", "actual")]

        def flush() -> None:
            nums = [t for t in row if plain(t.text)]
            if row and not nums and self._run_together(row, values, level1, level2):
                row.clear()  # 指标1:完成培训人次≥82人次90人次11.009.00: a numbered name with its cells run on, no orphan
                return
            if row and (not nums and has_reason and self.orphans.add_reason(row)
                        or not nums and self.orphans.add_name(row, level1, level2, len(doc.indicators))
                        or nums and self.orphans.add_figures(row, self.scattered)):
                row.clear()  # a name with no figure, or figures with no name: paired at the block's end
                return
            if nums:
                self.orphans.last = None
            if row and not nums and has_reason and doc.indicators and len(row[0].text) > 6 \
                    and doc.indicators[-1].deviation_note.value is None:
                doc.indicators[-1].deviation_note = _val(row[0])  # the 偏差原因 of the row before
            if row and self._run_together(row, values, level1, level2):
                row.clear()
                return
            if nums and nums[-1] is row[-1] and (number(row[-1].text) or 0) > 100 and len(row) <= 6 \
                    and self._run_together([Token("".join(t.text for t in row), row[0].source)], values, level1, level2):
                row.clear()  # 质量等合格合格 / 2020: no weight is over 100, the row's last cells ran together
                return
            if row and not nums and any(run_together(t.text) for t in row):
                text = "".join(t.text for t in row)  # cells run together that no one reading splits: said, so
                self.problems.append(problem(  # that no sum is checked without the row
                    f"指标行的单元格连在一起（“{text[:40]}”），无法确定如何拆开，未读取",
                    f"indicator cells run together ('{text[:40]}') cannot be split one way; not read", row[0].source))
            if not row or not nums:
                row.clear()
                return
            if between is None:
                self._indicator(row, level1, level2, slots, has_reason)
            else:
                self._weight_first(row, level1, level2, between, has_reason)
            row.clear()

        while k < len(self.t):
            tok = self.t[k]
            x = tok.text
            if x in TOTAL_LABELS or x.startswith(STOP_LABELS) or x in GRADE_LABELS:
                self.closed = True
                break
            if _EMPTY_ROWS.fullmatch(x):  # 指标2, 指标1:指标2, 指标指标1:指标2: the template's empty rows
                flush()
                k += 1
                continue
            lost = lost_first_level(self.t, k, level1)
            if lost is not None:  # (50分) alone before 数量指标: the first level whose label was lost
                flush()
                level1, level2 = Token(lost[0], tok.source), None
                doc.level1_weights[lost[0]] = Val(lost[1], x, tok.source)
                self.problems.append(problem(
                    f"一级指标只印分值“{x}”、名称缺失，按其下的二级指标“{self.t[k + 1].text}”读作{lost[0]}",
                    f"a first level printed only as its weight '{x}', its label lost: read as {lost[0]} by the "
                    f"second level '{self.t[k + 1].text}' under it", tok.source))
                self.notes += 1
                k += 1
                continue
            l1 = level1_label(x, self.t[k + 1].text if k + 1 < len(self.t) else "", level1, level2)
            weighted = level2 is not None and WEIGHT_IN_LABEL.search(level2.text) is not None  # 数量指标(11分) before
            if l1 == "成本指标" and weighted and (is_first := self._cost_level(k, level1, under)) is not True:
                if is_first is False:
                    l1 = None  # 成本指标(11分) after 时效指标(11分), with room for it: one of the second levels
                else:
                    flush()
                    level1, level2 = None, None
                    k += 1 if WEIGHT_IN_LABEL.search(x) or k + 1 >= len(self.t) \
                        or not WEIGHT_IN_LABEL.fullmatch(self.t[k + 1].text) else 2
                    continue
            l2 = level2_label(x, weighted)
            if self.scattered and l1 is None and l2 is None and stray(tok):
                k += 1  # a piece of the header interleaved with the rows
                continue
            if l1 is not None and l2 is not None and level1 is not None:
                flush()
                if room_left(self.doc, level1.text) and not any(  # a row of it not placed yet: its weight unknown
                        ind.level1.str_ == level1.text and ind.weight.value is None for ind, _, _, _ in self.two_numbers):
                    l1 = None  # 满意度指标 under 项目效益(40分) whose rows do not make its weight yet: a second level
            if l1 is not None and (l2 is None or len(l1) >= len(l2)):
                flush()
                level1, level2 = tok, None
                w = WEIGHT_IN_LABEL.search(x) or (
                    WEIGHT_IN_LABEL.fullmatch(self.t[k + 1].text) if k + 1 < len(self.t) else None) or (
                    _BARE_WEIGHT.fullmatch(self.t[k + 1].text) if self.level_weights and k + 1 < len(self.t) else None)
                if w is not None:
                    doc.level1_weights[l1] = Val(Decimal(w.group(1)), w.group(0), tok.source)
                    if not WEIGHT_IN_LABEL.search(x):
                        k += 1
            elif l2 is not None:
                flush()
                level2 = tok
                after = self.t[k + 1] if k + 1 < len(self.t) else None
                w2 = LEVEL_WEIGHT.match(after.text) if after is not None and (
                    weighted or level1_label(x, "", None, None) is None) else None
                # 满意度指标 (10分) 服务对象满意度指标 with no second level weighted before: a first level's (``lost_first_level``)
                if after is not None and w2 is not None:  # 数量指标 (20分): the level's weight, not the row's
                    level2 = Token(x + w2.group(0), tok.source)
                    if w2.end() == len(after.text):
                        k += 1
                    else:  # (20分)完成培训人次≥359人次…: the row ran onto the weight
                        self.t[k + 1] = Token(after.text[w2.end() :], after.source)
                if (first := changed_first_level(level1, l2)) is not None:
                    level1 = Token(first, tok.source)  # 社会效益指标 after 产出指标's rows: 效益指标's label was lost
                if level1 is not None and (m := WEIGHT_IN_LABEL.search(level2.text)) is not None:
                    under.append((level1.text, Decimal(m.group(1))))
            elif between is None and has_reason and row and plain(row[-1].text) and not is_value(x) and self._ends_line(k) \
                    and (tail := wrapped_tail([*row, tok], (level1, level2), self.t, k + 1, self._opens_row)):
                cells = [*row, tok]  # 偏差原因 text ends the row's line, and the row's cells wrap onto lines after it
                for at, piece in tail[0]:
                    cells[at] = Token(cells[at].text + piece, cells[at].source)
                row[:] = cells[:-1]
                while len(row) > 1 and level2_label(row[0].text) == row[0].text:
                    level2 = row.pop(0)  # 服务对象满意度指 / 标: a second-level label the wrap had cut, whole again
                read = len(doc.indicators)
                flush()
                if len(doc.indicators) > read and doc.indicators[-1].deviation_note.value is None:
                    doc.indicators[-1].deviation_note = _val(cells[-1])
                k += 1 + tail[1]
                continue
            elif between is None and (tail := wrapped_tail(row, (level1, level2), self.t, k, self._opens_row)):
                for at, piece in tail[0]:  # 项目总成本 ≤3405.63 2646.17万 11.00 11.00 / 万元 元: the cells' wrapped ends
                    row[at] = Token(row[at].text + piece, row[at].source)
                while len(row) > 1 and level2_label(row[0].text) == row[0].text:
                    level2 = row.pop(0)  # 服务对象满意度指 / 标: a second-level label the wrap had cut, whole again
                k += tail[1]
                continue
            elif between is not None and complete(row, between) or between is None and row and plain(row[-1].text) and sum(1 for t in row if plain(t.text)) >= (1 if self.score_only or self.weight_only else 2) \
                    and (not self.converted or all(plain(t.text) for t in row[-3:]) and len(row) > 3) \
                    and not plain(x) and not is_unit(x) and (not x.endswith("%") or full(row, len(slots), self.unit_column)) \
                    and not (has_reason and self.reason_first and self._reason_ahead(k)):
                flush()
                row.append(tok)
            elif row and _QUALIFIER.match(x) and not is_value(row[-1].text) and row[-1].text not in COMPARATORS:
                row[-1] = Token(row[-1].text + x, row[-1].source)  # 扶持发展新型农业经营主体 / (个): one name
            else:
                row.append(tok)
            k += 1
        flush()
        fields = [c for c in values if c in ("target", "actual", "weight", "score")]
        paired = self.orphans.pair(doc, fields, self.problems)
        self.total_left = paired.left
        if paired.rows:
            self.notes += 1  # the pairing said (rows read, not lost)

    def _cost_level(self, k: int, level1: Token | None, under: list[tuple[str, Decimal]]) -> bool | None:
        """成本指标(N分) at ``k`` among weighted second levels: a first level (True), a second (False), or None when
        nothing tells, said as a problem (its rows are then read under no first level)."""
        name = next((a for a in self.doc.level1_weights if level1 is not None and level1.text.startswith(a)), None)
        w1 = self.doc.level1_weights[name].dec if name is not None and level1 is not None else None
        room = None if w1 is None or level1 is None else w1 - sum(w for t, w in under if t == level1.text)
        first = cost_is_first(self.t, k, room)
        if first is None:
            x = self.t[k].text
            self.problems.append(problem(
                f"“{x}”是一级指标还是二级指标无从判断（上级剩余分值与其后标签均不能决定），其下各行的一级指标未读",
                f"'{x}': whether a first or a second level nothing tells (neither the room left under the open first "
                f"level nor the label after it), the first level of its rows not read", self.t[k].source))
            self.notes += 1
        return first

    def _reason_ahead(self, k: int) -> bool:
        """The text at ``k`` is the row's 偏差原因 where the header puts it before 分值 and 得分: two figures follow it,
        and no third."""
        after = [t.text for t in self.t[k + 1 : k + 4]]
        return len(after) >= 2 and plain(after[0]) and plain(after[1]) and (len(after) == 2 or not plain(after[2]))

    def _ends_line(self, k: int) -> bool:
        """Whether the token at ``k`` is the last of its line (the text after it starts a new line)."""
        line = self.t[k].source.line
        return line is not None and k + 1 < len(self.t) and (self.t[k + 1].source.line or 0) > line

    def _opens_row(self, k: int) -> bool:
        """Whether the token at ``k`` opens what follows a row: a level label or the total."""
        x = self.t[k].text
        return (x in TOTAL_LABELS or x.startswith(STOP_LABELS) or level2_label(x) is not None
                or level1_label(x, self.t[k + 1].text if k + 1 < len(self.t) else "", None, None) is not None)

    def _run_together(self, row: list[Token], values: list[str], level1: Token | None, level2: Token | None) -> bool:
        """Rows whose cells ran together, split back (``recognise.runrows``); False when they did not run
        together or no one reading is best."""
        l1 = next((a for a in LEVEL1 if level1 is not None and level1.text.startswith(a)), None)
        w1 = self.doc.level1_weights.get(l1).dec if l1 in self.doc.level1_weights else None  # type: ignore[union-attr]
        found = None
        if len(row) > 1:  # level labels run onto the row's start (no name begins with one): read without them
            joined = "".join(t.text for t in row)
            labels, rest = leading_labels(joined)
            if labels and rest:
                at = len(joined) - len(rest)  # the labels with any weight printed after them
                k = next(k for k, end in enumerate(accumulate(len(t.text) for t in row)) if end > at)
                start = row[k]
                cut = at - (sum(len(t.text) for t in row[:k]))
                kept = [Token(start.text[cut:], start.source), *row[k + 1 :]]  # the cells after the labels, as they were
                second = next((Token(a, start.source) for a in reversed(labels) if a in LEVEL2), level2)
                first = next((Token(a, start.source) for a in labels if a in LEVEL1 and a != second.text), None) \
                    if second is not None else None
                found = indicator_rows(kept, values, first or level1, second, w1, None)
        if found is None:
            found = indicator_rows(row, values, level1, level2, w1, None)
        if found is None:
            return False
        rows, note, glued, lost = found
        self.doc.indicators.extend(rows)
        self.glued.extend(glued)
        self.problems.append(note)
        self.notes += 1
        self.problems.extend(lost)  # a row cut short: lost, not a note
        return True
