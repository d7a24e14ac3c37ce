"""资金 — the funds block of a self-evaluation form: rows (年度资金总额, 其中：当年财政拨款 …) whose values are
placed under the header's column labels (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分)."""

from __future__ import annotations

from collections.abc import Iterable

from jixiao.core.records import FundsRow, Problem
from jixiao.core.safetext import invisible
from jixiao.core.source import Source
from jixiao.core.table import Cell
from jixiao.read.recognise.colmodel import FIELD_ZH, ORDERS, new_label, read_by_order
from jixiao.read.recognise.common import (
    Row,
    amount,
    eff,
    is_dash,
    is_number,
    label_containing,
    norm,
    num_val,
    problem,
)
from jixiao.read.recognise.formspec import FUNDS_ROW_CONTAINED, MONEY, funds_column, funds_row
from jixiao.read.recognise.formspec import STANDARD_ORDER as STANDARD_FUNDS_ORDER
from jixiao.read.recognise.fundsaside import paid_beside_spending
from jixiao.read.recognise.fundsspan import spans
from jixiao.read.recognise.placement import Item, judge, place


class FundsHeader:
    """The column labels of a funds block, gathered from one or more header rows."""

    def __init__(self) -> None:
        self.cols: list[tuple[int, str]] = []  # (column index, field) in reading order
        self.rows = 0  # header rows that held a label
        self.source: Source | None = None
        self.unknown: list[tuple[int, Cell]] = []  # header cells whose label is not understood
        self.inferred: dict[int, str] = {}  # their columns read by the column model (``colmodel``)

    def add_row(self, row: Row, problems: list[Problem], skip: Iterable[str] = ()) -> None:
        """Take the labels of a header row; numbers in it cannot be placed and become problems."""
        skipped = set(skip)
        found = False
        labels = [norm(eff(c)) for c in row if eff(c)]
        for i, c in enumerate(row):
            t = eff(c)
            if not t:
                continue
            key = None if paid_beside_spending(norm(t), labels) else funds_column(norm(t))
            if key is not None:
                if self.rows and any(j == i and spans(k, key) for j, k in self.cols):
                    self.cols = [(j, k) for j, k in self.cols if j != i and k != key]  # 预算数 over 年初 | 全年
                self.cols.append((i, key))
                found = True
                self.source = self.source or c.source
            elif norm(t) not in skipped and i > 0 and new_label(norm(t)):
                self.unknown.append((i, c))
            elif norm(t) not in skipped and (is_number(t) or is_dash(t)):
                problems.append(problem(
                    f"资金表头行中的数值“{t}”无法确定所属栏目，未读取",
                    f"value '{t}' in the funds header row cannot be placed in a column; not read",
                    c.source,
                ))
        if found:
            self.rows += 1

    def infer(self, problems: list[Problem]) -> None:
        """Read the header's labels not understood by the column model, once the header is whole (one row of
        labels, each column once): a column whose label is not known still holds its numbers."""
        if not self.unknown or self.inferred or self.rows != 1 or self._by_position() is None:
            return
        at = sorted([(i, k) for i, k in self.cols] + [(i, None) for i, _ in self.unknown if i not in dict(self.cols)])
        cells = dict(self.unknown)
        got, _ = read_by_order([k for _, k in at], [(eff(cells[i]), cells[i].source) for i, k in at if k is None],
                               problems)
        self.inferred = {i: g for (i, k), g in zip(at, got, strict=True) if k is None and g is not None}
        self.cols = sorted(self.cols + list(self.inferred.items()))

    @staticmethod
    def _confirmed(placed: dict[str, Cell]) -> bool:
        """No relation of the form (rate = executed ÷ budget, score = weight × rate) contradicts the row read so."""
        items = {k: Item(t, d) for k, c in placed.items()
                 if (t := amount(eff(c)) or eff(c)) and (d := num_val(c)[0].dec) is not None}
        return judge(items)[0] == 0

    @property
    def keys(self) -> list[str]:
        return [k for _, k in self.cols]

    def _by_position(self) -> dict[int, str] | None:
        pos: dict[int, str] = {}
        for i, k in self.cols:
            if i in pos or k in pos.values():
                return None  # two labels claim one column: the header is damaged
            pos[i] = k
        return pos

    def _standard_fits(self) -> bool:
        it = iter(STANDARD_FUNDS_ORDER)
        return len(set(self.keys)) == len(self.keys) and all(k in it for k in self.keys)

    def _by_arithmetic(self, values: list[tuple[int, Cell]], total: FundsRow | None, problems: list[Problem],
                       name: str) -> dict[str, Cell]:
        """A row printed with fewer values than the header has columns and no blank cell holding their places
        (blank cells collapsed away): the placement the form's arithmetic confirms (``recognise.placement``),
        under the columns the total row filled when this is a sub-row; none placed when they cannot be."""
        keys = self.keys
        texts = [amount(eff(c)) or eff(c) for _, c in values]
        if total is not None:  # a part: its amounts (and rate), under the columns its total row filled
            percent = any(t.endswith("%") for t in texts)
            part = [k for k in keys if k in MONEY or (k == "rate" and percent)]
            filled = [k for k in part if getattr(total, k).value is not None]
            keys = filled if len(values) <= len(filled) else part if len(values) <= len(part) else keys
        got = place(texts, keys)
        texts_ = " ".join(texts)
        order = [k for k in keys if k in got.values or k in got.undecided]
        if len(order) != len(values):  # numbers run together in a cell, or none placed: the row is not read
            problems.append(problem(f"{name}行的数值“{texts_}”少于栏目且无法对应栏目，未读取",
                                    f"the {name} row's values '{texts_}' are fewer than the columns and cannot be "
                                    "placed; not read", values[0][1].source))
            return {}
        placed = {k: c for k, (_, c) in zip(order, values, strict=True) if k in got.values}
        if got.how == "label order":
            problems.append(problem(
                f"{name}行的数值“{texts_}”无论如何对应栏目都不符合表内算术关系，以执行率所在栏为准按栏目顺序读取",
                f"the {name} row's values '{texts_}' fit no placement the form's arithmetic allows; read in label "
                "order around the rate", values[0][1].source))
        elif got.undecided:
            problems.append(problem(
                f"{name}行的数值“{texts_}”可对应多个栏目，{'、'.join(got.undecided)}未读取",
                f"the {name} row's values '{texts_}' fit several placements; {', '.join(got.undecided)} not read",
                values[0][1].source))
        elif got.candidates > 1:
            problems.append(problem(
                f"{name}行的数值“{texts_}”少于栏目（空白单元格已丢失），按表内算术关系对应栏目",
                f"the {name} row's values '{texts_}' are fewer than the columns (blank cells lost): placed {got.how}",
                values[0][1].source))
        return placed

    def _by_position_or_arithmetic(self, placed: dict[str, Cell], values: list[tuple[int, Cell]],
                                   total: FundsRow | None, problems: list[Problem], name: str) -> dict[str, Cell]:
        """A row with fewer numbers than the header has columns, read by the cells' positions: when the form's
        arithmetic contradicts that reading (a blank cell that vanished and a trailing empty one shifted the row:
        a rate under 分值) and one placement of the same numbers in label order satisfies it, that placement;
        else the reading by position, and the audit says what it contradicts."""
        outside = total is not None and any(getattr(total, k).value is None for k, c in placed.items()
                                            if k in MONEY and eff(c))  # a part's amount where its total has none
        if len(values) >= len(self.cols) or self.rows != 1 or self._by_position() is None:
            return placed
        if any(eff(c).endswith("%") and k != "rate" for k, c in placed.items()):
            # a percent under an amount, 分值 or 得分 is impossible in any template's column order (四川 prints 执行率
            # before 权重): the placement the form's arithmetic confirms, in the header's own order
            return self._by_arithmetic(values, total, problems, name) or placed
        if not self._standard_fits() or self._confirmed(placed) and not outside:
            return placed
        said: list[Problem] = []
        other = self._by_arithmetic(values, total, said, name)
        if not other or said and not said[-1].message.endswith("按表内算术关系对应栏目") or not self._confirmed(other):
            return placed
        texts = " ".join(eff(c) for _, c in values)
        problems.append(problem(f"{name}行的数值“{texts}”按所在位置对应栏目与表内算术关系不符，按算术关系对应栏目",
                                f"the {name} row's values '{texts}' read by their positions contradict the form's "
                                "arithmetic: placed by it", values[0][1].source))
        return other

    def _by_template(self, values: list[tuple[int, Cell]]) -> dict[str, Cell]:
        """Six numbers under no header that names their columns: in the template's order (``colmodel.ORDERS``: 四川
        prints 执行率 before 权重) that puts the rate (a percent) under 执行率 and that the arithmetic confirms; else
        the standard order."""
        for order in ORDERS:
            placed = {k: c for k, (_, c) in zip(order, values, strict=True)}
            if all(eff(c).endswith("%") == (k == "rate") for k, c in placed.items() if eff(c)) \
                    and self._confirmed(placed):
                return placed
        return {k: c for k, (_, c) in zip(STANDARD_FUNDS_ORDER, values, strict=True)}

    def _by_template_at(self, values: list[tuple[int, Cell]], label_at: int) -> dict[str, Cell] | None:
        """Numbers under no header, blank cells holding their places: each under the column its place takes in a
        template's order (``colmodel.ORDERS``), when the rate falls under 执行率 and the arithmetic confirms the row;
        None when no order does."""
        for order in ORDERS:
            at = {i - label_at - 1: c for i, c in values}
            if any(not 0 <= k < len(order) for k in at):
                return None
            placed = {order[k]: c for k, c in at.items()}
            if all(eff(c).endswith("%") == (k == "rate") for k, c in placed.items()) and "rate" in placed \
                    and self._confirmed(placed):
                return placed
        return None

    def _by_label(self, row: Row, values: list[tuple[int, Cell]], label_at: int) -> dict[str, Cell] | None:
        """A row whose label stands left of the header's label column (the blank cells before it collapsed away:
        ``| 总额 | 84.12 | 91.62 | …`` under ``| 预算执行情况（10分）| 年度预算数（万元）| 年初预算 | …``): its cells read
        as far right of its label as the header's columns are right of the header's, when a number then sat at or
        left of the header's label column (never in line as printed), every number lands under a label and a percent
        only under 执行率, and either the form's arithmetic confirms the row or, as printed, the percent stood under
        another column (so a wrong rate is still read, for the audit to find); else None."""
        pos = self._by_position()
        if pos is None or not values or not pos:
            return None
        head = min(pos) - 1  # the header's label column: the one before its first value column
        shift = head - label_at
        if shift <= 0 or min(i for i, _ in values) > head:
            return None
        cells = [(i + shift, row[i]) for i in range(label_at + 1, len(row)) if i + shift in pos]
        if any(i + shift not in pos for i, c in values if is_number(eff(c)) or is_dash(eff(c))):
            return None  # (a note in the 原因 column is no figure)
        placed = {pos[i]: c for i, c in cells if eff(c)}
        if any(eff(c).endswith("%") != (k == "rate") for k, c in placed.items() if not is_dash(eff(c))):
            return None
        as_printed = [pos.get(i) for i, c in values if eff(c).endswith("%")]  # the percent's column unshifted
        return placed if self._confirmed(placed) or any(k != "rate" for k in as_printed) else None

    def place(self, row: Row, label_at: int, problems: list[Problem], name: str,
              total: FundsRow | None = None) -> tuple[FundsRow, bool]:
        """Map the cells right of the row label to fields: by the header's columns when every value sits
        under a label; else in order when the counts agree (padding cells, shifted rows); else, when the
        header lost labels but the row has the form's six values, in the form's standard column order.
        Returns the row and whether the standard order had to be assumed."""
        self.infer(problems)
        values = [(i, row[i]) for i in range(label_at + 1, len(row)) if eff(row[i]) and not _note(eff(row[i]))]
        blanks = [(i, row[i]) for i in range(label_at + 1, len(row)) if not eff(row[i])]
        out = FundsRow()
        pos = self._by_position()
        placed: dict[str, Cell] | None = None
        assumed = False
        unread = {i for i, _ in self.unknown} - {i for i, _ in self.cols}  # columns no label names
        if values and not blanks and len(values) < len(self.cols) and self._standard_fits() and self.rows == 1 \
                and not unread:
            placed = self._by_arithmetic(values, total, problems, name)
        if placed is None and (placed := self._by_label(row, values, label_at)) is not None:
            zh, en = (("符合表内算术关系", "the arithmetic agrees") if self._confirmed(placed) else
                      ("按原位置百分数落在执行率以外的栏；表内算术关系不符，由审核指出",
                       "as printed a percent stood under another column than the rate; the arithmetic does not agree, "
                       "which the audit reports"))
            problems.append(problem(
                f"{name}行标签前的空白单元格已丢失，数值按其与行标签的相对位置对应表头栏目（{zh}）",
                f"the {name} row's blank cells before its label were lost: its values placed by their places "
                f"relative to the label, as the header's columns stand relative to its label column ({en})",
                row[label_at].source))
        elif placed is not None:
            pass
        elif pos is not None and all(i in pos for i, _ in values) and all(i > label_at for i in pos):
            placed = {pos[i]: c for i, c in values}
            for i, c in blanks:
                if i in pos:
                    placed.setdefault(pos[i], c)
            placed = self._by_position_or_arithmetic(placed, values, total, problems, name)
        elif pos is not None and unread and all(
                i in pos or i in unread for i, _ in values) and all(i > label_at for i in pos):
            placed = {pos[i]: c for i, c in values if i in pos}  # a column whose label is not understood holds
            for i, c in values:  # its own numbers: they are not read, and no other number moves under its label
                if i in unread:
                    problems.append(problem(
                        f"{name}行的数值“{eff(c)}”所在栏目的标签未能识别，未读取",
                        f"the {name} row's '{eff(c)}' sits under a column label not understood; not read", c.source))
        elif self.rows == 1 and len(values) == len(self.cols) and self._standard_fits():
            placed = {k: c for k, (_, c) in zip(self.keys, values)}
        elif len(values) == len(STANDARD_FUNDS_ORDER) and self.rows <= 1 and self._standard_fits():
            placed = self._by_template(values)
            assumed = True
        elif not self.cols and values and blanks and (placed := self._by_template_at(values, label_at)) is not None:
            assumed = True  # no header at all, blank cells kept: each number under its place in a template's order
        if placed is None:
            for _, c in values:
                problems.append(problem(
                    f"{name}行的数值“{eff(c)}”无法与表头栏目对应，未读取",
                    f"value '{eff(c)}' of the {name} row does not line up with the header; not read",
                    c.source,
                ))
            return out, False
        if set(self.inferred.values()) & placed.keys() and not self._confirmed(placed):
            for key in set(self.inferred.values()) & placed.keys():
                c = placed.pop(key)
                problems.append(problem(
                    f"{name}行的数值“{eff(c)}”所在栏目的标签未能识别，按栏目顺序读作{FIELD_ZH[key]}与表内算术关系不符，未读取",
                    f"the {name} row's '{eff(c)}' sits under a label not understood; read as {key} it contradicts "
                    "the form's arithmetic: not read", c.source))
        for key, c in placed.items():
            v, ok = num_val(c)
            if not ok:
                zh, en = invisible(eff(c))
                problems.append(problem(
                    f"{name}行的“{eff(c)}”不是数字{zh}", f"'{eff(c)}' in the {name} row is not a number{en}", c.source
                ))
            setattr(out, key, v)
        return out, assumed


def _note(text: str) -> bool:
    """A sentence in the row (the 原因 column's 1.预算执行率=预算执行数/调整后预算数…): words, not a figure."""
    return not is_number(text) and sum("\u4e00" <= ch <= "\u9fff" for ch in text) >= 4


def funds_key(label: str) -> str | None:
    """年度资金总额 → total, 其中：当年财政拨款 → current_year …; a label the stream reader knows too (总额, 本年财政拨款:
    ``formspec.funds_row``), 其中 before it left out."""
    bare = label.removeprefix("其中").lstrip(":：")
    return label_containing(label, FUNDS_ROW_CONTAINED) or (funds_row(bare) if bare != "合计" else None)
