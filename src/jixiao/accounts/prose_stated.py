"""Figures stated in prose, whatever the wording: "SUBJECT [verb] AMOUNT UNIT" and what is said of it after.

The last reading of a budget's or final accounts' text that no table and no known wording read (a news item on
budget execution, a 说明 page broken mid-word, a paragraph of a report): each amount with its unit (元, 万元, 亿元)
and the noun phrase its clause opens with, whatever the verb between them (为, 达, 完成, 安排, 实现 …, or none), the
label kept as printed but for the words that name no line (其中, 全年, 我部门, the year); a clause that states a
change (增加, 减收 …) or last year's figure (比上年 …) is no statement of its own: the change, the rate of change,
the share and the completion rate said after a statement are kept on its row, as printed. The text's sentences
are ``accounts.prose.paragraphs`` (PDF lines joined where a sentence runs over them); the checks of the rates are
the accounts' own text checks (``accounts.text_rates``, ``accounts.notes_checks``), run on the document's text.
Linear in the text: one pass of each pattern over a paragraph, every name looked for in a bounded stretch.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from jixiao.accounts.model import AccountRow, AccountTable
from jixiao.accounts.notes import AMOUNT
from jixiao.accounts.notes_subject import Subjects
from jixiao.accounts.prose import NUMBER_START, line_name, paragraphs
from jixiao.core.numbers import parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

# an amount and its unit, from a number's first digit only (linear on a long run of digits)
_AMOUNT = re.compile(NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)")
# where a clause ends: a statement's subject is the words of its clause before the amount
# (a rate ends its clause; 收、支总计 is one subject; a thousands separator, 1,392,476, is none)
_STOP = re.compile(r"[。;；，:：!！?？%\n]|(?<!\d),|,(?!\d{3})|(?<!收)、")
_SENTENCE = re.compile(r"[。;；!！?？]")
_REACH = 80  # characters of a clause before its amount a subject is looked for in (a heading run on included)
_AFTER_REACH = 60  # characters of a clause after a statement its change or share is looked for in
_DIGIT = re.compile(r"[\d%]")
# amounts read from one text at most: a published report states a few hundred; a text stating thousands is a
# table's dump or a hostile file, read no further (the reading stays linear in the text and bounded in its cost)
MOST = 5000
_LONGEST = 30  # a subject longer than this is a sentence, not a line's name
# words opening a clause that name no line: list marks, 其中 and the like (the period, the place and the speaker —
# 全年, 全市, 本单位 — are the line's own words as printed: 本年收入合计, 本单位收入)
_LEAD = re.compile(
    r"^(?:\s|[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]|[(（]|第[一二三四五六七八九十]+[,，、]?|[一二三四五六七八九十]是|"
    r"\d{1,3}个|其中|另外?|此外|同时|包括|含|分别|主要是|主要有|截至|截止|的|共|合计[:：]?|(?:再)?加上(?!级)|以及|和|及|与|"
    r"“[^”]{1,8}”(?:以来|期间|时期)|以来|期间)+")
# a date inside the words (2023年度, 2022年12月31日, 1-6月): the sentence's period, not the line's name
_DATE = re.compile(r"(?:19|20)\d{2}\s*年(?:度|初|末|底)?(?:\d{1,2}\s*月(?:份|末|底)?(?:\d{1,2}\s*日)?)?|"
                   r"(?<!\d)\d{1,2}\s*(?:[-—–~至]\s*\d{1,2})?\s*月(?:份|末|底)?(?:\d{1,2}\s*日)?|"
                   r"^(?:19|20)\d{2}(?=[\u4e00-\u9fff])")  # (a year printed without 年: "2024区一般公共预算收入")
# a numbered heading on a line of its own ("1.全市一般公共预算收支"), the sentence after it on the next
_NUMBERED = re.compile(r"\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]+\s*、|[(（][一二三四五六七八九十\d]{1,2}[)）])")
_SENTENCE_BITS = re.compile(r"[。，,；;:：]|\d\s*[亿万千]?元")
# a heading the sentence ran on into ("1.一般公共预算收支平衡情况2021年县级…收入"): the line is named after it
_RUN_ON = re.compile(r"^.*(?:情况|说明|概况|如下)[。:：]?")
# words between a subject and its amount that are the verb (为, 达到, 完成 …) or the amount's year, not its name (a
# verb after 总 is the line's own noun: 教育经费总投入为73728万元)
_VERB = re.compile(
    r"(?:(?<!总)(?:累计|预计|全年|当年|全部|共)?(?:完成了?|实现了?|达到了?|达|为|是|共计|安排|约|有|下达|拨付|筹集|投入|"
    r"(?:上升|增加|增长|减少|下降|降低|提高|调整|调增|调减|压减|变更)(?:到|至|为)|由|从)|人民币|(?:19|20)\d{2}\s*年度?的?|"
    r"的|\s|[(（][^()（）]{0,8}[)）])+$")
# a clause that states a change or compares with another year: not a statement of its own
_CHANGE = re.compile(r"(?:增加|减少|增收|减收|增支|减支|节约|节支|超收|短收|超支|压减|压缩|下降|上升|增长|降低|提高|"
                     r"追加|调增|调减|多|少)了?$")
# (上年, 去年 alone name the year the line is of, kept in its label: "去年全区公共财政预算收入", "上年结转")
_COMPARED = re.compile(r"比|较|同比|环比|相比|同期|持平|超过|高于|低于|大于|小于|相当于|以上|以下|以内|不超过")
_NO_NAME = re.compile(r"^(?:资金|经费|金额|总额|合计|总计|共计|小计|费用|预算|决算|收入|支出|数|其他|其余|余额|人均|每人|每年|"
                      r"[^\u4e00-\u9fff]*)$")
# both sides said at once with one amount (收、支总计均为X, 收支预算总额X): the two lines, each named, and the pair as printed
_BOTH_SIDES = re.compile(r"^(.{0,12}?)收入?[、和与及]?支出?((?:总|合)计|总额|总量|(?:总)?(?:预算|决算)(?:总额|总计)?)数?(?:均|都)?$")
# what is said of a statement after it, in the clauses of its sentence before the next statement
_SAID_AFTER = (
    ("增减额", re.compile(r"(增加|减少|增收|减收|增支|减支|节约|超收|短收)了?\s*" + NUMBER_START
                         + r"(\d[\d,]*(?:\.\d+)?)\s*(?:亿元|万元|千元|元)")),
    ("增减率", re.compile(r"(增长|下降|降低|上升|提高|增幅|降幅)(?:了|为|是)?\s*(\d+(?:\.\d+)?)\s*%")),
    ("占比", re.compile(r"(占)[^\d,，。;；%]{0,16}?(?:比重|比例)?[为是]?\s*(\d+(?:\.\d+)?)\s*%")),
    ("完成率", re.compile(r"(完成|为|达到?)(?:年初|全年|调整)?(?:预算|计划|任务)数?的?\s*(\d+(?:\.\d+)?)\s*%")),
)


def subject_of(head: str) -> str | None:
    """The line a clause's words before its amount name: the words as printed but for those naming no line (the
    opening's 其中, 全年, the speaker, the year) and the verb before the amount; None when what is left is not a
    name (a change, a comparison with another year, a word alone such as 资金, a sentence)."""
    words = head[-_REACH:].strip()
    for cut in ("从", "由"):  # "收入从2015年的2007万元上升到…": the line is named before 从
        at = words.rfind(cut)
        if at > 0 and _DIGIT.search(words, at, at + 8):
            words = words[:at]
    words = _DATE.sub("", _RUN_ON.sub("", words))
    prev = None
    while prev != words:
        prev = words
        words = _VERB.sub("", _LEAD.sub("", words))
    if words.startswith("占"):  # "占一般公共预算支出165720万元的…": the whole a share is of
        return None
    words = line_name(words)  # (全区完成一般公共预算收入: the scope's line)
    if not 2 <= len(words) <= _LONGEST or _CHANGE.search(words) or _COMPARED.search(words) or _NO_NAME.match(words):
        return None
    return None if _DIGIT.search(words) else words


def stated_in_prose(body: list[tuple[str, Source]]) -> AccountTable | None:
    """Every "SUBJECT [verb] AMOUNT UNIT" of the text as a row (the subject as printed, the amount in its printed
    unit, the line it stands on as its source; the change, rate, share and completion said of it after it as columns
    of the row, as printed); a subject stated again with another figure is a row of its own ("…（第2处）"). None when
    the text states nothing."""
    t = AccountTable("notes", "正文所列数字", body[0][1] if body else Source(""), columns=[AMOUNT],
                     own_name="正文所列数字")
    count: dict[str, int] = {}
    units: list[str] = []
    seen: set[tuple[str, str]] = set()
    tried = 0
    paras = paragraphs(body)
    subjects = Subjects(paras)  # the budget and level a sentence or its heading gives a line it leaves them to
    for para, (text, lines) in enumerate(paras):
        if tried > MOST:
            break
        ends = list(accumulate(len(x) for x, _ in lines))
        stops = [m.start() for m in _STOP.finditer(text)]
        sentences = [m.start() for m in _SENTENCE.finditer(text)]
        last_end = -1  # where the amount before this one ends
        last_name: str | None = None
        for m in _AMOUNT.finditer(text):
            tried += 1
            if tried > MOST:
                break
            k = bisect_right(stops, m.start())
            clause = stops[k - 1] + 1 if k else 0
            same_sentence = bisect_right(sentences, m.start()) == bisect_right(sentences, max(last_end, 0))
            start = max(clause, last_end)
            if m.start() - start > _REACH:  # a sentence, unless a line of its own names the amount (a chart's lines)
                j = bisect_right(ends, m.start() - _REACH)
                if j >= len(ends) or ends[j] >= m.start():
                    last_end, last_name = m.end(), None
                    continue
                start = ends[j]
            j = bisect_right(ends, start)
            while j < len(ends) and ends[j] < m.start() and _heading(text, ends[j - 1] if j else 0, ends[j]):
                start, j = ends[j], j + 1  # a numbered heading's line names no line of the sentence after it
            head = _round_aside(text, start, m.start(), stops, last_end)
            changed = _CHANGE.search(_VERB.sub("", head[-_REACH:]) or "") is not None
            if changed or _COMPARED.search(head[-_REACH:]):
                last_end = m.end()  # a change or another year's figure: said of the line before, not a line
                continue
            name = subject_of(head) or _on_its_line(text, start, m.start(), ends)
            if name is None and last_end > clause and same_sentence and last_name is not None:
                name = last_name  # "…从2015年的2007万元上升到2020年的2468万元": the same line's later figure
            last_end = m.end()
            if name is None or (d := parse_decimal(m.group(1))) is None:
                last_name = None
                continue
            last_name = name
            src = lines[min(bisect_right(ends, m.start(1)), len(lines) - 1)][1]
            both = _BOTH_SIDES.match(name)
            sides = [f"{both.group(1)}收入{both.group(2)}", f"{both.group(1)}支出{both.group(2)}"] if both else []
            # as printed, and named with the budget and level its sentence or heading gives it where it leaves them out
            # (收入总计 under 市本级一般公共预算: 市本级一般公共预算收入总计)
            for label in dict.fromkeys(y for x in (name, *sides) for y in (x, subjects.name(x, para, m.start()))):
                if (label, m.group(1)) in seen:
                    continue
                seen.add((label, m.group(1)))
                count[label] = count.get(label, 0) + 1
                row = AccountRow(label if count[label] == 1 else f"{label}（第{count[label]}处）",
                                 {AMOUNT: Val(d, m.group(1), src)}, src, unit=m.group(2))
                t.rows.append(row)
                units.append(m.group(2))
                _said_after(text, m.end(), stops, sentences, row, lines, ends)
    if not t.rows:
        return None
    t.unit = max(set(units), key=units.count)
    return t


_OPEN, _CLOSE = re.compile(r"[(（]"), re.compile(r"[)）]")


def _round_aside(text: str, start: int, at: int, stops: list[int], last_end: int) -> str:
    """The words before the amount at ``at`` from ``start``, or, where they open inside a bracket's aside that runs
    over clauses ("国家财政性教育经费(主要包括…,政府性基金…等)为299023万元"), the words before the aside and those after
    it: the aside names no line of the amount. Only an aside holding no amount said before (its own statements)."""
    head = text[start:at]
    close = _CLOSE.search(head)
    if close is None or _OPEN.search(head, 0, close.start()):
        return head
    lo = max(0, start - _REACH)
    opening = max((m.start() for m in _OPEN.finditer(text, lo, start)), default=-1)
    if opening < 0 or opening < last_end or _CLOSE.search(text, opening, start):
        return head
    k = bisect_right(stops, opening)
    return text[max(stops[k - 1] + 1 if k else 0, last_end, lo):opening] + head[close.end():]


def _heading(text: str, lo: int, hi: int) -> bool:
    """The line ``text[lo:hi]`` is a numbered heading of its own ("1.全市一般公共预算收支"): short, no sentence in it."""
    return hi - lo <= _LONGEST + 6 and _NUMBERED.match(text, lo) is not None and _SENTENCE_BITS.search(text, lo, hi) is None


def _on_its_line(text: str, start: int, at: int, ends: list[int]) -> str | None:
    """The subject a line of its own gives the amount at ``at`` where the words since ``start`` name none (a heading
    or a chart's caption before it, "保障有力" then "上半年全省…支出"): the words from a line's start on."""
    for e in ends[bisect_right(ends, start):]:
        if e >= at:
            return None
        if (name := subject_of(text[e:at])) is not None:
            return name
    return None


def _said_after(text: str, at: int, stops: list[int], sentences: list[int], row: AccountRow,
                lines: list[tuple[str, Source]], ends: list[int]) -> None:
    """The change, rate of change, share and completion rate said of a statement in the clauses after it, up to the
    end of its sentence or the next amount that is a statement (bounded: three clauses at most)."""
    k = bisect_right(stops, at)
    j = bisect_right(sentences, at)
    end = sentences[j] if j < len(sentences) else len(text)
    for c in range(k, min(k + 3, len(stops) + 1)):
        lo = stops[c - 1] + 1 if c else at
        lo = max(lo, at)
        hi = min(stops[c] + 1 if c < len(stops) else len(text), end)  # (with its stop: a rate's %)
        if lo >= hi:
            break
        clause = text[lo:min(hi, lo + _AFTER_REACH)]
        amount = _AMOUNT.search(clause)
        if amount is not None and not _CHANGE.search(_VERB.sub("", clause[max(0, amount.start() - 8):amount.start()])):
            break  # the next statement, or the line's next figure
        for column, pattern in _SAID_AFTER:
            if column in row.values or (found := pattern.search(clause)) is None:
                continue
            if (d := parse_decimal(found.group(2))) is not None:
                src = lines[min(bisect_right(ends, lo + found.start(2)), len(lines) - 1)][1]
                row.values[column] = Val(d, found.group(1) + found.group(2), src)
        if hi >= end:
            break
