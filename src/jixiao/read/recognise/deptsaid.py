"""What a department's report says of its whole year: the budget, what was spent, the rate and the score, in the
wordings and clause orders departments use, and never a part's figures for the whole's.

A department's report (``recognise.deptreport``) states its whole (部门整体支出预算数为1217.99万元，全年实际支出
1194.70万元，预算执行率为98.09%) and, as often, its parts (其中：基本支出预算800万元，实际支出800万元，执行率100%；
项目支出…; 三公经费预算…). The parts are blanked out of the text before its statements are read (``whole_text``: the
same length, so every position still has its source):

- a list after 其中 (其中：基本支出800万元，项目支出400万元) runs over the clauses that name a part; the first clause
  naming none (，预算执行率93.33%) is the whole's again;
- a part that is the subject of its own statement (基本支出预算800万元，实际支出800万元，执行率100%) runs to the end of
  its sentence (；。), or to a clause that names the whole (全年, 部门整体, 合计 …);
- a bracket that names a part ((其中：基本支出…)) is blanked whole.

The budget, spending and score are then read as a project's report's are (``report.read_statements``: what was
spent may stand before its budget) with the departments' wordings (``BUDGET``, ``EXECUTED``, ``SCORE``: spaced as
PDF text spaces them); the initial budget among the budget's components; the year's spending alone (``spent``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import half_unit
from jixiao.core.records import Document, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise import report
from jixiao.read.recognise.common import SENTENCE_END, SENTENCES, gapped, sentence_end, sentence_start
from jixiao.read.recognise.reportwords import RATE, SCORE_TOTAL, spaced
from jixiao.read.recognise.transfer_text import Flat

# what a department's report calls its budget beyond a project report's words (``report.BUDGET_WORDS``)
BUDGET_WORDS = ("部门整体支出预算数", "部门整体支出预算", "整体支出预算数", "整体支出预算", "支出预算总额",
                "年初预算支出", "部门预算支出", "预算支出数", "预算支出", "支出预算数", "支出预算", "年度预算安排",
                "预算总数", "预算总支出", "调整预算数", "调整预算")
# … and what it spent beyond a project report's words (the final account's 支出 total among them; 决算数 alone only
# right after the budget: ``reportwords.CONTINUING``)
EXECUTED_WORDS = ("全年实际支出", "全年总支出", "实际完成支出", "本年支出合计", "支出合计", "支出总计", "支出总额", "总支出",
                  "决算支出数", "决算支出", "全年决算数", "全年决算", "预算执行数", "实际执行数", "执行总额", "实际支出数",
                  "支出决算数", "支出决算", "全年完成支出", "决算数", "部门整体支出", "整体支出")


def _widen(pattern: re.Pattern[str], words: tuple[str, ...], *raw: str) -> re.Pattern[str]:
    """``pattern`` with more wordings in its label group (its first group, which opens the pattern): ``words``
    (spaced as PDF text spaces them) and ``raw`` patterns."""
    assert pattern.pattern.startswith("(")
    return re.compile("(" + "|".join((*raw, spaced(words))) + "|" + pattern.pattern[1:])


# money that is no budget granted though 预算 leads its name: what was left over, added, taken back, or outside the
# budget (预算结余资金, 预算追加资金, 预算外资金, 预算指标收回资金)
_NOT_GRANTED = gapped("结余|追加|收回")
# the budget as the means granted (2022年预算收入69.06万元; 部门预算财政安排公共财政拨款资金共157.71万元)
BUDGET = _widen(report.BUDGET, BUDGET_WORDS, gapped("预算收入|预算总收入"),
                gapped("预算") + r"(?!\s*外)(?:(?!" + _NOT_GRANTED + r")[^\d,，。;；:：()]){0,12}?"
                + gapped("(?:资金|拨款|经费)") + r"\s*共?")
# … and what was spent in the year the sentence names (2022年支出76.36万元, 2022年度支出…)
# (执行 alone opens a clause: 批复950万元，执行940万元)
EXECUTED = _widen(report.EXECUTED, EXECUTED_WORDS, r"(?<=年)\s*度?\s*支\s*出", r"(?<=[,，;；、\s])执\s*行")
# the words that state the department's whole spending (not a part's, not a project's): read when no budget is
WHOLE_SPENT = frozenset(("全年实际支出", "全年总支出", "全年支出", "本年支出合计", "支出合计", "支出总计", "支出总额",
                         "本年支出", "总支出", "决算支出数", "决算支出", "全年决算数", "全年决算", "支出决算数", "支出决算",
                         "部门整体支出", "整体支出", "共支出", "全年完成支出"))
# the total score in the wordings every report uses (``reportwords.SCORE_TOTAL``); never a bare 得分, which an
# indicator's sentence uses too (预算执行率指标得分10分)
SCORE = SCORE_TOTAL

# a part of the department's spending or of its means: a clause naming one before its first figure is the part's;
# never a section's heading ((一)基本支出情况, over the whole's figures)
_PART = re.compile(gapped("(?:基本支出|项目支出|人员经费|公用经费|人员支出|公用支出|日常公用|工资福利|商品和服务|对个人和家庭|"
                          "资本性支出|三公经费|公务接待|公务用车|因公出国|会议费|培训费|政府采购|专项资金|专项经费|"
                          "运转类|特定目标类|上年结转|结转结余|其他收入|事业收入|经营收入|上级补助)")
                   + "(?!" + gapped(r"\s*(?:情况|概况|分析|方面)") + ")")
# a clause naming the department's whole: it ends a part's statement
_WHOLE = re.compile(gapped("部门整体|单位整体|整体支出|全年|合计|总计|总额|总体|全部"))
# the words that make a part the subject of its own statement (基本支出预算…, 项目支出实际支出…, 基本支出执行率…)
_STATES = re.compile(gapped("预算|支出|执行|决算|到位|拨付"))
_CLAUSE = re.compile(r"(?:[^,，、:：]|(?<=\d),(?=\d{3}))+")  # never cut inside an amount (12,000,000.00元)
_BRACKET = re.compile(r"\([^()]{0,200}\)")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?(?![\d.,]|\s*年)")  # an amount or a rate: never a year


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


# the income's side of a sentence that states the spending's budget too (never a heading's 一般公共预算支出情况) (收入预算1000万元，实际收入1000万元；支出预算
# 950万元，实际支出940万元): its clauses are the income's, never the budget the spending is held against
_INCOME = re.compile(gapped("收入"))
_SPENDING_BUDGET = re.compile(gapped("(?:支出预算|预算支出)") + r"[^,，;；。\d]{0,6}\d")  # stated, with its amount
_SPENT_WORD = re.compile(gapped("支出"))
_WHOLE_SENTENCES = re.compile(f"[^{SENTENCE_END}]+")
_PIECE = re.compile(r"(?:[^,，、:：;；]|(?<=\d),(?=\d{3}))+")  # a clause, cut at a semicolon too


def _income_blanked(text: str, chars: list[str]) -> None:
    """The clauses stating income (收入预算…, 实际收入…) blanked in the sentences that also state a 支出预算."""
    for s in _WHOLE_SENTENCES.finditer(text):
        if _SPENDING_BUDGET.search(s.group()) is None:
            continue
        for c in _PIECE.finditer(s.group()):
            first = _FIGURE.search(c.group())
            # the clause's own words: a heading before it on the line (二、部门整体支出情况 2022年…) is none of them
            head = c.group()[: first.start() if first else len(c.group())].split()
            if head and _INCOME.search(head[-1]) and not _SPENT_WORD.search(head[-1]):
                _blank(chars, s.start() + c.start(), s.start() + c.end())


def whole_text(text: str) -> str:
    """``text`` with the statements of the department's parts blanked out (spaces, the same length), and the
    income's where the spending's budget is stated beside it (``_income_blanked``)."""
    chars = list(text)
    _income_blanked(text, chars)
    for m in _BRACKET.finditer(text):
        if _PART.search(m.group()):
            _blank(chars, m.start(), m.end())
    for s in SENTENCES.finditer("".join(chars)):
        mode = None  # "list": a list of parts after 其中; "topic": a part stating its own figures
        for c in _CLAUSE.finditer(s.group()):
            lo, hi = s.start() + c.start(), s.start() + c.end()
            first = _FIGURE.search(c.group())
            head = c.group()[: first.start() if first else len(c.group())]
            part = _PART.search(head)
            if part is not None:
                stated = _STATES.search(head, part.end())
                mode = "topic" if stated is not None or mode == "topic" else "list"
                _blank(chars, lo + part.start(), hi)
            elif _WHOLE.search(head) or (mode == "list" and first is not None):
                mode = None
            elif mode == "topic":
                _blank(chars, lo, hi)
    return "".join(chars)


def statements(fr: FileRead, whole: Flat) -> Document | None:
    """The department's budget and spending (with the rate and score) read from its report's text with the parts'
    statements blanked out (``whole_text``); None when it states no budget."""
    doc = report.read_statements(fr, whole, BUDGET, EXECUTED, sentence=True, titled=True)
    if doc is not None and doc.funds["total"].initial_budget.value is None:
        _initial(doc, whole)
    if doc is not None:
        _rate_next(doc, whole)
    return doc


def _rate_next(doc: Document, t: Flat) -> None:
    """No rate in the sentence of the budget and spending: the one the next sentence states (…实际支出940万元。全年
    预算执行率98.95%。), kept only where it is the spending ÷ the budget read (another sentence may speak of other
    sums: a rate that does not agree is not read, never a false error)."""
    total = doc.funds["total"]
    if total.rate.value is not None or total.executed.value is None or total.annual_budget.value is None:
        return
    at = _where(EXECUTED, total.executed, t)
    rate = rate_near(t, at.start(3)) if at is not None else None
    if rate is not None and _rounds_to(rate, total.annual_budget, total.executed):
        total.rate = rate


def _rounds_to(rate: Val, budget: Val, executed: Val) -> bool:
    """The stated rate is the spending ÷ the budget rounded to its printed digits (half a unit of its last digit:
    stricter than ``transfer_prose.agrees``, for a rate found in another sentence than its figures)."""
    if rate.dec is None or budget.dec is None or executed.dec is None or budget.dec <= 0:
        return False
    return abs(executed.dec / budget.dec * 100 - rate.dec) <= half_unit((rate.text or "").rstrip("%"))


def spent(t: Flat, start: int = 0) -> re.Match[str] | None:
    """The first statement of what the department spent in the whole year (全年实际支出…, 本年支出合计…, 2022年支出…,
    2018年度支出…)
    from ``start``: the year's spending of a report that states no budget."""
    for m in EXECUTED.finditer(t.text, start):
        # 支出 alone opens a clause (2、支出:799.12万元): the parts' clauses are blanked already
        # (or the year's: 2022年支出…, 2018年度支出…)
        if re.sub(r"\s+", "", m.group(1)) in WHOLE_SPENT | {"支出", "年度支出"} or t.text[m.start() - 1 : m.start()] == "年":
            return m
    return None


def rate_near(t: Flat, at: int) -> Val | None:
    """The rate stated in the sentence that holds position ``at`` or the next one (2022年度部门整体支出940万元。全年
    预算执行率98.95%。), the parts' statements blanked already: the whole's rate where no budget is stated to check
    it against."""
    lo = sentence_start(t.text, at)
    hi = sentence_end(t.text, sentence_end(t.text, at))
    rate = RATE.search(t.text, lo, hi)
    if rate is None:
        return None
    return Val(Decimal(rate.group(1)), rate.group(1) + "%", t.source_at(rate.start(1)))


def _where(pattern: re.Pattern[str], val: Val, t: Flat) -> re.Match[str] | None:
    """The statement of ``pattern`` that gave ``val`` (its amount's text and source)."""
    return next((m for m in pattern.finditer(t.text) if t.source_at(m.start(3)) == val.source
                 and m.group(3) + (m.group(4) or "") == val.text), None)


def _initial(doc: Document, t: Flat) -> None:
    """The initial budget the budget's own sentence states among its components (2022年预算收入69.06万元，其中年初
    预算57.28万元，调整追加11.78万元)."""
    total = doc.funds["total"]
    at = _where(BUDGET, total.annual_budget, t) if total.annual_budget.value is not None else None
    if at is None:
        return
    end = t.text.find("。", at.end())
    for m in BUDGET.finditer(t.text, at.end(), len(t.text) if end < 0 else end):
        if re.sub(r"\s+", "", m.group(1)).startswith("年初"):
            value, unit = report.amount(m, t)
            if unit is None or doc.money_unit is None or unit == doc.money_unit:
                total.initial_budget = value
            return


SAID_ONLY_BUDGET = "报告只说明了预算数"

