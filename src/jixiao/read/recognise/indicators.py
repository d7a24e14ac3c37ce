"""指标 — the indicator block of a self-evaluation form (一级/二级/三级指标 … 分值, 得分), read row by row across
pages, labels carried down the cells a merged range left blank."""

from __future__ import annotations

import re
from collections.abc import Iterable

from jixiao.core.records import MISSING, IndicatorRow, Problem, Val
from jixiao.core.safetext import invisible
from jixiao.core.source import Source
from jixiao.core.table import Cell
from jixiao.read.recognise.common import (
    Row,
    eff,
    is_dash,
    is_number,
    norm,
    num_val,
    problem,
    text_val,
    unwrap,
)
from jixiao.read.recognise.indicatorlevels import LEVEL1, LEVEL2, OUTER, bare, labelish, settle_levels
from jixiao.read.recognise.indicatornature import whole_values

_DATA = ("level3", "target", "actual", "weight", "score", "reason", "improvement")
# a template's line left unused: the next label number with no name after it (指标2: / 指标2), or an ellipsis
_PLACEHOLDER = re.compile(r"(?:指标\d{1,2}[:：.、]?|[…。.·]{2,}|…)")
_SHIFTS = (0, -1, 1, -2, 2, -3, 3)
NATURE_SIGNS = frozenset(("定性", "定量", "=", "＝", "≥", "≤", ">", "<", "＞", "＜"))  # a 指标性质 cell


class IndicatorBlock:
    """Reads the indicator rows of one form, whatever page (table) they are on.

    Each row is placed by the header's columns, allowing the whole row to sit one or two columns left or
    right (a lost merged cell shifts a row left; a lost outer 绩效指标 column shifts it right): the shift
    that puts a name under 三级指标 and numbers under 分值/得分, and loses no text, wins. Label cells left of
    三级指标 are read by what they say (产出指标 is first-level, 数量指标 second-level), and carried down the
    blank cells below them. Rows above the form's first label take that label (a merged cell whose text the
    PDF put in the middle of its span)."""

    def __init__(self, cols: dict[str, int], problems: list[Problem], with_level1_weight: bool = False) -> None:
        self.cols = cols
        self.problems = problems
        self.policy = with_level1_weight
        self.rows: list[IndicatorRow] = []
        self.level1_weights: dict[str, Val] = {}
        self._l1: Val | None = None
        self._l2: Val | None = None
        self._lead1: list[IndicatorRow] = []  # rows before the first first-level label
        self._lead2: list[IndicatorRow] = []
        self._seen1 = False
        self._seen2 = False
        self._parts: tuple[Cell | None, Cell | None] = (None, None)
        self.lost = 0  # text cells of the indicator table that no column took: the table is not read whole

    def set_columns(self, cols: dict[str, int]) -> None:
        """A header repeated on a new page may lay the columns out differently."""
        self.cols = cols

    def _pos(self, key: str, s: int) -> int | None:
        return self.cols[key] + s if key in self.cols else None

    def _fit(self, row: Row, s: int) -> int | None:
        l3 = self._pos("level3", s)
        if l3 is None or l3 < 0:
            return None
        score = 0
        t = eff(row[l3]) if l3 < len(row) else ""
        if not t:
            score -= 2
        elif labelish(t) or is_number(t):
            score -= 1
        else:
            score += 2
        for key in ("weight", "score"):
            i = self._pos(key, s)
            if i is None:
                continue
            if i >= len(row) or i < 0:
                score -= 1
                continue
            v = eff(row[i])
            if is_number(v):
                score += 2
            elif v and not is_dash(v):
                score -= 2
        for i in range(min(l3, len(row))):
            v = eff(row[i])
            if v and not labelish(v) and not (self.policy and is_number(v)) and not norm(v).endswith("指标"):
                score -= 3
        last = max(p for k in _DATA if (p := self._pos(k, s)) is not None)
        for i in range(last + 1, len(row)):
            if eff(row[i]):
                score -= 3
        return score

    def add(self, row: Row) -> None:
        texts = [eff(c) for c in row]
        if not any(texts):
            return
        if all(not t or labelish(t) or (self.policy and is_number(t)) for t in texts):
            self._apply_labels(*self._labels(row, len(row), 0))
            return  # a label-only row (一级指标 alone on its line)
        text_cols = {self.cols[k] for k in ("target", "actual", "reason") if k in self.cols}
        if self.rows and {i for i, t in enumerate(texts) if t} <= text_cols:
            # only the wrapped tail of the previous row's text cells, in their own columns
            self._continue({k: row[i] if (i := self.cols.get(k, -1)) in range(len(row)) else None for k in _DATA})
            return
        best: tuple[int, int] | None = None
        perfect = 2 + 2 * sum(1 for k in ("weight", "score") if k in self.cols)
        for s in _SHIFTS:
            f = self._fit(row, s)
            if f is not None and (best is None or f > best[0]):
                best = (f, s)
                if f >= perfect:
                    break  # nothing lost, everything in place: no other shift can do better
        if best is None:
            self._unplaced(row, range(len(row)))
            return
        s = best[1]
        l3 = self._pos("level3", s) or 0
        sign = self._sign_after(texts, l3)
        if sign is not None:
            l3 = sign - 1
        self._apply_labels(*self._labels(row, l3, s))

        def cell(key: str) -> Cell | None:
            i = self._pos(key, s)
            return row[i] if i is not None and 0 <= i < len(row) else None

        data = {k: cell(k) for k in _DATA}
        self._parts = (cell("nature"), cell("unit"))  # the value's sign and unit in columns of their own
        if sign is not None:  # (the name before its 指标性质, the target after it; the unit's blank cell lost)
            data["level3"], data["target"] = row[sign - 1], row[sign + 1] if sign + 1 < len(row) else None
            self._parts = (row[sign], None)
        last = max(p for k in _DATA if (p := self._pos(k, s)) is not None)
        self._unplaced(row, range(max(last + 1, 0), len(row)))  # text right of the last column is said, not dropped
        if not any(eff(c) for c in data.values()) or _unused(data):
            return  # a label-only row, or a template's unused line (指标2: / …… with nothing in it)
        if not eff(data["level3"]) and not eff(data["weight"]) and not eff(data["score"]) and self.rows:
            self._continue(data)
            return
        self._indicator(row, data)

    def _sign_after(self, texts: list[str], l3: int) -> int | None:
        """Where a row's 指标性质 cell (定性, ≥ …) stands when the whole row's shift put a level's label under 三级指标
        and the name, right before that cell, further right: a blank cell after the name (the unit of a 定性 row) was
        lost with its pipes collapsed, so the row's two ends shift apart (效益指标 | 社会效益指标 | 服务覆盖面 | 定性 | 有效提升
        | 有效提升 | 13 | 12). None where the shift's name is no label or no such cell follows."""
        if "nature" not in self.cols or l3 >= len(texts) or not labelish(texts[l3]):
            return None
        for j in range(l3 + 2, min(len(texts) - 1, l3 + 4)):
            if texts[j] in NATURE_SIGNS:
                name = texts[j - 1]
                if name and not labelish(name) and not is_number(name) and all(
                        not texts[i] or labelish(texts[i]) for i in range(l3, j - 1)):
                    return j
                return None
        return None

    def _apply_labels(self, l1_new: Val | None, l2_new: Val | None, l1w: Cell | None) -> None:
        if l1_new is not None:
            self._l1, self._l2 = l1_new, None
            if not self._seen1:
                self._seen1 = True
                for r in self._lead1:
                    r.level1 = l1_new
        if self.policy and l1w is not None and self._l1 is not None:
            self._level1_weight(l1w)
        if l2_new is not None:
            self._l2 = l2_new
            if not self._seen2:
                self._seen2 = True
                for r in self._lead2:
                    r.level2 = l2_new

    def _labels(self, row: Row, l3: int, s: int) -> tuple[Val | None, Val | None, Cell | None]:
        l1: Val | None = None
        l2: Val | None = None
        l1w: Cell | None = None
        p1 = self._pos("level1", s)
        for i in range(min(l3, len(row))):
            t = eff(row[i])
            if not t:
                continue
            n = norm(t)
            if n in OUTER:
                continue
            if self.policy and is_number(t):
                l1w = row[i]
            elif (n in LEVEL1 or bare(n) in LEVEL1) and (n not in LEVEL2 or i == p1 or p1 is None) \
                    and not (p1 is not None and i != p1 and n != bare(n) in LEVEL2):  # 成本指标（11分）, a second level
                l1 = text_val(row[i])
            elif bare(n) in LEVEL2 or bare(n).endswith("指标") and i != p1:
                l2 = text_val(row[i])  # 数量指标（20分）: a second level printing its weight
            elif n.endswith("指标"):
                l1 = text_val(row[i])
            else:
                self._unplaced(row, [i])
        return l1, l2, l1w

    def _level1_weight(self, c: Cell) -> None:
        assert self._l1 is not None
        name = self._l1.str_ or ""
        v, _ = num_val(c)
        old = self.level1_weights.get(name)
        if old is not None and old.dec is not None and v.dec is not None and old.dec != v.dec:
            self.problems.append(problem(
                f"一级指标“{name}”的权重前后不一致：{old.text} 与 {v.text}",
                f"first-level weight of '{name}' differs: {old.text} vs {v.text}",
                c.source,
            ))
        elif old is None:
            self.level1_weights[name] = v

    def _indicator(self, row: Row, data: dict[str, Cell | None]) -> None:
        ind = IndicatorRow(source=_row_source(row))
        ind.level1 = self._l1 or MISSING
        ind.level2 = self._l2 or MISSING
        for k in ("level3", "target", "actual", "reason", "improvement"):
            v = text_val(data[k])
            if k == "reason":
                ind.deviation_note = v
            else:
                setattr(ind, k, v)
        ind.target, ind.actual = whole_values(ind.target, ind.actual, *self._parts)
        name = ind.level3.str_ or "?"
        for k, zh in (("weight", "分值"), ("score", "得分")):
            if k not in self.cols:
                continue
            v, ok = num_val(data[k])
            setattr(ind, k, v)
            if not ok:
                said, said_en = invisible(v.text or "")
                self.problems.append(problem(
                    f"指标“{name}”的{zh}“{v.text}”不是数字{said}",
                    f"{k} '{v.text}' of indicator '{name}' is not a number{said_en}", v.source,
                ))
            elif v.value is None:
                self.problems.append(problem(
                    f"指标“{name}”缺少{zh}", f"indicator '{name}' has no {k}", v.source or ind.source
                ))
        if ind.level3.value is None:
            self.problems.append(problem("指标行缺少三级指标名称", "indicator row without a name", ind.source))
        elif is_number(ind.level3.str_ or ""):
            self.lost += 1  # a value stands where the name belongs: the row was placed a column off
        if not self._seen1:
            self._lead1.append(ind)
        if not self._seen2:
            self._lead2.append(ind)
        self.rows.append(ind)

    def _continue(self, data: dict[str, Cell | None]) -> None:
        """A row holding only the wrapped tail of the previous row's text cells."""
        prev = self.rows[-1]
        for k, attr in (("target", "target"), ("actual", "actual"), ("reason", "deviation_note")):
            c = data[k]
            t = eff(c)
            if not t:
                continue
            old: Val = getattr(prev, attr)
            src = old.source or (c.source if c is not None else None)
            setattr(prev, attr, Val((old.str_ or "") + unwrap(t), ((old.text or "") + "\n" + t).lstrip("\n"), src))

    def _unplaced(self, row: Row, idx: Iterable[int]) -> None:
        for i in idx:
            t = eff(row[i])
            if t:
                self.lost += 1
                self.problems.append(problem(
                    f"单元格“{t}”无法归入指标表的任何栏目，未读取",
                    f"cell '{t}' fits no column of the indicator table; not read",
                    row[i].source,
                ))

    def finish(self) -> list[IndicatorRow]:
        settle_levels(self.rows, self.problems)
        return self.rows


def _row_source(row: Row) -> Source | None:
    for c in row:
        s = c.source
        return Source(s.file, s.line, s.page, None, s.sheet)
    return None


def _unused(data: dict[str, Cell | None]) -> bool:
    """The row is a template's unused line: its name only a placeholder (指标2:, ……) and no value, weight or score
    beside it (the central and provincial templates print 指标1:/指标2:/…… under each second level for the
    indicators to be filled in; the lines left empty are no indicators)."""
    name = norm(eff(data["level3"]) or "")
    return bool(_PLACEHOLDER.fullmatch(name)) and not any(
        eff(data[k]) for k in ("target", "actual", "weight", "score"))
