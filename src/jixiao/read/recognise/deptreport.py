"""部门整体支出绩效自评报告 — a department's self-evaluation given as a report, not as the form.

Many departments publish the report (部门整体支出绩效自评报告, 单位整体支出绩效评价报告 …) whose sentences state the
year's figures: 部门整体支出预算数为1217.99万元，全年实际支出1194.70万元，预算执行率为98.09%……自评得分为96.81分，
评价等级为“优”. When no form was found in a file whose heading says it is such a report, these statements are
read the way a project's report is read (``recognise.report.read_statements``: a budget, what was spent within
reach after it, the rate from the sentence that states them — a department's report states its parts' rates
too — and the score, each with its source), with the wordings departments use for their totals (预算总额,
全年支出 …). The record names the department (部门) and carries the heading as its
title, so that it is never taken for a project's; the grade is read where the report states it.

The heading must stand at the top of the text: a final account (决算) names the report only as one of its parts,
in its table of contents, and is not read here.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from jixiao.core.records import FUNDS_ROWS, HALF_READ, Document, FundsRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, gapped, problem, unwrap
from jixiao.read.recognise.gradebands import GRADE_SAID
from jixiao.read.recognise.report import BUDGET, EXECUTED, SCORE, TYPE, read_statements, report_text
from jixiao.read.recognise.rulewords import squash
from jixiao.read.recognise.transfer_text import Flat

_HEADING = re.compile(gapped(r"(?:(?:部门|单位|机关)\s*(?:\(\s*(?:单位|部门)\s*\))?\s*)?整体\s*(?:支出)?\s*绩效\s*"
                      r"(?:自评|评价)[^。;]{0,10}?报告"))

_HEAD_REACH = 800  # characters from the top within which the heading stands (after a site's breadcrumbs)
_ACCOUNTS = re.compile(r"决算")
_UNIT = re.compile(r"(?:部门|单位)\s*(?:\(\s*(?:单位|部门)\s*\))?\s*(?:全称|名称)\s*:?\s*([^\s:(]{2,40})")
_NEXT_LABEL = re.compile(r"预算编码|报告日期|评价方式|评价机构|主管部门|填报日期|联系人")


def _widen(pattern: re.Pattern[str], words: str) -> re.Pattern[str]:
    """``pattern`` with more wordings in its label group (its first group, which opens the pattern)."""
    assert pattern.pattern.startswith("(")
    return re.compile("(" + words + "|" + pattern.pattern[1:])


DEPT_BUDGET = _widen(BUDGET, "部门整体支出预算数?|整体支出预算数?|预算总额|支出预算总额|年度预算总额|"
                             "年初预算支出|部门预算支出|预算支出数?|支出预算数?|"
                             # 预算安排 / 批复预算 / 预算批复数: the budget as granted
                             "年度预算安排|预算安排|安排预算|年初批复预算|批复预算|预算批复数?|全年预算总额|预算总数|"
                             "调整预算数?")
DEPT_EXECUTED = _widen(EXECUTED, "全年实际支出|全年支出|支出总额|实际完成支出|"
                                 # what was spent as the final account states it
                                 "全年总支出|本年支出合计|支出合计|支出总计|本年支出|总支出|决算支出|全年决算数?|"
                                 "预算执行数|实际执行数?|累计执行|执行总额")
# the total score in the wordings departments' reports use beyond a project report's (``report.SCORE``); never a
# bare 得分, which an indicator's sentence uses too (预算执行率指标得分10分)
DEPT_SCORE = re.compile(r"(?:绩效自评得分|自评得分|自评总分|综合评分|综合得分|评价得分|最终得分|自评分数|评价分数|"
                        r"得分合计|总得分|总评分|经(?:综合)?(?:自评|评价)\s*[,，]?\s*(?:总)?得分)"
                        r"\s*(?:为|是|:|共)?\s*(\d+(?:\.\d+)?)\s*分")


def _fold(text: str) -> str:
    """A line folded as the report reader folds it (NFKC), and the gaps a PDF leaves between Chinese characters
    taken out (部门整体支出绩效自 评报告, 本年支出 合计)."""
    return unwrap(unicodedata.normalize("NFKC", text))


def heading(text: str) -> re.Match[str] | None:
    """The report's heading (…部门整体支出绩效自评报告) at the top of ``text``, unless a final account names it."""
    head = _HEADING.search(text, 0, _HEAD_REACH)
    return None if head is None or _ACCOUNTS.search(text, 0, head.start()) else head


def recognise(fr: FileRead) -> list[Document]:
    t = report_text(fr)
    head = heading(t.text)
    if head is None:
        return []
    doc = read_statements(fr, t, DEPT_BUDGET, DEPT_EXECUTED, sentence=True)
    if doc is None:
        doc = _unread(t, head)
    _stated(fr, doc)
    start = t.text.rfind(" ", 0, head.start()) + 1  # the heading's own words: the unit and year before it
    doc.title = t.text[start : head.end()]
    unit = _UNIT.search(t.text)
    if unit is not None:
        # cells run together: the name ends where the cover's next label begins (预算编码, 报告日期 …)
        name = _NEXT_LABEL.split(unit.group(1))[0] or unit.group(1)
        doc.header["部门"] = Val(name, unit.group(1), t.source_at(unit.start(1)))
    elif (m := re.match(r"(.{2,40}?)\s*20\d\d\s*年", doc.title)) is not None:
        doc.header["部门"] = Val(m.group(1), m.group(1), t.source_at(start))
    if doc.total_score.value is None and (score := DEPT_SCORE.search(t.text, head.end())) is not None:
        doc.total_score = Val(Decimal(score.group(1)), score.group(1), t.source_at(score.start(1)))
    grade = GRADE_SAID.search(t.text)
    if grade is not None:
        doc.grade = Val(squash(grade.group(1)), grade.group(0), t.source_at(grade.start(1)))
    return [doc]


def _unread(t: Flat, head: re.Match[str]) -> Document:
    """A department's report whose text states no budget and spending that could be read (the page ends before
    them, or they stand in a table attached apart): still a department's report, named by its heading and unit,
    with the score if it states one, and a located problem that says the figures were not read. Nothing else is
    made up."""
    src = t.source_at(head.start())
    doc = Document(type=TYPE, title=None, source=src, problems=[problem(
        "部门整体支出绩效评价报告：文中未读到预算数与执行数的语句（文本在此之前结束，或数字在另附的表格中），预算执行情况与指标未能核对",
        "a department's evaluation report: no budget and spending could be read from its text (it ends before "
        "them, or they stand in a table attached apart); its execution and indicators could not be checked", src)])
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    score = SCORE.search(t.text) or DEPT_SCORE.search(t.text, head.end())
    if score is not None:
        doc.total_score = Val(Decimal(score.group(1)), score.group(1), t.source_at(score.start(1)))
    doc.year = find_year([t.text[:400]])
    doc.extra[HALF_READ] = "报告的文字中没有可读取的预算数与执行数"
    return doc


# the report's own words for what the department spent in the year (its final account's 支出 total)
SPENT = ("本年支出合计", "支出总计", "支出合计", "本部门支出", "本单位支出", "部门支出", "总支出", "本年支出")


def _stated(fr: FileRead, doc: Document) -> None:
    """The income, spending and their parts the report states (本年收入合计…，其中：…；本年支出合计…，其中：基本支出…，
    项目支出…), read as a final account's 说明 is (``accounts.notes.stated_table``) and kept on the document, so that
    the audit holds each whole against its listed parts and shares. Where no budget and spending were read from
    the report's statements, what it says was spent (本年支出合计, 支出总计 …) is its 全年执行数, said so."""
    from jixiao.accounts.model import Accounts
    from jixiao.accounts.notes import stated_table

    body = [(_fold(x), src) for x, src in fr.body]
    table = stated_table(body, least=2)
    if table is None:
        return
    doc.extra["accounts"] = Accounts(tables=[table], year=doc.year, money_unit="万元", stage="final")
    doc.body = doc.body or body
    total = doc.funds["total"]
    if total.executed.value is not None:
        return
    rows = {r.name: r for r in table.rows}
    spent = next((rows[k] for k in SPENT if k in rows), None)
    if spent is None:
        return
    total.executed = next(iter(spent.values.values()))
    doc.problems.append(problem(
        f"报告未说明预算数；全年执行数读自报告所述的{spent.name}（{total.executed.text}万元）",
        f"the report states no budget; the year's spending read from its {spent.name} ({total.executed.text})",
        spent.source))
