"""The last-resort reader of a transfer or special fund stated in prose (``recognise.FALLBACKS``): a notice, a
report, an announcement or a letter that speaks of a fund (转移支付, 专项资金, 补助资金, 中央财政下达 …) and states its
amounts in sentences, whatever the wording, order or separator, with no table and none of the wordings the other
transfer readers know.

Each amount is given a kind by its sentence (``transfer_cues``): allocated, spent, something else. The budget is
the one amount allocated (however often restated); where several are, the one stated as their total (共计/合计/总计),
checked against the amounts listed before it (the check kept for ``audit.transfer_said``), or the one the others add
up to exactly; else none is read and a located problem says why. The spending likewise. The rate is the one the text
states (执行率/支出进度, else 拨付率…, else 到位率), kept for the audit to check against spending ÷ budget; the
score the one the report states as its total. Every value keeps its line, and a located note says the figures were
read from the sentences only. A text that speaks of no fund, or is a tender or a meeting's notice, gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.accounts.prose import BRACKET, LIST_NO
from jixiao.core.numbers import ZERO, normalize_text
from jixiao.core.records import READ_FROM_PROSE, Document, Problem, Val
from jixiao.read.base import FileRead
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.flatgaps import closed, unwrapped
from jixiao.read.recognise.reportverdict import score_said
from jixiao.read.recognise.tokens import in_reading_order
from jixiao.read.recognise.transfer import _document
from jixiao.read.recognise.transfer_amounts import keep as keep_stated
from jixiao.read.recognise.transfer_choice import (
    TITLE_LEN,
    latest_year,
    rounded_title,
    summing_total,
    whole_place,
)
from jixiao.read.recognise.transfer_cues import _BACK, ALLOC, OTHER, SPENT, Stated, stated
from jixiao.read.recognise.transfer_funds import Block
from jixiao.read.recognise.transfer_levels import one_level_at
from jixiao.read.recognise.transfer_parts import by_funds
from jixiao.read.recognise.transfer_prose import _once, agrees, confirmed, read_val
from jixiao.read.recognise.transfer_prosewords import RATE, RATE_PAID
from jixiao.read.recognise.transfer_said import SAID, Said, agrees_within, said_sums
from jixiao.read.recognise.transfer_subject import STOPS, about_transfer
from jixiao.read.recognise.transfer_text import Flat

FAMILY = "transfer-prose-stated"
# the text speaks of a transfer or special fund, or of money a level of government sends down (student aid, 学生资助资金,
# is such a fund: 学生资助补助经费 is sent down by level, published as "…资助资金情况公示" without the word 转移支付)
FUND = re.compile(r"转移支付|(?:专项|补助|补贴|奖补|奖励|直达|衔接|扶贫|救灾|救助|资助)[一-龥]{0,6}?(?:资金|经费)|彩票公益金|"
                  r"(?:中央|省级?|市级?|自治区|县级?)(?:财政)?[^。\n\d]{0,10}?(?:下达|下拨|拨付|分配|追加)")
# … and is no tender, purchase or meeting notice, no department's budget or accounts (its title says so)
_OTHER_TEXT = re.compile(r"招标|投标|中标|成交|采购|磋商|询价|竞价|比选|会议|座谈|培训班|部门预算|部门决算|单位预算|单位决算|"
                         r"三公经费")
_HEAD = 5  # lines of the text that may hold its title
# a title line: the fund, then what the text is (…资金的通知, …资金使用情况的公告, …资金收支情况说明), never an outline's heading
_TITLE = re.compile(r"(?![一二三四五六七八九十\d]+[、.．]|[(（])[^\n]{0,80}?(?:资金|经费|转移支付)[^\n]{0,60}?"
                    r"(?:通知|报告|公告|公示|情况|说明|自评|结果|函)")
# the fund's name in the budget's sentence (2023年中央财政衔接推进乡村振兴补助资金, 省级雨涝灾害救灾资金)
_NAME = re.compile(r"(?:\d{4}年度?)?[一-龥]{2,24}?(?:资金|经费)")
# the rate the money arrived at, only where no rate of spending is stated
_ARRIVED = re.compile(r"到\s*位\s*率\s*(?:为|是|达到了?|达|:)?\s*(\d+(?:\.\d+)?%)")
_PARTS = 30  # the most parts a 其中 list is taken to hold
_LIST_BACK = 300  # characters a stated total's listed parts are looked for before it


def recognise(fr: FileRead) -> list[Document]:
    flat = _prose(fr)
    whole = unwrapped(closed(flat))  # the sentences' words whole where a page's width or PDF spacing broke them
    text = whole.text
    head = [line.strip() for line in flat.text.split("\n", _HEAD)[:_HEAD]]
    if (FUND.search(text) is None and not about_transfer(flat.text.split("\n"))) or any(
            _OTHER_TEXT.search(line) for line in head if len(line) <= TITLE_LEN):
        return []  # (a fund the words above do not name, 水利发展资金, in a text whose title says it is sent down)
    items = stated(text)
    problems: list[Problem] = []
    said: list[Said] = []
    headline = _headline(head)
    budget = _choose(whole, items, ALLOC, "预算（下达）数", "the allocated amount", problems, said, headline)
    executed = _choose(whole, items, SPENT, "执行（支出）数", "the spending", problems, said, headline)
    if budget is None and (parts := by_funds(fr, recognise)):
        return parts  # (several funds, each under its heading: each read alone)
    if budget is None and executed is None and not said:
        return []  # (a sum its listed parts do not make is read as no figure, but reported: ``said``)
    row: dict[str, Val] = {}
    if budget is not None:
        row["annual_budget"] = read_val(whole, budget.text, budget.at)
    if executed is not None and budget is not None and executed.unit != budget.unit:
        problems.append(problem(f"正文所述执行数{executed.text}{executed.unit}与预算数的单位（{budget.unit}）不同，未读取",
                                f"the stated spending {executed.text}{executed.unit} is in another unit than the "
                                f"budget ({budget.unit}); not read", whole.source_at(executed.at)))
    elif executed is not None:
        row["executed"] = read_val(whole, executed.text, executed.at)
    rate = _once(RATE, whole) or _once(RATE_PAID, whole) or (_once(_ARRIVED, whole) if "executed" not in row else None) \
        or confirmed(RATE, whole, row.get("annual_budget"), row.get("executed"))  # (of several, the one the sums give)
    if rate is not None and "executed" not in row and budget is not None and _of_another(text, items, rate[1], budget):
        problems.append(problem(f"正文所述执行率{rate[0]}是另一笔资金的（其句中的预算数不是{budget.text}），未读取",
                                f"the stated rate {rate[0]} is another sum's (its sentence states another budget than "
                                f"{budget.text}); not read", whole.source_at(rate[1])))
        rate = None
    if rate is not None:
        r = read_val(whole, *rate[:2])
        if agrees(r, row.get("annual_budget"), row.get("executed")):
            row["rate"] = r
        else:  # (the sentences may speak of different sums: the rate is not the form's, and the text is not whole)
            b, e = row["annual_budget"].dec, row["executed"].dec
            made = f"{e}÷{b}×100%={(e / b * 100).quantize(Decimal('0.01'))}%" if b and e is not None else ""
            problems.append(problem(f"正文所述执行率{r.text}与所述执行数÷预算数（{made}）不符，未作为执行率读取",
                                    f"the stated rate {r.text} is not the stated spending ÷ budget ({made}); not read "
                                    "as the rate", r.source))
    if "rate" in row and "." in (row["rate"].text or "") and (budget or executed) is not None:
        _rate_confirms(row, said, problems, (budget or executed).unit)  # type: ignore[union-attr]
    first = budget or executed
    titled = next((line for line in head if _TITLE.fullmatch(line)), None)
    name = titled or (_name(text, first) if first is not None else None)
    start = 0 if titled or first is None else first.sentence
    unit = first.unit if first is not None else said[0].unit
    doc = _document(fr, whole, start, name, problems, family=FAMILY,
                    blocks=[Block(None, rows={"total": row}, source=whole.source_at(start))], unit=unit)
    doc.extra[READ_FROM_PROSE] = "转移支付（专项资金）正文的数字陈述"
    doc.tables = list(fr.tables)  # (its tables are not read as sentences: kept whole for what reports show)
    keep_stated(doc, whole)  # (its amounts shown where it holds no table)
    listed = said_sums(whole)
    seen = {(x.total.source, tuple(p.source for p in x.parts)) for x in listed}
    # (a sum the budget's choice checked and the prose's lists hold alike: one statement, reported once)
    doc.extra[SAID] = listed + [x for x in said if (x.total.source, tuple(p.source for p in x.parts)) not in seen]
    score = score_said(text)
    if score is not None:
        doc.total_score = read_val(whole, score.group(1), score.start(1))
    read = "，".join(f"{k}={v.text}" for k, v in row.items()) or "无（所述金额未能确定）"
    doc.problems.insert(0, problem(f"只从正文的数字陈述读取，未找到表格：读出 {read}",
                                   f"read from the text's statements only, no table found: {read}",
                                   whole.source_at(start)))
    return [doc]


def _prose(fr: FileRead) -> Flat:
    """The file's text without its tables' rows (a row of two cells or more, a line of two cells or more between
    pipes): the sentences only, folded as the transfer readers fold them, each line with its source. A table's
    amounts are the table readers' to read by its columns; read as sentences, a total row whose sum failed would be
    taken for the allocation."""
    held = {c.source for t in fr.tables for row in t.rows
            if sum(1 for c in row if c.text.strip() and not c.merged) >= 2 for c in row}
    return Flat.join(((folded, src) for text, src in in_reading_order(fr)
                      if src not in held and not _row(text) and (folded := normalize_text(text).replace("|", " ").strip())), "\n")


_PUNCT = re.compile(r"[，。；,;]")


def _row(line: str) -> bool:
    """A table's row as text: two cells or more between pipes, or, without a sentence's punctuation, two numbers or
    more parted by spaces (东坝乡 1508.8万元 782.5 726.3)."""
    if sum(1 for x in line.split("|") if x.strip()) >= 2:
        return True
    return _PUNCT.search(line) is None and sum(1 for x in line.split() if x[:1].isdigit()) >= 2


def _name(text: str, s: Stated) -> str | None:
    """The fund's name in the amount's sentence (the last one before it, else the first after it)."""
    before = None
    for m in _NAME.finditer(text, s.sentence, s.at):
        if len(m.group(0)) >= 6:  # (never 合计资金, 下达资金: a verb's noun, no name)
            before = m
    after = _NAME.search(text, s.end, min(len(text), s.end + 60)) if before is None else None
    got = before or after
    return got.group(0) if got else None


def _headline(head: list[str]) -> list[Stated]:
    """The amounts the text's title lines state (甘肃:2023年中央生态环境专项资金已提前下达20亿元), each with its kind: the
    short lines before its first sentence (a line with a stop or a comma), none opening with a list number."""
    titles: list[str] = []
    for line in head:
        if STOPS.search(line) or len(line) > TITLE_LEN:
            break
        if not LIST_NO.match(line):
            titles.append(line)
    return stated("\n".join(titles))


_SENTENCE_END = re.compile(r"[。;；\n]")


def _of_another(text: str, items: list[Stated], at: int, budget: Stated) -> bool:
    """The rate at ``at`` is said in a sentence that states another sum as its budget and not the budget read
    (全市中央直达资金总量为48.67亿元,支出19.28亿元,支付率为39.62% beside the whole's 62.33亿元): the part's rate, not the
    whole's, where no spending of the whole is read to check it against."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    sums = {s.yuan for s in items if s.kind == ALLOC and start <= s.at < at}
    return bool(sums) and budget.yuan not in sums


_SIDES = (("annual_budget", "executed", "预算（下达）数", "the allocated amount"),
          ("executed", "annual_budget", "执行（支出）数", "the spending"))


def _rate_confirms(row: dict[str, Val], said: list[Said], problems: list[Problem], unit: str | None) -> None:
    """A sum left unread because the 其中 list after it does not make it (``_checked``), read after all where the
    stated rate, printed with decimals, is the spending ÷ the budget with it and the other sum read (总额75.20亿元,其中
    61.02 + 13.78 = 74.80 … 支出45.76亿元,支付率为60.8%: 45.76 ÷ 75.20 = 60.85%); the list's disagreement is still
    reported (``said``), and a problem says how the sum was taken."""
    for key, other, zh, en in _SIDES:
        if key in row or other not in row:
            continue
        for s in said:
            b, e = (s.total, row[other]) if key == "annual_budget" else (row[other], s.total)
            if s.label == zh and (s.unit or "万元") == (unit or "万元") and agrees(row["rate"], b, e):
                row[key] = s.total
                left = f"正文所述{zh}{s.total.text}"  # (its "not read" problem gives way to how it was read)
                problems[:] = [p for p in problems if not (p.message.startswith(left) and p.message.endswith("未读取"))]
                problems.append(problem(
                    f"正文所述{zh}{s.total.text}与其后所列各项之和不符，但它与所述{'执行数' if key == 'annual_budget' else '预算数'}"
                    f"之比即所述执行率{row['rate'].text}，取为{zh}",
                    f"the stated {en} {s.total.text} is not the sum of the parts listed after it, but the stated rate "
                    f"{row['rate'].text} is the ratio it makes with the other stated sum: taken as {en}", s.total.source))
                break


def _choose(flat: Flat, items: list[Stated], kind: str, zh: str, en: str, problems: list[Problem],
            said: list[Said], headline: Sequence[Stated] = ()) -> Stated | None:
    """The one amount of ``kind`` the text states (the whole, not a 其中 part), checked against the parts it lists
    (``_checked``): the one all the others of its kind add up to exactly, wherever its sending word stands (下达…资金
    3.60亿元 … 下达西宁市2.36亿元、…海东市0.88亿元、…海北州0.36亿元); else the total the amounts just before it make
    (``summing_total``); else, among the notice's own sending sentences, the
    same value however often said; else the exact amount of which a title line gives the rounding, however the text
    restates the rounding (``rounded_title``); else the one stated as a total, the final sum, or the one the others
    add up to exactly; else the whole place's (``whole_place``); else the one value of its kind the title states (``headline``) and the text restates; else the one value said of the latest year the
    sentences name, where others are said of an earlier year only (``latest_year``). Where none is sure: None,
    and a located problem says what was stated."""
    levels = one_level_at(flat.text)  # (中央下达X万元 beside 省级下达Y万元: one level's part)
    cands = [s for s in items if s.kind == kind and not s.part and s.yuan is not None and s.yuan > 0
             and s.at not in levels]
    cands += _listed_heads(items) if kind == ALLOC else []
    if not cands:
        return None
    cands.sort(key=lambda s: s.at)
    every = sum((c.yuan or ZERO for c in cands), ZERO)
    if len(cands) >= 3 and len(whole := [c for c in cands if c.yuan is not None and c.yuan * 2 == every]) == 1:
        return _checked(flat, items, whole[0], zh, en, problems, said)  # the whole its sent parts make
    summed = summing_total(flat.text, cands)
    if summed is not None:  # (…下达给我区918万元…管委会财政提前下达179万元。各级财政衔接资金共计1097万元)
        return _checked(flat, items, summed, zh, en, problems, said)
    # the notice's own sending sentences, where it has any: what it recalls of other years or batches is not its sum
    cands = [s for s in cands if s.sent] or cands
    # … and by its sending word over what it recalls its own place received (中央下达我市X万元…现将其中的Y万元划拨至你单位),
    # unless what it sends adds up to that (下达给我县464万元…现将…用于:项目一安排232万元;项目三安排232万元: the whole)
    worded = [s for s in cands if s.by_word]
    if worded and sum((s.yuan or ZERO for s in worded), ZERO) not in {s.yuan for s in cands if not s.by_word}:
        cands = worded
    cands = latest_year(flat.text, cands)  # (what it recalls of past years is not its sum)
    values = {s.yuan for s in cands}
    top = max(v for v in values if v is not None)
    totals = [s for s in cands if s.total]
    final = [s for s in cands if s.final]  # the sum finally allocated, after a cut or an addition
    others = [s for s in cands if s.yuan != top]
    if len(values) == 1:
        got = cands[0]
    elif (exact := rounded_title(flat.text, cands)) is not None:
        got = exact  # (a headline's rounding restated in the text, as a total or as the whole place's: 共下达…627亿元)
    elif totals and {s.yuan for s in totals} == {top}:
        got = totals[0]
    elif len({s.yuan for s in final}) == 1:
        got = final[0]
    elif sum((s.yuan for s in others if s.yuan is not None), Decimal(0)) == top:
        got = next(s for s in cands if s.yuan == top)
    elif scoped := whole_place(flat.text, cands):
        got = scoped[0]
    elif len(titled := {h.yuan for h in headline if h.kind == kind} & values) == 1:
        got = [s for s in cands if s.yuan in titled][-1]  # the title's amount, as the text restates it
    else:
        shown = "、".join(dict.fromkeys(f"{s.text}{s.unit or ''}" for s in cands))
        problems.append(problem(f"正文所述{zh}有多个不同数值（{shown}），无法确定哪一个是转移支付的总额，未读取",
                                f"the text states {en} with several values ({shown}); which is the fund's whole is "
                                "not sure; not read", flat.source_at(cands[0].at)))
        return None
    return _checked(flat, items, got, zh, en, problems, said)


def _checked(flat: Flat, items: list[Stated], got: Stated, zh: str, en: str, problems: list[Problem],
             said: list[Said]) -> Stated | None:
    """``got`` where the parts it lists (two or more: just before it, A60万元、B40万元，共计100万元; or after it in its
    sentence, 合计X万元，资金来源为A万元、B万元) add up to it, exactly, or, a total printed with decimals, within the
    rounding of the printed figures (``transfer_said.agrees_within``: 48.67 + 13.65 = 62.32 for 62.33亿元); the statement is kept for the audit
    (``audit.transfer_said``) either way. Parts that do not make it: the sum is not sure, not read, and a located
    problem says so."""
    parts = _parts_before(items, got, flat.text) or _parts_after(items, got, flat.text) or _itemised(flat.text, items, got)
    if len(parts) < 2:
        return got
    total, pieces = read_val(flat, got.text, got.at), tuple(read_val(flat, p.text, p.at) for p in parts)
    said.append(Said(zh, total, pieces, got.unit or "万元"))
    made = sum((p.dec for p in parts if p.dec is not None), Decimal(0))
    # (within the printed figures' rounding where they print decimals, 48.67 + 13.65 for 62.33亿元; whole numbers exactly:
    # a list of whole 万元 one off its total is not taken as rounding)
    if made == got.dec or ("." in (got.text or "") and agrees_within(said[-1])):
        return got
    terms = "+".join(p.text for p in parts)
    problems.append(problem(f"正文所述{zh}{got.text}{got.unit or ''}与所列各项之和（{terms}={made}）不符，未读取",
                            f"the stated {en} {got.text} is not the sum of the parts listed with it ({terms}={made}); "
                            "not read", total.source))
    return None


def _listed_heads(items: list[Stated]) -> list[Stated]:
    """Amounts no word marks whose 其中 lists two or more parts in their unit that add up to them exactly (示例补助资金
    120万元，其中：中央100万元，省级20万元): an allocation by its own arithmetic."""
    out: list[Stated] = []
    for n, s in enumerate(items):
        if s.kind is not None or s.part or s.dec is None:
            continue
        parts = []
        for p in items[n + 1 : n + 1 + _PARTS]:
            if p.sentence != s.sentence:
                break
            if p.part:
                parts.append(p)
        if (len(parts) >= 2 and all(p.unit == s.unit and p.dec is not None for p in parts)
                and sum((p.dec for p in parts if p.dec is not None), Decimal(0)) == s.dec):
            out.append(s)
    return out


def _parts_before(items: list[Stated], total: Stated, text: str) -> list[Stated]:
    """The amounts listed just before a stated total in its sentence (A资金60万元、B资金40万元，共计100万元), or, for a total
    said of the lines above it (以上合计), in the lines above: the run of amounts of its kind (or of none), in its unit,
    not parts of another, back to the first that is not; an amount no list holds (每个村补助10万元, a change) is passed
    over."""
    if not total.total:
        return []
    above = "以上" in text[max(total.sentence, total.at - _BACK) : total.at]
    out: list[Stated] = []
    k = items.index(total) - 1
    while k >= 0 and total.at - items[k].at <= _LIST_BACK and (above or items[k].sentence == total.sentence):
        p = items[k]
        k -= 1
        if p.kind == OTHER:
            continue
        if p.kind not in (total.kind, None) or p.total or p.part or p.unit != total.unit:
            break
        out.append(p)
    return out[::-1] if len(out) >= 2 else []


_GAP = 40  # the most characters between two items of a list over lines (a heading line may stand between)


def _itemised(text: str, items: list[Stated], whole: Stated) -> list[Stated]:
    """The amounts itemising a whole over the lines after it (戊镇:…资金82197.2万元; / 辛县:…; or, under a heading,
    (1)中央资金…万元。(2)省级资金…): each alone in its line, in the whole's unit, no spending, each line close to the
    last; two or more."""
    k = items.index(whole)
    out: list[Stated] = []
    last = whole
    for p in items[k + 1 : k + 1 + _PARTS]:
        alone = p.sentence > last.end and "\n" in text[last.end : p.sentence]
        if not alone or p.unit != whole.unit or p.kind == SPENT or p.sentence - last.end > _GAP:
            break
        out.append(p)
        last = p
    if out and any(p.sentence == out[-1].sentence for p in items[k + 1 + len(out) : k + 2 + len(out)]):
        return []  # (the last line holds more than one amount: no list of one amount a line)
    labels = [text[p.sentence:p.at].strip() for p in out]
    if len(set(labels)) < len(labels):
        return []  # (a line's words said again: a table's columns run row by row, 中央财政X ⏎ 中央财政Y, no one list)
    return out if len(out) >= 2 else []


def _parts_after(items: list[Stated], whole: Stated, text: str) -> list[Stated]:
    """The parts listed right after an amount (其中甲镇A万元、乙镇B万元; 资金来源为…; or in the next sentence, 主要包括…),
    a part restating the whole passed over (其中:中央资金X万元, X the whole), and an item's own aside in brackets
    (其中:中央248.73万元(2023年结转95.43万元,2024年下达153.3万元),省级…: the item's parts, not the list's): the run of
    amounts one list word opens, in the whole's unit, starting within ``_LIST_BACK`` characters of it; a part its own
    clause says was spent is no part of an allocation, nor one it says was allocated of a spending."""
    k = items.index(whole)
    out: list[Stated] = []
    following = items[k + 1 : k + 1 + _PARTS]
    # brackets opened after the list's first item (a list itself in brackets, 总量X万元(其中A,B,C), is read whole)
    asides = [(b.start(), b.end()) for b in BRACKET.finditer(text, whole.end, following[-1].end if following else whole.end)]
    for p in following:
        if out and any(out[0].at < a <= p.at < b for a, b in asides):
            continue  # (an aside on the item before it)
        if (not p.part or p.unit != whole.unit or (not out and p.at - whole.end > _LIST_BACK)
                or out and p.listed_at != out[0].listed_at):
            break  # (a new list word opens another list: 主要包括A、B、C，其中D重点支持…)
        if {p.kind, whole.kind} == {ALLOC, SPENT} and p.own_kind:
            continue  # (其中,市本级…总额为X亿元,形成支出Y亿元: the spending's part is not the allocation's, nor its)
        if p.dec != whole.dec:
            out.append(p)
    return out
