"""What a transfer's (or a project report's) prose says adds up: an amount and the amounts its 其中 lists (下达资金
2263万元。其中:治理工程1435万元,维修养护25万元, …). Each statement is kept as (its label, the total, the parts) with the
sources, for the audit to check (``audit.transfer_said``); the reader never adds anything up itself.

The total is the last amount before 其中 in its paragraph, with at most one sentence end between them (where the
其中 opens a sentence and the sentence before states several amounts, the one its parts make, else none: 市本级45.66
亿元,未分配0.32亿元。其中:… lists the 45.66, not what is left unallocated); the parts
are the amounts after 其中 up to the sentence's end (。；; or the line's) or the next 其中, or, for a 其中 opening a
bracket, up to its closing bracket; a list the text ends inside (cut by a page or an excerpt: a short piece of an item
without a figure after its last amount, 其中甲80万元,乙23万元,丙) states no sum. A list whose items are parted by semicolons (其中:无线覆盖运行维护43.8万元;融媒体
中心建设43万元;应急广播系统建设1500万元。) runs on over each ； whose clause states one more amount in the same unit and no
change (较上年减少…) up to the sentence's end; in either list an amount in brackets within an item (差的项目218.07万元(其中三区人才49
万元), 基本药物制度补助资金40.27万元(村卫生室…12.72万元、基层…27.55万元)) is that item's own part, not one of the list's. A list of fewer than two parts states no sum, nor does an
amount said as a change or a share (较上年减少X万元, 占…).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal

from jixiao.accounts.prose import BRACKET, list_end
from jixiao.core.numbers import ZERO, half_unit, names_its_parts, parse_decimal
from jixiao.core.records import Val
from jixiao.read.recognise.common import CLAUSE_END
from jixiao.read.recognise.reportwords import money
from jixiao.read.recognise.transfer_prose import read_val
from jixiao.read.recognise.transfer_prosewords import AMOUNT
from jixiao.read.recognise.transfer_text import Flat

SAID = "transfer_said"  # extra: what the prose says adds up (``Said``), for ``audit.transfer_said``
# (or 具体是: 一是布达拉宫管理处,下达预算资金9378万元。具体是:A项目3005万元;B项目1235万元;…: the same list)
_LIST_WORDS = r"其中|具体(?:是|为)"
_WHERE = re.compile(_LIST_WORDS)
_STOP = re.compile(f"[{CLAUSE_END}\n]|{_LIST_WORDS}")  # the end of a list of parts: its clause's, its line's, the next list's
_SEMI = ("；", ";")
# a clause that is no item of the list: a change, or what became of the money (已支出, 执行, 结余)
_ITEM_STOP = re.compile(r"增加|减少|增长|下降|增收|减支|较|比上年|同比|结余|结转|已|执行|完成|支付|拨付|到位")
_LABEL_CUT = re.compile(r"[,，。;；:：、\n]")
_DATED = re.compile(r"\d{4}年度?")
_BACK = 300  # characters a list's total is looked for before its 其中 (linear however many lists a text has)
_CHANGE = re.compile(r"增加|减少|增长|下降|增收|减支|结余|占|较|比上年|同比")


@dataclass(frozen=True, slots=True)
class Said:
    label: str  # the words before the total in its clause (下达…中央水利发展资金)
    total: Val
    parts: tuple[Val, ...]
    unit: str = "万元"  # the unit the total and its parts are printed in
    names: tuple[str, ...] = ()  # each part's words before its amount (中央资金, 省级资金), where the list names them


def said_sums(flat: Flat) -> list[Said]:
    text = flat.text
    out: list[Said] = []
    every = list(AMOUNT.finditer(text))  # (matched once: each 其中 takes the ones before it, linear in the text)
    starts = [m.start() for m in every]
    for q in _WHERE.finditer(text):
        lo = max(0, q.start() - _BACK)  # (report text has no line breaks: never back to the text's start)
        para = max(text.rfind("\n", lo, q.start()) + 1, lo)
        # (never an amount in a bracket before it: "下达…资金236.38万元(其中下达县区…186.38万元),其中:…", 莆田's, the
        # bracket remarks on the amount it follows)
        asides = [(b.start(), b.end()) for b in BRACKET.finditer(text, para, q.start())]
        before = [m for m in every[bisect_left(starts, para) : bisect_left(starts, q.start())] if m.end() <= q.start()
                  and not any(a <= m.start() < b for a, b in asides)]
        if not before:
            continue
        total = before[-1]
        if text.count("。", total.end(), q.start()) > 1 or any(
                not any(a <= w.start() < b for a, b in asides) for w in _WHERE.finditer(text, total.end(), q.start())):
            continue  # (another 其中 between, but one inside the aside)
        stop = _STOP.search(text, q.end())
        end = stop.start() if stop else len(text)
        end = list_end(text, q.start(), q.end(), end)  # (其中建筑工程3292万元): the list ends with its bracket
        parts = _outside(text, q.end(), end)  # (an item's own parts in brackets after it are not the list's)
        if stop is None and _ends_inside(text, parts[-1].end() if parts else q.end()):
            continue  # the text ends inside the list (a page or an excerpt cut it): its parts are not all there
        if stop and stop.group() in _SEMI and end == stop.start():
            parts = _items(text, q.end(), money(total.group(2))) or parts
        if len(parts) < 2 or any(money(p.group(2)) != money(total.group(2)) for p in parts) or _nested(parts):
            continue  # (parts in another unit than their whole's: no sum stated in one unit; a part and its own parts)
        if any(_DOC_NUMBER.search(text, max(0, p.start(1) - 6), p.start(1) + 1) for p in parts):
            continue  # (财建〔20202185000万元: a document's number run into its amount, the bracket lost: no part read)
        whole = _whole(text, before, parts, q.start())
        if whole is None:
            continue
        total = whole
        pieces = _LABEL_CUT.split(text[para:total.start(1)])
        clause = pieces[-1]
        if _CHANGE.search(clause):  # 较上年减少X万元，其中…: a change, not a whole its parts make
            continue
        if len(pieces) >= 2 and _VERB_FIRST.match(clause) and 2 <= len(named := _ORDINAL.sub("", pieces[-2])) <= _WHO:
            clause = f"{named}{clause}"  # (一是布达拉宫管理处,下达预算资金9378万元: the recipient names the sum)
        clause = _DATED.split(clause)[-1].strip() or clause.strip()  # the words after the unit's name and year
        out.append(Said(clause[-24:], read_val(flat, total.group(1).replace(",", ""), total.start(1)),
                        tuple(read_val(flat, p.group(1).replace(",", ""), p.start(1)) for p in parts),
                        money(total.group(2)) or "万元", _names(text, q.end(), parts)))
    return out


_NAME_EDGE = re.compile(r"^[\s,，、;；:：(（]+|(?:为|是|共计|计|约)\s*$")
_NAME_LONGEST = 16


def _names(text: str, start: int, parts: list[re.Match[str]]) -> tuple[str, ...]:
    """Each part's words between the amount before it (or the list's opening) and its own amount (中央资金, 省级资金)."""
    out: list[str] = []
    for p in parts:
        out.append(_NAME_EDGE.sub("", text[start:p.start(1)].strip())[-_NAME_LONGEST:])
        start = p.end()
    return tuple(out)


_OPENS = re.compile(r"[。!！?？][\s,，、]*$")
_VERB_FIRST = re.compile(r"(?:下达|安排|分配|拨付|下拨)")  # a clause that opens with the grant's verb …
_ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十]是|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．])")
_WHO = 16  # … after the recipient's name in the clause before it (一是布达拉宫管理处), at most this long
_DOC_NUMBER = re.compile(r"[〔\[［【]\s*\d")  # a document's number opened right before an amount


def _nested(parts: list[re.Match[str]]) -> bool:
    """A part the two or more listed right after it add up to ("其中,贫困县纳入统筹整合资金7560万元:…2739万元,…156万元,
    …4192万元,…473万元", 驻马店's): the list names a part and that part's own parts, no whole's parts all."""
    return names_its_parts([parse_decimal(p.group(1).replace(",", "")) or Decimal(0) for p in parts])


def _whole(text: str, before: list[re.Match[str]], parts: list[re.Match[str]], at: int) -> re.Match[str] | None:
    """The whole of a 其中 that opens a sentence (…45.66亿元,未分配0.32亿元,分配率99.3%。其中:A39.64亿元;B6.02亿元)
    where the sentence before states several amounts: the one its parts make (the sentence's subject, not its last
    remark); where they make none, no whole is sure (None: no sum stated). Elsewhere the last amount before it
    (``before[-1]``, returned as is)."""
    opened = _OPENS.search(text, max(0, at - 4), at)
    if opened is None:
        return before[-1]
    stop = text.rfind("。", max(0, at - _BACK), opened.start())
    sentence = [m for m in before if m.start() > stop]
    if len(sentence) < 2:
        return before[-1]
    made = sum((parse_decimal(p.group(1).replace(",", "")) or Decimal(0) for p in parts), Decimal(0))
    return next((m for m in sentence if parse_decimal(m.group(1).replace(",", "")) == made), None)


def _outside(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The amounts of text[start:end] outside its brackets (an item's own aside: not the list's)."""
    inside = [(b.start(), b.end()) for b in BRACKET.finditer(text, start, end)]
    return [m for m in AMOUNT.finditer(text, start, end) if not any(a <= m.start() < b for a, b in inside)]


def _items(text: str, start: int, unit: str | None) -> list[re.Match[str]]:
    """The parts of a list whose items are parted by semicolons, from ``start`` to the sentence's end: each clause
    gives its amounts outside brackets while it states one in the total's unit and no change or spending; the
    first clause that does not ends the list. Empty when the list does not run past its first clause."""
    out: list[re.Match[str]] = []
    at, clauses = start, 0
    while True:
        stop = _STOP.search(text, at)
        end = stop.start() if stop else len(text)
        found = _outside(text, at, end)
        if stop is None and _ends_inside(text, found[-1].end() if found else at):
            return []  # the text ends inside the list: its parts are not all there
        if not found or _ITEM_STOP.search(text, at, end) or any(money(m.group(2)) != unit for m in found):
            break
        out += found
        clauses += 1
        if not stop or stop.group() not in _SEMI:
            break
        at = stop.end()
    return out if clauses >= 2 else []


_PIECE = 12  # at most this many characters of an item the text's end cut off (,镜湖)


def _ends_inside(text: str, at: int) -> bool:
    """The text ends at ``at`` or within a short piece of an item with no figure in it: a page or an excerpt stopped
    inside the list (never the words that follow a list whose line breaks were lost: 分别是:1、…)."""
    tail = text[at:]
    return len(tail.strip()) <= _PIECE and not any(ch.isdigit() for ch in tail)


def _digits(v: Val) -> int:
    return len((v.text or "").partition(".")[2])


def agrees_within(s: Said) -> bool:
    """The parts agree with the total: some of them, taken in the order printed from the first, add up to it within
    the rounding of the printed figures (half a unit of each figure's last digit): a list may go on past the total's
    parts into another statement. A statement that prints some of its amounts with decimals gives its figures to
    that place wherever they have it, so a part printed coarser (43 beside 43.8) is taken as whole: each part counts
    half a unit of the finest place printed, the total half a unit of its own (a total is often printed rounded: 1586
    for 43.84 + 42.2 + 1500 = 1586.04 holds; 1586 = 43.8 + 43 + 1500 is 0.8 off, beyond 0.5 + 3 × 0.05)."""
    t = s.total.dec
    if t is None:
        return True
    half = Decimal(5).scaleb(-max(_digits(v) for v in (s.total, *s.parts)) - 1)  # of the finest place printed
    run, slack = ZERO, half_unit(s.total.text)  # the total, printed coarser, rounded to its own place
    for k, p in enumerate(s.parts, 1):
        if p.dec is None:
            return True  # a part that is no number: nothing can be said
        run += p.dec
        slack += half
        if k >= 2 and abs(run - t) <= slack:
            return True
    return False
