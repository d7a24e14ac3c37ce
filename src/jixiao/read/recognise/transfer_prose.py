"""A 转移支付 self-evaluation report in prose (绩效自评报告: 一、绩效目标分解下达情况 …): the figures its sentences
state about the whole transfer, each only where the text states it once.

- the budget: a sentence totalling the transfer (共计/合计/总计 … 资金 X万元), else the one amount said to be
  下达/安排 (下达预算资金201.48万元), else 全年预算数/资金总额 X万元;
- the spending: 执行数/已执行, else 实际支出/已支出, else 已完成拨付/已支付 … X万元; the rate: 执行率 X%.

Each figure is taken from the most explicit wording that states one value. Sentences may speak of different
sums (a two-year project's first-year allocation beside this year's budget): where the rate the text states is
not the spending ÷ the budget it states, the rate is not read as the form's rate (a located problem says why),
so that figures matched from different sentences never make an arithmetic ``error``.

A figure the text states with several different values (one per sub-project) is not taken: the report is then
recognised with what it says once, and what was not found is a located problem. Never a sum the text does not
print.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Problem, Val
from jixiao.read.recognise.common import problem, squash
from jixiao.read.recognise.flatgaps import closed, opened
from jixiao.read.recognise.reportwords import AMOUNT as PROSE_AMOUNT
from jixiao.read.recognise.reportwords import RATE_WORDS, SCORE_TOTAL, grade_said, money, spaced
from jixiao.read.recognise.reportwords import SCORE as SCORE_SAID
from jixiao.read.recognise.transfer_funds import Block
from jixiao.read.recognise.transfer_levels import LEVEL, one_level
from jixiao.read.recognise.transfer_says import REPORT, TITLE
from jixiao.read.recognise.transfer_text import Flat

# an amount with its unit (``reportwords.AMOUNT``: 元, 万元, 亿元, or 万 where a punctuation mark or the line's end
# follows: 执行数29.6万, never 万亩 or 万人): the number is group 1, the unit group 2
_NUM = PROSE_AMOUNT
# a fund's name in brackets between the word 资金 and its amount (资金(残疾人事业发展补助资金)29.6万元)
_NAMED = r"(?:[（(][^）)\d]{0,30}[）)])?"
_CLAUSE = r"(?:[^。;；\n\d]|\d{4}年)"  # words of one clause (a year may stand among them, never an amount)
AMOUNT = re.compile(_NUM)
# what became of an amount said first (152万元资金全部支付到位): it was spent, so it is no budget
_BECAME = r"(?:的)?(?:资金|经费)?(?:已经|已|全部|均)*(?:支付|支出|使用)(?!率)"
# The budget, most explicit wording first: 全年预算(结转)资金/数 or the quota the notice allots (专项资金指标154万元);
# a total (合计/共计/总计/总额/共投入); 共计…资金; 下达…资金. 全年应执行数 is the sum the year should spend: the
# budget, never the spending.
# The sum finally sent after a cut or an addition (下达我区111万元，…调减40万元，全年实际下达71万元) is the year's budget too.
EXPLICIT = re.compile(rf"(?:(?:全年预算(?:结转)?|(?:全年)?应执行)(?:资金|数)|(?:资金|预算)指标|(?:全年|年度|调整后)预算(?:数|资金)?|"
                      rf"(?:全年|年度)?(?:实际|最终|调整后)下达(?:[^。;；\n\d,，、]{{0,30}}?(?:资金|经费))?)"
                      rf"(?:合计|共计|总计|为|是)?\s*{_NUM}")
# never the money a verb spent, paid or carried (已支出资金合计X, 累计支付合计X): a total of the spending, not the budget
_ACTS = ("支出", "支付", "使用", "执行", "拨付", "发放", "兑付", "兑现", "到位", "结余", "结转")
_GUARD = {"支付": "(?<!转移)"}  # (转移支付资金 is the transfer's name, never money paid)
_NOT_SPENT = "".join(f"(?<!{_GUARD.get(v, '')}{v})" for v in _ACTS)
_NOT_SPENT_FUND = _NOT_SPENT + "".join(f"(?<!{_GUARD.get(v, '')}{v}{n})" for v in _ACTS for n in ("资金", "经费"))
TOTALS = (
    # the noun (资金, or 经费: 补助经费, 专项经费), then its total or the verb granting it (衔接资金共下达105万元, 预算资金合计…),
    # the level granting it between (专项资金中央下达1924.7万元)
    re.compile(rf"{_NOT_SPENT}(?:资金|经费|预算)(?:{LEVEL})?(?:(?:合计|共计|总计|总额|共)(?:下达|安排)?|下达|安排)(?:为|是)?\s*{_NUM}"),
    re.compile(rf"(?:共计|合计|总计|共投入|总投入|共安排|共下达){_CLAUSE}{{0,40}}?(?:资金|经费|预算){_CLAUSE}{{0,6}}?{_NUM}"),
    re.compile(rf"(?:下达|安排|获得|争取){_CLAUSE}{{0,60}}?(?:预算)?(?:资金(?:转移支付)?|经费|转移支付(?:资金)?){_NAMED}(?:为|共)?"
               rf"\s*{_NUM}"),
    # the amount sent to the writer itself: 下达我局353.6万元
    # (the fund's name may stand between: 下达我市全民健身场地器材补短工程160万元)
    re.compile(rf"下达(?:给)?(?:我|本)(?:局|委|办|院|校|所|站|中心|单位|县|区|市|旗|镇|乡|街道)"
               rf"(?:[^。;；\n\d,，、]{{0,30}}?)\s*{_NUM}"),
    re.compile(rf"{_NOT_SPENT_FUND}(?:共计|合计|总计)(?:金额|资金)?(?:为)?\s*{_NUM}(?!{_BECAME})"),  # (合计金额118,156万元)
)
# an amount said received or put in (共收到…补助资金X万元, …专项扶贫资金投入X万元), or the fund's size (扶贫专项资金规模X
# 万元,其中…): with the totals' wordings, a total the amounts stated after it may itemise (``_confirmed(…, itemised=True)``)
INTAKE = re.compile(rf"(?:(?:收到|投入){_CLAUSE}{{0,40}}?(?:资金|经费){_NAMED}(?:共|合计)?|"
                    rf"(?:资金|经费)(?:共|合计)?(?:投入|收到|规模)(?:共|合计|了|为)?)\s*{_NUM}")
ITEMISED = (*TOTALS, INTAKE)
# … and, only where none of those states the budget, the plainer wordings other counties use: the noun 预算 (资金预算
# 120万元, 总预算为…, never 执行预算…), the year's funds (年度资金…), the money received or put in place from above
# (收到/落实 …资金/补助, 上级(共)拨付…资金: the transfer as the county got it), the fund's size (资金规模为…), the verb
# granting with no noun (省财政厅下达120万元, 共下达…; never 已下达: what the writer passed on), or the amount said first
# and then granted (120万元已全部下达)
PLAIN = re.compile(rf"(?:(?<!执行)(?<!支出)(?:总)?预算(?:资金|数)?|年度资金(?:总额)?|(?:收到|落实|上级(?:共)?拨付)"
                   rf"{_CLAUSE}{{0,30}}?(?:资金|经费|补助){_NAMED}|(?:资金|经费)规模|(?<!已)(?:累计|共计|共)?下达)"
                   rf"(?:合计|共计|总计|为|是|共)?\s*{_NUM}")
GRANTED = re.compile(rf"{_NUM}(?:的)?(?:资金|经费)?(?:已|均)?(?:全部|全额)?下达(?!率)")
# The spending, most explicit wording first: 执行数/执行资金/已执行; 支出; 拨付/支付 (a county's spending).
SPENT = (
    re.compile(rf"(?<!应)(?:执行(?:预算)?(?:资金|数)|已执行|实际执行)(?:资金|经费)?(?:合计|共计|总计|为|共|了)?\s*{_NUM}"),
    re.compile(rf"(?:实际支出|已支出|支出资金|实际使用|已使用|累计使用|累计支出|(?:实际)?完成投资|决算金额)(?:资金|经费)?"
               rf"(?:合计|共计|为|共|了)?\s*{_NUM}"),
    re.compile(rf"(?:已完成拨付|已拨付|完成支付|已支付|实际支付|累计支付|累计拨付|拨付使用)(?:资金|经费)?(?:合计|共计|为|共|了)?"
               rf"\s*{_NUM}"),
    # 支出 opening its clause or after the year (2023年支出2310.4万元), never inside a name (项目支出87.5万元)
    re.compile(rf"(?<=[,，。;；:：\s年])支出(?:资金|金额)?(?:合计|共计|为|共|了)?\s*{_NUM}"),
    # the amount, then what became of it: 共计152万元资金全部支付到位 (never 拨付到位: that is the money arriving)
    re.compile(rf"{_NUM}{_BECAME}"),
)
# … and, only where none of those states it, the plainer wordings other counties use: first a total of the spending
# (合计支出…, 共支出…, 已全部支出…, 支出总额…: the whole where the levels' parts are also said), then the plainer verbs
# (完成/实现支出, 资金支出/执行/支付/使用/兑现, 支付资金 (never inside 转移支付资金: the transfer's name), 预算执行, 兑付, 发放,
# 兑现, 实际发放补助), or 支出/执行/支付 right after the date or opening a clause (截至年底支出…, 截至年底，执行…, ，支付…), or
# the money paid to where it goes
SPENT_PLAIN = (
    re.compile(rf"(?:(?:合计|共计|总计|共|(?:已)?全部)支出|支出(?:资金)?总额)(?:资金|经费)?(?:合计|共计|为|共|了)?\s*{_NUM}"),
    re.compile(rf"(?:(?:累计)?(?:完成|实现)支出|资金(?:支出|执行|支付|使用|兑现)(?!率)|(?<!转移)支付资金|预算执行|"
               rf"(?:已|累计|实际|共)(?:兑付|发放|兑现)(?:补助|补贴|资金)?|兑现资金|(?<=[底末日])(?:支出|执行|支付)|"
               rf"(?<=[底末日][,，])(?:支出|执行)|(?<=[,，])支付)(?:资金|经费)?(?:合计|共计|为|共|了)?\s*{_NUM}"),
    # paid to where it goes (已拨付至乡镇…, 实际拨付到项目…; never 拨付到位: the money arriving)
    re.compile(rf"(?:已|实际|累计)拨付(?:至|到|给)(?!位)[^。;；\n\d,，、]{{1,15}}?{_NUM}"),
)
RATE = re.compile(f"(?:{spaced(RATE_WORDS)})" + r"\s*(?:为|达到|达|是)?\s*(\d+(?:\.\d+)?%)")
# the report's own score of the transfer (整体绩效自评分数为89分): its 总分, read where the text states one
SCORE = SCORE_SAID  # (``reportwords``: the one vocabulary of a report's score)


@dataclass(slots=True)
class Prose:
    start: int
    title: str | None
    block: Block
    problems: list[Problem] = field(default_factory=list)
    score: Val | None = None
    grade: Val | None = None
    unit: str | None = None  # the unit its amounts are stated in (the budget's)


Found = tuple[str, int, str | None]  # a figure's text, where it stands, its unit (None: no amount's)


def _unit(m: re.Match[str]) -> str | None:
    """The unit of an amount matched by a pattern built on ``_NUM`` (its group 2), None for other patterns."""
    return money(m.group(2)) if m.re.groups >= 2 else None


def _once(pattern: re.Pattern[str], flat: Flat) -> Found | None:
    """The value the pattern finds, when every match states the same one in the same unit (its first place)."""
    found = [(m.group(1), m.start(1), _unit(m)) for m in pattern.finditer(flat.text)]
    values = {(parse_decimal(v.replace(",", "")), u) for v, _, u in found}
    return (found[0][0].replace(",", ""), found[0][1], found[0][2]) if len(values) == 1 else None


_SCALE = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}


def in_yuan(value: Decimal, unit: str | None) -> Decimal:
    """``value`` in 元, to compare amounts stated in different units (only compared, never read)."""
    return value * _SCALE.get(unit or "万元", Decimal(1))


def _run(amounts: list[tuple[Decimal, str | None]], unit: str | None) -> list[Decimal]:
    """The amounts at the end of ``amounts`` stated in ``unit`` (the run stops at one in another unit)."""
    out: list[Decimal] = []
    for value, u in reversed(amounts):
        if u != unit:
            break
        out.append(value)
    return out[::-1]


_PARTS = 30  # the most parts a total is taken to list


def _sums_to(value: Decimal, amounts: list[Decimal]) -> bool:
    """Some run of two or more amounts (at most ``_PARTS``), ending at the list's end, adds up to ``value``."""
    total = Decimal(0)
    for k, x in enumerate(reversed(amounts[-_PARTS:]), 1):
        total += x
        if k >= 2 and total == value:
            return True
        if total > value:  # amounts are never negative: the run only grows
            return False
    return False


def _confirmed(flat: Flat, patterns: tuple[re.Pattern[str], ...] = TOTALS, *, itemised: bool = False) -> Found | None:
    """The one total the text's own arithmetic confirms: an amount stated as a total (any of ``patterns``) that
    the amounts stated just before it, or just after it, in the same paragraph add up to.

    ``itemised`` (a total stated once and itemised after it, by source, by recipient or in the next paragraph's
    sentence: ``ITEMISED``): only the amounts after it, from the first, looked for past its paragraph (heading
    lines between hold none); an amount equal to the total itself (a 其中 restating it) is no part."""
    found: dict[Decimal, Found] = {}  # by the amount in 元
    stated: set[Decimal] = set()
    # every amount of the text, parsed once (the totals look among their paragraph's, before and after them)
    amounts = [(v, a.start(1), money(a.group(2))) for a in AMOUNT.finditer(flat.text)
               if (v := parse_decimal(a.group(1).replace(",", ""))) is not None]
    starts = [at for _, at, _ in amounts]
    for pattern in patterns:
        for m in pattern.finditer(flat.text):
            value, unit = parse_decimal(m.group(1).replace(",", "")), _unit(m)
            if value is None or value <= 0:  # (nothing is confirmed of a total of nothing)
                continue
            stated.add(in_yuan(value, unit))
            if itemised:
                nxt = bisect_right(starts, m.start(1))  # (past the total's own amount)
                window = [(a, u) for a, _, u in amounts[nxt : nxt + _PARTS + 1]]
                ok = _sums_to(value, [a for a in _run(window[::-1], unit) if a != value])
            else:
                para_start = flat.text.rfind("\n", 0, m.start(1)) + 1
                para_end = flat.text.find("\n", m.end(1))
                para_end = len(flat.text) if para_end < 0 else para_end
                first, at, last = (bisect_left(starts, k) for k in (para_start, m.start(1), para_end))
                nxt = at + 1 if at < last and starts[at] == m.start(1) else at  # (past the total's own amount)
                before = _run([(a, u) for a, _, u in amounts[max(first, at - _PARTS) : at]], unit)
                after = _run([(a, u) for a, _, u in reversed(amounts[nxt : min(last, nxt + _PARTS)])], unit)
                ok = _sums_to(value, before) or _sums_to(value, after)
            if ok:
                found.setdefault(in_yuan(value, unit), (m.group(1).replace(",", ""), m.start(1), unit))
    # a confirmed sum smaller than another total the text states is one fund of several (下达A资金2263万元 … 下达B
    # 资金791万元。其中491万元、300万元): not the transfer's whole
    return next(iter(found.values())) if len(found) == 1 and max(found) >= max(stated) else None


def _budget(flat: Flat) -> Found | None:
    # (a budget stated received and itemised after: 共收到…资金100万元。资金分别用于:A 60万元,B 40万元)
    got = _once(EXPLICIT, flat) or _confirmed(flat) or _confirmed(flat, ITEMISED, itemised=True)
    for pattern in TOTALS:
        got = got or _once(pattern, flat)
    from jixiao.read.recognise.transfer_said import listed  # (it reads amounts as this module does)

    return got or _once(PLAIN, flat) or _once(GRANTED, flat) or listed(flat)


def read_prose(flat: Flat) -> Prose | None:
    """The report's figures, or None when the text is no transfer report (its words may be spaced as PDF text
    spaces them: read on ``closed``)."""
    shut = closed(flat)
    report = REPORT.search(shut.text)
    if report is None:
        return None
    t = TITLE.search(shut.text)
    title = t.group(0).strip() if t else None
    start = opened(flat, t.start() if t else report.start())  # (in ``flat``: the caller's text)
    block = Block(None, source=flat.source_at(start))
    flat = shut  # the statements' words whole
    problems: list[Problem] = []
    row: dict[str, Val] = {}
    budget = _budget(flat)
    if budget is not None and one_level(flat.text, budget[1]):  # (中央下达X万元 beside 省级下达Y万元, no total)
        problems.append(problem(f"报告正文的{budget[0]}{budget[2] or ''}只是某一级次下达的资金，文中另有其他级次的资金而未写合计，"
                                "未作为预算数读取",
                                f"the report's {budget[0]} is what one level sent, beside other levels' amounts and no "
                                "total; not read as the budget", flat.source_at(budget[1])))
        budget = None
    if budget is not None:
        row["annual_budget"] = _val(flat, *budget[:2])
    executed = None
    for pattern in (*SPENT, *SPENT_PLAIN):
        executed = executed or _once(pattern, flat)
    unit = budget[2] if budget is not None else executed[2] if executed is not None else None
    if executed is not None and budget is not None and executed[2] != budget[2]:
        problems.append(problem(f"报告正文所述执行数（{executed[0]}{executed[2]}）与预算数的单位（{budget[2]}）不同，未读取",
                                f"the report's spending ({executed[0]}{executed[2]}) is in another unit than its "
                                f"budget ({budget[2]}); not read", flat.source_at(executed[1])))
    elif executed is not None:
        row["executed"] = _val(flat, *executed[:2])
    rate = _once(RATE, flat)
    if rate is not None:
        r = _val(flat, *rate[:2])
        if agrees(r, row.get("annual_budget"), row.get("executed")):
            row["rate"] = r
        else:
            problems.append(problem(
                f"报告正文所述执行率{r.text}与所述执行数÷预算数不符（所指金额可能不同），未作为执行率读取",
                f"the report's rate {r.text} is not its stated spending ÷ budget (the sentences may speak of "
                "different sums); not read as the rate", r.source))
    if row:
        block.rows["total"] = row
    if "executed" not in row and executed is None:
        problems.append(problem("报告正文未写明（或写明了多个不同的）全年执行数，未读取",
                                "the report does not state the spending once; not read", block.source))
    score = _once(SCORE_TOTAL, flat) or _once(SCORE, flat)  # (a total's own wording first: 得分为 may be an indicator's)
    said = grade_said(flat.text)  # (one grade, however often stated)
    grade = Val(squash(said.group(1)), said.group(1), flat.source_at(said.start(1))) if said else None
    return Prose(start, title, block, problems, _val(flat, *score[:2]) if score else None, grade, unit)


def agrees(rate: Val, b: Val | None, e: Val | None) -> bool:
    """The stated rate is the stated spending ÷ the stated budget, to its printed digits (or one of them is
    not stated, and nothing can disagree)."""
    if rate.dec is None or b is None or e is None or b.dec is None or e.dec is None or b.dec <= 0:
        return True
    digits = len(rate.text.rstrip("%").partition(".")[2]) if rate.text else 0
    return abs(e.dec / b.dec * 100 - rate.dec) <= Decimal(1).scaleb(-digits)


def _val(flat: Flat, text: str, pos: int) -> Val:
    return Val(parse_decimal(text), text, flat.source_at(pos))
