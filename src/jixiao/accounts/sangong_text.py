"""A “三公”经费 statement in prose, without its table: the figures the text states, item by item.

Pages often give the 三公 figures only as sentences ("2019年度“三公”经费财政拨款支出预算为44.52万元，…决算为22.62万元。
其中公务接待费为20.10万元，占88.86%"). Each amount is read with the words before it (back to the last stop) as
its label, kept as printed ("“三公”经费财政拨款支出预算"); the label names its item (``accounts.sangong.item_of``;
a label naming 三公 or several items is the total, a bare 预算数/决算数 goes with the item before it). Amounts
stated as changes (比上年减少, 压缩) are not figures of their own. The figures make one table of stated figures
(kind ``notes``): the shares and changes the text gives are checked against them by ``accounts.text``, and
the 三公 identities where the text gives one total and each item once (``sangong_text_sums.check_stated_sangong``); where it gives only
some of the items, that they do not add to more than the total.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.accounts.prose import BRACKET, COMPARED, paragraphs
from jixiao.accounts.sangong import (
    ABROAD,
    ITEMS,
    PURCHASE,
    RECEPTION,
    RUNNING,
    TOTAL,
    VEHICLES,
    item_of,
)
from jixiao.accounts.sangong_each import said_in_turn
from jixiao.accounts.sangong_stage import FINAL, label_stage, paired, stages_said
from jixiao.accounts.stagewords import own_words, says_final
from jixiao.core.numbers import ZERO, normalize_text, parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

AMOUNT = "金额"
_STATED = re.compile(r"([^\d。;；,，:：、]{2,40}?)(?:为|是|总计|共计|[:：])?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")
_CHANGE = re.compile(r"增加|减少|增长|下降|降低|压缩|节约|[少多超]支|[较比]|相比|同期|持平")
_LEAD = re.compile(r"^(?:年(?!初)|[度月日]|其中|包括|含|合计|分别|的|\s)+")  # (not the 年 of 年初预算)
# "…预算为49.9万元,支出决算为7.69万元"; "三、公务接待费 2016年预算安排8万元" (the item in the heading before the year)
_STAGE_ONLY = re.compile(r"^(?:全年|本年|当年)?(?:(?:一般公共预算)?财政拨款)?(?:支出)?(?:年初)?(?:预算|决算|执行)(?:数|安排)?$|"
                         r"^(?:全年|本年|当年)?(?:实际)?支出(?:数)?$")  # ("预算0万元，支出0万元": 支出 alone is the spending)  # "预算A万元,实际支出B万元"
# an opening that says the text sets out the 三公 figures ("现将我厅2016年“三公经费”预算数说明如下:")
_INTRO = re.compile(r"三公.{0,30}?(?:说明|公布|公开|报告|汇报)如下")
_MIN_ITEMS = 2
_BARE_TOTAL = {"共计", "总计"}  # a total word alone (合计 alone is taken off by _LEAD: nothing left to name)
# the words an amount's stage is said of when a year stands between them ("公务接待费2024年预算…"): back to a stop
_OWNER = re.compile(r"([^\d。;；,，:：、]{2,40})(?:19|20)\d{2}\s*$")
_DONE_OF = re.compile(r"^完成(?:全年|年初|调整后?)?预算(?:数)?$")  # the budget a completion is of, said with it
_COLON_ITEM = re.compile(r"([^\d。;；,，:：、]{2,40}?)\s*[:：]\s*$")  # the words before the colon an amount's stage follows
_OWNER_SPAN = 48  # the characters before a stage word the owner and its year are looked for in (linear)
_HEADING = re.compile(r"(?:预算|决算)(?:安排)?(?:情况)?的?(?:说明|公开)$|情况的?说明$")  # (…预算情况的说明: 四川省财政厅's)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


# an amount said only as about so much (约为, 数额约): the item is the one the clause before it names
_APPROX = re.compile(r"(?:数额|金额|花费|开支)?(?:约为?|大约为?|约计)")
_SAID_OF = re.compile(r"所占|花费|占比|比例|比重|最[高低大小多少]")
_CLAUSE_ITEM = re.compile(r"([^。;；,，:：、\d]{2,30})[,，]\s*$")
_YEAR_COMPARED = re.compile(r"(?:比|较|与|同)\s*(?:19|20)\d{2}$")  # the year an amount after it is compared with
_STAGE_END = re.compile(r"(?:预算|决算|实际支出|执行数)(?:数)?$")
_ITEM_START = re.compile(r"(?=公务|因公|公车)")  # where an item's name begins (公务用车…, 公务接待费, 因公出国…)


def _clause_before(para: str, at: int) -> str | None:
    """The one 三公 item the clause right before ``at`` names, as printed, where that clause states no amount and no
    change ("其中,公务用车购置及运行费花费最高," → 公务用车购置及运行费; "所占比例最大," names none)."""
    m = _CLAUSE_ITEM.search(para, max(0, at - 40), at)
    if m is None or _CHANGE.search(re.sub(r"比例|比重", "", m.group(1))):  # (所占比例最大: a share, no change)
        return None
    words = _LEAD.sub("", m.group(1)).strip()
    # (the item's name without what the clause says of it: 花费最高, 所占比例最大)
    items = [_SAID_OF.split(part)[0].strip() for part in _ITEM_START.split(words) if item_of(part) not in (None, TOTAL)]
    return items[-1] if len(items) == 1 and item_of(items[-1]) not in (None, TOTAL) else None


def _nearest(label: str) -> str | None:
    """The item named last in the label, nearest the amount: a heading's item run into the label names it first
    ("二、公务用车购置及运行费 “公务用车运行维护费”预算数50万元": the amount is the 运行维护费's)."""
    for part in reversed(_ITEM_START.split(label)):
        if (item := item_of(part)) is not None and item != TOTAL:
            return item
    return None


def _items(label: str) -> set[str]:
    """The items a label names ("因公出国(境)费、公务用车购置及运行费和公务接待费的…预算数" names three)."""
    return {i for part in re.split(r"[、和]", label) if (i := item_of(part)) is not None} - {TOTAL}


_CLAUSE_END = re.compile(r"[。;；:：]|[,，](?!、)")  # (a doubled ",、" of a mirror's text is no clause's end)
_EACH = re.compile(r"均|各|分别|都")
_LIST_START = re.compile(r"因公出国|公务接待|公务用车|公车")


# a total named by its word alone, with its stage ("预算总数为…", "支出总额…"): the 三公 total when its items follow
_WHOLE_WORD = re.compile(r"^(?:(?:年初)?预算|决算|支出|执行)?(?:总数|总额|总计|合计)(?:为|是)?$")
_ITEMS_SPAN = 80  # characters after the amount its 其中 and items are looked for in


def _opens_items(para: str, at: int) -> bool:
    """Whether the amount ending at ``at`` is followed by 其中 and two 三公 items or more in its sentence."""
    after = para[at:at + _ITEMS_SPAN].split("。")[0]
    m = re.match(r"\s*[,，;；:：]?\s*其中", after)
    return m is not None and len(_items("、".join(_LIST_START.findall(after[m.end():])))) >= _MIN_ITEMS


def _listed(para: str, at: int, label: str, amount: str) -> str:
    """The label with the items listed before it ("…开支的因公出国(境)经费、公务用车购置及运行费、公务接待费决算支出
    94.7亿元": the three items together, whose amount is the 三公 total) when the list names exactly the three items;
    a list said of each (均为, 分别) or of nothing (0万元: each item's nil) is no total."""
    if at == 0 or para[at - 1] != "、" or _EACH.search(label) or parse_decimal(amount) == ZERO:
        return label
    back = _CLAUSE_END.split(para[max(0, at - 120):at])[-1]
    if _items(back + label) != {ABROAD, RECEPTION, VEHICLES}:
        return label
    first = _LIST_START.search(back)  # the list from its first item ("…开支的因公出国(境)经费、…" → 因公出国(境)经费、…)
    return back[first.start() if first else 0:] + label


def stated_sangong(body: list[tuple[str, Source]], leads: bool = True, loose: bool = False) -> AccountTable | None:
    """The 三公 figures the body states, or None when it does not read as a 三公 statement (no 三公, or fewer
    than two items named with amounts). ``leads``: the body is a text of its own, so an opening sentence stating
    the 三公 total makes it one (a news item's lead); not so for a section of a report read as accounts, which
    may open with the 三公 total and give the items in a section further on. ``loose``: every figure stated, however
    few (the notes under a table, which need not read as a statement of their own)."""
    text = "".join(x for x, _ in body)
    if "三公" not in text:
        return None
    t = AccountTable("notes", "“三公”经费情况说明", body[0][1] if body else Source(""), columns=[AMOUNT],
                     own_name="情况说明所列“三公”经费")
    units: list[str] = []
    last: str | None = None
    lead = False  # the text's opening sentence states the 三公 total: a news item's lead, what the text is about
    for k, (para, lines) in enumerate(paragraphs(body)):
        stop = para.find("。")
        sentence: set[str] = set()  # the items read in the sentence so far (the cars' parts as one item)
        ends = list(accumulate(len(x) for x, _ in lines))  # where each of the paragraph's lines ends in it
        seen_to = 0
        turn, spans = said_in_turn(para)  # the figures said in turn ("…预算数分别为0万元、4.5万元和8万元")
        for e in turn:
            src = lines[min(bisect_right(ends, e.start), len(lines) - 1)][1]
            if (d := parse_decimal(e.amount)) is not None:
                units.append(e.unit)
                t.rows.append(AccountRow(e.label, {AMOUNT: Val(d, e.amount, src)}, src, item=e.item, unit=e.unit))
        for m in _STATED.finditer(para):
            if any(a <= m.start(2) < b for a, b in spans):
                continue  # (an amount of a list said in turn: read with its name above, or not at all)
            if para.find("。", seen_to, m.start()) >= 0:
                sentence.clear()
            seen_to = m.start()
            label = _LEAD.sub("", m.group(1)).strip()
            if label[:1] in "(（" and _STAGE_ONLY.match(re.sub(r"\s", "", label[1:])):
                label = label[1:].strip()  # "公务接待费预算数4.5万元（决算数3.8万元）": the other stage in brackets
            summed = False  # the amount totals the three items the sentence has listed before it
            if m.group(1).strip() in _TOTAL_WORDS:  # "…“三公”经费预算数为:合计9.6万元,其中…"
                label = _colon_owner(para, m.start(1)) or label
                if not label and sentence >= _THREE:  # "…公务用车运行维护费8万元;合计10.5万元"
                    label, summed = m.group(1).strip(), True
            elif _ABOVE.match(label) and _SUM_WORD.search(m.group(0)) and sentence >= _THREE:
                label, summed = label + _SUM_WORD.findall(m.group(0))[-1], True  # "…以上三项共计15.65万元"
            # "…计划出国2人,预算费用3.5万元/人,共计7万元": one item's sum, unless its sentence has listed two or more
            if label in _BARE_TOTAL and len(sentence - {TOTAL}) < _MIN_ITEMS:
                continue
            if _STAGE_ONLY.match(re.sub(r"\s", "", label)) and (
                    owner := _OWNER.search(para, max(0, m.start(1) - _OWNER_SPAN), m.start(1))):
                label = owner.group(1).strip() + label  # "“三公”经费2024年预算20.1万元": the words before the year
            elif _STAGE_ONLY.match(re.sub(r"\s", "", label)) and (
                    head := _COLON_ITEM.search(para, max(0, m.start(1) - _OWNER_SPAN), m.start(1))) and (
                    item_of(_LEAD.sub("", head.group(1)).strip()) is not None):
                label = _LEAD.sub("", head.group(1)).strip() + label  # "公务接待费：年初预算4.5万元": the item before the colon
            if _APPROX.fullmatch(label) and (clause_item := _clause_before(para, m.start(1))):
                label = clause_item  # "公务用车购置及运行费花费最高,约为3.5亿元": the item its clause before names, alone
            if not label or _CHANGE.search(label) or _YEAR_COMPARED.search(para, max(0, m.start(1) - 8), m.start(1)):
                continue  # (a change, or another year's figure compared with: "比2013年度决算数8750.27万元减少…")
            label = _listed(para, m.start(1), label, m.group(2))
            named = _items(label)
            if _WHOLE_WORD.match(re.sub(r"\s", "", label)) and _opens_items(para, m.end()):
                label = "“三公”经费" + label  # "预算总数为2893.78万元,其中因公出国(境)费…": the 三公 total its items follow
            # "“三公”经费支出预算中公务用车运行维护费": the item named after the 三公 words, else the total
            after = _items(label[label.rfind("三公") + 2:]) if "三公" in label else set()
            item = (after.pop() if len(after) == 1 else TOTAL) if "三公" in label or len(named) > 1 else (
                _nearest(label) or item_of(label))
            if summed:
                item = TOTAL
            sep = para[m.end(1):m.start(2)]
            if item == TOTAL and (word := next((w for w in ("总计", "共计") if w in sep), None)) and not label.endswith(word):
                label += word  # "三公经费总计18.7万元": the total named as printed, its word not lost to the separator
            if item is None and _STAGE_ONLY.match(re.sub(r"\s", "", label)):
                item = last  # "“三公”经费支出预算为89.90万元,支出决算为57.53万元": the item just said, named so
                if last == TOTAL:
                    label = "“三公”经费" + re.sub(r"\s", "", label)
            elif item is None and last and _DONE_OF.match(label) and para.startswith("的", m.end()):
                # "公务接待费支出决算为22.59万元,完成预算43.2万元的52.3%": the budget of the item just said
                item, label = last, ("“三公”经费" if last == TOTAL else last) + "预算"
            if item is None:
                continue
            last = item
            sentence.add(VEHICLES if item in (PURCHASE, RUNNING) else item)
            lead = lead or leads and k == 0 and item == TOTAL and (stop < 0 or m.end() <= stop)
            d = parse_decimal(m.group(2))
            if d is None:
                continue
            # the line the amount stands on, with its unit ("0万元": a bare 0 is in every year's heading too)
            src = lines[min(bisect_right(ends, m.start(2)), len(lines) - 1)][1]  # the line the amount stands on
            units.append(m.group(3))
            # the item's other stage side by side ("因公出国(境)费0万元、0万元"): both named by their stages
            pair = paired(para[m.end():], para[para.rfind("。", 0, m.start(2)) + 1:m.start(2)])
            if pair and label_stage(label) in (None, pair[0]) and (second := parse_decimal(pair[2])) is not None:
                label = label if label_stage(label) else label + pair[0]
            t.rows.append(AccountRow(label, {AMOUNT: Val(d, m.group(2), src)}, src, item=item, unit=m.group(3)))
            if pair and label_stage(label) == pair[0] and second is not None:
                units.append(pair[3])
                t.rows.append(AccountRow(_STAGE_END.sub("", label) + pair[1], {AMOUNT: Val(second, pair[2], src)}, src,
                                         item=item, unit=pair[3]))
    # a text under a 三公 heading of its own ("2017年“三公”经费预算情况说明") is a 三公 statement however few items
    # it gives figures for ("…公务用车运行维护费为39.6万元…因公出国(境)、公务接待费没预算"); so is one whose opening
    # sentence states the 三公 total (a news item: "…显示,2014年中央本级“三公”经费财政拨款预算71.51亿元,…")
    titled = any("三公" in x and _HEADING.search(x) and len(x.strip()) <= 40 or _INTRO.search(x) for x, _ in body[:10])
    if not t.rows or not loose and not titled and not lead and (len({r.item for r in t.rows}) < _MIN_ITEMS or
                                                  not any(r.item == TOTAL for r in t.rows)):
        return None
    t.unit = max(set(units), key=units.count)
    heading = next((x.strip() for x, _ in body[:10] if "三公" in x and len(x.strip()) <= 40
                    and not x.strip().startswith("注")), None)  # (not a note under the table)
    # the stage its heading names ("…“三公”经费决算情况说明": a 决算 statement gives the year's budget too), else its words'
    named = set(stages_said(own_words(heading))) if heading else set()
    t.stage = ("final" if named == {FINAL} else "budget") if len(named) == 1 else "final" if says_final(text) else "budget"
    stage = "决算" if t.stage == "final" else "预算"
    t.title = heading or f"“三公”经费{stage}情况"
    t.rows.sort(key=lambda r: ITEMS.index(r.item) if r.item in ITEMS else len(ITEMS))
    return t


_TOTAL_WORDS = {"合计", "共计", "总计"}
# a total said after its items by the words that gather them ("以上三项共计", "上述各项合计", "三项共计"): the 三公 total only when
# the sentence has listed the three items before it (a sum of two is no 三公 total)
_ABOVE = re.compile(r"^(?:(?:以上|上述|前述)(?:[二两三四\d]项|各项)?|[三3]项)(?:经费|费用|支出)?(?:合计|共计|总计)?$")
_SUM_WORD = re.compile(r"合计|共计|总计")
_THREE = {ABROAD, RECEPTION, VEHICLES}
_COLON_OWNER = re.compile(r"([^\d。;；,，:：]{2,40}?)(?:为|是)?\s*[:：]\s*$")


def _colon_owner(para: str, at: int) -> str:
    """The words a bare 合计 after a colon totals: those before the colon when they name 三公 ("本单位2024年“三公”经费
    预算数为:合计9.6万元" → "本单位2024年“三公”经费预算数合计"); "" otherwise (a 合计 alone names nothing)."""
    owner = _COLON_OWNER.search(para, max(0, at - 48), at)
    return _LEAD.sub("", owner.group(1)).strip() + "合计" if owner and "三公" in owner.group(1) else ""


def _before(r: AccountRow, text_of: dict[int, str]) -> str:
    """The words of a stated figure's line before its label (before its amount when the label is not found)."""
    v = r.get(AMOUNT)
    line = normalize_text(text_of.get(r.source.line) or "") if r.source.line is not None else ""
    at = line.find(r.name)  # the label as read: an amount alone ("0") may stand inside a year
    if v.text and at >= 0:  # the label once more before its own amount ("预算数A万元、决算数B万元,2011年预算数C万元")
        said = re.search(re.escape(r.name) + r"[为是:：\s]{0,3}" + re.escape(v.text) + r"(?![\d.])", line)
        at = said.start() if said else at
    if at < 0 and v.text:
        at = line.find(v.text)
    return line[:at] if at >= 0 else ""


def stated_year(r: AccountRow, text_of: dict[int, str]) -> int | None:
    """The year a stated figure is said of: the first year on its line before the amount ("2021年度“三公”经费合计支出
    20.12万元" → 2021); None when the line names none. ``text_of``: the body's lines by line number."""
    years = _YEAR.findall(_before(r, text_of))
    return int(years[0]) if years else None


_COMPARED = re.compile(f"(?:{COMPARED}|同)" + r"\s*(?:19|20)\d{2}\s*年度?")  # 与2012年…相比: the year compared with


def own_year(r: AccountRow, text_of: dict[int, str]) -> int | None:
    """The year a stated figure's own sentence gives it: the last year before it in its sentence, outside brackets and
    comparisons ("2013年…预算79.69亿元中,…。与2012年…相比,…。中央本级2012年…执行数为80.95亿元" → 2013 for the
    items, 2012 for 80.95), for a line that states two years' figures; None when its sentence names none."""
    before = _before(r, text_of)
    sentence = _COMPARED.sub("", BRACKET.sub("", before[before.rfind("。") + 1:]))
    years = _YEAR.findall(sentence)
    return int(years[-1]) if years else None
