"""What a 情况说明's stated figure is the figure of: the budget (一般公共预算, 政府性基金预算, 国有资本经营预算,
社会保险基金预算, 财政拨款) and the level (全市, 市本级 …) its words leave to the heading it stands under or to the
clause that opens its sentence.

A government's report states each budget in the same words under its own heading ("(1)一般公共预算 … 预算总收入819.6
亿元" then "(2)政府性基金预算 … 预算总收入344.9亿元"; "1.全市一般公共预算收支 … 收入总计222.7亿元" then "2.市本级
一般公共预算收支 … 收入总计181.4亿元"), or names the budget once at the head of a sentence and its totals after it
("政府性基金预算当年收入A万元,加上上年结转B万元,收入总计C万元"). Such a line is named with its subject
(政府性基金预算总收入, 市本级一般公共预算收入总计), never as the same line stated again. Only the lines that every budget
has (its totals, its transfers, its carried balances, ``RELATIVE``) take a subject: a unit's own lines (事业收入,
基本支出, 人员经费) are named as printed, and a line that names a budget keeps it (taking only the level).

A figure of a stage the sentence's line is measured against ("一般公共预算收入累计完成24627万元,完成年初预算数60999
万元") is that line's: 一般公共预算收入年初预算数.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from jixiao.accounts.notes_words import LEVEL
from jixiao.accounts.prose import NUMBER_START, STAGE_WORDS, Paragraphs

# a budget as a text names it; 财政拨款 after a budget's name is part of it (一般公共预算财政拨款 is one subject)
CLASS = re.compile(r"一般公共预算|公共财政预算|一般预算(?!单位)|政府性基金(?:预算)?|国有资本经营(?:预算)?|"
                   r"社会保险基金(?:预算)?|财政拨款")
_CLASS_TAIL = re.compile(r"(?:财政)?拨款")
_KIND = {"一般公共预算": "gp", "公共财政预算": "gp", "一般预算": "gp", "政府性基金": "fund", "国有资本经营": "soe",
         "社会保险基金": "ss", "财政拨款": "fiscal"}
# a heading about something that is no budget's line (三公, 机关运行经费, 政府采购, 国有资产, 绩效): no subject under it
_OTHER = re.compile(r"三公|机关运行|政府采购|国有资产|绩效|专项转移支付|债务")
# the lines every budget has: its totals, transfers in and out, carried and drawn balances, taxes
RELATIVE = re.compile(
    r"(?:预计)?(?:当年|本年|本级)?(?:收入|支出)(?:总计|合计|总量|总额|预算|决算)?|预算总?(?:收入|支出)|总(?:收入|支出)|"
    r"决算(?:收入|支出)|收支总(?:额|计)|上级(?:转移支付)?补助(?:收入)?|中央补助(?:收入)?|转移性(?:收入|支出)|"
    r"上年结[转余](?:收入|结余)?|调[入出]资金|上解(?:上级)?支出|债务还本支出|结转下年(?:支出)?")
# a stage of the line before it, alone ("完成年初预算数", "为调整预算", "完成预算数"): named after that line
STAGE = re.compile(rf"^(?:完成|为|占|达到)?({STAGE_WORDS})$")
_SENTENCE_END = re.compile(r"[。;；!！?？]")
_AMOUNT = re.compile(NUMBER_START + r"\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)")  # from a number's first digit: linear
_BEFORE = re.compile(r"其中|包括|分别")  # a list's opening: the budget after it is a part, not the sentence's subject
_LEVEL_END = re.compile(LEVEL + "$")
_LEVEL_START = re.compile("^" + LEVEL)
# a heading's number, its rank (第一部分 > 一、 > (一) > 1. > (1)); a short line without one that names a budget ranks last
_RANKS = ((re.compile(r"^第[一二三四五六七八九十]+部分"), 0), (re.compile(r"^[一二三四五六七八九十]+\s*[、.．]"), 1),
          (re.compile(r"^[(（][一二三四五六七八九十]+[)）]"), 2), (re.compile(r"^\d{1,2}\s*[、.．](?!\d)"), 3),
          (re.compile(r"^[(（]\d{1,2}[)）]"), 4))
_HEAD_MAX = 30  # characters of a heading's own words
_RUN_IN = re.compile(rf"([^\d:：。,，;；]{{2,{_HEAD_MAX}}})[:：]")

Subject = tuple[str, str]  # (level, budget) as printed; either may be ""
# a budget's name before a line the accounts' words begin with 预算 (一般公共|预算总收入): the line is that budget's
_STEM = re.compile(r"(?:一般公共|政府性基金|国有资本经营|社会保险基金)$")


def joined(text: str, start: int, label: str) -> str:
    """``label`` (read at ``start``) with the budget's name printed right before it, when the label begins with 预算
    ("政府性基金" + "预算总收入"): a line matched inside a longer name is that name."""
    stem = _STEM.search(text, max(0, start - 6), start) if label.startswith("预算") else None
    return stem.group(0) + label if stem else label



def kind(budget: str) -> str:
    return next((k for w, k in _KIND.items() if budget.startswith(w)), budget)


def _mention(text: str, lo: int, hi: int) -> tuple[Subject, int] | None:
    """The one budget the stretch names, with the level printed right before it, and where it stands; None for
    none or for two (a list of the budgets' lines)."""
    found = list(CLASS.finditer(text, lo, hi))
    if not found or len({kind(m.group(0)) for m in found}) > 1:
        return None
    m = found[0]
    tail = _CLASS_TAIL.match(text, m.end())
    budget = m.group(0) + (tail.group(0) if tail and m.group(0) != "财政拨款" else "")
    level = _LEVEL_END.search(text, max(0, m.start() - 6), m.start())
    return ((level.group(0) if level else ""), budget), m.start()


def _heading(line: str) -> tuple[int, Subject | None] | None:
    """(rank, subject or None) for a heading line (a number and a few words without an amount, or a short line
    without a number that names a budget); None for a line that is not one."""
    line = line.strip()
    number = next(((m, r) for p, r in _RANKS if (m := p.match(line)) is not None), None)
    words = line[number[0].end():] if number else line
    run_in = _RUN_IN.match(words) if number else None  # "(二)政府性基金预算:当年收入…": the words before its colon
    if run_in is not None:
        words = run_in.group(1)
    elif _AMOUNT.search(line) or len(words) > _HEAD_MAX or (number is None and (len(line) > 20 or "。" in line)):
        return None
    rank = number[1] if number else 5
    if _OTHER.search(words):
        return rank, ("", "")
    said = _mention(words, 0, len(words))
    level = _LEVEL_START.match(words)
    if number is None:
        return (rank, said[0]) if said else None
    return rank, said[0] if said else ((level.group(0), "") if level else None)


def _merged(stack: list[tuple[int, Subject | None]]) -> Subject | None:
    """The subject the headings open at a point say: the innermost budget and the innermost level named (a level's
    heading over its budgets' headings: 一、全市 then (一)政府性基金预算); a heading of something else stops it."""
    level = budget = ""
    for _, s in reversed(stack):
        if s is None:
            continue
        if not any(s):
            break
        budget, level = budget or s[1], level or s[0]
    return (level, budget) if level or budget else None


@dataclass
class _Para:
    heads: list[int] = field(default_factory=list)  # offsets where the heading subject changes
    under: list[Subject | None] = field(default_factory=list)  # the heading subject from each offset
    sentences: list[tuple[int, int, tuple[Subject, int] | None]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # each sentence's start
    last: list[int] = field(default_factory=list)  # the last sentence up to each that opens with a budget (-1: none)


class Subjects:
    """The subject each offset of each paragraph stands under: the opening of its sentence (or of an earlier
    sentence of its paragraph, after the last heading), else the headings above it."""

    def __init__(self, paras: Paragraphs) -> None:
        self.paras: list[_Para] = []
        stack: list[tuple[int, Subject | None]] = []
        for text, lines in paras:
            p = _Para()
            carried = self.paras[-1].under[-1] if self.paras else None  # where the paragraph before ended
            at = 0
            for line, _ in lines:
                head = _heading(line)
                if head is not None:
                    stack = [s for s in stack if s[0] < head[0]] + [head]
                    p.heads.append(at)
                    p.under.append(_merged(stack))
                at += len(line)
            if not p.heads or p.heads[0] > 0:
                p.heads.insert(0, 0)
                p.under.insert(0, carried)
            lo = 0
            for end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
                if end > lo:
                    p.sentences.append((lo, end, opening := self._opening(text, lo, end)))
                    p.starts.append(lo)
                    p.last.append(len(p.sentences) - 1 if opening else (p.last[-1] if p.last else -1))
                lo = end
            self.paras.append(p)

    @staticmethod
    def _opening(text: str, lo: int, hi: int) -> tuple[Subject, int] | None:
        """The budget the sentence opens with (named before its first amount, not as a list's part), when it
        names no other."""
        first = _AMOUNT.search(text, lo, hi)
        said = _mention(text, lo, hi)
        if said is None or (first is not None and said[1] > first.start()) or _BEFORE.search(text, lo, said[1]):
            return None
        return said

    def at(self, k: int, pos: int) -> Subject | None:
        if k >= len(self.paras):
            return None
        p = self.paras[k]
        h = bisect.bisect_right(p.heads, pos) - 1
        said: list[Subject] = []  # the openings before it since its heading, the last first (a few: bisected, linear)
        i = bisect.bisect_right(p.starts, pos) - 1
        j = p.last[i] if i >= 0 else -1
        while j >= 0 and len(said) < 3 and (o := p.sentences[j][2]) is not None and o[1] >= p.heads[h]:
            if o[1] <= pos:
                said.append(o[0])
            j = p.last[j - 1] if j > 0 else -1
        under = p.under[h]
        found = [*said, *([under] if under is not None and any(under) else [])]
        if not found:
            return None
        level, budget = found[0]
        if not level:  # the level said above it for the same budget (市本级 in the heading, 一般公共预算 again here)
            level = next((lv for lv, b in found[1:] if lv and (not b or not budget or kind(b) == kind(budget))), "")
        return level, budget

    def same_sentence(self, k: int, a: int, b: int) -> bool:
        starts = self.paras[k].starts if k < len(self.paras) else []
        return bisect.bisect_right(starts, a) == bisect.bisect_right(starts, b)

    def name(self, label: str, k: int, pos: int) -> str:
        """``label`` named with the subject at ``pos`` of paragraph ``k``, when its words leave it out."""
        subject = self.at(k, pos)
        return named(label, subject) if subject else label


def named(label: str, subject: Subject) -> str:
    level, budget = subject
    own = _LEVEL_START.match(label)
    rest = label[own.end():] if own else label
    if (has := CLASS.search(rest)) is not None:  # names its budget: the level only, when the budget is the same
        same = not budget or (has.start() == 0 and kind(has.group(0)) == kind(budget))
        return level + label if same and level and not own else label
    if not RELATIVE.fullmatch(rest):
        return label
    if budget.endswith("预算") and rest.startswith("预算"):
        rest = rest[2:]
    return (own.group(0) if own else level) + budget + rest
