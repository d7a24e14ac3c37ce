"""Lines a 情况说明 names in its own words, read as printed.

A 说明 is recognised by the accounts' own lines (``accounts.notes.LINES``); once it is, every other amount it states
after a line's name is read too, under the name as printed: "其中:人员经费支出2950.9万元", "财政预算内拨款(补助)收入
6,198万元", "2023年全镇一般财政公共总收入实现11335万元", "区本级预算支出20818万元". Such a row takes part in no
identity (no check knows its name); it is what the text says, kept with its sentence as the source. The name must end
in a word of the accounts (收入, 支出, 总计, 合计, 经费, 拨款, 结余, 结转, 资金, 预算, 总额: 政府采购预算总额,
政府采购货物预算, 总财力) or is a tax a report lists (增值税63.22亿元, 企业所得税) before the amount, so a change ("较上年
增加925万元") or a count is never one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.accounts.prose import ASIDE, LIST_NO, YEAR_WORD, line_name, paragraphs, where
from jixiao.core.source import Source

_NUM = r"(\d[\d,]*(?:\.\d+)?)"
_PRINTED = re.compile(r"([\u4e00-\u9fff()（）]{2,24}?(?:收入|支出|总计|合计|经费|拨款|结余|结转|资金|税|预算|总额|财力|补贴|缴费|公积金|费)(?:决算数?)?)"
                      r"(?:预算)?数?(?:实现|完成|安排|预计|共计|累计|拟?调整为)?[为是:：]?\s*" + _NUM + r"\s*(亿元|万元|元)")
# a list mark ("(二)") and words before the name ("其中", a year's 年, not 年初; the unit of the amount before it and
# the words that add it on: "6.5亿元和上年结转收入", "预计加上级转移支付等收入", "减债务还本支出") are not the name
_LEAD = re.compile(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[)）])?(?:其中|收入中|支出中|年度|" + YEAR_WORD + r"|月|日(?!常)|包括|主要是|"
                   r"主要为|分别为|分别是|共计|合计|加上|减去|亿元|万元|元|以及|和|及|预计加上?|加|减)*")


_AMOUNT = re.compile(r"\d\s*(?:亿元|万元|元)")
_FROM = re.compile(r"由(?=(?:年初|原|调整前的?)预算)")  # the 由 of "由年初预算A万元调整为B万元": no part of the name
_COMPARED = re.compile(r"[大小等高低]于|超过|相比|[较比]")


def printed_lines(body: list[tuple[str, Source]]) -> Iterator[tuple[str, str, str, Source, int, int]]:
    """(name as printed, amount as printed, unit, the line it stands on, its paragraph, where in the paragraph the
    name starts) for each amount after a line's name."""
    for k, (text, lines) in enumerate(paragraphs(body)):
        heads = _heading_ends(lines)
        for m in _PRINTED.finditer(text):
            cut = max((h for h in heads if m.start(1) < h < m.end(1)), default=m.start(1))
            name = _LEAD.sub("", re.split(r"情况|说明|如下", text[cut:m.end(1)])[-1])  # a heading run into the line
            name = _FROM.sub("", name)  # (一般公共预算总收入由年初预算A万元调整为B万元: the line's 年初预算)
            name = line_name(_before_aside(text, m.start(1)) + name)  # (全区(含…,下同)完成…收入: 全区…收入)
            if len(name) < 2 or _COMPARED.search(name):
                continue  # "决算数小于预算6.16万元": a difference, not a line
            yield name, m.group(2), m.group(3), where(lines, m.group(2)), k, m.end(1) - len(name)


_SCOPE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,10}$")
_CLOSE = re.compile(r"[)）]")
_OPEN_BEFORE = re.compile(r"[(（][^()（）]*$")  # the bracket still open where a name starts


def _before_aside(text: str, start: int) -> str:
    """The scope and the opening of its aside before a name that starts inside the aside's bracket (全区(含高新园区、
    东钱湖旅游度假区,下同)完成一般公共预算收入: the name's match starts after the aside's comma): "全区(含高新园区、东钱湖
    旅游度假区,", the aside then left out whole by ``prose.line_name``; "" where the name starts inside no aside."""
    close = _CLOSE.search(text, start, start + 40)
    opened = _OPEN_BEFORE.search(text, max(0, start - 40), start)
    if close is None or opened is None or not ASIDE.fullmatch(text, opened.start(), close.end()):
        return ""
    scope = _SCOPE_BEFORE.search(text, max(0, opened.start() - 10), opened.start())
    return scope.group(0) + text[opened.start():start] if scope else ""


def _heading_ends(lines: list[tuple[str, Source]]) -> list[int]:
    """Where each line after a numbered heading line starts in the paragraph ("1.全市一般公共预算收支" then its first
    sentence): a name never runs back over it."""
    out, at = [], 0
    for x, _ in lines:
        at += len(x)
        if LIST_NO.match(x) and not _AMOUNT.search(x) and len(x) <= 40:
            out.append(at)
    return out
