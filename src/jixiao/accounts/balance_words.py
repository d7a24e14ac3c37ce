"""A 决算/预算 report's balance sentences: a total and the amounts it is said to be made of.

"支出总计1,867.48万元,由一般公共预算支出1,867.48万元,加上解支出、…等0万元等构成" and "一般公共预算收入4402万元,
加上级转移支付收入1884万元,上年结转结余60万元,…,收入合计为6449万元": within one sentence, the total is the amount
it is made of plus every amount after 加 (加上, or 加 run into 上级…). A sentence that subtracts (减, 扣除) or lists
the parts of one of its amounts (其中) is not read: its amounts are not all terms of the sum. The total may be named
收入总计/合计/总量/总额 or 总收入/总支出 ("…52.45亿元,总收入为58.90亿元"); a sentence that begins with 加 continues the
sentence before it when that one states a single amount ("一般公共预算收入180.97亿元,为预算的102.27%。加上…,收入
总计266.84亿元"). Each amount is compared as printed, all in one unit (万元 or 亿元; a sentence mixing them is not read).

A sentence may also list its amounts without 加 and close them with their total ("全县一般公共预算支出165720万元,上解
上级支出3117万元,地方政府债券还本支出19419万元,支出总计188256万元", "…收入完成78.14亿元;上年结转收入3.36亿元;…;收入合计
109.69亿元", "加上:上解支出…、债务还本支出…(其中:本级791万元),支出总计…"): every amount of this year from the sentence's
start (or the total before) to the closing 收入/支出 总计 or 合计, but a change, a share's whole, another total and a
bracket's aside, is a term. Such a list is read by position, not by a word that says it is the whole sum, so a sum that
does not hold is ``suspect``; a list with 其中, 减 or 扣除 outside its brackets, an amount followed by 等 (not all listed),
or a term that is the sum of the terms right after it (a whole printed beside its own parts) is not read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.accounts.identity import Ctx, compare
from jixiao.accounts.prose import BRACKET, NUMBER_START, is_change, last_years, share_base, where
from jixiao.core.findings import Finding
from jixiao.core.numbers import names_its_parts, parse_decimal
from jixiao.core.records import Val
from jixiao.core.source import Source

_UNIT = r"(亿元|万元)"
_AMOUNT = re.compile(NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*" + _UNIT)
# (a budget's total said with its name: 预算总收入, 政府性基金预算总收入, 一般公共预算收入总计)
_TOTAL = (r"((?:一般公共|政府性基金|国有资本经营|社会保险基金)?(?:预算)?(?:(?:收入|支出|财力)(?:总计|合计|总量|总额)|"
          r"总(?:收入|支出)))")
# the longest run of words between a total and its terms (a sentence's list of amounts): a bound keeps each
# search linear on a long paragraph that never closes its sentence
_RUN = r"([^。]{0,400}?)"
# "<total> N万元, 由 A万元, 加… B万元 … 构成"
_MADE_OF = re.compile(_TOTAL + r"[为是:：,，\s]{0,3}(\d[\d,]*(?:\.\d+)?)\s*" + _UNIT
                      + r"\s*[,，]?\s*由" + _RUN + "构成")
# "A万元, 加… B万元, … <total> N万元"
_ADDED_UP = re.compile(r"[,，]\s*加" + _RUN + r"[,，]\s*" + _TOTAL + r"[为是:：\s]{0,3}(\d[\d,]*(?:\.\d+)?)\s*" + _UNIT)
_NOT_A_SUM = re.compile(r"减|扣除|其中")
_PLUS = re.compile(r"[,，]\s*加")
_ETC = re.compile(r"(?:亿元|万元)\s*等")
# the total that closes a list of amounts (收入总计, 一般公共预算支出合计; never 总额 or 总收入, which name a whole
# the sentence may go on to split)
_CLOSING = re.compile(r"((?:一般公共|政府性基金|国有资本经营|社会保险基金)?(?:预算)?(?:收入|支出)(?:总计|合计))"
                      r"[为是:：\s]{0,3}" + NUMBER_START + r"(\d[\d,]*(?:\.\d+)?)\s*" + _UNIT)
_GOES_ON = re.compile(r"[\s,，;；]*加")
_A_TOTAL = re.compile(r"(?:总计|合计|总量|总额|总收入|总支出)[为是:：\s]{0,3}$")


_AFTER_AMOUNT = re.compile(r"(?:亿元|万元)\s*$")


def _without_asides(words: str) -> str:
    """``words`` with the bracket right after an amount blanked out: an aside on that term ("989641万元(含特殊转移
    支付60000万元)", "4558万元(其中:本级791万元)"), its amounts no terms of the sum. Any other bracket stays: it may
    hold the terms themselves."""
    return BRACKET.sub(lambda b: " " * len(b.group()) if _AFTER_AMOUNT.search(words, 0, b.start()) else b.group(),
                       words)


def _terms(words: str, unit: str) -> list[str] | None:
    """The amounts of "A, 加 B, C …" (the first before 加, all after it), or None when it is no plain sum or
    holds an amount in another unit than its total's. A bracket's aside is no term ("补助收入989641万元(含特殊转移支付
    60000万元)", "年终结余4558万元(其中:本级791万元)": a term's own part)."""
    words = _without_asides(words)
    plus = _PLUS.search(words)
    if plus is None or _NOT_A_SUM.search(words):
        return None
    before = _AMOUNT.findall(words[:plus.start()])
    after = _AMOUNT.findall(words[plus.end():])
    if len(before) != 1 or not after or any(u != unit for _, u in [*before, *after]):
        return None
    return [before[-1][0], *(a for a, _ in after)]


def _sentences(text: str) -> list[str]:
    """The paragraph's sentences, one that begins with 加 joined to the sentence before it (its first term), over
    sentences between them that state no amount ("…地方收入236.6亿元,…。这主要得益于…。加上中央补助…,收入总量…")."""
    out: list[list[str]] = []
    amounts = 0  # how many amounts the last sentence (with what was joined to it) holds
    between: list[str] = []  # the sentences since it that state no amount
    for sentence in text.split("。"):
        found = len(_AMOUNT.findall(sentence))
        if out and sentence.lstrip().startswith("加") and amounts == 1:
            out[-1] += [*between, sentence.lstrip()]
            amounts += found
            between = []
        elif out and not found and not sentence.lstrip().startswith("加"):
            between.append(sentence)
        else:
            out += [[b] for b in between]
            out.append([sentence])
            amounts, between = found, []
    return [",".join(parts) for parts in [*out, *([b] for b in between)]]


def balance_word_findings(ctx: Ctx, paras: list[tuple[str, list[tuple[str, Source]]]]) -> list[Finding | None]:
    """Each balance the text's ``paragraphs`` state (a total and what it is made of): the total = the sum."""
    out: list[Finding | None] = []
    for text, lines in paras:
        for sentence in _sentences(text):
            sums = _sums(sentence)
            said = {total for _, total, _, _ in sums}
            listed = [s for s in _listed(sentence) if s[1] not in said]
            for label, total, terms, sure in [*sums, *((*s, False) for s in listed)]:

                def val(x: str, lines: list[tuple[str, Source]] = lines) -> Val:
                    return Val(parse_decimal(x), x, where(lines, x))

                found = compare(ctx, "balance", (f"情况说明：{label} = 所说的各项之和",
                                                 f"the report: {label} = the sum of what it is said to be made of"),
                                val(total), [val(x) for x in terms], where(lines, total), label, blame_blank=False)
                # (a list read by position, or with a bracket left out, may hold an amount that is no term or lose
                # one that is: a sum that fails is a suspect)
                out.append(replace(found, severity="suspect") if found and not sure and found.severity == "error"
                           else found)
    return out


def _sums(sentence: str) -> list[tuple[str, str, list[str], bool]]:
    """(the total's name, its amount, the amounts it is made of, whether it was read without setting an aside apart)
    for each balance the sentence states: a sum read by leaving a bracket out is a suspect when it fails."""
    found: list[tuple[str, str, list[str], bool]] = []
    made = list(_MADE_OF.finditer(sentence))
    for m in made:
        if (terms := _terms(m.group(4), m.group(3))) is not None:
            found.append((m.group(1), m.group(2), terms, _without_asides(m.group(4)) == m.group(4)))
    if made:
        return found  # the sentence says what its total is made of: not read again as a sum
    for m in _ADDED_UP.finditer(sentence):
        start = max(sentence.rfind(x, 0, m.start()) for x in (";", "；"))
        if _ETC.search(sentence, m.start(), m.start(2)):
            continue  # "…B万元、C万元等,收入总计N": the list says it is not whole
        words = sentence[start + 1:m.start(2)]
        if (terms := _terms(words, m.group(4))) is not None:
            found.append((m.group(2), m.group(3), terms, _without_asides(words) == words))
    return found


def _listed(sentence: str) -> list[tuple[str, str, list[str]]]:
    """(the total's name, its amount, the terms) for each 收入/支出 总计 or 合计 that closes a list of amounts."""
    found: list[tuple[str, str, list[str]]] = []
    asides = [(b.start(), b.end()) for b in BRACKET.finditer(sentence)]
    start = 0
    for m in _CLOSING.finditer(sentence):
        lo, start = start, m.end()
        if any(a <= m.start() < b for a, b in asides):
            continue
        words = _without_asides(sentence[lo:m.start()])
        if _NOT_A_SUM.search(words) or _ETC.search(words) or _GOES_ON.match(words):
            continue  # (a sentence that begins with 加 adds to a whole the sentence before it states)
        amounts = [a for a in _AMOUNT.finditer(sentence, lo, m.start())
                   if not any(x <= a.start() < y for x, y in asides) and not is_change(sentence, a.start(1))
                   and not last_years(sentence, a.start(1)) and not share_base(sentence, a.start(1))
                   and not _A_TOTAL.search(sentence, max(lo, a.start() - 8), a.start())]
        if len(amounts) < 2 or any(a.group(2) != m.group(3) for a in amounts):
            continue
        terms = [a.group(1) for a in amounts]
        if names_its_parts([v for v in map(parse_decimal, terms) if v is not None]):
            continue
        found.append((m.group(1), m.group(2), terms))
    return found
