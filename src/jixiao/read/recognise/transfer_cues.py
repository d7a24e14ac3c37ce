"""What a sentence says of an amount of a transfer or special fund, whatever its wording, order or separator
(``transfer_stated``, the last-resort reader of such funds stated in prose).

Every amount of the text (``transfer_prosewords.AMOUNT``: a number and its unit 元/万元/亿元) is given a kind by the
words nearest before it in its clause: allocated (下达/拨付/安排/分配/调整到/追加/预算/共计 …), spent (支出/执行/使用/已拨付
…), or something else (结余, a change 较上年增加, a share 占, a standard 每人 …, the money arriving 到位/落实). An amount whose
clause has no such word takes the kind of the word right after it (X万元已全部下达, X万元调整到你单位), else of the words
before it in its sentence, else none. An amount after 其中 in its sentence is a part of another, never the whole. A total word (共计/合计/总计/共) before an amount marks it a stated total.

Each cue is one alternation matched left to right (the longer wording first: 已拨付 is spending where 拨付 is
allocation); the last match before the amount decides. Every scan is bounded (a clause, ``_BACK`` characters): linear
in the text however long its lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.read.recognise.reportwords import money
from jixiao.read.recognise.transfer_prose import in_yuan
from jixiao.read.recognise.transfer_prosewords import AMOUNT

ALLOC, SPENT, OTHER = "alloc", "spent", "other"
# spending first (its wordings hold the allocation's verbs: 已拨付, 拨付使用), then what is no budget nor spending,
# then the allocation's words (a fund's quota among them: 集中使用的彩票公益金额度为9248万元, never a loan's); 转移支付 is
# the transfer's name, never money paid
_SPENT = (r"已(?:经)?(?:完成|全部|累计)?拨付|实际拨付|累计拨付|完成拨付|拨付使用|(?:已|实际|累计|完成)?支出(?!率|进度)|"
          r"(?:已|实际|累计)?(?:执行|使用)(?!率|进度|单位|期)|(?<!转移)支付(?!率)|兑付|兑现|发放(?!率)|完成投资|决算")
# (what was due, 应支付贴息资金444.86万元, is neither granted nor spent: 实际支付 after it is the spending)
_OTHER = (r"[≤≥<>=＜＞]\s*(?=\d)|应(?:支付|发放|拨付|兑付)|未(?:分配|下达|拨付|下拨|安排|使用|支出|执行)|(?:接到|收到|接收)[^，,。；;\n\d]{0,12}?(?:拨付|下达|下拨|安排)|已(?:经)?(?:全部)?下达|用于|用作|分别|(?:下达|分配|拨付|下拨)(?:到|至|-)(?!位)|(?:下达|分配|拨付|下拨)给?(?:各|所属|下属)|调减|调增|核减|结余|结转|较上年|较去年|比上年|同比|增加|减少|增长|下降|节约|节省|占|平均|人均|每(?:人|户|亩|年|月|个|所|名)|"
          r"标准(?!化)|到位|落实|到账|收入|产值|贷款|利润|损失|上限|限额|不超过|不高于|不低于|最高|最低|单价|价格(?!补贴|改革|调节)|费用为|配套")
_ALLOC = (r"争取(?:到)?|应执行|(?<!贷款)(?<!授信)(?<!担保)额度|(?:资金|经费)收入|年度资金(?:总额)?|年度金额|财政拨款|提前下达|下达|下拨|预拨|拨付|安排|分配|调整(?:到|至|给)|追加|划拨|转拨|调拨|预算|总投资|计划投资|投入|共计|合计|总计|总额|(?:资金|经费)总量|规模|(?<![公总])共(?![享同建性有产])")
CUE = re.compile(rf"(?P<spent>{_SPENT})|(?P<other>{_OTHER})|(?P<alloc>{_ALLOC})")
_ALL = r"(?<![公总])共(?![享同建性有产])"  # 共 alone, never inside a word (公共, 共享, 共同)
TOTAL = re.compile(rf"共计|合计|总计|总额|总量|{_ALL}")
# the sum finally allocated after a cut or an addition (全年实际下达71万元, 调整后预算): the year's, over the first
# or the sum the year is to spend (全年应执行数, 全年预算数: the budget as a form names it)
FINAL = re.compile(r"(?:实际|最终|调整后)(?:下达|安排|预算)|调整后|应执行|全年预算")
# the notice's own sending (现将…资金X万元下达, 现下达你单位…, 本次拨付…): over what it recalls of other years or batches
SENT = re.compile(r"(?:现|特|兹)(?:将|下达|拨付|下拨|分配|安排)|本次|此次|本批")
# a statement of its own after a list's last part (…859.6万元2023年支出2310.4万元): the 其中 before it no longer holds
_OPENS = re.compile(r"\s*(?:\d{4}年|全年|截至|截止|年底|年末)")
# what follows an amount right after its unit (X万元已全部下达, X万元调整到你单位, X万元资金全部支出): the verb, not the
# money arriving (拨付到位, 落实: neither allocation nor spending)
_AFTER = re.compile(r"(?:的(?:\d{4}年度?)?)?(?:[^,，、。;；:：\n\d]|\d{1,2}[月日]){0,24}?(?:已经|已|全部|均|目前|现|于)*(?:(?P<spent>支出|使用|(?<!转移)支付|执行)|"
                    r"(?P<alloc>(?:下达|安排|分配|预拨|下拨)(?!至|-|到|给?(?:各|所属|下属))|调整(?:到|至|给)|追加|"
                    r"拨付给(?!各|所属|下属))|"
                    r"(?P<other>下达|安排|分配|预拨|下拨|拨付|到位|落实|结余|结转))")
# … and what the words right after it say it became: passed on down (将资金X下达至有关市县, X分配到各县): never the text's
# own allocation, whatever the words before it
_PASSED_AFTER = re.compile(r"(?:的)?(?:资金|经费)?(?:已|均)?(?:全部|全额)?(?:下达|分配|拨付|下拨)(?:至|-|到(?!位)|给?(?:各|所属|下属))")
# the text's own place receiving the money (下达至我区, 我市共分配到, 下达给你们): the text's own allocation, never money
# passed on down, and over the whole of which it is a part (全省下达52439万元,其中…我市分配到8803万元)
_OWN_PLACE = r"(?:我|本|你)(?:省|市|州|县|区|旗|镇|乡|街道|单位|局|们)"
OWN = re.compile(rf"{_OWN_PLACE}(?:共|累计|总共|已)?(?:分配|分|下达)(?:到|得)|"
                 rf"(?:下达|分配|拨付|下拨|安排|划拨)(?:到|至|-|给)?{_OWN_PLACE}")
# an indicator's words (成本指标, 数量指标), never a budget's quota (资金指标, 预算指标: the allocation itself)
_INDICATOR = re.compile(r"(?<!资金)(?<!预算)(?<!经费)指标")
_CLAUSE = re.compile(r"[,，:：;；。!！?？\n]")
_SENTENCE = re.compile(r"[。!！?？\n]")  # (a semicolon parts the items of one statement: a clause's end)
# the words opening a list of parts (其中, 主要包括, 包含, 分别为; never 其中的: 现将其中的116.08万元划拨至你单位 sends
# that share, a whole of its own): the amounts after them are parts
_WHERE = re.compile(r"其中(?!的)|包括|包含|分别(?:为|是)|(?:资金|经费)来源(?:为|是|:|：)|来源(?:为|是)|(?:资金|经费)中有")
_HEADS_CLAUSE = re.compile(r"其中\s*[,，:：]")  # 其中 on its own before the clause of the part
_BACK = 80  # characters a clause's words are looked for before its amount


@dataclass(frozen=True, slots=True)
class Stated:
    text: str  # the number as printed (commas out)
    at: int  # where it stands in the text
    unit: str | None
    kind: str | None  # ALLOC, SPENT, OTHER or None (no word says)
    total: bool  # a total word before it in its clause
    final: bool  # said to be the sum finally allocated
    sent: bool  # in the notice's own sending sentence
    part: bool  # after 其中 in its sentence
    listed_by: str  # the word opening the list it is a part of (其中, 包括, 来源为 …), "" for none
    listed_at: int  # where that word stands (-1 for none)
    sentence: int  # where its sentence starts
    end: int  # where the amount (with its unit) ends
    by_word: bool = False  # sent by the notice's own sending word (现将, 本次 …), not only to its own place
    own_kind: bool = False  # its kind said in its own clause (形成支出X), not taken from the words around it

    @property
    def dec(self) -> Decimal | None:
        return parse_decimal(self.text)

    @property
    def yuan(self) -> Decimal | None:
        d = self.dec
        return None if d is None else in_yuan(d, self.unit)


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    found = None
    for m in pattern.finditer(text, lo, hi):
        found = m
    return found


def _kind(m: re.Match[str] | None) -> str | None:
    return None if m is None else m.lastgroup


def _label_start(text: str, lo: int, colon: int) -> int:
    """Where the label before a colon starts: after the clause before it (or ``lo``)."""
    c = _last(_CLAUSE, text, lo, colon)
    return c.end() if c is not None else lo


def _label_kind(text: str, lo: int, colon: int) -> str | None:
    """The kind a label before a colon gives the amount right after it: its last word of a kind that is no bare total
    (资金使用情况(万元)合计: the 使用 of the heading, not the 合计 of the cell), else a total's (allocation), else none."""
    kinds = [(m.lastgroup, m.group(0)) for m in CUE.finditer(text, _label_start(text, lo, colon), colon)]
    named = [k for k, word in kinds if not TOTAL.fullmatch(word)]
    return named[-1] if named else (kinds[-1][0] if kinds else None)


def stated(text: str) -> list[Stated]:
    """Every amount of ``text`` with what its sentence says of it. The sentence's start, the last list word and the
    last sending word are carried from one amount to the next (the text scanned once); the words a cue is looked for
    in are at most ``_BACK`` characters before the amount."""
    out: list[Stated] = []
    prev_end = reset = scan = sentence = 0
    where = sending = -1
    where_word = ""
    opened = shut = 0  # brackets opened and closed since the last list word (counted once over the text)
    for a in AMOUNT.finditer(text):
        at, end = a.start(1), a.end()
        for m in _SENTENCE.finditer(text, scan, at):
            sentence = m.end()
        counted = scan
        for m in _WHERE.finditer(text, scan, at):
            where, where_word = m.start(), m.group(0)
            counted, opened, shut = m.end(), 0, 0
        opened += text.count("(", counted, at) + text.count("（", counted, at)
        shut += text.count(")", counted, at) + text.count("）", counted, at)
        for m in SENT.finditer(text, scan, at):
            sending = m.start()
        scan = at
        lo = max(0, at - _BACK, sentence)
        c = _last(_CLAUSE, text, lo, at)
        clause = c.end() if c is not None else lo
        kind = _kind(_last(CUE, text, max(clause, prev_end), at))
        own_kind = kind is not None
        # a label and its colon right before the amount, on its line or ending the line before (年度金额(提前下达):300万元,
        # 资金使用情况(万元)合计:⏎210万元)
        back = max(0, at - _BACK, prev_end)
        colon = at - 1
        while colon > back and text[colon] in " \t\n":
            colon -= 1
        labelled = colon >= back and text[colon] in ":："
        if kind is None and labelled:
            kind = _label_kind(text, back, colon)
        if kind is None:  # (sent to the text's own place right after it, 116.08万元划拨至你单位用于…支出: allocated)
            kind = ALLOC if OWN.match(text, end) else _kind(_AFTER.match(text, end))
        if kind is None:
            kind = _kind(_last(CUE, text, max(lo, prev_end), clause))
        own = OWN.search(text, max(clause, prev_end), at) is not None or OWN.match(text, end) is not None
        if _PASSED_AFTER.match(text, end) and not own:
            kind = OTHER
        if _INDICATOR.search(text, lo, at):
            kind = OTHER  # (an indicator's target or its actual: 成本指标 … ≤50万元, 数量指标。…发放补助金X万元)
        elif own and kind in (OTHER, None):
            kind = ALLOC
        if _OPENS.match(text, max(clause, prev_end)):
            reset = max(clause, prev_end)
        worded = TOTAL.search(text, clause, at) is not None or labelled and TOTAL.search(
            text, _label_start(text, back, colon), colon) is not None
        # (a total in a clause after the list word's is a whole: 包括测量、设计等费用，共1个项目，合计资金X万元)
        # (a list in brackets ends at its closing bracket: 19.56亿元(其中A、B),支出4.54亿元 — the spending is no part)
        # (but 其中 and its stop open the clause of a part, whatever it is called: 其中,市本级管理的…总额为34.25亿元)
        first = _CLAUSE.search(text, where, at) if where >= 0 else None
        heads = first is not None and first.end() == clause and _HEADS_CLAUSE.match(text, where) is not None
        part = where >= max(sentence, reset) and not (worded and where < clause and not heads) and shut <= opened
        total = worded and kind == ALLOC
        final = FINAL.search(text, clause, at) is not None and kind == ALLOC
        sent = (sending >= sentence or own) and kind == ALLOC
        out.append(Stated(a.group(1).replace(",", ""), at, money(a.group(2)), kind, total, final, sent, part,
                          where_word if part else "", where if part else -1, sentence, end,
                          sending >= sentence and kind == ALLOC, own_kind))
        prev_end = end
    return out
