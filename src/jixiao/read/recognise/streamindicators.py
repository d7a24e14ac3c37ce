"""The indicator block of a project-layout form read from its text stream (``recognise.stream``).

From the level labels on (一级指标 / 二级指标 / 三级指标 …), the column labels are read (also a header row
printed above them, or labels whose words a wrap cut apart), then the rows up to the total: where each row
begins and ends, under which level labels (``recognise.streamindicators_rows``); its cells placed by the weight
and score that close it (or the weight first, the 度量单位 column, or a score column with no weight:
``recognise.streamrow``), rows whose cells ran together split back (``recognise.runrows``). Here: the header's
columns, and which layout of rows they tell (or that none can be read). What cannot be read one way is a located
problem (``IndicatorBlock.notes`` counts those that only say how rows were read).
"""

from __future__ import annotations

from jixiao.core.records import NO_REASON_COLUMN
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import STREAM_INDICATOR_COLUMNS, alias
from jixiao.read.recognise.streamcolumns import (
    REASON_PART,
    cut_apart,
    header_above,
    merged_header,
    model,
    unknown_label,
)
from jixiao.read.recognise.streamcolumnwise import column_rows
from jixiao.read.recognise.streamconverted import converted_header
from jixiao.read.recognise.streamindicators_rows import IndicatorRows
from jixiao.read.recognise.streamlevels import lost_first_level
from jixiao.read.recognise.streamorphans import scattered_columns
from jixiao.read.recognise.tokens import Token


def _upper_halves(cols: list[str | None], texts: list[str]) -> list[str | None]:
    """A header printed over two rows, the lower halves of its labels after the upper row (年度 | 实际 | 分值 | 得分 |
    偏差原因, then 指标值 | 完成值): each column read after the weight whose label completes an upper half printed before
    the weight (年度 + 指标值 is 年度指标值) stands where its upper half does. The columns as they are otherwise."""
    if "weight" not in cols:
        return cols
    named = [(x, alias(x, STREAM_INDICATOR_COLUMNS)) for x in texts]
    w = next((i for i, (_, c) in enumerate(named) if c == "weight"), None)
    if w is None:  # (the weight's label cut out of a word the labels ran into)
        return cols
    uppers = [x for x, c in named[:w] if c is None]
    late = [(x, c) for x, c in named[w + 1 :] if c in ("target", "actual") and cols.index(c) > cols.index("weight")]
    placed: list[tuple[int, str]] = []
    for x, c in late:
        at = next((k for k, u in enumerate(uppers) if alias(u + x, STREAM_INDICATOR_COLUMNS) == c), None)
        if at is None:
            return cols
        placed.append((at, c))
    if not placed:
        return cols
    moved = [c for _, c in sorted(placed)]
    rest = [c for c in cols if c not in moved]
    k = rest.index("weight")
    return [*rest[:k], *moved, *rest[k:]]


class IndicatorBlock(IndicatorRows):
    """Reads the indicator rows from ``start`` (``read``) into ``doc.indicators``, saying on ``problems`` what
    it could not read: the columns from the header, then where each row begins and ends; each row's cells are
    placed by ``streamrow.RowCells``."""

    def read(self, start: int) -> None:
        if (columns := column_rows(self.t, start)) is not None:  # names, then 分值 …, then 得分 …: a column at a time
            self.doc.indicators.extend(columns)
            self.doc.extra[NO_REASON_COLUMN] = True  # three columns printed, no 偏差原因 among them
            self.problems.append(problem("指标表按列印出（先列出各指标名称，再依次列出分值、得分），三列个数相同，按顺序配对",
                                         "the indicator table printed a column at a time (the names, then the weights, "
                                         "then the scores), as many of each: paired in order", self.t[start].source))
            self.notes += 1
            return
        k = start
        while k > 0 and alias(self.t[k - 1].text, STREAM_INDICATOR_COLUMNS) in ("level1", "level2"):
            k -= 1
        cols: list[str | None] = []
        unknown: list[tuple[int | None, Token]] = []  # (where it stood when a whole token, its word)
        while k < len(self.t):
            c = alias(self.t[k].text, STREAM_INDICATOR_COLUMNS)
            if c is None:
                if (self.t[k].text.startswith(("(", "及")) or self.t[k].text in ("分析", "改进措施", "及改进措施")
                        or cols[-1:] == ["reason"] and REASON_PART.fullmatch(self.t[k].text)
                        or REASON_PART.fullmatch(self.t[k].text) and k + 1 < len(self.t)  # 偏差及 / 原因分析
                        and alias(self.t[k + 1].text, STREAM_INDICATOR_COLUMNS) == "reason") \
                        and lost_first_level(self.t, k, None) is None:  # (50分) before 数量指标 opens the rows
                    k += 1
                    continue
                found = cut_apart(self.t, k)
                if found is not None:
                    k, more, words = found
                    cols.extend(c for c in more if c is None or c not in cols)
                    unknown.extend((None, w) for w in words)
                    continue
                if unknown_label(self.t, k, cols):  # a label no alias knows, among the header's: the column model's
                    cols.append(None)
                    unknown.append((k, self.t[k]))
                    k += 1
                    continue
                break
            if c not in cols:
                cols.append(c)
            k += 1
        said = len(self.problems)
        if (halves := _upper_halves(cols, [t.text for t in self.t[start:k]])) != cols:
            cols = halves
            self.problems.append(problem("指标表表头分两行印出（年度 / 实际 在上，指标值 / 完成值 在分值、得分之后），按上下两半合成的栏目读取",
                                         "the indicator header printed over two rows (年度 / 实际 above, 指标值 / 完成值 after "
                                         "分值 and 得分): read by the labels their halves make", self.t[start].source))
            self.notes += 1
        known, stop = model(cols, unknown, self.problems)
        k = k if stop is None else stop  # the header ends at a label the model cannot read (as it did before)
        self.notes += len(self.problems) - said  # how the header was read, not rows lost
        above = header_above(self.t, start)
        lower = [c for c in known if c not in ("level1", "level2", "level3")]
        self.level_weights = "weight" in above and "weight" in lower  # 自评权重 | 二级指标 | … | 分值: the levels' weights
        values = merged_header(above, lower)
        self.unit_column = "unit" in values
        self.asides = values.count("aside")
        self.trailing_asides = values[values.index("actual") + 1 :].count("aside") if "actual" in values else 0
        self.asides -= self.trailing_asides  # 得分系数 after 实际完成值: a figure of no field, never the actual
        if "weight" not in values and values[-1:] == ["score"] and "actual" in values:
            self.score_only = True  # 三级指标 | 年初目标值 | 实际完成值 | 得分: no weight column (said once)
            self.problems.append(problem("指标表没有分值栏，只读取各指标的指标值、完成值和得分",
                                         "the indicator table has no weight column: targets, actuals and scores read",
                                         self.t[start].source))
            self.notes += 1
            self._rows(k, values)
            return
        if "weight" not in values and (interleaved := scattered_columns(self.t, k)) is not None:
            values, self.scattered = interleaved, True  # 三级指标 … 指标1:… 指标值 完成值 8755 分值 得分: interleaved
            self.problems.append(problem("指标表的栏目名称夹在指标行之间（栏目交错），按其出现顺序读取",
                                         "the indicator column labels stand among the rows (columns interleaved): "
                                         "read in the order they come", self.t[start].source))
            self.notes += 1
        if "weight" not in values:
            self.problems.append(problem("指标表没有分值栏，指标行未读取", "the indicator table has no weight column; rows not read",
                                         self.t[start].source))
            return
        if "weight" in values and converted_header(self.t, start, k):  # 单项指标得分 | 权重占比 | 折算得分 close each row
            self.converted = True
            self.problems.append(problem(
                "自评得分栏分为单项指标得分、权重占比、单项指标折算得分：各行末三个数值按此读取（得分×权重占比÷100＝折算得分确认），"
                "权重占比读作分值", "the 自评得分 column split into score, weight share and converted score: each row's "
                "last three figures read so (confirmed by score × share ÷ 100 = converted), the share read as the weight",
                self.t[start].source))
            self.notes += 1
            self._rows(k, values)
            return
        # … | 得分 | 分值 | 偏差原因: the row's last two figures read in the header's order (``RowCells._in_order``);
        # rows run together are split by the header's own order (``runrows``)
        self.score_first = "score" in values and values.index("score") + 1 == values.index("weight")
        self.reason_first = "reason" in values and values.index("reason") < values.index("weight")
        after = values[values.index("weight") + 1 :] + ["score"] * self.score_first
        if "score" in after and any(c in after[: after.index("score")] for c in ("target", "actual")):
            self._rows(k, values, between=after.index("score"))  # 分值 before 指标值 / 完成值, 得分 after them
            return
        if [c for c in after if c != "reason"] not in ([], ["score"]):
            self.problems.append(problem("指标表的栏目顺序（分值不在末尾）暂不能从纯文本中读取，指标行未读取",
                                         "the indicator columns (weight not last) cannot be read from flattened text; rows not read",
                                         self.t[start].source))
            return
        self._rows(k, values)
