"""The funds block of a project-layout form read from its text stream (``recognise.stream``).

The block opens at its label (项目资金, 预算执行情况 …) and holds column labels and row labels (年度资金总额,
其中：当年财政拨款 …), each row label followed by its numbers. What the published text does to it:

- blank cells vanished: the numbers are placed under the columns by the form's arithmetic (``placement``);
- the header's labels came after the row label (PDF columns interleaved), or a label came after the rows
  (得分 printed below the numbers it heads): the labels are taken where they stand;
- amounts printed with their unit (620.82万元, 10萬): the unit is dropped for placing, kept in the text;
- the block's weight printed in its label (预算执行情况(万元)(20分)) rather than in a 分值 column.

Every value keeps its token's source; every choice made is recorded on the document.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from jixiao.core.records import BLANK_FUNDS_ROWS, Document, FundsRow, Problem, Val
from jixiao.read.recognise.colmodel import FIELD_ZH, complete, new_label
from jixiao.read.recognise.common import BLOCK_WEIGHT, amount, problem
from jixiao.read.recognise.formspec import (
    FUNDS_ROW_ZH,
    GOAL_LABELS,
    MONEY,
    STANDARD_ORDER,
    funds_column,
    funds_row,
)
from jixiao.read.recognise.placement import Item, Placed, judge, place
from jixiao.read.recognise.tokens import Token, is_value, number

Row = tuple[str, Token, list[Token]]  # a funds row: its key, its label, its numbers
DASHES = frozenset({"/", "-", "—", "--", "——", "无", "……", "...", "......", "…"})
HOW_ZH = {"by arithmetic": "按表内算术关系确定", "by template": "按表式（分值栏由表式印出）确定",
          "label order": "按栏目顺序", "ambiguous": "无法确定"}
ENDS = ("绩效指标", "一级指标")
UNREAD = "unread"  # a column whose label is not understood, standing among the known ones  # labels that end the block (with the goals)
_LABEL_REACH = 12  # tokens after the block's label in which its weight may stand


def _amount(text: str) -> str | None:
    """The number of a funds value: as printed, or an amount without its unit; None for no value."""
    return text if is_value(text) else amount(text)


def _place(key: str, values: list[Token], columns: list[str], total: dict[str, Item] | None) -> Placed:
    """One row's numbers under the columns: the total row under them all, a part under its amounts (and rate),
    or all of them when it repeats the total's 分值 and 得分, and never under a column its total left empty."""
    percent = any(v.text.endswith("%") for v in values)
    apart = len(values) > 1 and all(number(_amount(v.text) or "") is not None for v in values)  # not run together
    cols = columns if key == "total" else [c for c in columns if c in MONEY or c == UNREAD or (c == "rate" and percent)]
    if len(values) > len(cols):
        cols = columns  # a sub-row that repeats the total row's 分值 and 得分
    elif total and apart and len(values) <= len(filled := [c for c in cols if c in total]):
        cols = filled  # a part holds no column its total row left empty (年初预算数 blank throughout)
    return place([_amount(v.text) or v.text for v in values], cols, total)


_FITS = ("as printed", "by arithmetic", "by template")


def _share(run: list[Token], keys: list[str], columns: list[str]) -> list[list[Token]] | None:
    """A run of numbers cut into the rows ``keys`` (dashes hold blank cells' places): the one cut under which
    every row's placement is consistent and the rows confirm the most relations; None when no cut is, or
    several are best."""
    if len(keys) == 1:
        return [[v for v in run if v.text not in DASHES]]
    best: list[tuple[int, list[list[Token]]]] = []
    for cut in itertools.combinations(range(1, len(run)), len(keys) - 1):
        bounds = (0, *cut, len(run))
        parts = [[v for v in run[a:b] if v.text not in DASHES] for a, b in itertools.pairwise(bounds)]
        if any(not p or len(p) > len(columns) for p in parts):
            continue
        total: dict[str, Item] | None = None
        good = 0
        for key, part in zip(keys, parts, strict=True):
            got = _place(key, part, columns, total)
            if got.how not in _FITS:
                break
            good += judge(got.values, total)[1]
            total = got.values if key == "total" else total
        else:
            best.append((good, parts))
    top = max((g for g, _ in best), default=None)
    winners = [p for g, p in best if g == top]
    return winners[0] if len(winners) == 1 else None


class FundsBlock:
    """Reads the block from ``start`` to ``stop`` into ``doc.funds``, saying on ``problems`` what it chose."""

    def __init__(self, toks: list[Token], doc: Document, problems: list[Problem]) -> None:
        self.t = toks
        self.doc = doc
        self.problems = problems

    def read(self, start: int, stop: int) -> None:
        columns: list[str] = []
        pairs: list[tuple[str, Token]] = []  # 预算数 6.84 执行数 6.84: a value printed beside its column's label
        loose: list[Token] = []  # numbers after the last pair (预算执行进度(%) … 执行数 6.84 100.00)
        k = start
        while k < stop and funds_row(self.t[k].text) is None:
            col = funds_column(self.t[k].text)
            if col is not None and col not in columns:
                columns.append(col)
            if col is not None and k + 1 < stop and _amount(self.t[k + 1].text) is not None:
                pairs.append((col, self.t[k + 1]))
                loose = []
            elif col is None and _amount(self.t[k].text) is not None and pairs and self.t[k] is not pairs[-1][1]:
                loose.append(self.t[k])
            k += 1
        if len(pairs) >= 2 and any(c in MONEY for c, _ in pairs):
            self._pairs(pairs, loose, columns)
            return
        columns = self._model(start, k, columns)
        missing = None
        if len(columns) < 2:
            missing = problem("资金表头缺失，资金行按表式的标准栏目顺序读取",
                              "funds header missing: rows read in the form's standard column order", self.t[start].source)
            self.problems.append(missing)
            columns = list(STANDARD_ORDER)
        total: dict[str, Item] | None = None
        while k < stop:
            key = funds_row(self.t[k].text)
            if key is None:
                if self.t[k].text in GOAL_LABELS or self.t[k].text in ENDS:
                    break
                k += 1
                continue
            label = self.t[k]
            values: list[Token] = []
            k += 1
            while k < stop:
                x = self.t[k].text
                if funds_row(x) is not None or x == "其中":
                    break
                if _amount(x) is not None:
                    values.append(self.t[k])
                elif x not in DASHES and not (x.startswith("(") and len(x) <= 8):
                    break
                k += 1
            rows = [(key, label, values)]
            if not values and key == "total" and (found := self._interleaved(k, stop, label)) is not None:
                after, rows, k = found  # PDF columns interleaved: the header's labels came after the row label
                columns = after if missing is not None else [*columns, *(c for c in after if c not in columns)]
                if missing is not None and missing in self.problems:
                    self.problems.remove(missing)
                self.problems.append(problem("资金表的表头与数值交错，按行标签之后的栏目读取",
                                             "funds header interleaved with the row: read under the labels after it",
                                             label.source))
            for key, label, values in rows:
                if not values:
                    if key != "total" and self._blank_row(k, stop):
                        self.doc.extra.setdefault(BLANK_FUNDS_ROWS, []).append(key)
                    continue
                columns, total = self._row(key, label, values, columns, total, missing is None, k, stop)
        if "initial_budget" in columns and "annual_budget" not in columns:
            self._rate_on_initial(start, stop)
        if all(getattr(self.doc.funds.get("total", FundsRow()), c).value is None for c in MONEY):
            self._by_source(start, stop)
        self._weight_in_label(start)

    def _model(self, start: int, end: int, columns: list[str]) -> list[str]:
        """The header's columns with its labels not understood (the words among the labels, from the first known
        one on) read by the column model (``colmodel``); each reading said."""
        found: list[str | None] = []
        words: list[Token] = []
        for tok in self.t[start:end]:
            x = tok.text
            col = funds_column(x)
            if col is not None:
                found.append(col)
            elif found and _amount(x) is None and new_label(x):
                found.append(None)
                words.append(tok)
        if not words or len([c for c in found if c]) != len(set(c for c in found if c)):
            return columns
        got = complete(found)
        unknown = iter(words)
        for was, now in zip(found, got, strict=True):
            if was is None:
                tok = next(unknown)
                if now is not None:
                    self.problems.append(problem(f"资金表头的栏目“{tok.text}”未能识别，按表式的栏目顺序读作{FIELD_ZH[now]}",
                                                 f"funds column label '{tok.text}' not understood: read as {now} by "
                                                 "the form's column order", tok.source))
        if None in got and any(c is not None for c in got[got.index(None) + 1 :]):
            return [c if c is not None else UNREAD for c in got]  # a column no label names, among the known ones
        return [c for c in got if c is not None] if got != found else columns

    def _by_source(self, start: int, stop: int) -> None:
        """The funds printed by source (来源: 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率) with no total row's
        label: the rate is the block's one percent, the spending the amount just before it, the budget the 合计
        before that, the sources' amounts before it adding up to it; kept only when the rate is the spending over
        the budget."""
        texts = [t.text for t in self.t[max(0, start - 8) : stop]]  # the block may open at 执行数, after 合计
        if "合计" not in texts or "执行数" not in texts:
            return
        nums: list[Token] = []
        rate: Token | None = None
        for k in range(start, stop):
            x = self.t[k].text
            if x == "%" and nums and nums[-1] is self.t[k - 1]:  # 100 %: the sign printed apart
                last = nums.pop()
                rate = Token(last.text + "%", last.source)
                break
            if x.endswith("%") and number(x) is not None:
                rate = self.t[k]
                break
            if number(x) is not None and not (k + 1 < stop and self.t[k + 1].text.startswith(("年", "月", "日", "分"))):
                nums.append(self.t[k])
        if rate is None or len(nums) < 2:
            return
        budget, spent = nums[-2], nums[-1]
        b, e, r = number(budget.text), number(spent.text), number(rate.text)
        if b is None or e is None or r is None:
            return
        parts = [v for t in nums[:-2] if (v := number(t.text)) is not None]
        values = {"annual_budget": Item(budget.text, b), "executed": Item(spent.text, e), "rate": Item(rate.text, r)}
        bad, good = judge(values)
        summed = bool(parts) and sum(parts, Decimal(0)) == b
        if not summed and (bad or not good):  # neither the sources' sum nor the rate confirms the places
            return
        self._put("total", budget, [budget, spent, rate], Placed(values, "as printed"))
        self.problems.append(problem("资金按来源列出（合计、执行数、执行率），无年度资金总额行：合计读作预算数，其前一个数为执行数"
                                     + ("（执行率与之不符）" if bad else ""),
                                     "funds printed by source with no total row: 合计 read as the budget, the next "
                                     "amount as the spending" + (" (the rate disagrees)" if bad else ""), budget.source))

    def _pairs(self, pairs: list[tuple[str, Token]], loose: list[Token], columns: list[str]) -> None:
        """The block printed as its columns' labels each beside its value, the sums of the whole project (预算数 6.84
        到位数 6.84 执行数 6.84 100.00): each value under its label, and a last number alone under the one column
        left without a value (the labels place them: the audit, not the reading, judges their arithmetic)."""
        values = {col: Item(_amount(t.text) or t.text, v) for col, t in pairs if (v := number(_amount(t.text) or ""))}
        left = [c for c in columns if c not in values]
        if len(loose) == 1 and len(left) == 1 and (v := number(loose[0].text)) is not None:
            values[left[0]] = Item(loose[0].text, v)
            pairs = [*pairs, (left[0], loose[0])]
        self._put("total", pairs[0][1], [t for _, t in pairs], Placed(values, "as printed"))
        self.problems.append(problem("资金表按“栏目 数值”成对读取（各栏目标签后紧随其数值）",
                                     "funds read as label-value pairs (each column's label followed by its value)",
                                     pairs[0][1].source))

    def _rate_on_initial(self, start: int, stop: int) -> None:
        """A form with no 全年预算数 whose header names 年初预算数 (A) the base of 执行率(B/A): the rate is
        reckoned on the 年初预算数, which is then the budget the rate and the score are checked against."""
        labels = [t.text for t in self.t[start:stop]]
        if not (any(funds_column(x) == "initial_budget" and "(A)" in x for x in labels)
                and any(funds_column(x) == "rate" and "B/A" in x for x in labels)):
            return
        based = [row for row in self.doc.funds.values()
                 if row.initial_budget.value is not None and row.annual_budget.value is None]
        for row in based:
            row.annual_budget = row.initial_budget
        if based:
            self.problems.append(problem(
                "表中无全年预算数栏，执行率(B/A)以年初预算数(A)为基数，按年初预算数核对执行率和得分",
                "no 全年预算数 column: the rate (B/A) is reckoned on the 年初预算数 (A), against which the rate and "
                "the score are checked", based[0].initial_budget.source))

    def _row(self, key: str, label: Token, values: list[Token], columns: list[str], total: dict[str, Item] | None,
             header: bool, k: int, stop: int) -> tuple[list[str], dict[str, Item] | None]:
        """One row's numbers placed under the columns; the columns (perhaps with labels found after the rows)
        and the total row's placement returned."""
        if len(values) > len(columns) and header:
            columns = columns + self._labels_after(k, stop, columns)  # 得分 printed below its numbers
        placed = _place(key, values, columns, total)
        if key == "total":
            total = placed.values
        self._put(key, label, values, placed)
        return columns, total

    def _interleaved(self, k: int, stop: int, label: Token) -> tuple[list[str], list[Row], int] | None:
        """Column labels (at least two) and then a run of numbers within the next few tokens after a row label.
        Other row labels before the numbers (年度资金总额 其中：当年财政拨款 全年预算数 … 65.66 65.07 10 99% 9 65.66
        65.07 — 99% —: the label column printed first) share the run in equal parts, a dash holding a blank
        cell's place; when the run does not divide evenly among them, the numbers are not read."""
        cols: list[str] = []
        rows: list[Row] = [("total", label, [])]
        j = k
        while j < min(stop, k + 30):
            x = self.t[j].text
            key = funds_row(x)
            if key is not None and not cols:
                rows.append((key, self.t[j], []))
                j += 1
                continue
            if key is not None or x in ("三级指标", *ENDS):
                return None
            col = funds_column(x)
            if col is not None and col not in cols:
                cols.append(col)
            elif _amount(x) is not None and len(cols) >= 2:
                run: list[Token] = []
                while j < stop and (_amount(self.t[j].text) is not None or self.t[j].text in DASHES):
                    run.append(self.t[j])
                    j += 1
                parts = _share(run, [key for key, _, _ in rows], cols)
                if parts is None:
                    return None
                return cols, [(key, at, part) for (key, at, _), part in zip(rows, parts, strict=True)], j
            j += 1
        return None

    def _labels_after(self, k: int, stop: int, columns: list[str]) -> list[str]:
        """Column labels printed after the rows, before the block ends (得分 below the numbers it heads)."""
        more: list[str] = []
        for tok in self.t[k:stop]:
            if tok.text in GOAL_LABELS or tok.text in ENDS:
                break
            col = funds_column(tok.text)
            if col is not None and col not in columns and col not in more:
                more.append(col)
        return more

    def _blank_row(self, k: int, stop: int) -> bool:
        """The row label just read is followed by the next funds row or the goals: a row printed blank."""
        if k >= stop:
            return False
        x = self.t[k].text
        return funds_row(x) is not None or x == "其中" or x in GOAL_LABELS or x in ENDS

    def _weight_in_label(self, start: int) -> None:
        """The block's weight printed in its label (预算执行情况(万元)(20分)), when no 分值 cell gave it."""
        total = self.doc.funds.get("total")
        if total is None or total.weight.value is not None:
            return
        head = self.t[start : start + _LABEL_REACH]
        stop = next((n for n, tok in enumerate(head) if n and funds_row(tok.text) is not None), len(head))
        text = "".join(tok.text for tok in head[:stop + 1])
        m = BLOCK_WEIGHT.search(text)
        if m is None:
            return
        total.weight = Val(Decimal(m.group(1)), f"({m.group(1)}分)", self.t[start].source)
        self.problems.append(problem(f"预算执行的分值读自资金表的标题（{m.group(1)}分）",
                                     f"the execution block's weight read from its label ({m.group(1)} points)",
                                     self.t[start].source))

    def _put(self, key: str, label: Token, values: list[Token], placed: Placed) -> None:
        row = self.doc.funds.setdefault(key, FundsRow())
        src = {_amount(v.text) or v.text: v for v in values}
        for col, item in placed.values.items():
            if col not in STANDARD_ORDER:
                continue  # a column the row holds but the record does not (全年预计执行数): placed, not kept
            tok = src.get(item.text)
            text = tok.text if tok is not None else item.text
            if col == UNREAD:
                self.problems.append(problem(f"{FUNDS_ROW_ZH.get(key, key)}行的数值“{text}”所在栏目的标签未能识别，未读取",
                                             f"the {key} row's '{text}' sits under a column label not understood; "
                                             "not read", tok.source if tok is not None else label.source))
                continue
            setattr(row, col, Val(item.value, text, tok.source if tok is not None else values[0].source))
        name = FUNDS_ROW_ZH.get(key, key)
        texts = " ".join(v.text for v in values)
        if placed.how in ("by arithmetic", "by template") and placed.candidates > 1:
            self.problems.append(problem(
                f"{name}行的数值“{texts}”有多种对应栏目的方式，{HOW_ZH[placed.how]}",
                f"the {key} row's values '{texts}' fit the columns in several ways; placed {placed.how}",
                label.source))
        elif placed.how == "label order" and not placed.values:
            self.problems.append(problem(f"{name}行的数值“{texts}”无法对应栏目，未读取",
                                         f"the {key} row's values '{texts}' cannot be placed; not read", label.source))
        elif placed.how == "label order":
            self.problems.append(problem(
                f"{name}行的数值“{texts}”无论如何对应栏目都不符合表内算术关系，按栏目顺序读取",
                f"the {key} row's values '{texts}' fit no placement the form's arithmetic allows; read in label order",
                label.source))
        if placed.undecided:
            self.problems.append(problem(
                f"{name}行的数值“{texts}”可对应多个栏目，{'、'.join(placed.undecided)}未读取",
                f"the {key} row's values '{texts}' fit several placements; {', '.join(placed.undecided)} not read",
                label.source))
