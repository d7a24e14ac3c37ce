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

import bisect
import re
import unicodedata
from decimal import Decimal

from jixiao.core.records import FUNDS_ROWS, HALF_READ, READ_FROM_PROSE, Document, FundsRow, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise import deptsaid
from jixiao.read.recognise.common import ORG_NAME, around_years, find_year, gapped, problem, squash, unwrap
from jixiao.read.recognise.report import SCORE, TYPE, UNREAD_FUNDS, amount, report_text
from jixiao.read.recognise.reportrate import by_rate
from jixiao.read.recognise.reportverdict import NEAR
from jixiao.read.recognise.reportwords import SCORE_TOTAL_UNNAMED, grade_said
from jixiao.read.recognise.transfer_text import Flat

# the heading in its wordings, a small grammar: the whole (部门 / 单位 / 机关 整体, 支出 and 预算 or not), 绩效 with
# what was evaluated (单位, 部门, 目标 and its 完成情况), then the evaluation (自评, 自我评价, 评价, 自查) and what it
# gives (报告 within a few words, 自评情况, 自评结果): 部门整体支出绩效自评报告, 单位整体支出绩效评价报告, 部门整体绩效
# 自评报告, 部门整体支出预算绩效自评报告, 部门整体支出绩效目标完成情况自评报告, 整体支出自我绩效评价报告, 部门整体
# 支出绩效自评结果; or a department's own 部门绩效自评报告 (部门 opening it, no 整体: never a project's, whose title
# names its 项目). A report of the whole and of the projects together (部门整体和项目支出绩效自评报告, 部门整体支出及项目
# 支出绩效自评报告) is the department's: the projects are its own, evaluated with its whole spending
_WHOLE_HEAD = gapped(r"(?:(?:部门|单位|机关)\s*(?:\(\s*(?:单位|部门)\s*\))?\s*)?整体\s*(?:支出)?\s*"
                     r"(?:(?:和|及|与|、)\s*项目\s*(?:支出)?\s*)?(?:预算)?\s*(?:自我)?\s*"
                     r"绩效\s*(?:单位|部门|目标\s*(?:完成|实现)?\s*(?:情况)?)?\s*")
_OWN_HEAD = r"(?<!项目)" + gapped(r"部门\s*(?:预算\s*)?绩效\s*(?=自评\s*报告|自我评价\s*报告)")
_SAID = gapped(r"(?:(?:自评|自我评价|评价|自查)[^。;]{0,10}?报告|自评\s*(?:情况|结果))")
# … or a unit's report named by the unit and the year alone (下桥镇人民政府2024年度绩效自评报告, 某局2023年度绩效评价报告):
# the unit's kind of name, the year, then 绩效 (a project's or a fund's report names its 项目 or 资金 between), and no
# 项目 just after (腾冲…推广站2019年度绩效自评报告 (林业技术试验示范推广项目): a project's report under its unit's title)
_UNIT_YEAR_HEAD = ("(?:" + "|".join(f"(?<={k})" for k in ("政府", "局", "院", "委", "办公室", "办事处", "厅", "中心", "站",
                                                             "所", "学", "校", "园", "馆", "会", "处", "队", "社"))
                   + r")\s*\d{4}\s*年\s*度?\s*"
                   + gapped(r"绩效\s*(?=自评\s*报告|自我评价\s*报告|评价\s*报告)") + _SAID + r"(?![^。]{0,40}?项\s*目)")
# the words that carry a title on past a PDF's gap (…绩效自评 报告, …绩效评价 基础数据表, …绩效评价 指标体系)
_GOES_ON = "(?!" + gapped(r"\s*(?:报告|表|基础|指标|体系|评分|工作|的|和|及|与)") + ")"
# … or a title naming the whole's evaluation and no more (某局2022年度部门整体支出绩效评价情况, 部门整体支出绩效自评,
# 部门整体绩效评价结果, 部门整体支出绩效目标完成情况, 部门整体支出绩效情况): the title ends there (a space, a line's end,
# a bracket, a colon follow), so that what names more is not it (…评价指标体系, …评价工作的通知, …目标完成情况表: a
# table's or a notice's; …绩效目标: a budget's targets). Tried first, so that the whole title is the heading
# (…自评情况说明, not …自评情况). A numbered section's heading (三、部门整体支出绩效情况) is a report's part, no title
_BARE_HEAD = (r"(?P<bare>(?<!项目)(?<![、)）.．门位关])(?<![、)）.．]\s)"
              + gapped(r"(?:(?:部门|单位|机关)\s*(?:\(\s*(?:单位|部门)\s*\))?\s*)?整体\s*(?:支出)?\s*(?:预算)?\s*绩效\s*"
                       r"(?:目标\s*(?:完成|实现)\s*情况\s*(?:自评|评价)?|(?:自评|自我评价|评价|自查)\s*(?:情况|结果)?|情况)"
                       r"\s*(?:说明|公开|公示)?")
              + r"(?=[\s(:]|$)" + _GOES_ON + ")")
# … and such a bare title names its year before it (某局2022年度…, 2021年度某街道办事处…): a site's menu item or
# breadcrumb (首页 > 预算绩效 > 部门整体支出绩效评价) names none, and is no title
_YEAR = re.compile(r"\d{4}\s*年")
_YEAR_REACH = 40  # characters of the title's line before the bare heading within which its year stands
_HEADING = re.compile(f"{_BARE_HEAD}|(?:{_WHOLE_HEAD}|{_OWN_HEAD}){_SAID}|{_UNIT_YEAR_HEAD}")

_HEAD_REACH = 800  # characters from the top within which the heading stands (after a site's breadcrumbs)
# … or further, where all before it is a site's navigation (its menus hold no sentence, no 。)
_FAR_REACH = 3000
# a final account (决算) before the heading names the report as one of its parts; never the 预决算 of a site's menus
# (首页 > 政务公开 > 财政预决算 > …)
_ACCOUNTS = re.compile(r"(?<!预)决算")
# the unit a cover names: 部门(单位)名称：…, 部门(单位)全称：…, 单位名称(盖章)：…, 评价单位(公章)：…
_UNIT = re.compile(r"(?:部门|单位)\s*(?:\(\s*(?:单位|部门)\s*\))?\s*(?:全称|名称)\s*(?:\(\s*(?:公章|盖章)\s*\))?\s*:?\s*"
                   r"([^\s:(]{2,40})"
                   r"|(?:评价|填报|报送)\s*单位\s*(?:\(\s*(?:公章|盖章)\s*\))?\s*:\s*([^\s:(]{2,40})")
_NEXT_LABEL = re.compile(r"预算编码|报告日期|评价方式|评价机构|主管部门|填报日期|联系人")
_TITLE_BEFORE = 40  # characters of the heading's own line before it: the unit and the year
_TITLE_AFTER = 12  # … and after it (范文, (2023年度)): more, and the heading stands inside a sentence
# the words before a heading that name no unit: a statement's verb, a pronoun (现将我院…, 关于本部门…)
_NO_NAME = re.compile(r"(?:现将|关于|我|本)")
_NAME = re.compile(r"[\u4e00-\u9fff()][\u4e00-\u9fff()\d]{1,39}")
_YEAR_BEFORE = re.compile(r"\d{4}\s*年度?\s+$")  # a year, then the space before a heading


def _fold(text: str) -> str:
    """A line folded as the report reader folds it (NFKC), and the gaps a PDF leaves between Chinese characters
    taken out (部门整体支出绩效自 评报告, 本年支出 合计)."""
    return unwrap(unicodedata.normalize("NFKC", text))


def _titled(text: str, m: re.Match[str]) -> bool:
    """Whether a heading found is a title: any but a bare one (``_BARE_HEAD``), and a bare one with its year before it
    on its line."""
    if "bare" not in m.re.groupindex or m.group("bare") is None:
        return True
    lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _YEAR_REACH)
    return _YEAR.search(text, lo, m.start()) is not None


def _search(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    return next((m for m in pattern.finditer(text, start, end) if _titled(text, m)), None)


def heading(text: str, pattern: re.Pattern[str] = _HEADING) -> re.Match[str] | None:
    """The report's heading (…部门整体支出绩效自评报告; or what ``pattern`` finds) at the top of ``text`` (below a
    site's navigation, however long, that holds no sentence), unless a final account names it."""
    head = _search(pattern, text, 0, _HEAD_REACH)
    if head is None:
        far = _search(pattern, text, _HEAD_REACH, _FAR_REACH)
        head = far if far is not None and "。" not in text[: far.start()] else None
    return None if head is None or _ACCOUNTS.search(text, 0, head.start()) else head


def _line(t: Flat, at: int) -> tuple[int, int]:
    """The start and end of the text's unit (a line, a cell) that holds position ``at``."""
    k = max(bisect.bisect_right(t.starts, at) - 1, 0)
    end = t.starts[k + 1] - 1 if k + 1 < len(t.starts) else len(t.text)
    return t.starts[k], end


def titles(t: Flat, first: re.Match[str]) -> list[tuple[str, int]]:
    """The report's titles and where each starts: the headings that stand as titles (the line ends with one, the
    unit and year before it on the line), else the first heading with the few words before it in its clause."""
    found = []
    for head in [first, *(m for m in _HEADING.finditer(t.text, first.end(), _HEAD_REACH) if _titled(t.text, m))]:
        lo, hi = _line(t, head.start())
        if head.start() - lo <= _TITLE_BEFORE and hi - head.end() <= _TITLE_AFTER:
            said = _NO_NAME.match(t.text, lo, head.start())  # 现将我院部门整体支出…报告如下: the heading alone
            start = head.start() if said else lo
            line = (t.text[start : head.end()].strip(), start)
            clause = _clause(t, head)  # (a site's breadcrumb before the title on its line: the title's own clause)
            found.append(clause if _named(line[0]) is None and _named(clause[0]) is not None else line)
        elif hi - head.end() <= _TITLE_AFTER and _named((clause := _clause(t, head))[0]) is not None:
            found.append(clause)  # a title after a long breadcrumb on its line
    if found:
        return found
    # no line of its own (the page's text run onto one line): each heading with the few words before it in its
    # clause, the first heading's first
    return [_clause(t, head) for head in
            [first, *(m for m in _HEADING.finditer(t.text, first.end(), _HEAD_REACH) if _titled(t.text, m))]]


def _clause(t: Flat, head: re.Match[str]) -> tuple[str, int]:
    """A heading with the words before it in its clause; across a space after a year (南县财政局2020年度 机关整体支出…:
    the unit and the year of a title whose line ends were lost)."""
    lo = max(head.start() - _TITLE_BEFORE, 0)
    start = max(lo, *(t.text.rfind(c, lo, head.start()) + 1 for c in " ,，。;；:："))
    if _YEAR_BEFORE.search(t.text, lo, start):  # the words before that space, to the one before them
        end = len(t.text[:start].rstrip())
        start = max(lo, *(t.text.rfind(c, lo, end) + 1 for c in " ,，。;；:：/"))
    return t.text[start : head.end()], start


def _named(title: str) -> str | None:
    """The unit a title names before its year (南县财政局2020年度…) or after it (2021年度霞山区爱国街道办事处整体…)."""
    head = _HEADING.search(title)
    for words in reversed(around_years(title[: head.start() if head else len(title)])):
        words = re.sub(r"\s+", "", words)
        if _NAME.fullmatch(words) and not _NO_NAME.match(words) and "整体" not in words:
            return words
    return None


def unit(t: Flat, named: list[tuple[str, int]]) -> Val | None:
    """The department the report is of: the name its cover gives (部门(单位)名称：…, 评价单位(公章)：…), else the one
    a title names, else a line at the top that is only a unit's name (湖南省人民检察院). None when none names one:
    never a name made up."""
    cover = _UNIT.search(t.text)
    if cover is not None:
        k = cover.lastindex or 1
        # cells run together: the name ends where the cover's next label begins (预算编码, 报告日期 …)
        name = _NEXT_LABEL.split(cover.group(k))[0] or cover.group(k)
        return Val(name, cover.group(k), t.source_at(cover.start(k)))
    for title, at in named:
        if (name := _named(title)) is not None:
            return Val(name, title, t.source_at(at))
    for k, start in enumerate(t.starts):
        if start > _HEAD_REACH:
            break
        line = t.text[start : _line(t, start)[1]].strip()
        if ORG_NAME.match(line):  # a unit's name on a line of its own at the top (湖南省人民检察院)
            return Val(line, line, t.sources[k])
    return None


def recognise(fr: FileRead) -> list[Document]:
    t = report_text(fr)
    head = heading(t.text)
    if head is None:
        return []
    whole = Flat(deptsaid.whole_text(t.text), t.starts, t.sources)  # the parts' statements blanked out
    doc = deptsaid.statements(fr, whole) or _unread(t, head)
    _stated(fr, doc, whole)
    if doc.funds["total"].executed.value is None:
        _spent(doc, whole, head.end())
    by_rate(doc, whole)  # the budget or spending stated in words of its own, confirmed by the stated rate
    named = titles(t, head)
    name = unit(t, named)
    doc.title = next((title for title, _ in named if name is not None and name.text == title), named[0][0])
    if name is not None:
        doc.header["部门"] = name
    doc.year = find_year([doc.title]) or doc.year
    # the score with its 分, else a total's label with a number closing its clause (自评得分：95.5)
    score = deptsaid.SCORE.search(whole.text, head.end()) or SCORE.search(whole.text) \
        or SCORE_TOTAL_UNNAMED.search(whole.text, head.end())
    if score is not None:
        doc.total_score = Val(Decimal(score.group(1)), score.group(1), t.source_at(score.start(1)))
    # the grade the report gives with its score, else the first it states
    grade = (grade_said(whole.text, max(score.start() - NEAR, 0), score.end() + NEAR) if score else None) \
        or grade_said(whole.text, head.end())
    if grade is not None:
        doc.grade = Val(squash(grade.group(1)), grade.group(0), t.source_at(grade.start(1)))
    doc.extra[READ_FROM_PROSE] = "部门整体支出绩效评价报告的文字"
    doc.extra.setdefault(HALF_READ, "报告只以文字说明预算、执行与得分，没有指标表")
    return [doc]


UNREAD = "部门整体支出绩效评价报告：文中未读到预算数与执行数的语句"


def _unread(t: Flat, head: re.Match[str]) -> Document:
    """A department's report whose text states no budget and spending that could be read (the page ends before
    them, or they stand in a table attached apart): still a department's report, named by its heading and unit,
    with the score if it states one (``recognise``), and a located problem that says the figures were not read. Nothing else is
    made up."""
    src = t.source_at(head.start())
    doc = Document(type=TYPE, title=None, source=src, problems=[problem(
        f"{UNREAD}（文本在此之前结束，或数字在另附的表格中），预算执行情况与指标未能核对",
        "a department's evaluation report: no budget and spending could be read from its text (it ends before "
        "them, or they stand in a table attached apart); its execution and indicators could not be checked", src)])
    doc.funds = {k: FundsRow() for k in FUNDS_ROWS}
    doc.year = find_year([t.text[:400]])
    doc.extra[HALF_READ] = UNREAD_FUNDS
    return doc


# a list item that states the year's income or spending under the bare word (1、收入:792.22万元 / 2、支出:799.12万元):
# the department's 本年收入合计 / 本年支出合计
_ITEM_TOTAL = re.compile(r"(?<=[、.．)）])\s*(收入|支出)\s*:\s*(?=\d)")
# the report's own words for what the department spent in the year (its final account's 支出 total)
SPENT = ("本年支出合计", "支出总计", "支出合计", "本部门支出", "本单位支出", "部门支出", "总支出", "本年支出")


def _stated(fr: FileRead, doc: Document, whole: Flat) -> None:
    """The income, spending and their parts the report states (本年收入合计…，其中：…；本年支出合计…，其中：基本支出…，
    项目支出…; 1、收入:…，2、支出:… as a list's items), read as a final account's 说明 is (``accounts.notes.stated_table``) and kept on the document, so that
    the audit holds each whole against its listed parts and shares. Where no budget and spending were read from
    the report's statements, what it says was spent (本年支出合计, 支出总计 …) is its 全年执行数, said so, with the rate
    its sentence states (收入合计…元,支出合计…元,执行率为80.32%: the whole's, no budget stated to check it against)."""
    from jixiao.accounts.model import Accounts
    from jixiao.accounts.notes import stated_table

    body = [(_ITEM_TOTAL.sub(r"本年\1合计", _fold(x)), src) for x, src in fr.body]
    table = stated_table(body, least=2, summed=True)
    if table is None:
        return
    doc.extra["accounts"] = Accounts(tables=[table], year=doc.year, money_unit="万元", stage="final")
    doc.body = doc.body or body
    total = doc.funds["total"]
    if total.executed.value is not None:
        return
    rows = {r.name: r for r in table.rows}
    said = next((rows[k] for k in SPENT if k in rows), None)
    if said is not None:
        value = next(iter(said.values.values()))
        printed = re.compile(re.escape(value.text or "") + r"\s*(亿元|万元|元)")
        unit = next((m for x, src in body if value.text and value.source is not None and src.line == value.source.line
                     and (m := printed.search(x)) is not None), None)
        _spending(doc, value, said.name, f"{value.text}{unit.group(1) if unit else ''}")  # (the unit as printed)
        at = next((m.start() for m in re.finditer(re.escape(value.text or "") or "$^", whole.text)
                   if whole.source_at(m.start()) == value.source), None)
        if at is not None and total.rate.value is None and total.annual_budget.value is None:
            total.rate = deptsaid.rate_near(whole, at) or total.rate


def _spent(doc: Document, whole: Flat, start: int) -> None:
    """A report that states no spending after its budget, or no budget: what it says the department spent in the
    whole year (全年实际支出1595.59万元, 2022年支出76.36万元) is its 全年执行数, said so; a part's spending is never
    taken for it, nor an amount in another unit than the budget's."""
    m = deptsaid.spent(whole, start)
    if m is not None:
        value, unit = amount(m, whole)
        if doc.money_unit and unit and unit != doc.money_unit:
            return
        doc.money_unit = doc.money_unit or unit
        _spending(doc, value, re.sub(r"\s+", "", m.group(1)), value.text or "")
        total = doc.funds["total"]
        if total.rate.value is None and total.annual_budget.value is None:
            total.rate = deptsaid.rate_near(whole, m.start(3)) or total.rate


def _spending(doc: Document, value: Val, label: str, shown: str) -> None:
    """``value`` (stated as ``shown`` after ``label``) is the year's 全年执行数: said so."""
    total = doc.funds["total"]
    total.executed = value
    none = "报告未说明预算数；" if total.annual_budget.value is None else ""
    doc.problems = [p for p in doc.problems if not p.message.startswith((deptsaid.SAID_ONLY_BUDGET, UNREAD))]
    doc.problems.append(problem(
        f"{none}全年执行数读自报告所述的{label}（{shown}）",
        f"{'the report states no budget; ' if none else ''}the year's spending read from its {label} ({shown})",
        value.source))
