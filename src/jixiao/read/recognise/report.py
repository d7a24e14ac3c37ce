"""A project's self-evaluation given as a report, not as the form: figures stated in sentences or in the
report form's labelled cells, wherever the text puts them.

Published evaluations often reach users as prose (项目全年预算数为1050万元，执行数为1050万元，完成预算的100%；
综合评价得分为99.8分) or as the older 财政支出项目绩效评价报告 form (计划安排资金(万元) 48 | 实际到位资金(万元) 48 |
实际支出(万元) 46.5), whatever the layout: one cell per line, run together, flattened. When no form was found
in a file, its text is searched for these statements: the budget, what was spent, the execution rate and
the score, each with its source. The document says that it was read from a report and that no indicator
table was found, so nothing is checked that needs more than these figures.

A file is taken for a project's evaluation only when it says so (项目 with 绩效 / 自评 / 评价) and states both
a budget and what was spent close together; a department's evaluation (部门整体) is not a project's.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from jixiao.core.records import FUNDS_ROWS, Document, FundsRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, gapped, problem
from jixiao.read.recognise.gradebands import GRADE_SAID
from jixiao.read.recognise.rulewords import squash
from jixiao.read.recognise.transfer_text import Flat, flatten

TYPE = "project_self_evaluation"
_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_UNIT = r"\s*(万元|元|万)?"
# the label's unit, a count of projects between the label and its amount (年初批复预算8个项目985万元), the verb
_LEAD = r"\s*(?:\(\s*(万元|元)\s*\))?\s*(?:\d+\s*个\s*项\s*目\s*)?(?:为|是|:|达|共计|总计|合计)?\s*"
# the older 财政支出项目绩效评价报告 form's table labels (计划投资额(万元) 18821.06 | 实际使用情况(万元) …), which
# ``read.despace`` joins where PDF spaces cut them
FORM_LABELS = ("计划安排资金", "计划投资额", "实际使用情况")
# a budget, then what was spent: the report form's labels and the sentences' words, the most specific first
BUDGET_WORDS = (*FORM_LABELS[:2], "年初批复预算", "批复预算数", "批复预算", "批复数", "全年预算数", "全年预算", "调整后预算数", "调整后预算", "年度预算数", "下达预算资金",
                "下达预算", "年初预算数", "年初预算", "预算资金", "预算数", "项目预算", "预算")
EXECUTED_WORDS = ("实际支出", FORM_LABELS[2], "实际使用", "实际总支出", "全年执行数", "全年执行", "执行数", "执行金额", "实际支付",
                  "累计支出", "实际拨付", "已支出")


def spaced(words: tuple[str, ...]) -> str:
    """``words`` as alternatives that also match with the spaces PDF text puts inside a run of characters (年初预 算数)."""
    return "|".join(gapped(re.escape(w)) for w in words)


# 支出 alone is what was spent only where it opens a clause (，支出989.935万元), never inside one (项目支出87.5万元)
_SPENT = r"(?<=[,;。、\s])支\s*出(?:\s*数|\s*金\s*额)?"
BUDGET = re.compile(f"({spaced(BUDGET_WORDS)})" + _LEAD + _NUM + _UNIT)
EXECUTED = re.compile(f"({spaced(EXECUTED_WORDS)}|{_SPENT})" + _LEAD + _NUM + _UNIT)
_INITIAL = "年初"  # a budget so labelled (年初预算, 年初批复预算) is the initial one; the rate divides by the annual budget
RATE = re.compile(f"(?:{spaced(('预算执行率', '资金执行率', '执行率', '完成预算的'))})" + r"\s*(?:为|是|:|达到|达)?\s*" + r"(\d+(?:\.\d+)?)\s*%")
SCORE_WORDS = ("综合评价得分", "自评得分", "评价得分", "综合得分", "自评总分", "总体得分", "总得分", "自评分", "评分为", "得分为")
SCORE = re.compile(f"(?:{spaced(SCORE_WORDS)})" + r"\s*(?:为|是|:)?\s*(\d+(?:\.\d+)?)\s*分")
# the grade the report gives with its score (自评得分74.05分，等级为合格 / 评价等级为"优"): ``gradebands.GRADE_SAID``
GRADE = GRADE_SAID
_NEAR = 60  # characters around the score within which its grade stands
NAME = re.compile(r"项目名称\s*[:]?\s*([^\s:]{2,40}?)(?=\s|项目单位|项目实施单位|实施单位|主管部门|$)")
_REACH = 240  # characters within which what was spent follows its budget
# a title calling the file a project's evaluation report (项目支出绩效单位自评报告, 项目绩效评价报告), near its top
TITLE = re.compile(r"项目[^。]{0,12}?绩效[^。]{0,6}?(?:自评|评价)报告")
_TOP = 400
# or, anywhere (a page may begin mid-report), the heading such a report's outline gives its funds: 二、项目资金申报及使用
# 情况, 二、项目资金使用及管理情况
OUTLINE = re.compile(r"[一二三四五六七八九十]、项目资金[^。]{0,8}?使用[^。]{0,6}?情况")
_ABOUT = re.compile(r"项目")
_EVALUATION = re.compile(r"绩效|自评|评价")


def report_text(fr: FileRead) -> Flat:
    """The file's text as one string (units folded by NFKC, joined by spaces), with the source of every stretch."""
    return flatten(fr, lambda text: unicodedata.normalize("NFKC", text), " ")


def amount(m: re.Match[str], t: Flat) -> tuple[Val, str | None]:
    number = m.group(3).replace(",", "")
    unit = m.group(4) or m.group(2)
    text = m.group(3) + (m.group(4) or "")
    return Val(Decimal(number), text, t.source_at(m.start(3))), ("万元" if unit == "万" else unit)


def recognise(fr: FileRead) -> list[Document]:
    t = report_text(fr)
    if not t.text or "部门整体" in t.text or not _ABOUT.search(t.text) or not _EVALUATION.search(t.text):
        return []
    titled = TITLE.search(squash(t.text[:_TOP])) is not None or OUTLINE.search(squash(t.text)) is not None
    doc = read_statements(fr, t, titled=titled)
    if doc is None:
        return []
    from jixiao.read.recognise.reportform import complete

    complete(doc, t)  # the amounts arrived and left, the spending detail table: for the audit's arithmetic
    return [doc]


def read_statements(fr: FileRead, t: Flat, budget: re.Pattern[str] = BUDGET,
                    executed: re.Pattern[str] = EXECUTED, sentence: bool = False,
                    titled: bool = False) -> Document | None:
    """The first budget followed (within reach) by what was spent, with the rate and the score around them; the
    department's report reader (``recognise.deptreport``) passes the wordings of its own statements, and
    ``sentence``: the rate only from the sentence that states them (a department's report states the rates of
    its parts too). ``titled``: the file's title calls it a project's evaluation report, so a budget stated
    without what was spent (the excerpt ends first) is read too, the spending missing with a problem."""
    found = [(b, executed.search(t.text, b.end(), b.end() + _REACH)) for b in budget.finditer(t.text)]
    b, e = next(((b, e) for b, e in found if e is not None), found[0] if titled and found else (None, None))
    if b is None:
        return None
    doc = _document(fr, t, b, e, sentence)
    if squash(b.group(1)).startswith(_INITIAL):  # 年初预算X万元，全年预算Y万元，全年执行Z万元: the annual one too
        total = doc.funds["total"]
        total.initial_budget = total.annual_budget
        annual = next((m for m in budget.finditer(t.text, b.end(), e.start() if e else b.end() + _REACH)
                       if not squash(m.group(1)).startswith(_INITIAL)), None)
        total.annual_budget = amount(annual, t)[0] if annual is not None else Val(None)
    return doc


def _end(text: str, at: int) -> int:
    """The end of the sentence that holds position ``at``."""
    k = text.find("。", at)
    return len(text) if k < 0 else k + 1


def _document(fr: FileRead, t: Flat, b: re.Match[str], e: re.Match[str] | None, sentence: bool = False) -> Document:
    src = t.source_at(b.start())
    problems = [problem("未找到自评表，从评价报告的文字中读取了预算数、执行数、执行率和得分；指标未读取",
                        "no self-evaluation form: the budget, spending, rate and score read from the report's "
                        "text; no indicators read", src)]
    doc = Document(type=TYPE, title=None, source=src, problems=problems)
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    total = doc.funds["total"]
    budget, unit_b = amount(b, t)
    total.annual_budget = budget
    executed, unit_e = amount(e, t) if e is not None else (Val(None), None)
    if e is None:
        problems.append(problem("报告只说明了预算数，未找到执行数（实际支出）", "the report states the budget but no "
                                "spending was found", budget.source))
    elif unit_b and unit_e and unit_b != unit_e:
        problems.append(problem(f"预算数（{budget.text}）与执行数（{executed.text}）的单位不同，执行数未读取",
                                f"the budget ({budget.text}) and the spending ({executed.text}) are in different "
                                "units; the spending not read", executed.source))
    else:
        total.executed = executed
    last = e.end() if e is not None else b.end()
    lo, hi = max(0, b.start() - _REACH), last + _REACH
    if sentence:
        lo, hi = max(lo, t.text.rfind("。", 0, b.start()) + 1), min(hi, _end(t.text, last))
    rate = RATE.search(t.text, lo, hi)
    if rate is not None:
        total.rate = Val(Decimal(rate.group(1)), rate.group(1) + "%", t.source_at(rate.start(1)))
    score = SCORE.search(t.text)
    if score is not None:
        doc.total_score = Val(Decimal(score.group(1)), score.group(1), t.source_at(score.start(1)))
        grade = GRADE.search(t.text, max(0, score.start() - _NEAR), score.end() + _NEAR)
        if grade is not None:
            doc.grade = Val(squash(grade.group(1)), grade.group(1), t.source_at(grade.start(1)))
    name = NAME.search(t.text)
    if name is not None:
        doc.header["项目名称"] = Val(name.group(1), name.group(1), t.source_at(name.start(1)))
        doc.title = name.group(1)
    doc.year = find_year([t.text[:400]])
    doc.money_unit = unit_b or unit_e
    return doc
