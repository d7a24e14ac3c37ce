"""Project-layout forms read from their text by anchors, whatever the layout (``recognise.formspec``).

When the table recognisers find no form in a file (its rows were flattened to spaces, one cell per line,
cells run together, columns interleaved), the file's text is read as one stream of tokens
(``recognise.tokens``) and matched against the form's description: the header fields by their labels,
the funds block by its column labels and row labels (numbers placed by the form's arithmetic,
``recognise.placement``), the indicator rows by their level labels and the weight and score that close
each row, and the total. Every value keeps its source; what could not be placed is a located problem,
and the document says what was read this way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.core.records import (
    FUNDS_ROWS,
    HALF_READ,
    Document,
    FundsRow,
    IndicatorRow,
    Problem,
    Val,
)
from jixiao.core.source import Source
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, money_unit, problem
from jixiao.read.recognise.deptmark import is_department_title
from jixiao.read.recognise.formspec import (
    FUNDS_COLUMNS,
    FUNDS_STARTS,
    GRADE_LABELS,
    HEADER_LABELS,
    INDICATOR_COLUMNS,
    LEVEL1,
    LEVEL2,
    MARKS,
    MONEY,
    NAME_FALLBACK,
    NAME_LABELS,
    STANDARD_ORDER,
    STOP_LABELS,
    TOTAL_LABELS,
    UNITS,
    alias,
)
from jixiao.read.recognise.levelsum import (
    NO_TOTAL_ROW,
    by_weight_sum,
    execution_as_indicator,
    levels_whole,
    room_left,
)
from jixiao.read.recognise.runrows import indicator_rows
from jixiao.read.recognise.runrows import token_val as _val
from jixiao.read.recognise.streamfunds import FundsBlock
from jixiao.read.recognise.streamtotal import total_and_grade
from jixiao.read.recognise.tokens import Token, is_value, number, plain, stream

TYPE = "project_self_evaluation"
COMPARATORS = frozenset({"=", "﹦", "＝", "≥", "≤", ">", "<", "定量", "定性"})
_QUALIFIER = re.compile(r"^\([^\d()]{1,6}\)$")  # (个), (元), (万美元): a name's unit wrapped onto a cell of its own
_WEIGHT_IN_LABEL = re.compile(r"\(?(\d+(?:\.\d+)?)分\)?")
_COLUMN_LABELS = re.compile("|".join(re.escape(a) for a, _ in sorted(INDICATOR_COLUMNS, key=lambda x: -len(x[0]))))


def _is_form(tokens: Sequence[Token]) -> bool:
    texts = {t.text for t in tokens}
    return len({m for m in MARKS if m in texts}) >= 2


def recognise(fr: FileRead) -> list[Document]:
    """The project-layout forms in the file's text stream (called when no table recogniser found one)."""
    toks = stream(fr)
    starts = [k for k, t in enumerate(toks) if t.text in NAME_LABELS]
    if not starts:  # a department-wide form names its department under 部门 alone
        starts = [k for k, t in enumerate(toks) if t.text in NAME_FALLBACK]
    if not starts:
        funds = [k for k, t in enumerate(toks) if t.text in FUNDS_STARTS]
        starts = funds[:1]
    docs: list[Document] = []
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(toks)
        span = toks[s:end]
        if not _is_form(span):
            continue
        doc = _Reader(span, [t.text for t in toks[max(0, s - 12) : s]]).read()
        if doc is not None:
            docs.append(doc)
    return docs


class _Reader:
    def __init__(self, toks: list[Token], before: list[str]) -> None:
        self.t = toks
        self.before = before
        self.problems: list[Problem] = []
        src = toks[0].source
        self.doc = Document(type=TYPE, title=None, source=Source(src.file, src.line, src.page, None, src.sheet),
                            problems=self.problems)
        self.doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
        self.unit_column = False
        self.closed = False  # the indicator block ended at a total row
        self.rows_lost = False  # an indicator row could not be read whole
        self.notes = 0  # problems that only say how rows were read (not rows lost)
        self.score_only = False  # the indicator table has a score column but no weight column
        # rows whose two numbers after the unit may be 完成值 and 分值 or 分值 and 得分 (``levelsum.by_weight_sum``)
        self.two_numbers: list[tuple[IndicatorRow, Token, Token, Problem]] = []

    def read(self) -> Document | None:
        doc = self.doc
        i_funds = self._index(lambda x: x.startswith(FUNDS_STARTS) or alias(x, FUNDS_COLUMNS) in MONEY)
        i_ind = self._index(lambda x: x in ("三级指标", "指标名称"), i_funds or 0)
        self._header(0, i_funds if i_funds is not None else (i_ind or len(self.t)))
        if i_funds is not None:
            FundsBlock(self.t, doc, self.problems).read(i_funds, i_ind if i_ind is not None else len(self.t))
            if all(getattr(doc.funds["total"], c).value is None for c in STANDARD_ORDER):
                self.problems.append(problem("找到资金表，但年度资金总额行未能读取", "funds block found, but its total row "
                                             "could not be read", self.t[i_funds].source))
        if i_ind is not None:
            before = len(self.problems)
            self._indicators(i_ind)
            self.rows_lost = len(self.problems) - self.notes > before
        total_and_grade(self.doc, self.t, self.problems)
        by_weight_sum(self.doc, self.two_numbers, self.problems)
        self._whole(i_ind)
        execution_as_indicator(self.doc, self.problems)
        fw = doc.funds["total"].weight
        if doc.level1_weights and fw.value is not None:  # the execution block is the form's other first level
            doc.level1_weights = {"预算执行": fw, **doc.level1_weights}
        read_any = (any(getattr(r, k).value is not None for r in doc.funds.values() for k in STANDARD_ORDER)
                    or doc.indicators  # else a total under a form's own name label (a 合计 100 alone is no form)
                    or doc.total_score.value is not None and self.t[0].text in NAME_LABELS)
        if not read_any:
            return None
        name = next((doc.header[k] for k in (*NAME_LABELS, *NAME_FALLBACK) if k in doc.header), None)
        doc.title = name.str_ if name is not None else None
        if name is not None and "部门" not in doc.header and is_department_title("".join(self.before[-4:])):
            doc.header["部门"] = name  # a department-wide form (部门整体支出绩效自评表): its unit is the department
        texts = self.before + [t.text for t in self.t[:40]]
        doc.year = find_year(texts)
        doc.money_unit = money_unit(texts)
        self.problems.insert(0, problem(
            "表格结构已丢失，按标签从文本中读取（表头、资金、指标、总分）",
            "table structure lost: values read from the text by their labels (header, funds, indicators, total)",
            doc.source))
        if i_ind is None:
            self.problems.append(problem("未找到绩效指标表", "no indicator table found", doc.source))
        elif not doc.indicators:
            doc.extra[HALF_READ] = "指标行未能读取"
            self.problems.append(problem("找到绩效指标表，但指标行未能读取（栏目无法分开）",
                                         "indicator table found, but its rows could not be read (cells cannot be told apart)",
                                         self.t[i_ind].source))
        if doc.total_score.value is None and doc.total_weight.value is None:
            self.problems.append(problem("未找到总分", "no total score found", doc.source))
        return doc

    def _whole(self, i_ind: int | None) -> None:
        """Mark the indicator block half-read when no total row closes it or a first level has no row."""
        doc = self.doc
        if i_ind is None or not doc.indicators:
            return
        empty = [k for k in doc.level1_weights if k != "预算执行" and not any(
            (i.level1.str_ or "").startswith(k) for i in doc.indicators)]
        if empty:
            doc.extra[HALF_READ] = f"“{'、'.join(empty)}”下没有读到指标行"
        elif self.rows_lost:
            doc.extra[HALF_READ] = "有指标行未能完整读取"
        elif not self.closed and not levels_whole(self.doc):
            doc.extra[HALF_READ] = NO_TOTAL_ROW
        if HALF_READ in doc.extra:
            self.problems.append(problem(f"指标表可能不完整：{doc.extra[HALF_READ]}",
                                         "the indicator table may be incomplete (no total row, or a first level without rows)",
                                         doc.source))

    def _index(self, pred: object, start: int = 0) -> int | None:
        for k in range(start, len(self.t)):
            if pred(self.t[k].text):  # type: ignore[operator]
                return k
        return None

    # ------------------------------------------------------------ header
    def _header(self, start: int, stop: int) -> None:
        for k in range(start, min(stop, len(self.t) - 1)):
            label, value = self.t[k], self.t[k + 1]
            if label.text in HEADER_LABELS and label.text not in self.doc.header:
                if value.text in HEADER_LABELS or value.text in FUNDS_STARTS:
                    self.doc.header[label.text] = Val(None, None, label.source)
                elif plain(value.text) and k + 2 < len(self.t) and self.t[k + 2].text.startswith("年"):
                    text = value.text + self.t[k + 2].text  # "2020 年市级…": a year split off by a space
                    self.doc.header[label.text] = Val(text, text, value.source)
                else:
                    self.doc.header[label.text] = Val(value.text, value.text, value.source)

    # ------------------------------------------------------------ indicators
    def _indicators(self, start: int) -> None:
        k = start
        while k > 0 and alias(self.t[k - 1].text, INDICATOR_COLUMNS) in ("level1", "level2"):
            k -= 1
        cols: list[str] = []
        while k < len(self.t):
            c = alias(self.t[k].text, INDICATOR_COLUMNS)
            if c is None:
                if self.t[k].text.startswith(("(", "及")) or self.t[k].text in ("分析", "改进措施", "及改进措施"):
                    k += 1
                    continue
                found = self._header_cut_apart(k)
                if found is not None:
                    k, more = found
                    cols.extend(c for c in more if c not in cols)
                    continue
                break
            if c not in cols:
                cols.append(c)
            k += 1
        values = _merged_header(self._header_before(start), [c for c in cols if c not in ("level1", "level2", "level3")])
        self.unit_column = "unit" in values
        if "weight" not in values and values[-1:] == ["score"] and "actual" in values:
            self.score_only = True  # 三级指标 | 年初目标值 | 实际完成值 | 得分: no weight column (said once)
            self.problems.append(problem("指标表没有分值栏，只读取各指标的指标值、完成值和得分",
                                         "the indicator table has no weight column: targets, actuals and scores read",
                                         self.t[start].source))
            self.notes += 1
            self._rows(k, values)
            return
        if "weight" not in values:
            self.problems.append(problem("指标表没有分值栏，指标行未读取", "the indicator table has no weight column; rows not read",
                                         self.t[start].source))
            return
        after = values[values.index("weight") + 1 :]
        if "score" in after and any(c in after[: after.index("score")] for c in ("target", "actual")):
            self._rows(k, values, between=after.index("score"))  # 分值 before 指标值 / 完成值, 得分 after them
            return
        if [c for c in after if c != "reason"] not in ([], ["score"]):
            self.problems.append(problem("指标表的栏目顺序（分值不在末尾）暂不能从纯文本中读取，指标行未读取",
                                         "the indicator columns (weight not last) cannot be read from flattened text; rows not read",
                                         self.t[start].source))
            return
        self._rows(k, values)

    def _header_cut_apart(self, k: int) -> tuple[int, list[str]] | None:
        """Column labels whose words break inside them (年度 / 指标值实际 / 完成值分 / 值得 / 分偏差原因): the short
        words up to the first row joined and read as labels again; None when they hold no two labels."""
        end = k
        while end < min(len(self.t), k + 8):
            x = self.t[end].text
            if len(x) > 10 or is_value(x) or any(x.startswith(a) for a in LEVEL1):
                break
            end += 1
        joined = "".join(t.text for t in self.t[k:end])
        cols = [c for c in (alias(m.group(0), INDICATOR_COLUMNS) for m in _COLUMN_LABELS.finditer(joined)) if c]
        return (end, cols) if len(cols) >= 2 else None

    def _header_before(self, start: int) -> list[str]:
        """Column labels of a header row printed above the level labels (绩效指标 | 年度指标值 | 实际完成值 …)."""
        out: list[str] = []
        k = start - 1
        while k >= 0 and start - k <= 12:
            x = self.t[k].text
            c = alias(x, INDICATOR_COLUMNS)
            if c in ("level1", "level2", "level3"):
                k -= 1
                continue
            if c is None:
                break
            out.insert(0, c)
            k -= 1
        return out

    def _rows(self, k: int, values: list[str], between: int | None = None) -> None:
        """Indicator rows from ``k``: weight and score last (``between`` None), or the weight first with
        ``between`` cells (指标值, 完成值) before the score."""
        doc = self.doc
        level1: Token | None = None
        level2: Token | None = None
        row: list[Token] = []
        has_reason = "reason" in values
        slots = [c for c in values if c in ("target", "actual")]

        def flush() -> None:
            nums = [t for t in row if plain(t.text)]
            if row and not nums and has_reason and doc.indicators and len(row[0].text) > 6 \
                    and doc.indicators[-1].deviation_note.value is None:
                doc.indicators[-1].deviation_note = _val(row[0])  # the 偏差原因 of the row before
            if row and self._run_together(row, values, level1, level2):
                row.clear()
                return
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
            l1 = next((a for a in LEVEL1 if x.startswith(a) and len(x) <= len(a) + 8), None)
            if l1 == "成本指标" and level1 is not None and not _WEIGHT_IN_LABEL.search(
                    x + (self.t[k + 1].text if k + 1 < len(self.t) else "")):
                l1 = None  # 成本指标 is a second level under 产出指标 in the older forms
            l2 = next((a for a in LEVEL2 if x == a or (x.startswith(a) and len(x) <= len(a) + 2)), None)
            if l1 is not None and l2 is not None and level1 is not None:
                flush()
                if room_left(self.doc, level1.text):
                    l1 = None  # 满意度指标 under 项目效益(40分) whose rows do not make its weight yet: a second level
            if l1 is not None and (l2 is None or len(l1) >= len(l2)):
                flush()
                level1, level2 = tok, None
                w = _WEIGHT_IN_LABEL.search(x) or (
                    _WEIGHT_IN_LABEL.fullmatch(self.t[k + 1].text) if k + 1 < len(self.t) else None)
                if w is not None:
                    doc.level1_weights[l1] = Val(Decimal(w.group(1)), w.group(0), tok.source)
                    if not _WEIGHT_IN_LABEL.search(x):
                        k += 1
            elif l2 is not None:
                flush()
                level2 = tok
            elif between is not None and _complete(row, between) or between is None and row and plain(row[-1].text) and sum(1 for t in row if plain(t.text)) >= (1 if self.score_only else 2) \
                    and not plain(x) and not _unit(x) and not x.endswith("%"):
                flush()
                row.append(tok)
            elif row and _QUALIFIER.match(x) and not is_value(row[-1].text) and row[-1].text not in COMPARATORS:
                row[-1] = Token(row[-1].text + x, row[-1].source)  # 扶持发展新型农业经营主体 / (个): one name
            else:
                row.append(tok)
            k += 1
        flush()

    def _run_together(self, row: list[Token], values: list[str], level1: Token | None, level2: Token | None) -> bool:
        """Rows whose cells ran together, split back (``recognise.runrows``); False when they did not run
        together or no one reading is best."""
        l1 = next((a for a in LEVEL1 if level1 is not None and level1.text.startswith(a)), None)
        w1 = self.doc.level1_weights.get(l1).dec if l1 in self.doc.level1_weights else None  # type: ignore[union-attr]
        found = indicator_rows(row, values, level1, level2, w1, None)
        if found is None:
            return False
        rows, note = found
        self.doc.indicators.extend(rows)
        self.problems.append(note)
        self.notes += 1
        return True

    def _indicator(self, row: list[Token], level1: Token | None, level2: Token | None, slots: list[str],
                   has_reason: bool) -> None:
        if self.unit_column and self._by_unit(row, level1, level2):
            return
        if self.score_only:
            self._score_only(row, level1, level2)
            return
        trail: list[Token] = []
        for t in reversed(row):
            if not plain(t.text):
                break
            trail.insert(0, t)
        if not trail:
            self.problems.append(problem(f"指标行（{' '.join(t.text for t in row)}）末尾没有分值，未读取",
                                         f"indicator row ({' '.join(t.text for t in row)}) does not end in a weight; not read",
                                         row[0].source))
            return
        head = row[: len(row) - len(trail)]
        reason: Token | None = None
        if has_reason and len(trail) > 2 + len(slots):
            reason, trail = trail[-1], trail[:-1]  # a number in the 偏差原因 column ("0")
        if len(trail) >= 2:
            weight, score = trail[-2], trail[-1]
            rest = trail[:-2]
        else:
            weight, score, rest = trail[0], None, []
        if (number(weight.text) or 0) > 100:  # 2020: a year or cells run together, never a weight
            self.problems.append(problem(f"指标行（{' '.join(t.text for t in row)}）末尾的数值{weight.text}不可能是分值，未读取",
                                         f"indicator row ({' '.join(t.text for t in row)}): {weight.text} cannot be "
                                         "a weight; not read", weight.source))
            return
        head = head + rest
        # text before the name that belongs to the previous row's 偏差原因 column
        texts = [t for t in head if not is_value(t.text) and t.text not in COMPARATORS]
        names = texts[:1]
        if has_reason and self.doc.indicators and len(texts) > 1 + len(slots) and texts[0] is head[0]:
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
        ind = IndicatorRow(level1=_val(level1), level2=_val(level2), level3=_val(name), source=name.source)
        ind.weight = Val(number(weight.text), weight.text, weight.source)
        if score is not None:
            ind.score = Val(number(score.text), score.text, score.source)
        else:
            self.problems.append(problem(f"指标“{name.text}”只有一个数值，读作分值，得分未读取",
                                         f"indicator '{name.text}' holds one number, read as its weight; score not read",
                                         weight.source))
        if reason is not None:
            ind.deviation_note = _val(reason)
        units = [k for k, t in enumerate(body) if _unit(t.text) and t.text not in COMPARATORS]
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

    def _score_only(self, row: list[Token], level1: Token | None, level2: Token | None) -> None:
        """A row of name, 指标值, 完成值 and 得分 (no weight column): the score is the row's last number, the two
        cells after the name its target and actual; a row that does not hold them is said, not guessed."""
        names = [t for t in row if not is_value(t.text)]
        if len(row) < 4 or not plain(row[-1].text) or not names or row[0] is not names[0]:
            self.problems.append(problem(f"指标行（{' '.join(t.text for t in row)}）与栏目对不上，未读取",
                                         f"indicator row ({' '.join(t.text for t in row)}) does not fit the columns; "
                                         "not read", row[0].source))
            return
        ind = IndicatorRow(level1=_val(level1), level2=_val(level2), level3=_val(row[0]), source=row[0].source)
        middle = row[1:-1]
        if len(middle) == 2:
            ind.target, ind.actual = _val(middle[0]), _val(middle[1])
        ind.score = _num(row[-1])
        self.doc.indicators.append(ind)

    def _weight_first(self, row: list[Token], level1: Token | None, level2: Token | None, between: int,
                      has_reason: bool) -> None:
        """A row of name, 分值, the ``between`` cells (指标值, 完成值) and 得分."""
        at = next((i for i, t in enumerate(row) if i > 0 and plain(t.text)), None)
        if at is None:
            self.problems.append(problem(f"指标行（{' '.join(t.text for t in row)}）没有分值，未读取",
                                         f"indicator row ({' '.join(t.text for t in row)}) has no weight; not read",
                                         row[0].source))
            return
        names = row[:at]
        if has_reason and self.doc.indicators and len(names) > 1:
            self.doc.indicators[-1].deviation_note = _val(names[0])  # the 偏差原因 of the row before
            names = names[1:]
        name = Token("".join(t.text for t in names), names[0].source)
        ind = IndicatorRow(level1=_val(level1), level2=_val(level2), level3=_val(name), source=name.source)
        ind.weight = _num(row[at])
        rest = row[at + 1 :]
        if len(rest) == between + 1 and plain(rest[-1].text):
            ind.score = _num(rest[-1])
            cells = rest[:-1]
            ind.target = _val(cells[0]) if cells else Val(None)
            ind.actual = _val(cells[1]) if len(cells) > 1 else Val(None)
        else:
            self.problems.append(problem(
                f"指标“{name.text}”分值后的单元格（{' '.join(t.text for t in rest)}）与栏目对不上，指标值、完成值和得分未读取",
                f"indicator '{name.text}': the cells after its weight ({' '.join(t.text for t in rest)}) do not fit "
                "the columns; target, actual and score not read", row[at].source))
        self.doc.indicators.append(ind)

    def _by_unit(self, row: list[Token], level1: Token | None, level2: Token | None) -> bool:
        """A row of a table with 度量单位: name, 指标性质, 指标值, unit, then 完成值, 分值, 得分 in order."""
        at = next((k for k, t in enumerate(row) if k > 0 and _unit(t.text)), None)
        if at is None or not all(plain(t.text) for t in row[at + 1 : at + 4]) or len(row) < at + 3:
            return False
        name = row[0]
        ind = IndicatorRow(level1=_val(level1), level2=_val(level2), level3=_val(name), source=name.source)
        target = row[1 : at + 1]
        ind.target = Val("".join(t.text for t in target), " ".join(t.text for t in target), target[0].source)
        rest = row[at + 1 :]
        if len(rest) >= 3:
            ind.actual, ind.weight, ind.score = _val(rest[0]), _num(rest[1]), _num(rest[2])
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


def _complete(row: list[Token], between: int) -> bool:
    """A weight-first row is whole: name, weight, ``between`` cells and a score that is a number."""
    at = next((i for i, t in enumerate(row) if i > 0 and plain(t.text)), None)
    return at is not None and len(row) - at - 1 >= between + 1 and plain(row[-1].text)


def _merged_header(upper: list[str], lower: list[str]) -> list[str]:
    """Two header rows as one: the lower row's 指标性质 / 指标值 / 度量单位 sit under the upper row's 年度指标值."""
    if not upper:
        return lower
    out: list[str] = []
    for c in upper:
        if c == "target" and "target" in lower:
            out.extend(x for x in lower if x in ("nature", "target", "unit"))
        elif c not in out:
            out.append(c)
    out.extend(x for x in lower if x not in out)
    return out


def _unit(text: str) -> bool:
    """A 度量单位 cell: a unit word (%, 元, 个, 万元 …)."""
    return text in UNITS


def _num(tok: Token) -> Val:
    return Val(number(tok.text), tok.text, tok.source)
