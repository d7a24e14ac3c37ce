"""One project-layout form read from its span of the text stream (``recognise.stream``): the header fields by
their labels, the funds block (``recognise.streamfunds``), the 评价内容 rows (``recognise.streamdecision``), the
indicator block (``recognise.streamindicators``, or the rows under no header: ``recognise.streamheadless``) and
the total (``recognise.streamtotal``); then whether the indicator block was read whole.
"""

from __future__ import annotations

from jixiao.core.records import (
    FUNDS_ROWS,
    HALF_READ,
    ROWS_UNSPLIT,
    Document,
    FundsRow,
    IndicatorRow,
    Problem,
    Val,
)
from jixiao.core.source import Source
from jixiao.read.recognise import streamdecision as decision
from jixiao.read.recognise.common import find_year, money_unit, problem, swallowed_figures
from jixiao.read.recognise.deptmark import departments, unscored
from jixiao.read.recognise.depttasks import TASKS, skip_tasks, total_as_funds
from jixiao.read.recognise.formspec import (
    ALL_LABELS,
    FUNDS_STARTS,
    HEADER_LABELS,
    MONEY,
    NAME_FALLBACK,
    NAME_LABELS,
    PROJECT_NAMES,
    STANDARD_ORDER,
    funds_column,
    funds_row,
)
from jixiao.read.recognise.levelsum import (
    NO_TOTAL_ROW,
    by_weight_sum,
    execution_as_indicator,
    levels_whole,
    lone_figures,
    over_level,
    unscored_runs,
)
from jixiao.read.recognise.streamfunds import FundsBlock
from jixiao.read.recognise.streamheadless import first_row as headless_at
from jixiao.read.recognise.streamheadless import read_headless, total_is_weight
from jixiao.read.recognise.streamindicators import IndicatorBlock
from jixiao.read.recognise.streamtotal import total_and_grade
from jixiao.read.recognise.tokens import Token, number, plain

TYPE = "project_self_evaluation"


class FormReader:
    """Reads one project-layout form from its span of the text stream (``read``): its header fields, funds block,
    indicator block and total, each by its labels; None when it read no figure and no skeleton of a form."""

    def __init__(self, toks: list[Token], before: list[str], lead: list[Token] | None = None) -> None:
        self.t = toks
        self.before = before
        self.lead = lead or []  # the tokens above the first form's name: its title block
        self.problems: list[Problem] = []
        src = toks[0].source
        self.doc = Document(type=TYPE, title=None, source=Source(src.file, src.line, src.page, None, src.sheet),
                            problems=self.problems)
        self.doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
        self.closed = False  # the indicator block ended at a total row
        self.rows_lost = False  # an indicator row could not be read whole
        # rows whose two numbers after the unit may be 完成值 and 分值 or 分值 and 得分 (``levelsum.by_weight_sum``)
        self.two_numbers: list[tuple[IndicatorRow, Token, Token, Problem]] = []
        self.lone: list[IndicatorRow] = []  # rows that held one figure (``levelsum.lone_figures``)
        self.glued: list[IndicatorRow] = []  # rows whose weight and score were one run of digits (``levelsum.unscored_runs``)

    def read(self) -> Document | None:
        doc = self.doc
        funds_label = lambda x: (x.startswith(FUNDS_STARTS) or funds_column(x) in MONEY  # noqa: E731
                                 or funds_row(x) == "total" and x != "合计")  # 总额 opening a block whose header was lost
        # a department form's 年度主要任务 (预算数 / 执行数 of its tasks) is no funds block (``depttasks``)
        i_funds, tasks = skip_tasks(self.t, self._index(funds_label), lambda k: self._index(funds_label, k))
        i_ind = self._index(lambda x: x in ("三级指标", "指标名称"), i_funds or 0)
        self._header(0, i_funds if i_funds is not None else (i_ind or len(self.t)))
        if i_funds is not None:
            rows_at = headless_at(self.t, i_funds) if i_ind is None else None  # rows under no header end the block
            FundsBlock(self.t, doc, self.problems).read(i_funds, i_ind if i_ind is not None else rows_at or len(self.t))
            if all(getattr(doc.funds["total"], c).value is None for c in STANDARD_ORDER):
                self.problems.append(problem("找到资金表，但年度资金总额行未能读取", "funds block found, but its total row "
                                             "could not be read", self.t[i_funds].source))
        left: tuple[Token, Token] | None = None
        i_dec = next((k for k in range(len(self.t)) if decision.opens(self.t, k)), None)
        decided = decision.read_decision(self.t, i_dec, doc, self.problems) if i_dec is not None else 0
        if i_ind is not None:
            before = len(self.problems)
            block = IndicatorBlock(self.t, doc, self.problems)
            block.read(i_ind)
            self.rows_lost = len(self.problems) - block.notes - len(block.two_numbers) > before  # placed below
            self.closed, self.two_numbers, self.lone, self.glued = block.closed, block.two_numbers, block.lone, block.glued
            left = block.total_left
        elif (headless := read_headless(self.t, i_funds or 0, doc, self.problems, IndicatorBlock)) is not None:
            i_ind = headless_at(self.t, i_funds or 0)  # the rows read under the template header that fits
            self.closed = headless.closed
        if tasks is not None:
            doc.extra[TASKS] = tasks.as_extra()
            self.problems.extend(tasks.problems)
            total_as_funds(doc, tasks)
        # the form's total stands outside its funds block: a 合计 there is the funds' total row (部门整体支出合计)
        funds_span = range(i_funds, i_ind) if i_funds is not None and i_ind is not None else range(0)
        total_and_grade(self.doc, [t for k, t in enumerate(self.t) if k not in funds_span], self.problems)
        if doc.total_score.value is None and self.lead:  # 自评总分: 69 printed in the title block, above 项目名称
            total_and_grade(self.doc, self.lead, self.problems)
        total_is_weight(self.doc, self.problems)  # 合计 100 over rows that hold weights and no score
        if left is not None and doc.total_score.value is None and doc.total_weight.value is None:
            w, s = left  # the total row's figures stood before its label (columns interleaved)
            doc.total_weight, doc.total_score = Val(number(w.text), w.text, w.source), Val(number(s.text), s.text, s.source)
            self.problems.append(problem(f"总分行的数值（{w.text}、{s.text}）在文本中位于其标签之前，按配对后余下的数值读取",
                                         f"the total row's figures ({w.text}, {s.text}) stand before its label: read as "
                                         "those left after the rows were paired", w.source))
        if not by_weight_sum(self.doc, self.two_numbers, self.problems):
            self.rows_lost = True  # rows whose two numbers the sums did not place
        unscored_runs(self.doc, self.glued, self.problems)
        over_level(self.doc, self.problems)
        lone_figures(self.doc, self.lone, self.problems)
        self._whole(i_ind)
        if decided and i_ind is not None and len(doc.indicators) == decided:
            # the 评价内容 rows read, the indicator block's not: a sum over the rows would be a sum of a part
            doc.extra.setdefault(HALF_READ, "绩效指标表的行未能读取，只读到评价内容各行")
        execution_as_indicator(self.doc, self.problems)
        fw = doc.funds["total"].weight
        if doc.level1_weights and fw.value is not None:  # the execution block is the form's other first level
            doc.level1_weights = {"预算执行": fw, **doc.level1_weights}
        read_any = (any(getattr(r, k).value is not None for r in doc.funds.values() for k in STANDARD_ORDER)
                    or doc.indicators  # else a total under a form's own name label (a 合计 100 alone is no form)
                    or doc.total_score.value is not None and self.t[0].text in NAME_LABELS)
        # a project's form whose skeleton survived (its name, its funds block's and indicator block's labels in
        # order) and whose every figure was lost: recognised, saying it could read none; labels alone, without the
        # blocks, are a structure lost beyond reading (``verdict``); a department's form with its name and an indicator
        # block of targets and actuals only (no 分值 nor 得分 to read) the same
        named = doc.header.get(self.t[0].text, Val(None)).value is not None
        skeleton = i_funds is not None and i_ind is not None and i_funds < i_ind
        department = departments(self.before, self.t[0].text, [t.text for t in self.t[: 60 if i_ind is None else i_ind]])
        bare = named and (skeleton and self.t[0].text in PROJECT_NAMES or department and i_ind is not None
                          and unscored([t.text for t in self.t[i_ind : i_ind + 12]]))
        if not read_any and not bare:
            return None
        if not read_any:
            self.problems.append(problem("表中的数值均未能读取（预算、执行、分值、得分的单元格为空或已丢失）",
                                         "none of the form's figures could be read (budget, spending, weights and "
                                         "scores are blank or lost)", self.t[0].source))
        name = next((doc.header[k] for k in (*NAME_LABELS, *NAME_FALLBACK) if k in doc.header), None)
        doc.title = name.str_ if name is not None else None
        if name is not None and "部门" not in doc.header and department:
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
        unsplit = [n for n in (i.level3.str_ or "" for i in doc.indicators) if swallowed_figures(n)]
        if unsplit:
            doc.extra[ROWS_UNSPLIT] = doc.extra[HALF_READ] = "有指标行的各栏未能分开"
            self.problems.append(problem(f"指标行“{unsplit[0][:30]}”的名称中夹着其他栏的数值，各行的栏目可能错位",
                                         "an indicator row's name holds other cells' figures: every row's columns are "
                                         "in doubt", doc.source))
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
                if label.text in NAME_FALLBACK and value.text in ALL_LABELS and value.text not in HEADER_LABELS:
                    continue  # 二、部门年度目标 cut at its label 年度目标: that 部门 names no department
                if value.text in HEADER_LABELS or value.text in FUNDS_STARTS:
                    self.doc.header[label.text] = Val(None, None, label.source)
                elif plain(value.text) and k + 2 < len(self.t) and self.t[k + 2].text.startswith("年"):
                    text = value.text + self.t[k + 2].text  # "2020 年市级…": a year split off by a space
                    self.doc.header[label.text] = Val(text, text, value.source)
                else:
                    self.doc.header[label.text] = Val(value.text, value.text, value.source)
