"""One project self-evaluation form read from its rows (``project.recognise`` finds where each begins and ends): its
header fields, funds block (by the header's labels, ``funds``), goals, indicator block, total and grade, found by
their labels, never by position. A cell that cannot be placed is a located problem on the document."""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.records import (
    BLANK_FUNDS_ROWS,
    FUNDS_COLUMNS,
    FUNDS_ROWS,
    HALF_READ,
    MISSING,
    Document,
    FundsRow,
    Problem,
    Val,
)
from jixiao.core.source import Source
from jixiao.core.table import Cell
from jixiao.read.base import FileRead
from jixiao.read.grid import NO_VALUE
from jixiao.read.recognise.common import (
    BLOCK_WEIGHT,
    Row,
    eff,
    find_year,
    first,
    is_dash,
    is_number,
    label_pairs,
    money_unit,
    next_value,
    norm,
    num_val,
    problem,
    table_of,
    text_val,
)
from jixiao.read.recognise.formspec import FUNDS_ROW_ZH, FUNDS_STARTS, TOTAL_LABELS
from jixiao.read.recognise.funds import FundsHeader, funds_key
from jixiao.read.recognise.indicatorhead import indicator_columns, model_columns
from jixiao.read.recognise.indicators import IndicatorBlock
from jixiao.read.recognise.levelsum import levels_whole
from jixiao.read.recognise.project_labels import (
    GOAL_LABELS,
    GRADE_LABELS,
    HEADER_LABELS,
    TYPE,
    Located,
    is_title_row,
    name_label,
)
from jixiao.read.recognise.streamheadless import total_is_weight
from jixiao.read.recognise.streamtotal import grade_said


def block_weight(row: Row) -> Val | None:
    """The execution block's weight printed in its header row's labels ((20分), 得分（20分*执行率）)."""
    for c in row:
        m = BLOCK_WEIGHT.search(norm(eff(c)))
        if m is not None:
            return Val(Decimal(m.group(1)), f"{m.group(1)}分", c.source)
    return None


class Form:
    def __init__(self, fr: FileRead, rows: list[Located], begin: int, start: int, end: int) -> None:
        self.fr = fr
        self.rows = rows
        self.begin, self.start, self.end = begin, start, end
        self.problems: list[Problem] = []
        first_cell = rows[start][1][0].source
        self.doc = Document(
            type=TYPE,
            title=None,
            source=Source(first_cell.file, first_cell.line, first_cell.page, None, first_cell.sheet),
            problems=self.problems,
        )
        self.doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
        self.funds_header: FundsHeader | None = None
        self.funds_seen = False
        self.block: IndicatorBlock | None = None
        self.section = "header"
        self.assumed_noted = False
        self.label_weight: Val | None = None  # 预算执行情况（万元）（20分）: the block's weight in its label

    def build(self) -> Document:
        doc = self.doc
        texts: list[str] = []
        for _, row in self.rows[self.begin : self.start]:
            texts.extend(eff(c) for c in row)
        table = self.fr.tables[self.rows[self.start][0]]
        texts.extend(table.preamble)
        doc.year = find_year(texts)
        after_total = False
        for _, row in self.rows[self.start : self.end]:
            f = first(row)
            if f is None:
                continue
            if after_total and not f[1].startswith(GRADE_LABELS):
                break
            if self._row(row, *f) == "stop":
                break
            after_total = after_total or self.section == "total"
        doc.tables = table_of(self.fr.tables, (ti for ti, _ in self.rows[self.begin : self.end]))
        if doc.money_unit is None:
            doc.money_unit = money_unit(texts)
        if self.block is None:
            self.problems.append(problem("未找到绩效指标表", "no indicator table found", doc.source))
        else:
            doc.indicators = self.block.finish()
            if self.block.lost:
                # cells dropped or a value read as a name: the sums over the rows would be sums of a part
                doc.extra.setdefault(HALF_READ, f"指标表有{self.block.lost}处单元格未能归入栏目")
        total_is_weight(doc, self.problems)  # 合计 100 over rows that hold weights and no score (四川's blank 得分)
        if doc.title is None:
            self.problems.append(problem("项目名称缺失", "project name missing", doc.source))
        if doc.total_score is MISSING:
            self.problems.append(problem("未找到总分行", "no total (总分) row found", doc.source))
            if doc.indicators and not levels_whole(doc):
                # no total row closes the table (an excerpt cut short): its rows may not all be there, so no
                # sum over them is checked (the text reader does the same, ``recognise.stream``)
                doc.extra.setdefault(HALF_READ, "指标表后没有总分行")
        return doc

    def _row(self, row: Row, i: int, label: str) -> str | None:
        doc = self.doc
        labels = {norm(t) for c in row if (t := eff(c))}
        if (not labels.isdisjoint(HEADER_LABELS) or any(x.split(":", 1)[0] in HEADER_LABELS for x in labels if ":" in x)
                or name_label(label)):
            self._header(row)
            return None
        if label.startswith(("项目资金", "资金情况")) or (
                self.section == "header" and label.startswith(FUNDS_STARTS) and not label.startswith("预算执行率")):
            self.section = "funds"
            doc.money_unit = money_unit([eff(row[i])]) or doc.money_unit
            self.funds_header = FundsHeader()
            self.funds_header.add_row(row, self.problems, skip=[label])
            self.label_weight = block_weight(row)
            return None
        key = funds_key(label)
        if key is not None and self.section in ("funds", "header"):
            self._funds_row(row, i, key)
            return None
        if self.section == "funds" and not self.funds_seen and self.funds_header is not None:
            self.funds_header.add_row(row, self.problems)
            return None
        if label.startswith(GOAL_LABELS) or not labels.isdisjoint(("预期目标", "实际完成情况")):
            self.section = "goals"
            self._goals(row)
            return None
        cols = indicator_columns(row) if "三级指标" in labels else None
        if cols is not None:
            model_columns(row, cols, self.problems)
            if self.block is None:
                self.block = IndicatorBlock(cols, self.problems)
            else:
                self.block.set_columns(cols)
            self.section = "indicators"
            return None
        if label.startswith(TOTAL_LABELS):
            self._total(row, i)
            self.section = "total"
            return None
        if label.startswith(GRADE_LABELS):
            said = grade_said(label) or ""  # 自评等级：良, the grade in its label's cell (a grade only)
            nxt = next_value(row, i)
            doc.grade = (Val(said, said, row[i].source) if said else text_val(nxt[1]) if nxt
                         else Val(None, None, row[i].source))
            return "stop"
        if is_title_row(label):
            return None
        if self.section == "indicators" and self.block is not None:
            self.block.add(row)
        elif self.section == "goals":
            self._goals(row)
        else:
            self._unplaced(row)
        return None

    def _header(self, row: Row) -> None:
        names = {n.split(":", 1)[0] for c in row if (t := eff(c)) and name_label(n := norm(t))}
        pairs, stray = label_pairs(row, (*HEADER_LABELS, *names))
        for alias in names - {"项目名称"}:  # 专项资金名称 | X: the project's name
            if alias in pairs:
                pairs.setdefault("项目名称", pairs.pop(alias))
        self.doc.header.update(pairs)
        for c in stray:
            self._unplaced_cell(c)
        name = self.doc.header.get("项目名称")
        if name is not None and self.doc.title is None and isinstance(name.value, str):
            self.doc.title = name.value

    def _funds_row(self, row: Row, i: int, key: str) -> None:
        self.funds_seen = True
        if self.funds_header is None:
            self.funds_header = FundsHeader()
        name = FUNDS_ROW_ZH[key]
        total = self.doc.funds["total"] if key != "total" else None
        placed, assumed = self.funds_header.place(row, i, self.problems, name, total)
        if assumed and not self.assumed_noted:
            self.assumed_noted = True
            self.problems.append(problem(
                "资金表头损坏（栏目不全），按表式的标准栏目顺序（年初预算数、全年预算数、全年执行数、分值、执行率、得分）读取",
                "funds header damaged (labels missing): values read in the form's standard column order",
                self.funds_header.source or row[i].source,
            ))
        if key == "total" and placed.weight.value is None and self.label_weight is not None:
            placed.weight = self.label_weight
            self.problems.append(problem(f"预算执行的分值读自资金表的标题（{self.label_weight.text}）",
                                         "the execution block's weight read from its label", self.label_weight.source))
        self.doc.funds[key] = placed
        printed_blank = all(not (t := eff(c)) or is_dash(t) for c in row[i + 1 :])  # not a row whose numbers went unread
        if key != "total" and printed_blank and all(getattr(placed, c).value is None for c in FUNDS_COLUMNS):
            self.doc.extra.setdefault(BLANK_FUNDS_ROWS, []).append(key)  # printed blank: holds zero

    def _goals(self, row: Row) -> None:
        for c in row:
            t = eff(c)
            if not t or norm(t).startswith(GOAL_LABELS):
                continue
            for k in ("预期目标", "实际完成情况"):
                if k not in self.doc.header:
                    self.doc.header[k] = text_val(c)
                    break

    def _total(self, row: Row, i: int) -> None:
        nums: list[Cell] = []
        for c in row[i + 1 :]:
            t = eff(c)
            if not t:
                continue
            if is_number(t) or t in NO_VALUE:  # a value that cannot be read still holds its place
                nums.append(c)
            else:
                self._unplaced_cell(c)
        if len(nums) >= 2:
            self.doc.total_weight = num_val(nums[0])[0]
            self.doc.total_score = num_val(nums[1])[0]
            for c in nums[2:]:
                self._unplaced_cell(c)
        elif len(nums) == 1:
            self.doc.total_score = num_val(nums[0])[0]
            self.problems.append(problem(
                "总分行只有一个数值，视为总得分", "the total row holds one number, read as the total score",
                nums[0].source,
            ))
        else:
            self.doc.total_score = Val(None, None, row[i].source)
            self.problems.append(problem("总分行没有数值", "the total row holds no number", row[i].source))

    def _unplaced(self, row: Row) -> None:
        for c in row:
            if eff(c):
                self._unplaced_cell(c)

    def _unplaced_cell(self, c: Cell) -> None:
        t = eff(c)
        self.problems.append(problem(
            f"单元格“{t}”无法归入自评表的任何栏目，未读取", f"cell '{t}' fits no part of the form; not read", c.source
        ))

