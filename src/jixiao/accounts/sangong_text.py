"""A “三公”经费 statement in prose, without its table: the figures the text states, item by item.

Pages often give the 三公 figures only as sentences ("2019年度“三公”经费财政拨款支出预算为44.52万元，…决算为22.62万元。
其中公务接待费为20.10万元，占88.86%"). Each amount is read with the words before it (back to the last stop) as
its label, kept as printed ("“三公”经费财政拨款支出预算"); the label names its item (``accounts.sangong.item_of``;
a label naming 三公 or several items is the total, a bare 预算数/决算数 goes with the item before it). Amounts
stated as changes (比上年减少, 压缩) are not figures of their own. The figures make one table of stated figures
(kind ``notes``): the shares and changes the text gives are checked against them by ``accounts.text``, and
the 三公 identities where the text gives one total and each item once (``check_stated_sangong``); where it gives only
some of the items, that they do not add to more than the total.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from decimal import Decimal
from itertools import accumulate

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.model import TO_WAN, AccountRow, AccountTable, clean_name
from jixiao.accounts.prose import BRACKET, COMPARED, paragraphs
from jixiao.accounts.sangong import (
    ABROAD,
    CARS_OTHER,
    ITEMS,
    MEETING,
    PURCHASE,
    RECEPTION,
    RUNNING,
    SUB_LINES,
    TOTAL,
    VEHICLES,
    item_of,
)
from jixiao.accounts.sangong_each import said_in_turn
from jixiao.accounts.sangong_stage import FINAL, label_stage, paired, stages_said
from jixiao.accounts.stagewords import own_words, says_final
from jixiao.core.findings import Finding
from jixiao.core.numbers import ZERO, fmt_plain, normalize_text, parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

AMOUNT = "金额"
_STATED = re.compile(r"([^\d。;；,，:：、]{2,40}?)(?:为|是|总计|共计|[:：])?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")
_CHANGE = re.compile(r"增加|减少|增长|下降|降低|压缩|节约|[少多超]支|[较比]|相比|同期|持平")
_LEAD = re.compile(r"^(?:年(?!初)|[度月日]|其中|包括|含|合计|分别|的|\s)+")  # (not the 年 of 年初预算)
# "…预算为49.9万元,支出决算为7.69万元"; "三、公务接待费 2016年预算安排8万元" (the item in the heading before the year)
_STAGE_ONLY = re.compile(r"^(?:全年|本年|当年)?(?:支出)?(?:年初)?(?:预算|决算|执行)(?:数|安排)?$|"
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
_HEADING = re.compile(r"(?:预算|决算)(?:安排)?(?:情况)?(?:说明|公开)$|情况说明$")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


_STAGE_END = re.compile(r"(?:预算|决算|实际支出|执行数)(?:数)?$")
_ITEM_START = re.compile(r"(?=公务|因公|公车)")  # where an item's name begins (公务用车…, 公务接待费, 因公出国…)


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
            if not label or _CHANGE.search(label):
                continue
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
                item = last
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


def check_stated_sangong(ctx: Ctx, t: AccountTable, body: list[tuple[str, Source]] | None = None) -> list[Finding]:
    """The 三公 identities on the figures a text states, for each set that states one total and each item once: the
    whole text, or, when it gives the figures of two years (this year's budget, last year's final), each year's
    paragraph (or, two years on one line, each year's sentences: ``own_year``) on its own (never summed across): 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费, and
    公务用车购置及运行费 = 购置费 + 运行费; the vehicles may be given only by their two parts. A year that states some
    figures twice is split further by stage and line (``_by_stage``), and so is a text whose years do not part it."""
    rows = [r for r in t.rows if r.item]
    core = [r for r in rows if r.item not in SUB_LINES]  # (the vehicles' further lines may be several)
    text_of = {s.line: x for x, s in body or [] if s.line is not None}
    if len({r.item for r in core}) == len(core):  # (each item once: no second statement to settle a slip)
        return [] if _stages_apart(rows, text_of) else _identities(ctx, rows, "")
    for year_of in (stated_year, own_year):  # each figure's line's year; else its own sentence's (two years a line)
        years: dict[int | None, list[AccountRow]] = {}
        for r in rows:
            years.setdefault(year_of(r, text_of), []).append(r)
        if None not in years and len(years) >= 2:
            break
    else:
        return _by_stage(ctx, rows, text_of)  # figures said twice without their years: by the stage each label names
    # (it builds on this module's reading: a late import)
    from jixiao.accounts.sangong_sets import sentence_sets

    out: dict[tuple[str, str | None, str | None], Finding] = {}
    done: list[set[int]] = []
    for y, group in sorted(years.items(), key=lambda x: x[0] or 0):
        unique = len({r.item for r in group}) == len(group)
        done += [{id(r) for r in group}] if unique else []
        for f in _identities(ctx, group, f"{y}年", rows) if unique else _by_stage(ctx, group, text_of, rows):
            out.setdefault((str(f.location), f.reported, f.recomputed), f)
    for f in sentence_sets(ctx, rows, text_of, done):  # (a year's sets its own_year and stage make across the lines)
        out.setdefault((str(f.location), f.reported, f.recomputed), f)
    return list(out.values())




def _stages_apart(rows: list[AccountRow], text_of: dict[int, str]) -> bool:
    """The total is said of one stage and an item of the other ("“三公”经费决算10.3万元" and "公务接待费预算4.5万元"):
    figures that never make one sum, each item stated once or not (``sangong_sets`` builds on this module: a late
    import)."""
    from jixiao.accounts.sangong_sets import sentence_stage

    stages = {id(r): sentence_stage(r, text_of) for r in rows}
    whole = {stages[id(r)] for r in rows if r.item == TOTAL} - {None}
    return any(stages[id(r)] not in (None, *whole) for r in rows if r.item != TOTAL) and bool(whole)


def _by_stage(ctx: Ctx, rows: list[AccountRow], text_of: dict[int, str] | None = None,
              elsewhere: list[AccountRow] | None = None) -> list[Finding]:
    """Figures said twice in one year: those whose label ends in its stage ("…支出年初预算", "公务接待费支出决算")
    go together by it, each stage's set checked when it states each item once (a label that names no stage, a
    change paragraph's "因公出国(境)费支出0.00元", takes no part). And those a line states together, a total with
    its items ("“三公”经费预算为20万元,其中:因公出国(境)费0万元,公务接待费9万元,…"), each line's set on its own;
    and the complete sets each sentence's own stage and year make (``accounts.sangong_sets``)."""
    stages: dict[str, list[AccountRow]] = {}
    for r in rows:
        if stage := label_stage(clean_name(r.name)):  # (实际支出, 执行数: the spending's)
            stages.setdefault(stage, []).append(r)
    sets = [(stage, group) for stage, group in sorted(stages.items()) if _one_each(group)]
    lines: dict[int | None, list[AccountRow]] = {}
    for r in rows:
        lines.setdefault(r.source.line, []).append(r)
    by_line = [("", group) for line, group in sorted(lines.items(), key=lambda x: x[0] or 0)
               if line is not None and _one_each(group) and any(r.item == TOTAL for r in group)]
    # and each line's total with its items ("…决算总数A万元,其中:…决算B万元;…" beside a line of the budget's figures
    # whose labels name no stage): a set the stages do not already make, the same identity found once
    made = [{id(r) for r in group} for _, group in sets]
    sets += [(stage, group) for stage, group in by_line if {id(r) for r in group} not in made]
    from jixiao.accounts.sangong_sets import sentence_sets

    out: dict[tuple[str, str | None, str | None], Finding] = {}
    for stage, group in sets:
        for f in _identities(ctx, group, stage, elsewhere if elsewhere is not None else rows):
            out.setdefault((str(f.location), f.reported, f.recomputed), f)
    for f in sentence_sets(ctx, rows, text_of or {}, [{id(r) for r in group} for _, group in sets]):
        out.setdefault((str(f.location), f.reported, f.recomputed), f)
    return list(out.values())


def _one_each(group: list[AccountRow]) -> bool:
    """The set states each item once, and three of them at least (a total and two items, or three items); the
    vehicles' further lines (其他交通费用) aside, which may be several."""
    core = [r for r in group if r.item not in SUB_LINES]
    return len({r.item for r in core}) == len(core) >= 3


def _in_coarsest(rows: list[AccountRow]) -> dict[str, Val]:
    """Each row's amount in the coarsest unit the rows are printed in (2.08 亿元 and 1344 万元: 0.1344 亿元), so a
    total rounded to 亿元 is compared within its own rounding; as printed when all share one unit."""
    return {r.item or "": v for r, v in zip(rows, _scaled(rows, rows))}


def _scaled(rows: list[AccountRow], among: list[AccountRow]) -> list[Val]:
    """The rows' amounts in the coarsest unit of the rows ``among``."""
    top = max({r.unit or "万元" for r in among}, key=lambda u: TO_WAN.get(u, Decimal(1)))
    out: list[Val] = []
    for r in rows:
        v = r.get(AMOUNT)
        f = TO_WAN.get(r.unit or "万元", Decimal(1)) / TO_WAN.get(top, Decimal(1))
        out.append(v if f == 1 or v.dec is None else Val(v.dec * f, fmt_plain(v.dec * f), v.source))
    return out


def _identities(ctx: Ctx, rows: list[AccountRow], year: str, elsewhere: list[AccountRow] | None = None) -> list[Finding]:
    """The set's identities; ``elsewhere``: all the figures the text states, whose second statement of an item may
    name the slip of a failed total (``_restated``)."""
    one = {r.item: r for r in rows if r.item and r.item not in SUB_LINES}
    # the vehicles' further lines (其他交通工具购置, 其他交通费用) stated with the vehicles' figure: parts of it too
    near = one[VEHICLES].source.line if VEHICLES in one else None
    others = [r for r in rows if r.item == CARS_OTHER and near is not None and r.source.line is not None
              and 0 <= r.source.line - near <= 1]
    amount = _in_coarsest(list(one.values()))
    extra = _scaled(others, [*one.values(), *others]) if others else []
    out: list[Finding | None] = []
    parts = [one.get(RUNNING), one.get(PURCHASE)]
    given = [p for p in parts if p]
    if VEHICLES in one and (all(parts) or given and others):  # the vehicles and their parts, with or without the total
        names = [p.item or "" for p in given] + [clean_name(r.name) for r in others]
        out.append(_gathered(compare(ctx, "three_public", (f"说明中{year}“三公”经费：公务用车购置及运行费 = " +
                                                           " + ".join(["购置费", "运行费"] + [clean_name(r.name) for r in others]),
                                                           "the 三公 text: vehicles = purchase + running" +
                                                           " + other transport" * bool(others)),
                                     amount[VEHICLES], [amount[p.item or ""] for p in given] + extra, one[VEHICLES].source,
                                     VEHICLES, names), [one[VEHICLES], *given, *others], one[VEHICLES]))
    vehicles = [amount[VEHICLES]] if VEHICLES in one else [amount[p.item or ""] for p in parts if p] if all(parts) else []
    if TOTAL in one and vehicles and ABROAD in one and RECEPTION in one:
        total = one[TOTAL]
        f = compare(ctx, "three_public", (f"说明中{year}“三公”经费：合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费",
                                          "the 三公 text: total = overseas + reception + vehicles"),
                    amount[TOTAL], [amount[ABROAD], amount[RECEPTION], *vehicles],
                    total.source, clean_name(total.name), [ABROAD, RECEPTION, VEHICLES])
        meetings = [r for r in rows if r.item == MEETING]
        if f is not None and f.severity != "info" and meetings:
            # “三公”经费及会议费、培训费…合计: the total may hold those lines too; neither sum holding, which whole it
            # is the words do not settle (a suspect)
            names = [clean_name(r.name) for r in meetings]
            g = compare(ctx, "three_public", (f"说明中{year}“三公”经费：合计 = 三公各项 + " + " + ".join(names),
                                              "the 三公 text: total = the items and the meeting and training lines"),
                        amount[TOTAL], [amount[ABROAD], amount[RECEPTION], *vehicles,
                                        *_scaled(meetings, [*one.values(), *meetings])],
                        total.source, clean_name(total.name), [ABROAD, RECEPTION, VEHICLES, *names])
            f = g if g is None or g.severity == "info" else replace(g, severity="suspect")
        if _vehicles_slip(f, out, amount, extra):
            return [_proven(x) if x is out[0] else x for x in out if x]
        out.append(_restated(_gathered(f, rows, total), one, amount, elsewhere or [], rows))
    elif TOTAL in one:
        out.append(_within_total(ctx, one, amount, year))
    return [f for f in out if f]


def _restated(f: Finding | None, one: dict[str, AccountRow], amount: dict[str, Val], elsewhere: list[AccountRow],
              group: list[AccountRow]) -> Finding | None:
    """A failed total whose one item the text states again elsewhere with the figure that closes the sum ("公务接待费
    16.7" in the opening sentence, "公务接待费用预算17.7" further on, the total 20.1 = 0 + 16.7 + 3.4): that item's
    statement in the set is the slip, and the finding moves onto it (its severity kept)."""
    if f is None or f.severity == "info" or TOTAL not in one or not elsewhere:
        return f
    items = [i for i in (ABROAD, RECEPTION, VEHICLES) if i in one]
    if len(items) != 3 or any(amount[i].dec is None for i in [TOTAL, *items]):
        return f
    inside = {id(r) for r in group}
    fits = []
    for i in items:
        closes = (amount[TOTAL].dec or ZERO) - sum((amount[j].dec or ZERO for j in items if j != i), ZERO)
        stage = label_stage(clean_name(one[i].name))  # (the other stage's figure of the item never closes this sum)
        again = {r.get(AMOUNT).dec for r in elsewhere if r.item == i and id(r) not in inside and r.unit == one[i].unit
                 and label_stage(clean_name(r.name)) in (None, stage or label_stage(clean_name(r.name)))}
        if closes != amount[i].dec and closes in again:
            fits.append((i, closes))
    if len(fits) != 1:
        return f
    i, closes = fits[0]
    r = one[i]
    return replace(f, location=r.source, row=clean_name(r.name), reported=r.get(AMOUNT).text, recomputed=fmt_plain(closes),
                   message=f.message + f"（{clean_name(r.name)} 在文中另一处为 {fmt_plain(closes)}，以之合计相符：此处的 "
                   f"{r.get(AMOUNT).text} 有误）",
                   message_en=f.message_en + f" ({clean_name(r.name)} is {fmt_plain(closes)} elsewhere in the text, which "
                   "makes the total: this figure is the slip)")


def _vehicles_slip(f: Finding | None, out: list[Finding | None], amount: dict[str, Val], extra: list[Val]) -> bool:
    """Both sums fail and the total is the items with the vehicles' own parts (5572 = 169 + 756 + 1088 + 3559 while the
    text prints the vehicles 4.647): the vehicles' figure is the one wrong, proven by the two sums together, however
    far apart the figures stand (``out[0]``: the vehicles' finding, made first)."""
    if f is None or f.severity == "info" or not out or out[0] is None or out[0].severity == "info":
        return False
    if any(amount[k].dec is None for k in (TOTAL, ABROAD, RECEPTION, RUNNING, PURCHASE) if k in amount) or not all(
            k in amount for k in (TOTAL, ABROAD, RECEPTION, RUNNING, PURCHASE)):
        return False
    parts = sum((amount[k].dec or ZERO for k in (ABROAD, RECEPTION, RUNNING, PURCHASE)), ZERO)
    return amount[TOTAL].dec == parts + sum((v.dec or ZERO for v in extra), ZERO)


_APART = ("（各数取自说明中不相连的几处，按标签归组）", " (the figures gathered by their labels from places apart in the text)")


def _proven(f: Finding) -> Finding:
    """The vehicles' finding as an error the total's sum confirms."""
    return replace(f, severity="error",
                   message=f.message.replace(_APART[0], "") + "（合计等于其余各项加购置费、运行费，可见是此数有误）",
                   message_en=f.message_en.replace(_APART[1], "") + " (the total is the other items with the purchase and "
                   "running: this figure is the one wrong)")


def _gathered(f: Finding | None, rows: list[AccountRow], head: AccountRow) -> Finding | None:
    """An identity whose figures the text states together — on one line ("“三公”经费预算20万元，其中：因公出国(境)费
    0万元，…"), or its sum (``head``) on a line with its parts on the lines straight after it, line by line — is
    proven by its arithmetic. One whose figures were gathered from lines apart by their labels (the text's total in
    one paragraph, an item's amount in another, which may be another year's, another stage's or a part's) rests on
    that gathering: a ``suspect`` when it fails, never an ``error`` (an unseen page's wording can pair them wrongly)."""
    if f is None or f.severity != "error":
        return f
    lines = sorted({r.source.line if r.source.line is not None else -1 for r in rows})
    if lines[0] >= 0 and lines[0] == head.source.line and lines == list(range(lines[0], lines[-1] + 1)):
        return f
    return replace(f, severity="suspect", message=f.message + _APART[0], message_en=f.message_en + _APART[1])


def _within_total(ctx: Ctx, one: dict[str, AccountRow], amount: dict[str, Val], year: str) -> Finding | None:
    """A total stated with only some of its items (the vehicles by one part, an item left unsaid): the items may not
    be all, so a sum short of the total proves nothing; but the items stated can never add to more than it (beyond
    the rounding of every figure), and a text that states an empty item (0万元) names them all, so they must make it:
    ``suspect`` either way (the text's words may have given an item twice, or left one out all the same)."""
    items = [i for i in (ABROAD, RECEPTION, VEHICLES) if i in one]
    if VEHICLES not in one:
        items += [i for i in (RUNNING, PURCHASE) if i in one]
    if len(items) < _MIN_ITEMS or any(amount[i].dec is None for i in items) or amount[TOTAL].dec is None:
        return None
    # an item stated as 0 says the text names its empty items too: the items are all (as ``notes_list`` takes a list)
    every = any(amount[i].dec == ZERO for i in items)
    what = f"说明中{year}“三公”经费：合计 {'=' if every else '≥'} " + " + ".join(items)
    if not every and sum((amount[i].dec or ZERO for i in items), ZERO) <= (amount[TOTAL].dec or ZERO):
        return ctx.record("three_public", what, None)
    total = one[TOTAL]
    found = compare(ctx, "three_public", (what if every else what + "（所列各项之和超过合计）",
                                          "the 三公 text: total = the items stated, one of them 0" if every else
                                          "the 三公 text: the items stated add to more than the total"),
                    amount[TOTAL], [amount[i] for i in items], total.source, clean_name(total.name), items)
    return replace(found, severity="suspect") if found is not None and found.severity == "error" else found
