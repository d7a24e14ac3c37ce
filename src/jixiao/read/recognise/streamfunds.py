"""The funds block of a project-layout form read from its text stream (``recognise.stream``).

The block opens at its label (项目资金, 预算执行情况 …) and holds column labels and row labels (年度资金总额,
其中：当年财政拨款 …), each row label followed by its numbers. What the published text does to it:

- blank cells vanished: the numbers are placed under the columns by the form's arithmetic (``placement``);
- the header's labels came after the row label (PDF columns interleaved), or a label came after the rows
  (得分 printed below the numbers it heads): the labels are taken where they stand;
- amounts printed with their unit (620.82万元, 10萬): the unit is dropped for placing, kept in the text;
- the block's weight printed in its label (预算执行情况(万元)(20分)) rather than in a 分值 column.

Every value keeps its token's source; every choice made is recorded on the document. The placement of a row's
numbers and the cut of a shared run are in ``streamfunds_cut``, the writing of a placed row in ``streamfunds_put``,
the block's other layouts (by source, label-value pairs, rate on 年初预算数, weight in the label) in
``streamfunds_layouts``.
"""

from __future__ import annotations

from jixiao.core.records import BLANK_FUNDS_ROWS, Document, FundsRow, Problem
from jixiao.read.recognise.colmodel import ORDERS, new_label, read_by_order
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import (
    FUNDS_ROW_ALIASES,
    FUNDS_ROW_ZH,
    GOAL_LABELS,
    MONEY,
    STANDARD_ORDER,
    alias,
    funds_column,
    funds_row,
)
from jixiao.read.recognise.fundsaside import header_column
from jixiao.read.recognise.fundsspan import spanned
from jixiao.read.recognise.placement import Item
from jixiao.read.recognise.streamfunds_cut import DASHES, UNREAD, Row, funds_amount, place_row, share
from jixiao.read.recognise.streamfunds_layouts import by_source, label_pairs, rate_on_initial, weight_in_label
from jixiao.read.recognise.streamfunds_put import put
from jixiao.read.recognise.tokens import Token

ENDS = ("绩效指标", "一级指标")  # labels that end the block (with the goals)


class FundsBlock:
    """Reads the block from ``start`` to ``stop`` into ``doc.funds``, saying on ``problems`` what it chose."""

    def __init__(self, toks: list[Token], doc: Document, problems: list[Problem]) -> None:
        self.t = toks
        self.doc = doc
        self.problems = problems

    def read(self, start: int, stop: int) -> None:
        kinds: list[str] = []  # every label's column, in reading order (a header over two rows: ``fundsspan``)
        pairs: list[tuple[str, Token]] = []  # 预算数 6.84 执行数 6.84: a value printed beside its column's label
        loose: list[Token] = []  # numbers after the last pair (预算执行进度(%) … 执行数 6.84 100.00)
        k = start
        labels = [t.text for t in self.t[start:stop]]  # (拨付数 beside 执行数 is no spending: ``header_column``)
        while k < stop and (funds_row(self.t[k].text) is None or self._title(k, stop)):
            col = header_column(self.t[k].text, kinds, labels)
            if col is not None:
                kinds.append(col)
            if col in STANDARD_ORDER and k + 1 < stop and funds_amount(self.t[k + 1].text) is not None:
                pairs.append((col, self.t[k + 1]))
                loose = []
            elif col is None and funds_amount(self.t[k].text) is not None and pairs and self.t[k] is not pairs[-1][1]:
                loose.append(self.t[k])
            k += 1
        columns = spanned(kinds)
        if len(pairs) >= 2 and any(c in MONEY for c, _ in pairs):
            label_pairs(self.t, self.doc, self.problems, pairs, loose, columns)
            return
        columns = self._model(start, k, columns)
        missing = None
        if len(columns) < 2:
            missing = problem("资金表头缺失，资金行按表式的标准栏目顺序读取",
                              "funds header missing: rows read in the form's standard column order", self.t[start].source)
            self.problems.append(missing)
            columns = self._template(k, stop)
        headless = missing is not None  # no column label anywhere: only a placement the arithmetic confirms is read
        total: dict[str, Item] | None = None
        width = 0  # the columns of the header the total row was read under
        while k < stop:
            key = funds_row(self.t[k].text)
            if key is None:
                if self.t[k].text in GOAL_LABELS or self.t[k].text in ENDS:
                    break
                if width and (again := self._header_again(k, stop)) is not None:  # a second header after a total row
                    columns, k = again
                    headless, total = False, None
                    continue
                k += 1
                continue
            label = self.t[k]
            values: list[Token] = []
            k += 1
            while k < stop:
                x = self.t[k].text
                if funds_row(x) is not None or x == "其中":
                    break
                if funds_amount(x) is not None:
                    values.append(self.t[k])
                elif values and values[-1].text.endswith("万") and x == "元":
                    values[-1] = Token(values[-1].text + x, values[-1].source)  # 3405.63万 / 元: a unit wrapped
                elif x not in DASHES and not (x.startswith("(") and len(x) <= 8):
                    break
                k += 1
            rows = [(key, label, values)]
            if not values and key == "total" and (found := self._interleaved(k, stop, label)) is not None:
                after, rows, k = found  # PDF columns interleaved: the header's labels came after the row label
                columns = after if missing is not None else [*columns, *(c for c in after if c not in columns)]
                if missing is not None and missing in self.problems:
                    self.problems.remove(missing)
                headless = False  # the header found after the row label: the block has one
                self.problems.append(problem("资金表的表头与数值交错，按行标签之后的栏目读取",
                                             "funds header interleaved with the row: read under the labels after it",
                                             label.source))
            for key, label, values in rows:
                if not values:
                    if key != "total" and self._blank_row(k, stop):
                        self.doc.extra.setdefault(BLANK_FUNDS_ROWS, []).append(key)
                    continue
                if key == "total" and width > len(columns):
                    continue  # (the tasks' 金额合计 under 预算数 | 执行数 after the 年度资金总额 row: not the form's total)
                if key == "total":
                    width = len(columns)
                columns, total = self._row(key, label, values, columns, total, missing is None, k, stop, headless)
        if "initial_budget" in columns and "annual_budget" not in columns:
            rate_on_initial(self.t, self.doc, self.problems, start, stop)
        if all(getattr(self.doc.funds.get("total", FundsRow()), c).value is None for c in MONEY):
            by_source(self.t, self.doc, self.problems, start, stop)
        weight_in_label(self.t, self.doc, self.problems, start)

    def _header_again(self, k: int, stop: int) -> tuple[list[str], int] | None:
        """A second header among the block's rows (年度主要任务 | 预算数 | 执行数 … 金额合计, then 年度部门整体支出预算 |
        年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 and its 年度资金总额 row): three column labels or
        more in a row, a row label right after them. Its columns, and where its rows start; None when there is none.
        The total row read under the fuller header is the form's (``read``)."""
        kinds: list[str] = []
        labels = [t.text for t in self.t[k:stop]]
        j = k
        while j < stop and (col := header_column(self.t[j].text, kinds, labels)) is not None:
            kinds.append(col)
            j += 1
        if len(kinds) < 3 or j >= stop or funds_row(self.t[j].text) is None:
            return None
        return spanned(kinds), j

    def _title(self, k: int, stop: int) -> bool:
        """The label at ``k`` names the whole block, not its total row (部门整体支出 | 预算执行情况 | 年初预算数 …: the
        block's title cut in two): the department's spending named bare (no 总额 / 合计, no alias of the total row),
        no number after it but the header's column labels, and a total row with its numbers further on."""
        x = self.t[k].text
        ahead = self.t[k + 1 : min(stop, k + 4)]
        if (funds_row(x) != "total" or alias(x, FUNDS_ROW_ALIASES) is not None or x.endswith(("总额", "合计", "总计"))
                or not ahead or funds_amount(ahead[0].text) is not None
                or not any(funds_column(a.text) is not None for a in ahead)):
            return False
        return any(funds_row(self.t[j].text) == "total" and funds_amount(self.t[j + 1].text) is not None
                   for j in range(k + 1, stop - 1))

    def _model(self, start: int, end: int, columns: list[str]) -> list[str]:
        """The header's columns with its labels not understood (the words among the labels, from the first known
        one on) read by the column model (``colmodel``); each reading said."""
        found: list[str | None] = []
        words: list[Token] = []
        labels = [t.text for t in self.t[start:end]]
        for tok in self.t[start:end]:
            x = tok.text
            col = header_column(x, [c for c in found if c is not None], labels)
            if col is not None:
                found.append(col)
            elif found and funds_amount(x) is None and new_label(x):
                found.append(None)
                words.append(tok)
        if not words or len([c for c in found if c]) != len(set(c for c in found if c)):
            return columns
        got, _ = read_by_order(found, [(w.text, w.source) for w in words], self.problems)
        if None in got and any(c is not None for c in got[got.index(None) + 1 :]):
            return [c if c is not None else UNREAD for c in got]  # a column no label names, among the known ones
        return [c for c in got if c is not None] if got != found else columns


    def _template(self, k: int, stop: int) -> list[str]:
        """The columns of a block whose header was lost: the template order (``colmodel.ORDERS``; 四川 prints 执行率
        before 权重) under which its total row's numbers sit consistently, the rate under 执行率; else the standard."""
        at = next((j for j in range(k, stop) if funds_row(self.t[j].text) == "total"), None)
        values: list[Token] = []
        for tok in self.t[at + 1 : stop] if at is not None else []:
            if funds_amount(tok.text) is None:
                break
            values.append(tok)
        if len(values) == len(STANDARD_ORDER):
            for order in ORDERS:
                got = place_row("total", values, list(order), None)
                if got.how == "as printed" and all(it.percent == (c == "rate") for c, it in got.values.items()):
                    return list(order)
        return list(STANDARD_ORDER)

    def _row(self, key: str, label: Token, values: list[Token], columns: list[str], total: dict[str, Item] | None,
             header: bool, k: int, stop: int, headless: bool = False) -> tuple[list[str], dict[str, Item] | None]:
        """One row's numbers placed under the columns; the columns (perhaps with labels found after the rows)
        and the total row's placement returned."""
        if len(values) > len(columns) and header:
            columns = columns + self._labels_after(k, stop, columns)  # 得分 printed below its numbers
        placed = place_row(key, values, columns, total)
        if headless and placed.how not in ("as printed", "by arithmetic", "by template"):
            shown = " ".join(v.text for v in values)  # no header and no placement the arithmetic allows: a guess
            self.problems.append(problem(f"资金表头缺失，{FUNDS_ROW_ZH[key]}行的数值“{shown}”无一种对应栏目的方式符合表内算术关系，未读取",
                                         f"funds header missing and no placement of the {key} row's values '{shown}' "
                                         "fits the form's arithmetic; not read", label.source))
            return columns, total
        if key == "total":
            total = placed.values
        put(self.doc, self.problems, key, label, values, placed)
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
            elif funds_amount(x) is not None and len(cols) >= 2:
                run: list[Token] = []
                while j < stop and (funds_amount(self.t[j].text) is not None or self.t[j].text in DASHES):
                    run.append(self.t[j])
                    j += 1
                parts = share(run, [key for key, _, _ in rows], cols)
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
