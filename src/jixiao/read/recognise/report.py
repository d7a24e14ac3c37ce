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

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import FUNDS_ROWS, HALF_READ, READ_FROM_PROSE, Document, FundsRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import find_year, problem, sentence_end, sentence_start, squash
from jixiao.read.recognise.reportparts import read_parts
from jixiao.read.recognise.reportrate import by_rate
from jixiao.read.recognise.reportsections import self_scored
from jixiao.read.recognise.reportstated import (
    REACH,
    initial,
    lead_words,
    part_of_level,
    several,
    spent_after,
    spent_before,
    whole,
)
from jixiao.read.recognise.reportverdict import rate_alone, read_verdict
from jixiao.read.recognise.reportwords import (
    ACTED_ON,
    BUDGET,
    BUDGET_AFTER,
    EXECUTED,
    FORM_LABELS,
    GRADE,
    RATE,
    SCORE,
    money,
    spaced,
)
from jixiao.read.recognise.transfer_amounts import keep as keep_stated
from jixiao.read.recognise.transfer_prose import agrees
from jixiao.read.recognise.transfer_prosewords import RATE_PAID
from jixiao.read.recognise.transfer_said import SAID, said_sums
from jixiao.read.recognise.transfer_text import Flat, flatten

# the wordings are ``reportwords``'; their names stay importable from here (``deptreport``, ``read.despace``)
__all__ = ["BUDGET", "EXECUTED", "FORM_LABELS", "GRADE", "SCORE", "TYPE", "read_statements", "recognise",
           "report_text"]
TYPE = "project_self_evaluation"
NAME = re.compile(r"项目名称\s*[:]?\s*([^\s:]{2,40}?)(?=\s|项目单位|项目实施单位|实施单位|主管部门|$)")
USE_RATE = re.compile(spaced(("资金使用率", "支出进度")))
_PAID = re.compile(r"拨\s*付")  # the spending's own words say it was paid out (已拨付资金…)
_PAID_BACK = 12  # characters before the spending its words are looked for in
ARRIVED = re.compile(r"到\s*位[^。,;、\d]{0,8}?\d")
# a title calling the file a project's (or a fund's) evaluation report (项目支出绩效单位自评报告, 项目绩效评价报告,
# 专项资金绩效评价报告, 关于…项目绩效自评工作的报告), near its top
TITLE = re.compile(r"(?:项目[^。]{0,12}?|(?:资金|经费)[^。]{0,4}?)绩效[^。]{0,6}?(?:自评|评价)[^。]{0,6}?报告")
_TOP = 400
# the words of a notice that asks for such reports (关于报送2024年度项目支出绩效自评报告的通知, 关于开展…): its
# title names the report it asks for, the notice is none
_ASKS = re.compile(r"(?:报送|开展|做好|组织|编报|提交|上报)[^。]{0,16}$")
_NOTICE = re.compile(r"\s*(?:工作)?的?\s*通\s*知")


def _title(text: str) -> re.Match[str] | None:
    """The first title in ``text`` calling the file a project's evaluation report, never the name of the report a
    notice asks for."""
    return next((m for m in TITLE.finditer(text) if not _ASKS.search(text, max(0, m.start() - 16), m.start())
                 and not _NOTICE.match(text, m.end())), None)
# or, anywhere (a page may begin mid-report, or its title stand only in the page's metadata), a heading of such a
# report's outline: its funds (二、项目资金申报及使用情况, 二、项目资金使用及管理情况) or the self-evaluation template's
# (二、项目绩效自评工作开展情况, 三、项目绩效实现情况)
# or the template's first heading with its first part (一、基本情况 (一)项目概况, 一、项目基本情况 (一)项目概况), or the
# verdict-first template's (一、自评结论 (一)自评得分)
OUTLINE = re.compile(r"[一二三四五六七八九十]、(?:项目资金[^。]{0,8}?使用[^。]{0,6}?情况|项目绩效(?:自评工作开展|实现)情况)"
                     r"|一、(?:项目)?基本情况\(一\)项目(?:概况|基本情况)|一、自评结论\(一\)自评得分")
_ABOUT = re.compile(r"项目")
_EVALUATION = re.compile(r"绩效|自评|评价")


_CELL_SEP = re.compile(r"[|│┃]")


def _fold(text: str) -> str:
    """A unit of text folded by NFKC, its cell separators (a pipe row's |, a box-drawn table's │) spaces: a label's
    cell and its amount's (计划安排资金(万元) | 1088.00) are one statement, as they are one cell a line."""
    return _CELL_SEP.sub(" ", unicodedata.normalize("NFKC", text))


def report_text(fr: FileRead) -> Flat:
    """The file's text as one string (units folded by ``_fold``, joined by spaces), with the source of every
    stretch."""
    return flatten(fr, _fold, " ")


def amount(m: re.Match[str], t: Flat) -> tuple[Val, str | None]:
    number = m.group(3).replace(",", "")
    unit = m.group(4) or m.group(2)
    text = m.group(3) + (m.group(4) or "")
    return Val(Decimal(number), text, t.source_at(m.start(3))), money(unit)


def recognise(fr: FileRead) -> list[Document]:
    from jixiao.read.recognise.deptreport import heading

    t = report_text(fr)
    # a department's report (its heading at the top says so) is ``deptreport``'s; 部门整体 elsewhere (the name of a
    # notice the report cites: …部门整体支出和项目支出绩效自评…的通知) makes no department's report
    if not t.text or heading(t.text) is not None or not _ABOUT.search(t.text) or not _EVALUATION.search(t.text):
        return []
    # (a text scoring its outline's parts itself, 自评得3分 under each, is a self-evaluation report, its title cut off)
    titled = (_title(squash(t.text[:_TOP])) is not None or OUTLINE.search(squash(t.text)) is not None
              or self_scored(t.text))
    doc = read_statements(fr, t, titled=titled)
    if doc is None and not titled:
        return []
    if doc is None:
        doc = _unread(t)  # its funds unread: what its 其中 lists says still adds up or not
        by_rate(doc, t)  # (the budget and spending the stated rate confirms, stated in words of their own)
    else:
        by_rate(doc, t)
        from jixiao.read.recognise.reportform import complete

        complete(doc, t)  # the amounts arrived and left, the spending detail table: for the audit's arithmetic
    if said := said_sums(t):  # an amount and the parts its 其中 lists, for the audit to add up (audit.transfer_said)
        doc.extra[SAID] = said
    read_parts(doc, t)  # the execution block's and the indicators' scores its headings state
    if READ_FROM_PROSE in doc.extra:
        keep_stated(doc, t)  # (its amounts shown where it holds no table)
    return [doc]


def read_statements(fr: FileRead, t: Flat, budget: re.Pattern[str] = BUDGET,
                    executed: re.Pattern[str] = EXECUTED, sentence: bool = False,
                    titled: bool = False) -> Document | None:
    """The first budget followed (within reach) by what was spent, with the rate and the score around them; the
    department's report reader (``recognise.deptreport``) passes the wordings of its own statements, and
    ``sentence``: the rate only from the sentence that states them (a department's report states the rates of
    its parts too). ``titled``: the file's title calls it a project's evaluation report, so a budget stated
    without what was spent (the excerpt ends first) is read too, the spending missing with a problem.

    A budget said of one level's money while another level's part follows in its sentence (省级下达资金50万元，县级
    配套20万元) is a part, never the whole: it is passed over (the reader adds nothing up)."""
    stated = sorted([*budget.finditer(t.text), *BUDGET_AFTER.finditer(t.text)], key=lambda m: m.start(3))
    budgets = whole(t.text, [b for b in stated if not part_of_level(t.text, b) and not ACTED_ON.search(lead_words(t.text, b))])
    found = [(b, spent_after(t.text, b.end(), executed) or spent_before(t.text, b, executed)) for b in budgets]
    # the report form's own label (计划安排资金) names the file as surely as a title
    titled = titled or any(squash(b.group(1)) in FORM_LABELS for b, _ in found[:1])
    b, e = next(((b, e) for b, e in found if e is not None), found[0] if titled and found else (None, None))
    if b is None:
        return None
    doc, rate_at = _document(fr, t, b, e, sentence)
    if squash(b.group(1)) not in FORM_LABELS:  # (the report form's labelled cells are no sentences)
        # figures matched in sentences may be the reading's (a rate of the money arrived taken for the rate of the
        # budget): the audit makes a disagreement among them a suspicion, never an arithmetic error
        doc.extra[READ_FROM_PROSE] = "项目绩效评价报告的文字"
    if initial(t.text, b):  # 年初预算X万元，全年预算Y万元，全年执行Z万元: the annual one too
        total = doc.funds["total"]
        total.initial_budget = total.annual_budget
        annual = next((m for m in budget.finditer(t.text, b.end(), e.start() if e else b.end() + REACH)
                       if not initial(t.text, m)), None)
        total.annual_budget = amount(annual, t)[0] if annual is not None else Val(None)
    _check_rate(doc, t, b, e, rate_at)
    if several(t.text, found):
        total = doc.funds["total"]
        total.initial_budget = total.annual_budget = total.executed = total.rate = Val(None)
        doc.problems.append(problem(
            "报告分别列出了几个项目（或几笔资金）的预算数和执行数，未说明其合计，预算数、执行数和执行率未读取",
            "the report lists the budgets and spending of several projects (or funds) and states no total; the "
            "budget, spending and rate not read", t.source_at(b.start())))
    return doc


UNREAD = "项目绩效评价报告：文中未读到预算数与执行数的语句"
UNREAD_FUNDS = "报告的文字中没有可读取的预算数与执行数"  # (what a report read without its funds is half read for)


def _unread(t: Flat) -> Document:
    """A report whose title calls it a project's evaluation report but whose text states no budget that could be
    read (the excerpt ends first, or the figures stand in a form attached apart): recognised as the report it says it
    is, its funds missing with a located problem, the score, grade and rate it states read (``reportverdict``).
    Nothing is made up."""
    title = _title(t.text[:_TOP])
    src = t.source_at(title.start() if title else 0)
    doc = Document(type=TYPE, title=None, source=src, problems=[problem(
        f"{UNREAD}（文本在此之前结束，或数字在另附的表格中），预算执行情况与指标未能核对",
        "a project's evaluation report: no budget or spending could be read from its text (it ends before them, or "
        "they stand in a form attached apart); its execution and indicators could not be checked", src)])
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    read_verdict(doc, t)  # the score, the grade and the rate it states stand without the funds
    rate_alone(doc, t)
    doc.year = find_year([t.text[:_TOP]])
    doc.extra[READ_FROM_PROSE] = "项目绩效评价报告的文字"
    doc.extra[HALF_READ] = UNREAD_FUNDS
    return doc


def _check_rate(doc: Document, t: Flat, b: re.Match[str], e: re.Match[str] | None, rate_at: int) -> None:
    """A rate that is not the spending ÷ the budget read is kept only when the three stand in one sentence (then
    the text contradicts itself, a mistake for the audit to find); from other sentences it may be the rate of
    other sums, so it is not read as the project's (a located problem says why): never a false error."""
    total = doc.funds["total"]
    rate = total.rate
    if rate.dec is None or e is None or agrees(rate, total.annual_budget, total.executed):
        return
    if len({sentence_start(t.text, b.start()), sentence_start(t.text, e.start(3)), sentence_start(t.text, rate_at)}) == 1:
        return
    if _left_closes(t.text, e, rate_at, total.annual_budget, total.executed):
        return
    total.rate = Val(None)
    doc.problems.append(problem(
        f"报告所述执行率{rate.text}与所述执行数÷预算数不符，且不在同一句中（所指金额可能不同），未作为执行率读取",
        f"the report's rate {rate.text} is not its stated spending ÷ budget and stands in another sentence (it may "
        "speak of other sums); not read as the rate", rate.source))


# what was not spent, said with the spending ("资金支付18501.096万元,未支703万元,支付率95%")
_LEFT = re.compile(r"(?:未支付?|未使用|未拨付|结余|剩余|尚未支付)(?:资金|经费)?(?:为|共)?\s*(\d[\d,]*(?:\.\d+)?)\s*万元")


def _left_closes(text: str, e: re.Match[str], rate_at: int, budget: Val, executed: Val) -> bool:
    """The rate stands in the spending's sentence, and that sentence also states what was left unspent, which with
    the spending makes the budget read from another sentence: the three are the same sums by the text's own
    arithmetic, so a rate that is not spending ÷ budget is the text contradicting itself (the audit's to find)."""
    lo = sentence_start(text, e.start(3))
    if lo != sentence_start(text, rate_at) or budget.dec is None or executed.dec is None:
        return False
    hi = sentence_end(text, rate_at, rate_at + REACH)
    left = [d for m in _LEFT.finditer(text, lo, hi) if (d := parse_decimal(m.group(1))) is not None]
    return len(left) == 1 and executed.dec + left[0] == budget.dec


def _of_arrived(text: str, rate: re.Match[str]) -> bool:
    """A rate of use or progress (资金使用率, 支出进度) in a sentence stating money that arrived (实际到位资金80万元): it
    may be the spending ÷ the money arrived, not ÷ the budget, so it is not read as the execution rate."""
    if not USE_RATE.match(rate.group(0)):
        return False
    lo = sentence_start(text, rate.start(), max(0, rate.start() - REACH))
    return ARRIVED.search(text, lo, sentence_end(text, rate.end(), rate.end() + REACH)) is not None


# the heading a 决算's 项目绩效自评综述 opens each project's paragraph with ("(一)红十字事业发展工作经费绩效自评综述:项目全年预算数…")
_SUMMARY = re.compile(r"([^\s:：。,，;；()（）]{2,40}?)(?:项目)?绩效自评综述\s*[:：]")
_SUMMARY_REACH = 120  # characters before the budget's sentence the heading may stand


def _summary_head(text: str, at: int) -> re.Match[str] | None:
    """The project a 绩效自评综述 heading names right before the budget at ``at``, on its line, if one."""
    lo = max(text.rfind("\n", 0, at) + 1, at - _SUMMARY_REACH)
    return next(reversed(list(_SUMMARY.finditer(text, lo, at))), None)


def _document(fr: FileRead, t: Flat, b: re.Match[str], e: re.Match[str] | None,
              sentence: bool = False) -> tuple[Document, int]:
    """The report's document, and where its rate stands (-1: none)."""
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
    lo, hi = max(0, b.start() - REACH), last + REACH
    if sentence:
        lo, hi = sentence_start(t.text, b.start(), lo), sentence_end(t.text, last, hi)
    rate = next((r for r in RATE.finditer(t.text, lo, hi) if not _of_arrived(t.text, r)), None)
    rate_at = -1 if rate is None else rate.start(1)
    if rate is not None:
        total.rate = Val(Decimal(rate.group(1)), rate.group(1) + "%", t.source_at(rate.start(1)))
    elif (paid := next((p for p in RATE_PAID.finditer(t.text, lo, hi) if _PAID.match(p.group(0))), None)) is not None \
            and total.executed.value is not None:
        # (no rate of spending stated: the rate the money was paid out at (the transfer readers' 拨付率), where the
        # spending is what was paid (已拨付资金269.30万元,资金拨付率96%) and it is that spending ÷ the budget)
        val = Val(Decimal(paid.group(1).rstrip("%")), paid.group(1), t.source_at(paid.start(1)))
        if e is not None and _PAID.search(t.text, max(0, e.start() - _PAID_BACK), e.start(3)) \
                and agrees(val, budget, total.executed):
            total.rate, rate_at = val, paid.start(1)
    read_verdict(doc, t)
    name = NAME.search(t.text) or _summary_head(t.text, b.start())
    if name is not None:
        doc.header["项目名称"] = Val(name.group(1), name.group(1), t.source_at(name.start(1)))
        doc.title = name.group(1)
    doc.year = find_year([t.text[:400]])
    doc.money_unit = unit_b or unit_e
    return doc, rate_at
