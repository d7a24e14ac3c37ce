"""The parts' scores a project's report states in its headings (``recognise.report``): the execution block's and each
indicator's, where the report has no table of them.

Reports that follow the form's outline give each part's score in brackets after its heading, its weight perhaps
before it (二、预算执行情况（自评得分10分）; 1.数量指标（自评得分20分）：完成…; 2.质量指标（分值15分，得分14分）). The
execution block is the heading naming the budget's execution; the indicators are the headings numbered 1. 2. …
whose names end in 指标 (a section's heading, numbered 一、 or （一）, sums its parts and is no indicator). A heading's
bracket holding only points (（10分）) gives a weight or a score, which one is not told: it is not read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.core.records import NO_REASON_COLUMN, Document, IndicatorRow, Val
from jixiao.read.recognise.transfer_text import Flat

POINTS_NUMBER = r"(\d+(?:\.\d+)?)\s*分"  # a number of points (92.5分), its digits group 1
# a heading's number: 一、 / (一) / 1. / 1、
_NUMBERED = r"(?:(?<=\s)|^)(?:([一二三四五六七八九十]{1,3})\s*、|\(\s*[一二三四五六七八九十]{1,3}\s*\)(?:\s*、)?|(\d{1,2})\s*[.、])"
# the heading's name, then its bracket: the weight perhaps, then the score
HEADED = re.compile(_NUMBERED + r"\s*([^\s()。,;:、\d]{2,20}?)\s*\(\s*(?:(?:分\s*值|权\s*重|满\s*分)(?:\s*(?:为|:))?\s*"
                    + POINTS_NUMBER + r"\s*[,;、]\s*)?(?:自\s*评\s*)?(?:得\s*分|评\s*分)(?:\s*(?:为|:))?\s*" + POINTS_NUMBER + r"\s*\)")
_EXECUTION = re.compile(r"预算执行|资金执行|执行率|执行情况")
_INDICATOR = re.compile(r"指\s*标$")
# a numbered indicator heading, its bracket of scores perhaps missing (3.满意度指标 / 3.满意度指标:…): where one is, the
# headings' scores are not all the indicators'
_INDICATOR_HEAD = re.compile(_NUMBERED + r"\s*([^\s()。,;:、\d]{0,18}指\s*标)(?=[\s(:]|$)")
_NONE, _NONE_EN = "指标未读取", "no indicators read"
_HEADINGS = "指标只从标题读取了得分（未见指标值与完成值）"
_HEADINGS_EN = "the indicators' scores read from the headings only (no targets or results seen)"


_PART = re.compile(r"预算执行|资金执行|执行率|执行情况|指\s*标|绩\s*效\s*目\s*标")


def part_brackets(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s headings of parts (the execution block, the indicators, their sections) give their scores: a
    score there is a part's, never the report's total."""
    return [(m.start(3), m.end()) for m in HEADED.finditer(text) if _PART.search(m.group(3))]


def _val(t: Flat, m: re.Match[str], group: int) -> Val:
    return Val(Decimal(m.group(group)), m.group(group), t.source_at(m.start(group)))


def read_parts(doc: Document, t: Flat) -> None:
    """The execution block's score and weight and the indicators' scores and weights stated in ``t``'s headings, each
    with its source, where ``doc`` has none of its own; the indicators only where two or more are headed so and every
    numbered indicator heading is (one printed without its scores would make the sums checked false)."""
    heads = list(HEADED.finditer(t.text))
    total = doc.funds["total"]
    execution = next((m for m in heads if _EXECUTION.search(m.group(3))), None)
    if execution is not None and total.score.dec is None:
        total.score = _val(t, execution, 5)
        if execution.group(4) is not None and total.weight.dec is None:
            total.weight = _val(t, execution, 4)
    named = [m for m in heads if m.group(2) is not None and _INDICATOR.search(m.group(3))
             and not _EXECUTION.search(m.group(3))]
    if doc.indicators or len(named) < 2:
        return
    headed = {m.start() for m in named}
    if any(m.start() not in headed for m in _INDICATOR_HEAD.finditer(t.text)
           if m.group(2) is not None and not _EXECUTION.search(m.group(3))):
        return  # an indicator headed without its scores: the sums of the others would be false
    # the report's problem saying no indicator was read now says where their scores came from
    doc.problems = [replace(p, message=p.message.replace(_NONE, _HEADINGS),
                            message_en=(p.message_en or "").replace(_NONE_EN, _HEADINGS_EN) or None)
                    for p in doc.problems]
    doc.extra[NO_REASON_COLUMN] = True  # prose explains a shortfall in its words, no column is left blank
    for m in named:
        row = IndicatorRow(level3=Val(m.group(3), m.group(3), t.source_at(m.start(3))), score=_val(t, m, 5),
                           source=t.source_at(m.start()))
        if m.group(4) is not None:
            row.weight = _val(t, m, 4)
        doc.indicators.append(row)
