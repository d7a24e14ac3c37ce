"""A 转移支付 allocation notice (关于下达…资金的通知, 现将…资金X万元下达给你局, 现下达你镇…资金X万元) or its
区域绩效目标表: the amount sent down, as the notice's own sentence states it, else as the target table's
年度金额/资金额度/资金总额 cell.

The notice's sentence is the allocation (现将 [the fund] X万元 下达/拨付/分配): read only where the text states
one amount so. The target table's amount is read only where the file holds no allocation table (分配表/安排表)
beside it: a 区域绩效目标表 may cover part of what the table allocates. Its amount stands beside its label, or
under it in the next row, its sources' labels beside it (资金额度 | 中央资金 | 地方资金 / 560 | 500 | 60): then
only where the sources' amounts add up to it. Never a sum the text does not print.

An announcement of the funds (…扶贫资金公示, …资金X万元,予以公告, 共收到直达资金X万元) states the amount once and
itemises it after, by source (一、资金来源 / 1、中央、省资金… / 2、…) or by recipient (巴州区:…资金2405万元;) over
lines or in one sentence: the amount is read where the amounts stated after it add up to it (``transfer_prose._confirmed``,
itemised). A report in prose (``transfer_prose.says``) is the prose reader's: its itemised budget is read there.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Val
from jixiao.read.recognise.flatgaps import closed, opened
from jixiao.read.recognise.transfer_funds import Block
from jixiao.read.recognise.transfer_prose import Found, _confirmed, _once, _unit, listed, read_val, says
from jixiao.read.recognise.transfer_prosewords import _CLAUSE, _NAMED, _NUM, AMOUNT, ITEMISED
from jixiao.read.recognise.transfer_text import Flat

# the file is one: a notice sending a fund down, or a transfer's regional target table
# (the notice may send it by another verb: 关于拨付…资金(第一批)的通知, 关于预拨…, 关于分配…)
_SENDS = r"关于(?:提前|预)?(?:下达|拨付|下拨|预拨|分配)"
NOTICE = re.compile(rf"{_SENDS}[^\n。]{{0,60}}?(?:资金|经费|基金)[^\n。]{{0,30}}?通知|区域绩效目标(?:申报)?表")
_TITLE = re.compile(rf"{_SENDS}[^\n。]{{0,60}}?通知|[^\n|。:：]{{0,40}}?区域绩效目标(?:申报)?表")
# the fund may be named 基金(资金), and its split may stand in brackets before 下达 (X万元(其中:…)下达给你们); the
# sentence opens 现将/特将/兹将 and sends it 下达/拨付/下拨/分配/安排/下发, 予以 or 给予 before the verb
# The fund may be named by the document that sent it down (现将《…资金预算的通知》(粤财农〔2023〕197号)7.5万元调整到你单位):
# the title's close and its number stand before the amount; a 文号 among the clause's words is no amount. The verb may
# move it on (调整到/调整给, 划拨, 转拨, 调拨, 追加).
_DOC_NO = r"[〔\[]\d{4}[〕\]]\s*\d{1,4}\s*号"
_CITED = r"(?:(?:预算)?的通知)?[》≥]?\s*(?:[(（][^()（）\n]{0,30}[)）])?"
# The fund may be named with a count of its parts (基本公共卫生服务等7项中央补助资金465.87万元): a count is a word, no amount
_COUNT = r"(?<![\d.])\d{1,3}(?:项|个|笔|类|批)(?=[一-龥])"
_WORDS = rf"(?:{_CLAUSE}|{_DOC_NO}|{_COUNT})"
SENT = re.compile(rf"(?:现|特|兹)将{_WORDS}{{0,80}}?(?:资金|经费|基金){_NAMED}{_CITED}(?:预算)?(?:指标)?\s*{_NUM}"
                  r"\s*(?:[(（][^)）\n]{0,80}[)）])?\s*(?:予以|给予)?"
                  r"(?:下达|拨付|下拨|分配|安排|拨给|下发|划拨|转拨|调拨|追加|调整(?:到|至|给))")
# or the sentence says the verb first: 现下达你镇…资金150万元, 特拨付…专项资金(第一批…)100万元, 经研究决定安排…, the
# sender named between (现由省财政下达…资金15920.2万元)
_VERB = r"(?:下达|拨付|下拨|安排|下发)"
# (or names this batch: 本次下达的资金共723.74万元, 此次拨付…资金为50万元)
# (the fund's item may follow its name: 现下达…专项资金(市县第四批)林长制补助76万元和绩效目标; and the count of its items
# before the sum: 本次下达“涉农”项目资金5项,共200.27万元)
_ITEMS = r"(?:\d{1,3}(?:项|个|笔|批|类)[,，、]?)?"
# (its words never run past a list's opening word: 本次下达各县的补助资金,包含城乡低保人员生活补助4.36亿元;… names the
# first part of what it sent)
_LIST_WORD = r"其中|包含|包括"
DIRECT = re.compile(rf"(?:现|特|兹|决定|同意|本次|此次|本批)(?:由[^。,，;；\n\d]{{1,12}}?)?{_VERB}(?:给)?(?:(?!{_LIST_WORD}){_CLAUSE}){{0,80}}?"
                    rf"(?:资金|经费|基金|补助|补贴|奖补){_NAMED}(?:预算)?(?:指标)?{_ITEMS}(?:共计|合计|共|为)?\s*{_NUM}")
# the sum a letter asks for (补助资金共需67.5万元), read only where the amounts it asks for after it make it
_NEEDED = re.compile(rf"(?:资金|经费)(?:共|合计|共计|总计)需(?:要)?\s*{_NUM}")
# the sum the whole place is allotted (全县共安排671万元), read only where the text says it once
_WHOLE_PLACE = re.compile(rf"全(?:省|市|州|盟|县|区|旗)(?:共|合计|共计|累计)(?:安排|下达|分配)(?:资金|经费)?(?:为)?\s*{_NUM}")
# the fund (its batch perhaps in brackets) said to be an amount (…补助资金(第一批)为900万元), read only where the amounts
# after it add up to it (其中…307万元;…593万元)
_FUND_IS = re.compile(rf"(?:资金|经费){_NAMED}(?:共计|合计|总额|共)?(?:为|是)\s*{_NUM}")
# or it sends to "you" without 现: 下达你单位…补助资金107万元, or to "each of you": 下达各县(市、区)…资金X万元 (the
# addressee makes it the sending sentence)
_YOU = (r"(?:你(?:们|单位|局|委|办|院|校|所|站|中心|县|区|市|旗|镇|乡|街道|部门|处|室|队)?|"
        r"各(?:有关)?(?:县|市|区|旗|乡|镇|街道|单位|部门|学校|医院)[^。,，;；\n\d]{0,10}?)")
# (its words never run past 其中: 下达给你们,其中:…资金334.48万元 names a part of what the sentence before it sent)
ADDRESSED = re.compile(rf"{_VERB}(?:给)?{_YOU}(?:(?!{_LIST_WORD}){_CLAUSE}){{0,80}}?(?:资金|经费|基金){_NAMED}(?:预算)?(?:指标)?"
                       rf"\s*{_NUM}")
# or the sender states the sum it received from above and then passes it on (梅庄镇接收…救灾资金(冬春)47562元 … 此次下拨
# 的资金…): the sum received, read only where the text goes on to send it (``_PASSES``) and states one such sum
RECEIVED = re.compile(rf"(?:接收|收到|接到|获得)(?:上级)?{_CLAUSE}{{0,60}}?(?:资金|经费|基金){_NAMED}(?:共计|合计|共|为)?\s*{_NUM}")
_PASSES = re.compile(r"(?:此次|本次|现将|特将)[^。\n]{0,20}?(?:下拨|拨付|下达|分配|发放)")
# what lets a file in as a notice: its title, a regional target table, or the sending sentence's words
# or an announcement of funds (扶贫资金公示, 资金分配情况公告, …资金26428万元,予以公告)
LOOSE = re.compile(rf"{NOTICE.pattern}|中央预算内投资计划绩效目标表|(?:现|特|兹)(?:将|下达|拨付|下拨|下发)[^。\n]{{0,100}}?(?:资金|经费|基金)|"
                   rf"{_VERB}(?:给)?{_YOU}[^。\n]{{0,100}}?(?:资金|经费|基金)|(?:资金|经费)[^。\n]{{0,30}}?(?:公告|公示)")
# a total said of the lines above it (一、资金来源 / 1.中央资金55万元 / 2.省级资金6435万元 / 以上合计6490万元)
_ABOVE = re.compile(rf"以上{_CLAUSE}{{0,6}}?(?:合计|共计|总计|共)(?:为|是)?\s*{_NUM}")
# the target table's amount cell: its label, the unit in brackets, separators, then the number (unit 万 or none)
# (the 发改委's 中央预算内投资计划绩效目标表 states its amount as 下达中央预算内投资(万元) | 2350)
FIELD = re.compile(r"(?:年度金额|资金额度|年度资金总额|资金总额|下达中央预算内投资)(?:\s*[(（]万元[)）])?[\s|:：]*"
                   r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)(?=\s*(?:万元?|\||\n|$))")
_TABLE = re.compile(r"(?:分配|安排)(?:明细)?表")
# or its labels in a row and their amounts in the next (资金额度 | 中央资金 | 地方资金 / 560 | 500 | 60)
_AMOUNT_LABELS = re.compile(r"(?:年度金额|资金额度|年度资金总额|资金总额)(?:\s*[(（]万元[)）])?"
                            r"((?:[\s|:：]+(?:其中[:：]?)?[一-龥]{1,10}(?:[(（]万元[)）])?){1,4}?)"
                            r"((?:[\s|]+(?<![\d.])\d[\d,]*(?:\.\d+)?(?![\d.%]))+)")
_SOURCE_LABEL = re.compile(r"资金|补助|中央|省|市|县|地方|本级|其他")


def read_notice(flat: Flat) -> tuple[int, str | None, Block, str | None] | None:
    """(where it starts, its title, its funds block, the unit its sentence states the amount in), or None when the
    text is no notice or states no amount."""
    anchor = LOOSE.search(flat.text)
    if anchor is None:  # (a file let in as a transfer's by its words, no report: only an amount its parts confirm)
        got = None if says(flat) else _confirmed(flat, ITEMISED, itemised=True)
    else:
        got = _once(SENT, flat) or _once(DIRECT, flat) or _once(ADDRESSED, flat) or _received(flat)
        if got is None and not _TABLE.search(flat.text):
            got = _once(FIELD, flat) or _header_row(flat) or _spaced(flat)
        # (or the one fund's amount whose 其中 lists its parts and they add up to it: 项目资金818.7万元,…。其中,结转资金
        # 230.8万元,专项资金587.9万元, as an announcement of the subsidies paid from it states it)
        # (or, last, the sum the whole place is allotted, said once: 全县共安排671万元; or the sum a letter asks for,
        # where the amounts after it make it: 补助资金共需67.5万元。现特请贵局调减…29.7万元、…37.8万元)
        got = (got or _listed(flat) or _confirmed(flat) or _confirmed(flat, ITEMISED, itemised=True)
               or _confirmed(flat, (_FUND_IS,), itemised=True) or listed(flat) or _confirmed(flat, (_NEEDED,))
               or _once(_WHOLE_PLACE, flat))
    if got is None:
        return None
    t = _TITLE.search(flat.text)
    title = t.group(0).strip(" |") if t else None
    start = t.start() if t else anchor.start() if anchor else flat.text.rfind("\n", 0, got[1]) + 1
    amount: Val = read_val(flat, *got[:2])
    block = Block(None, rows={"total": {"annual_budget": amount}}, source=flat.source_at(start))
    return start, title, block, got[2]


def sent(flat: Flat) -> tuple[Val, str | None] | None:
    """The amount the notice's own sending sentence states (现将…资金X万元下达, 下达你单位…X万元, 本次下达…X) and its
    unit, one value wherever it is said: what its attached table is compared with. None for an amount read from
    anything else (a target table's field, a list's total)."""
    got = _once(SENT, flat) or _once(DIRECT, flat) or _once(ADDRESSED, flat)
    return (read_val(flat, *got[:2]), got[2]) if got is not None else None


def _received(flat: Flat) -> Found | None:
    """The one sum the sender says it received, where the text passes it on after saying so."""
    got = _once(RECEIVED, flat)
    return got if got is not None and _PASSES.search(flat.text, got[1]) else None


def _listed(flat: Flat) -> Found | None:
    """A total said of the lines above it (以上资金合计X万元), taken where the lines just above, each stating one
    amount in the total's unit, add up to it (two lines or more; the list ends at a line without one such amount),
    and only where the text says one such total. The list above a total ends at the previous total's line (each
    line walked once: linear however many totals the text says)."""
    found: list[Found] = []
    floor = -1  # where the line of the previous total starts
    for m in _ABOVE.finditer(flat.text):
        value, unit = parse_decimal(m.group(1).replace(",", "")), _unit(m)
        end = flat.text.rfind("\n", 0, m.start())
        listed: list[Decimal] = []
        while end > 0:
            begin = flat.text.rfind("\n", 0, end) + 1
            if begin <= floor:
                break  # the previous total's line: the list above this one ends there
            amounts = [(parse_decimal(a.group(1).replace(",", "")), _unit(a)) for a in AMOUNT.finditer(flat.text, begin, end)]
            if len(amounts) != 1 or (v := amounts[0][0]) is None or amounts[0][1] != unit:
                break
            listed.append(v)
            end = begin - 1
        if value is not None and len(listed) >= 2 and sum(listed, Decimal(0)) == value:
            found.append((m.group(1).replace(",", ""), m.start(1), unit))
        floor = flat.text.rfind("\n", 0, m.start()) + 1
    return found[0] if len({(parse_decimal(v), u) for v, _, u in found}) == 1 else None


def _spaced(flat: Flat) -> Found | None:
    """The target table's amount where its labels are letter-spaced (资 金 额 度 4623万, as PDF text spreads a label over its
    cell): read on the text with the spaces between Chinese characters closed, placed back in ``flat``."""
    shut = closed(flat)
    got = _once(FIELD, shut) or _header_row(shut)
    return (got[0], opened(flat, got[1]), got[2]) if got is not None else None


def _header_row(flat: Flat) -> Found | None:
    """The amount under a header row of labels (资金额度 | 中央资金 | 地方资金 / 560 | 500 | 60): the first amount,
    taken only where the amounts after it (its sources, blank ones gone) add up to it, and the labels name sources."""
    for m in _AMOUNT_LABELS.finditer(flat.text):
        labels = [x for x in re.split(r"[\s|:：]+", m.group(1)) if x and x != "其中"]
        if not labels or not all(_SOURCE_LABEL.search(x) for x in labels):
            continue
        nums = list(re.finditer(r"\d[\d,]*(?:\.\d+)?", m.group(2)))
        values = [parse_decimal(x.group(0).replace(",", "")) for x in nums]
        if len(values) < 2 or len(values) > len(labels) + 1 or any(v is None for v in values):
            continue
        if values[0] == sum((v for v in values[1:] if v is not None), Decimal(0)):
            return nums[0].group(0).replace(",", ""), m.start(2) + nums[0].start(), None
    return None
