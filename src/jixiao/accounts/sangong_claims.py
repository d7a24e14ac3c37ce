"""The sentences of a 情况说明 that state a change of one 三公 item, read into ``Claim``s.

The text is cut into one stretch per item it names (因公出国(境)费, 公务接待费, 公务用车购置及运行费 and its two
parts, or the 三公 total), from the name to the next item's name or the end of the sentence. A stretch that states a
change (增加/减少 X 万元, or 无变化 / 持平 / 无增减) and says what it compares with (与预算相比: the budget; 比上年 /
较2021年: last year) is a claim: its item, its own amount when it gives one, the comparison and the change, and the
figure compared with when the words give it ("比上年决算15.00万元减少2.40万元", "较年初预算20万元减少7.4万元").
``accounts.sangong_words`` checks each claim against the figures, ``accounts.sangong_changes`` their sums.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from jixiao.accounts.prose import LAST_YEAR, Paragraphs
from jixiao.accounts.sangong import ABROAD, PURCHASE, RECEPTION, RUNNING, TOTAL, VEHICLES, item_of
from jixiao.core.numbers import ZERO, parse_decimal
from jixiao.core.source import Source

_MENTION = re.compile(
    r"[“\"']?三公[”\"']?(?:经费)?"
    r"|因公出国\(?境?\)?(?:经)?费用?|出国\(境\)(?:经)?费用?"
    r"|公务接待(?:经)?费?用?"
    r"|公务用车购置及运行(?:维护|维修)?(?:经)?费?用?|公务用车(?:运行|运转)(?:维护|维修)?(?:经)?费?用?"
    r"|公务用车购置(?:经)?费?用?|公务用车(?:经)?费用?"
)
_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_AMOUNT = re.compile(_NUM + r"\s*(亿元|万元|元)")
_AGAINST = re.compile(r"[比较与]|相比|同比")
# the words that gather the items listed before them into their total ("以上三项共计", "上述各项合计", ";合计")
_GATHERED = re.compile(r"[,，;；]\s*(?:(?:以上|上述|前述)(?:[二两三四\d]项|各项)?(?:经费|费用|支出)?)?(?:合计|共计|总计)")
_SUM = re.compile(r"合计|共计|总计")
# (…比预算数少1.40万元, …比上年多2万元: 少/多 right after the figure compared with)
# (…比上年预算增56400元, 比上年预算减15600元: 增/减 alone right after the figure compared with, 保山's)
_CHANGE = re.compile(r"(增加|减少|增长|下降|降低|节约|压缩|节省|减支|增支|(?<=[数算年])(?:少|多|增|减))了?(?:支出|开支)?\s*" + _NUM
                     + r"\s*(亿元|万元|元)")
# an amount right after a change's words is that change, even in a template's (比上年增加(减少)0万元): no base
_A_CHANGES = re.compile(r"(?:增加|减少|增长|下降|降低|节约|压缩|节省|(?<=[数算年])[增减])\s*(?:[(（][^()（）]{0,4}[)）])?\s*(?:了|为)?\s*$")
# (a template's two directions with a change of nothing, "比预算数增加(减少)0万元": the same whichever is meant)
_SAME = re.compile(r"无变化|没有变化|未发生变化|无增减|持平|零增长|未变化|保持不变|一致"
                   r"|(?:增加|增长)\s*[(（]\s*(?:减少|下降)\s*[)）]\s*0(?:\.0+)?\s*(?:亿元|万元|元)")
_DONE = re.compile(r"(?:完成(?:年初|全年|调整)?预算(?:数)?的?|(?:占|为|达到?)(?:年初|全年|调整)?预算数?的)\s*"
                   r"(\d+(?:\.\d+)?)\s*[%％]")  # (占年初预算的60%, 为预算数的80%: the same completion)
_RATE = re.compile(r"(增加|减少|增长|下降|降低)了?\s*(\d+(?:\.\d+)?)\s*%")
# the rate said right after a change ("减少275.00元,下降0.88%", "减少0.2万元、同比下降0.99%", "增加3万元(增长12%)")
_THEN_RATE = re.compile(r"\s*(?:[,，、(（]\s*)?(?:同比\s*)?(增长|下降|降低|上升|提高|增幅|降幅|减幅|增加|减少|压缩|压减)(?:比例|幅度)?(?:了|为|是|达到|达)?\s*"
                        r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*[%％]")  # (each run of spaces taken by one \s*: linear;
# a rate of thousands grouped as amounts are: 增长2,034.13%)
_UP_RATE = ("增长", "上升", "提高", "增幅", "增加")
_UP = ("增加", "增长", "增支", "多", "增")
_SAVED = ("节约", "节省")
_PRIOR = re.compile(LAST_YEAR + "|同期|同比")
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
WAN = {"亿元": Decimal(10000), "万元": Decimal(1), "元": Decimal("0.0001")}


@dataclass(frozen=True)
class Claim:
    """One stretch of text that states an item's change: its item, the comparison (``budget`` / ``prior``, with
    the stage it names when it names one and the year it names), the amount stated for the item, the change
    (sign and amount in 万元, as quoted) and where it stands."""

    item: str
    label: str
    against: str  # "" when the stretch does not say (a change with its rate in a list: only the rate is checked)
    against_stage: str | None
    year: int | None
    stated: Decimal | None
    stated_text: str | None
    stated_unit: str
    sign: int
    change: Decimal
    change_unit: str
    quoted: str
    text: str
    source: Source
    percent: bool = False  # the change is stated as a rate only ("比上年下降10%")
    done: bool = False  # not a change: the item's completion of its budget ("完成年初预算的60.5%")
    base: Decimal | None = None  # the figure compared with, when the words give it ("比上年决算15.00万元减少…"), 万元
    base_text: str | None = None  # … as printed, with its unit
    rate: str | None = None  # the rate said with the change, as printed ("减少0.2万元,下降0.99%" → 0.99)
    rate_source: Source | None = None  # … where it stands
    single_stated: bool = False  # the stated amount is the only one before the change (none compared with, no part)
    carried: bool = False  # the item is not named in the sentence but in the one before (a reading chosen: suspect)
    adjusted: bool = False  # its sentence takes a factor out of the figures first (剔除…因素): their base is not printed


# a change said of figures with something taken out (如果剔除这一因素,…仍然减少了933.78万元,下降了16.64%): its base is
# an adjusted one the text may not give
_ADJUSTED = re.compile(r"(?:剔除|扣除|除去|不考虑|排除)[^。;；]{0,12}(?:因素|影响)")


def claims(paras: Paragraphs, doc_year: int | None) -> Iterator[Claim]:
    """Every item's change the paragraphs state (``_claims``), marked ``adjusted`` where its sentence takes something
    out of the figures first."""
    for claim, sentence in _claims(paras, doc_year):
        yield replace(claim, adjusted=True) if _ADJUSTED.search(sentence) else claim


def _claims(paras: Paragraphs, doc_year: int | None) -> Iterator[tuple[Claim, str]]:
    for para, lines in paras:
        # the one item the sentences before name: a sentence that names none states its change
        # ("公务接待费预算为1万元,支出决算为0.53万元;较上年减少0.47万元,下降47%")
        subject: str | None = None
        pair: Pair | None = None  # the subject's two years' amounts, when its sentence gives them
        seen: set[str | None] = set()  # the items the paragraph has named so far
        for sentence in re.split(r"(?<=[。;；])", para):
            marks = _repeated(sentence, [m for m in _MENTION.finditer(sentence) if not _WHOLE_OF.search(
                sentence, max(0, m.start() - 4), m.start())], doc_year)
            seen |= {_item(m.group(0)) for m in marks}
            lead = _lead(sentence, marks)
            if not marks and _three(seen) and (g := _GATHERED.match("," + sentence)) is not None:
                # "因公出国(境)费0万元;公务接待费2.5万元;公务用车运行维护费8万元;合计10.5万元,与上年持平": the total's
                if (total := _claim("“三公”经费" + _SUM.findall(g.group(0))[-1], sentence[g.end() - 1:], doc_year,
                                    lines)) is not None:
                    yield total, sentence
                subject, pair = None, None
                continue
            if not marks and subject is not None:
                claim = _claim(subject, sentence, doc_year, lines, carried=True, pair=pair)
                if claim is not None:
                    yield claim, sentence
            if not marks:
                # the pair is the sentence right before's; a sentence of two years' amounts that names no item
                # known ("2、公务车辆运行2016年预算25万元,2015年预算45.2万元") is another item's: no subject
                subject, pair = (None if two_years(sentence) else subject), None
            listed = _three({_item(m.group(0)) for m in marks})
            spans = [(a, b) for a, b in _brackets(sentence) if _MENTION.search(sentence, a, b)]  # (brackets naming items)
            for i, m in enumerate(marks):
                end = marks[i + 1].start() if i + 1 < len(marks) else len(sentence)
                # an item named inside a bracket says nothing after it; one named before a bracket of its parts goes on
                # after it ("…运行维护费2066万元(其中:公务用车运行维护费1920万元,…),减少12万元": the vehicles' change)
                within = next(((a, b) for a, b in spans if a < m.start() < b), None)
                if within is not None:
                    end = min(end, within[1])
                else:
                    after = [x for x in marks[i + 1:] if not any(a < x.start() < b for a, b in spans)]
                    end = after[0].start() if after else len(sentence)
                if listed and i + 1 == len(marks) and (g := _GATHERED.search(sentence, m.end(), end)) is not None:
                    # "…公务用车购置及运行费12.40万元,以上三项共计15.65万元,比上年减少1.20万元": the change after the
                    # items' total is the total's, not the last item's
                    if (total := _claim("“三公”经费" + _SUM.findall(g.group(0))[-1], sentence[g.end():end], doc_year,
                                        lines)) is not None:
                        yield total, sentence
                    end = g.start()
                rest = re.sub(r"([(（])\s+([)）])", r"\1…\2", _blank(sentence, spans)[m.end():end]) if within is None \
                    else sentence[m.end():end]  # (a bracket of parts read as "(…)")
                claim = _claim(m.group(0), rest, doc_year, lines, lead=lead)
                if claim is not None:
                    yield claim, sentence
                    if claim.done and (changed := _claim(m.group(0), _without_done(rest), doc_year, lines)) is not None:
                        yield changed, sentence  # "…完成预算的93%,比预算减少1.4万元": the item's change too
                    elif not claim.done and (done := _done_after(m.group(0), rest, lines)) is not None:
                        yield done, sentence  # "…比预算减少1.80万元,完成预算的85%": the item's completion too
                    if (again := _second(m.group(0), rest, doc_year, lines)) is not None:
                        yield again, sentence
            if marks:
                # the one item the sentence names ("应急公务用车" beside it names none: a word, not an item)
                named = {_item(m.group(0)) for m in marks} - {None}
                if VEHICLES in named and len(named - {VEHICLES}) == 1 and named <= {VEHICLES, RUNNING, PURCHASE}:
                    named -= {VEHICLES}  # "二、公务用车购置及运行费 “公务用车运行维护费”预算数50万元": the heading, then its part
                first = next((m.group(0) for m in marks if _item(m.group(0)) in named), None)
                subject = first if len(named) == 1 else None
                pair = two_years(sentence) if subject is not None else None


# the comparison a sentence opens with, before the items it names ("与2022年相比,", "较上年,", "与年初预算相比:")
_LEAD = re.compile(r"^\s*(?:[与较比]\s*(?:上一?年|去年|(?:19|20)\d{2}\s*年度?|(?:年初|全年|调整)?预算)[^\d,，。;；:：]{0,8}?"
                   r"(?:相比|比较|对比)?|同比)\s*[,，:：]?\s*$")


def _lead(sentence: str, marks: list[re.Match[str]]) -> str:
    """The comparison the sentence opens with before its first item, when that is all it says before it; else ""."""
    head = sentence[:marks[0].start()] if marks else ""
    return head if head.strip() and _LEAD.match(head) else ""


# the whole a share is of ("公务接待费8.40万元,占“三公”经费的45.16%,…"): no item of its own, the stretch after it the item's
_WHOLE_OF = re.compile(r"占(?:全年|本年|全部|总)?\s*$")


def _repeated(sentence: str, marks: list[re.Match[str]], doc_year: int | None) -> list[re.Match[str]]:
    """The mentions without those that name the item before again for an earlier year, after its amount and before any
    change ("2023年“三公”经费决算数为18.60万元,2022年“三公”经费决算数为22.00万元,比上年减少3.40万元"): the change is the
    first's, the repeated mention's amount its base (``_own_amount``), not the item's own."""
    out: list[re.Match[str]] = []
    for m in marks:
        if out and doc_year is not None and _item(m.group(0)) == _item(out[-1].group(0)):
            gap = sentence[out[-1].end():m.start()]
            said = list(_AMOUNT.finditer(gap))
            if said and not _CHANGE.search(gap) and earlier(gap[said[-1].end():], doc_year):
                continue
        out.append(m)
    return out


def _brackets(sentence: str) -> list[tuple[int, int]]:
    """The outermost brackets the sentence closes, (open, close) positions (brackets inside them are theirs)."""
    # (a bracket of an item's own name, "因公出国(境)费", is inside no mention's stretch: it starts before it)
    spans: list[tuple[int, int]] = []
    depth, start = 0, -1
    for i, ch in enumerate(sentence):
        if ch in "(（":
            depth, start = depth + 1, i if depth == 0 else start
        elif ch in ")）" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
    return spans


def _blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with the words inside its brackets blanked, positions kept."""
    out = list(sentence)
    for a, b in spans:
        out[a + 1:b] = " " * (b - a - 1)
    return "".join(out)


def _three(items: set[str | None]) -> bool:
    """Whether the items named are the three 三公 items (the vehicles by their parts or whole): what a 合计 after
    them totals is the 三公 total (after the vehicles' parts alone, it is the vehicles')."""
    return {VEHICLES if i in (PURCHASE, RUNNING) else i for i in items} >= {ABROAD, RECEPTION, VEHICLES}


def _item(label: str) -> str | None:
    return TOTAL if "三公" in label else item_of(label)


Pair = tuple[re.Match[str], re.Match[str]]  # an item's amounts of two years, the earlier first
# an amount said with its year ("2016年预算8万元", "2015年预算12.5万元"): the year, then the amount
_YEAR_AMOUNT = re.compile(r"((?:19|20)\d{2})\s*年度?[^\d,，。;；]{0,10}?" + _NUM + r"\s*(亿元|万元|元)")


def two_years(sentence: str) -> Pair | None:
    """The two amounts a sentence gives an item for two different years, the earlier year's first (None unless
    exactly two, of two years)."""
    found = list(_YEAR_AMOUNT.finditer(sentence))
    if len(found) != 2 or found[0].group(1) == found[1].group(1):
        return None
    return (found[0], found[1]) if found[0].group(1) < found[1].group(1) else (found[1], found[0])


def _claim(label: str, rest: str, doc_year: int | None, lines: list[tuple[str, Source]],
           carried: bool = False, pair: Pair | None = None, lead: str = "") -> Claim | None:
    """``carried``: the item is the one the sentences before name (``rest`` is a sentence that names none);
    ``pair``: that sentence's two years' amounts of the item ("公务接待费2016年预算8万元,2015年预算12.5万元;对比减少4.35万元":
    the change is the later year's on the earlier's)."""
    item = _item(label)
    if item is None:
        return None
    change, same, rate, done = _CHANGE.search(rest), _SAME.search(rest), _RATE.search(rest), _DONE.search(rest)
    first = _earliest(change, same, rate, done)
    if first is None:
        return None
    if first is done and item == TOTAL and (change or same) is not None and _BUDGET_SAID.search(rest):
        # "…支出决算18.60万元,完成年初预算的93%,比年初预算减少1.40万元": the total's completion is accounts.text_rates';
        # the change said after it is read, the completion's words blanked
        return _claim(label, _without_done(rest), doc_year, lines, carried, pair, lead)
    if first is done:  # an item's completion of its budget (the total's with its budget said: accounts.text_rates)
        return None if item == TOTAL and _BUDGET_SAID.search(rest) else _done(item, label, rest, first, lines, carried)
    stated = _own_amount(rest[:first.start()], doc_year)
    # the words of the comparison: after the item's own amount, before the change
    before = rest[stated.end() if stated else 0:first.start()]
    if lead and not _AGAINST.search(before) and not _AMOUNT.search(before):
        before = lead + before  # "与2022年相比,“三公”经费支出减少3.40万元": the sentence's comparison is each item's
    years = [int(y) for y in YEAR.findall(before)]
    if _PRIOR.search(before) or (years and doc_year is not None and years[-1] < doc_year):
        against = "prior"
    elif "预算" in before and re.search(r"[与较比]|相比", before) and (not years or years[-1] == doc_year):
        against = "budget"
    elif first is change and first.group(1) in _SAVED and "预算" in rest[:first.start()]:
        against = "budget"  # "支出预算为20万元,实际支出18.6万元,节约1.5万元": a saving is on the budget said before it
    elif first is change and _THEN_RATE.match(rest, first.end()):
        against = ""  # "其中:公务接待费减少275.00元,下降0.88%": the comparison is the sentence's; the rate is the change's own
    elif carried and pair is not None and first is change and stated is None and not _AMOUNT.search(before):
        return _paired(_claim_of(label, item, rest, first, lines), pair)
    else:
        return None  # no comparison said, or one against a year not known: nothing to tie the change to
    stage = _stage(before)
    amount = wan(stated.group(1), stated.group(2)) if stated else None
    base = list(_AMOUNT.finditer(before))  # the figure the words compare with, after 比/较/与 or said as last year's
    said_base = base[-1] if len(base) == 1 and not _A_CHANGES.search(before, 0, base[-1].start()) and (
        _AGAINST.search(before, 0, base[-1].start()) or (
        against == "prior" and earlier(before[:base[-1].start()], doc_year)) or (
        against == "budget" and "预算" in before[:base[-1].start()])) else None  # (占年初预算20.00万元的93%,节约…)
    if said_base is None and not base and against == "prior":
        said_base = _BASE_AFTER.match(rest, first.end())  # "同比下降16%(上年22.00万元)"
    if first is same:
        sign, change_wan, quoted, unit = 0, ZERO, first.group(0), "万元"
    elif first is rate:
        sign, change_wan, quoted, unit = (1 if first.group(1) in _UP else -1), ZERO, first.group(2), "%"
    else:
        sign = 1 if first.group(1) in _UP else -1
        change_wan = wan(first.group(2), first.group(3)) or ZERO
        quoted, unit = first.group(2), first.group(3)
    said = re.sub(r"\s", "", first.group(0))  # (a carried item is not on the change's line: the change's words are)
    where = next((s for t, s in lines if (said in re.sub(r"\s", "", t) if carried else quoted in t and label in t)),
                 None) or next((s for t, s in lines if quoted in t), lines[0][1])
    then = _THEN_RATE.match(rest, first.end()) if first is change else None
    if then is not None and (then.group(1) in _UP_RATE) != (sign > 0):
        then = None  # a rate whose words go the other way: not the same change
    return Claim(item, label, against, stage, years[-1] if years else None, amount,
                 stated.group(1) if stated else None, stated.group(2) if stated else "万元", sign, change_wan, unit, quoted,
                 (label + rest[:first.end()]).strip(), where, percent=first is rate,
                 base=wan(said_base.group(1), said_base.group(2)) if said_base else None,
                 base_text=said_base.group(1) + said_base.group(2) if said_base else None,
                 rate=then.group(2).replace(",", "") if then else None,
                 single_stated=stated is not None and len(_AMOUNT.findall(rest[:first.start()])) == 1,
                 rate_source=_rate_at(lines, then.group(0).strip(), where) if then else None, carried=carried)


_FINAL = re.compile(r"决算|执行数|实际(?:支出|执行|发生)")  # 上年执行数, 实际执行数: what was spent, the 决算


def _done_after(label: str, rest: str, lines: list[tuple[str, Source]]) -> Claim | None:
    """An item's completion said after its change ("…比预算减少1.80万元,完成预算的85%"); the total's, when its budget
    is said, is ``accounts.text_rates``'."""
    item = _item(label)
    done = _DONE.search(rest)
    if item is None or item == TOTAL and _BUDGET_SAID.search(rest) or done is None or done.start() == 0:
        return None
    first = _earliest(_CHANGE.search(rest), _SAME.search(rest), _RATE.search(rest))
    return _done(item, label, rest, done, lines) if first is not None and first.start() < done.start() else None


def _earliest(*found: re.Match[str] | None) -> re.Match[str] | None:
    """The match that starts first among those found."""
    return min((x for x in found if x is not None), key=lambda x: x.start(), default=None)


# a budget said in figures: the total's completion beside it is accounts.text_rates' (决算18.60万元,完成年初预算20万元的93%;
# 预算为20万元,…完成预算的93%); one said with no budget (完成年初预算的93%) is held against the table's
_BUDGET_SAID = re.compile(r"预算(?:数)?(?:为|是)?\s*" + _NUM + r"\s*(?:亿元|万元|元)")


def _without_done(rest: str) -> str:
    """The stretch with its first completion's words blanked (positions kept), for the change said after it."""
    done = _DONE.search(rest)
    return rest if done is None else rest[:done.start()] + " " * (done.end() - done.start()) + rest[done.end():]


def _stage(before: str) -> str | None:
    """The stage the words compare with: the one named after 比/较/与 when they name one ("2011年预算数比上年执行数
    减少…" compares with last year's 决算), else the one the words name anywhere."""
    against = list(_AGAINST.finditer(before))
    for words in ([before[against[-1].end():]] if against else []) + [before]:
        if _FINAL.search(words):
            return "决算"
        if "预算" in words:
            return "预算"
    return None


def _rate_at(lines: list[tuple[str, Source]], said: str, near: Source) -> Source:
    """Where a rate said with a change stands: the change's line when it holds it, else the first line that does; a
    rate a line break cut from its word (…增加1.82万元，上升 ⏎ 31%): the first line from the change's on that holds its
    figure, where ``accounts.text_rates`` places it too."""
    squeeze = re.sub(r"\s", "", said)
    held = [s for t, s in lines if squeeze in re.sub(r"\s", "", t)]
    if held:
        return near if near in held else held[0]
    figure = re.search(r"\d+(?:\.\d+)?%$", squeeze)
    start = next((k for k, (_, x) in enumerate(lines) if x == near), len(lines))
    return next((x for t, x in lines[start:] if figure is not None and figure.group(0) in re.sub(r"\s", "", t)), near)


def _done(item: str, label: str, rest: str, m: re.Match[str], lines: list[tuple[str, Source]],
          carried: bool = False) -> Claim:
    stated = _own_amount(rest[:m.start()])
    where = next((s for t, s in lines if m.group(1) + "%" in t.replace(" ", "") and label in t), None) or \
        next((s for t, s in lines if m.group(1) in t), lines[0][1])
    return Claim(item, label, "budget", None, None, wan(stated.group(1), stated.group(2)) if stated else None,
                 stated.group(1) if stated else None, stated.group(2) if stated else "万元", 0, ZERO, "%", m.group(1),
                 (label + rest[:m.end()]).strip(), where, done=True, carried=carried)


def _own_amount(text: str, doc_year: int | None = None) -> re.Match[str] | None:
    """The item's own amount: the last one before the words of comparison ("支出预算为49.9万元,支出决算为7.69万元,
    与预算相比…" → 7.69); an amount after 比/较/与 is the one compared with, not the item's, and so is one said as last
    year's after the item's own ("决算18.60万元,上年决算22.00万元,同比减少3.40万元", "8.40万元,2022年为9.80万元" → 18.60,
    8.40)."""
    own = None
    start = 0
    for m in _AMOUNT.finditer(text):
        gap = text[start:m.start()]
        if _AGAINST.search(gap) or own is not None and (earlier(gap, doc_year) or _BUDGET_AFTER.search(gap)):
            break
        own, start = m, m.end()
    return own


# an amount said as the budget after the item's own (决算数为18.60万元,预算数为20.00万元; …,占年初预算20.00万元的93%): the
# budget compared with, not the item's own (a 决算 said after its budget is the item's own: 预算为49.9万元,支出决算为7.69万元)
_BUDGET_AFTER = re.compile(r"^(?!.*(?:决算|支出|执行|实际)).*预算", re.S)


def earlier(words: str, doc_year: int | None) -> bool:
    """The words name last year (上年, 去年, 同期) or a year before the document's."""
    return _PRIOR.search(words) is not None or doc_year is not None and any(
        int(y) < doc_year for y in YEAR.findall(words))


# last year's amount said in brackets after the change ("同比下降16%(上年22.00万元)")
_BASE_AFTER = re.compile(r"\s*[(（]\s*(?:" + LAST_YEAR + r"|(?:19|20)\d{2}\s*年)[^()（）\d]{0,8}?" + _NUM
                         + r"\s*(亿元|万元|元)\s*[)）]")


def wan(number: str, unit: str) -> Decimal | None:
    d = parse_decimal(number)
    return None if d is None else d * WAN[unit]


def places(quoted: str) -> Decimal:
    """One unit of the last digit quoted, in 万元 ("0.58" → 0.01); a word (无变化) is exact."""
    d = parse_decimal(quoted)
    if d is None:
        return ZERO
    return Decimal(1).scaleb(-len(quoted.split(".")[1]) if "." in quoted else 0)


def slipped(c: Claim) -> Claim | None:
    """The claim with its change read in the unit of the amount its sentence states, where the change's own unit
    is another ("因公出国(境)费支出3.3万元,…减少2.7元,下降45%": 2.7 read as 万元), for the checks to try where the
    change as printed fails: a change that holds so is a slip of its unit, no wrong figure. None where the units
    agree or the sentence states no amount."""
    if c.stated_text is None or c.stated_unit == c.change_unit or c.percent or c.done:
        return None
    quoted = parse_decimal(c.quoted)
    if quoted is None:
        return None
    return replace(c, change=quoted * WAN[c.stated_unit], change_unit=c.stated_unit)


def _claim_of(label: str, item: str, rest: str, change: re.Match[str], lines: list[tuple[str, Source]]) -> Claim:
    """A carried change said with no comparison of its own ("对比减少4.35万元"), before its pairing."""
    said = re.sub(r"\s", "", change.group(0))
    where = next((s for t, s in lines if said in re.sub(r"\s", "", t)), lines[0][1])
    return Claim(item, label, "prior", None, None, None, None, "万元", 1 if change.group(1) in _UP else -1,
                 wan(change.group(2), change.group(3)) or ZERO, change.group(3), change.group(2),
                 (label + rest[:change.end()]).strip(), where, carried=True)


def _paired(c: Claim, pair: Pair) -> Claim:
    """The claim against the earlier year's amount, the later year's its own (both said in the sentence before)."""
    early, late = pair
    return replace(c, year=int(early.group(1)), stated=wan(late.group(2), late.group(3)), stated_text=late.group(2),
                   stated_unit=late.group(3), base=wan(early.group(2), early.group(3)),
                   base_text=early.group(2) + early.group(3))


# where a comparison begins: 比/较/与 and what it compares with (上年, 去年, 预算, 年初预算, 2019年 …)
_COMPARED = re.compile(r"(?:比|较|与)\s*(?:上年|去年|上一年|同期|预算|年初|全年|(?:19|20)\d{2})")


def _second(label: str, rest: str, doc_year: int | None, lines: list[tuple[str, Source]]) -> Claim | None:
    """The stretch's second comparison, when it makes two ("公务用车运行维护费支出决算比预算无增减变化,比去年增加1.05万元,
    增长35.8%"): the item's own words and amount with the first comparison left out, so that the second is a claim of
    its own (with its rate)."""
    found = list(_COMPARED.finditer(rest))
    if len(found) < 2 or not _CHANGE.search(rest, found[0].end(), found[1].start()) and \
            not _SAME.search(rest, found[0].end(), found[1].start()):
        return None  # (one comparison, or two words of one: "与上年预算相比")
    year = YEAR.search(found[1].group(0) + "年")
    if year is not None and (doc_year is None or int(year.group(1)) != doc_year - 1):
        return None  # "…比2019年减少1万元,比2018年减少2万元": a year further back than any column of last year's
    return _claim(label, rest[:found[0].start()] + rest[found[1].start():], doc_year, lines)
