"""政策绩效自我评价表 — the policy self-evaluation form.

A form opens at its 政策名称 row and runs, across page breaks, to the next form. It holds header fields
(政策名称, 自评开始/结束时间), the spending scale (整体支出规模: rows 年度资金总额 and 中央/市级/区级补助,
columns 全年预算数, 跟踪执行数, 执行率, placed by the header's labels), the goals (年初设定目标,
全年实际完成情况), and the indicator rows with a weight per first-level indicator (一级权重, kept in
``Document.level1_weights``) and a self-assigned score (自评分 → ``score``). 原因分析 is the row's
``deviation_note`` and 改进措施 its ``improvement``.
"""

from __future__ import annotations

import re

from jixiao.core.records import POLICY_FUNDS_ROWS, Document, FundsRow, Problem
from jixiao.core.source import Source
from jixiao.core.table import Cell
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import (
    Row,
    eff,
    find_year,
    first,
    label_containing,
    label_pairs,
    money_unit,
    norm,
    problem,
    table_of,
)
from jixiao.read.recognise.funds import FundsHeader
from jixiao.read.recognise.indicatorhead import indicator_columns
from jixiao.read.recognise.indicators import IndicatorBlock

TYPE = "policy_self_evaluation"
HEADER_LABELS = ("政策名称", "自评开始时间", "自评结束时间", "主管部门", "实施单位", "政策类型", "评价时间")
FUNDS_ROW_LABELS: tuple[tuple[str, str], ...] = (
    ("年度资金总额", "total"),
    ("资金总额", "total"),
    ("中央补助", "central"),
    ("市级补助", "municipal"),
    ("区级补助", "district"),
)
FUNDS_ROW_ZH = {"total": "年度资金总额", "central": "中央补助", "municipal": "市级补助", "district": "区级补助"}
GOAL_LABELS = ("年初设定目标", "全年实际完成情况")
SKIP_LABELS = ("基本信息", "年度总体目标", "绩效目标完成情况", "指标完成情况", "政策绩效自我评价表")
FORM_STARTS = ("政策名称", "项目名称")
_DATE_YEAR = re.compile(r"((?:19|20)\d{2})\s*[.\-/年]")


def recognise(fr: FileRead) -> list[Document]:
    rows = [(ti, r) for ti, t in enumerate(fr.tables) for r in t.rows]
    marks = [(k, f[1].split(":", 1)[0]) for k, (_, r) in enumerate(rows)
             if (f := first(r)) is not None and f[1].split(":", 1)[0] in FORM_STARTS]
    docs: list[Document] = []
    for n, (k, label) in enumerate(marks):
        if label != "政策名称":
            continue
        end = marks[n + 1][0] if n + 1 < len(marks) else len(rows)
        docs.append(_PolicyForm(fr, rows, k, end).build())
    return docs


class _PolicyForm:
    def __init__(self, fr: FileRead, rows: list[tuple[int, Row]], start: int, end: int) -> None:
        self.fr, self.rows, self.start, self.end = fr, rows, start, end
        self.problems: list[Problem] = []
        s = rows[start][1][0].source
        self.doc = Document(
            type=TYPE, title=None, source=Source(s.file, s.line, s.page, None, s.sheet), problems=self.problems
        )
        self.doc.funds = {k: FundsRow() for k in POLICY_FUNDS_ROWS}
        self.funds_header: FundsHeader | None = None
        self.block: IndicatorBlock | None = None
        self.section = "header"

    def build(self) -> Document:
        doc = self.doc
        for _, row in self.rows[self.start : self.end]:
            f = first(row)
            if f is not None:
                self._row(row, *f)
        doc.tables = table_of(self.fr.tables, (ti for ti, _ in self.rows[self.start : self.end]))
        t0 = doc.tables[0] if doc.tables else None
        if doc.money_unit is None and t0 is not None:
            doc.money_unit = money_unit(t0.preamble)
        doc.year = self._year() or find_year(t0.preamble if t0 else [])
        if self.block is None:
            self.problems.append(problem("未找到绩效指标表", "no indicator table found", doc.source))
        else:
            doc.indicators = self.block.finish()
            doc.level1_weights = self.block.level1_weights
        if doc.title is None:
            self.problems.append(problem("政策名称缺失", "policy name missing", doc.source))
        return doc

    def _year(self) -> int | None:
        """The year the self-evaluation covers, when 自评开始时间 and 自评结束时间 name the same one."""
        years = {m.group(1) for k, v in self.doc.header.items() if k.startswith("自评") and v.str_
                 for m in [_DATE_YEAR.search(v.str_)] if m}
        return int(years.pop()) if len(years) == 1 else None

    def _row(self, row: Row, i: int, label: str) -> None:
        if label.split(":", 1)[0] in HEADER_LABELS or any(norm(eff(c)).split(":", 1)[0] in HEADER_LABELS for c in row):
            pairs, stray = label_pairs(row, HEADER_LABELS)
            self.doc.header.update(pairs)
            self._unplaced(stray)
            name = pairs.get("政策名称")
            if name is not None and isinstance(name.value, str) and self.doc.title is None:
                self.doc.title = name.value
            return
        if label.startswith("整体支出规模") or label.startswith("支出规模"):
            self.section = "funds"
            self.funds_header = FundsHeader()
            return
        if label.startswith("分类") and self.section in ("header", "funds") and self.block is None:
            self.section = "funds"  # the 整体支出规模 title may have been lost as body text
            self.funds_header = self.funds_header or FundsHeader()
            self.funds_header.add_row(row, self.problems, skip=[label])
            self.doc.money_unit = money_unit(eff(c) for c in row) or self.doc.money_unit
            return
        key = label_containing(label, FUNDS_ROW_LABELS)
        if key is not None and self.section == "funds":
            header = self.funds_header or FundsHeader()
            placed, _ = header.place(row, i, self.problems, FUNDS_ROW_ZH[key])
            self.doc.funds[key] = placed
            return
        if label.startswith(GOAL_LABELS):
            self.section = "goals"
            pairs, stray = label_pairs(row, GOAL_LABELS)
            self.doc.header.update(pairs)
            self._unplaced(stray)
            return
        cols = indicator_columns(row)
        if cols is not None:
            if self.block is None:
                self.block = IndicatorBlock(cols, self.problems, with_level1_weight=True)
            else:
                self.block.set_columns(cols)
            self.section = "indicators"
            return
        if label.startswith(SKIP_LABELS) and sum(1 for c in row if eff(c)) == 1:
            return
        if self.section == "indicators" and self.block is not None:
            self.block.add(row)
        else:
            self._unplaced([c for c in row if eff(c)])

    def _unplaced(self, cells: list[Cell]) -> None:
        for c in cells:
            t = eff(c)
            self.problems.append(problem(
                f"单元格“{t}”无法归入评价表的任何栏目，未读取", f"cell '{t}' fits no part of the form; not read", c.source
            ))

