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

from jixiao.core.records import HALF_READ, NO_REASON_COLUMN, Document, IndicatorRow, Val
from jixiao.read.recognise.reportrespective import respective, respective_spans
from jixiao.read.recognise.reportsections import READ, READ_EN, read_sections
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
# … or in a sentence of the text (产出指标满分50分,自评得分48分; 数量指标(分值20分)得20分; 效益指标(30分)得30分; 满意度指标
# 得分10分(满分10分)): the name ending in 指标, its weight perhaps (a bracket of points before the score is the weight),
# then its score, its weight perhaps after it in brackets. Groups: 1 the name, 2 or 3 or 5 the weight, 4 the score.
_WEIGHT_WORD = r"(?:满\s*分|分\s*值|权\s*重)(?:\s*(?:为|:))?\s*"
# Or all in one bracket after the name (效益指标(权重30分,得分28分); 产出指标(得分45分,满分50分)): groups 6 the weight
# before, 7 the score, 8 the weight after.
_SCORE_WORD = r"(?:自\s*评\s*)?(?:得\s*分|评\s*分)(?:\s*(?:为|:))?\s*"
STATED = re.compile(r"([^\s()。.,;:、\d]{1,10}?指\s*标)\s*(?:"
                    r"(?:\(\s*(?:" + _WEIGHT_WORD + r")?" + POINTS_NUMBER + r"\s*\)\s*[,;、]?\s*|"
                    + _WEIGHT_WORD + POINTS_NUMBER + r"\s*[,;、]?\s*)?"
                    r"(?:自\s*评\s*)?(?:得\s*分|评\s*分|得)(?:\s*(?:为|:))?\s*" + POINTS_NUMBER
                    + r"(?:\s*\(\s*" + _WEIGHT_WORD + POINTS_NUMBER + r"\s*\))?"
                    r"|\(\s*(?:" + _WEIGHT_WORD + POINTS_NUMBER + r"\s*[,;、]\s*)?" + _SCORE_WORD + POINTS_NUMBER
                    + r"(?:\s*[,;、]\s*" + _WEIGHT_WORD + POINTS_NUMBER + r")?\s*\))")
_STATED = "指标只从文字读取了得分（未见指标值与完成值，未必是全部指标）"
_STATED_EN = "the indicators' scores read from the text's sentences (no targets or results seen; perhaps not all of them)"
_NONE, _NONE_EN = "指标未读取", "no indicators read"
_HEADINGS = "指标只从标题读取了得分（未见指标值与完成值）"
_HEADINGS_EN = "the indicators' scores read from the headings only (no targets or results seen)"


_PART = re.compile(r"预算执行|资金执行|执行率|执行情况|指\s*标|绩\s*效\s*目\s*标")


def part_brackets(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s headings of parts (the execution block, the indicators, their sections) give their scores: a
    score there is a part's, never the report's total."""
    return [(m.start(3), m.end()) for m in HEADED.finditer(text) if _PART.search(m.group(3))]


def stated_parts(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s sentences give an indicator's score (产出指标满分50分,自评得分48分; …分别得45分、28分): a score
    there is a part's."""
    return [(m.start(), m.end()) for m in STATED.finditer(text)
            if not _EXECUTION.search(m.group(1))] + respective_spans(text)


def _val(t: Flat, m: re.Match[str], group: int) -> Val:
    return Val(Decimal(m.group(group)), m.group(group), t.source_at(m.start(group)))


def read_parts(doc: Document, t: Flat) -> None:
    """The execution block's score and weight and the indicators' scores and weights stated in ``t``'s headings, each
    with its source, where ``doc`` has none of its own; the indicators only where two or more are headed so and every
    numbered indicator heading is (one printed without its scores would make the sums checked false)."""
    heads = list(HEADED.finditer(t.text))
    total = doc.funds.get("total")  # (a transfer's report that states no total has no funds row)
    execution = next((m for m in heads if _EXECUTION.search(m.group(3))), None)
    if execution is not None and total is not None and total.score.dec is None:
        total.score = _val(t, execution, 5)
        if execution.group(4) is not None and total.weight.dec is None:
            total.weight = _val(t, execution, 4)
    named = [m for m in heads if m.group(2) is not None and _INDICATOR.search(m.group(3))
             and not _EXECUTION.search(m.group(3))]
    if not doc.indicators and not any(_INDICATOR.search(m.group(3)) for m in heads):
        _read_stated(doc, t)  # (an outline that heads its indicators with their scores is read by its headings only)
        if not doc.indicators and read_sections(doc, t):  # … or the outline scores its parts section by section
            _say(doc, READ, READ_EN)
    if doc.indicators or len(named) < 2:
        return
    headed = {m.start() for m in named}
    if any(m.start() not in headed for m in _INDICATOR_HEAD.finditer(t.text)
           if m.group(2) is not None and not _EXECUTION.search(m.group(3))):
        return  # an indicator headed without its scores: the sums of the others would be false
    _say(doc, _HEADINGS, _HEADINGS_EN)
    doc.extra[NO_REASON_COLUMN] = True  # prose explains a shortfall in its words, no column is left blank
    for m in named:
        row = IndicatorRow(level3=Val(m.group(3), m.group(3), t.source_at(m.start(3))), score=_val(t, m, 5),
                           source=t.source_at(m.start()))
        if m.group(4) is not None:
            row.weight = _val(t, m, 4)
        doc.indicators.append(row)


def _read_stated(doc: Document, t: Flat) -> None:
    """The indicators' scores (and weights) the text states in its sentences, where two indicators or more are given
    so, each once (an indicator given two scores is not read). Whether every indicator is said is not known: the rows
    are marked half read, so no sum is checked over them."""
    found = [m for m in STATED.finditer(t.text) if not _EXECUTION.search(m.group(1))]
    names = [re.sub(r"\s", "", m.group(1)) for m in found]
    if not found and len(listed := respective(t.text)) >= 2:  # (产出指标、效益指标分别得45分、28分)
        doc.extra[NO_REASON_COLUMN] = True
        doc.extra.setdefault(HALF_READ, _STATED)
        _say(doc, _STATED, _STATED_EN)
        doc.indicators += [IndicatorRow(level3=Val(name, name, t.source_at(n_at)),
                                        score=Val(Decimal(score), score, t.source_at(s_at)), source=t.source_at(n_at))
                           for name, n_at, score, s_at in listed]
        return
    if len(set(names)) < 2 or len(set(names)) != len(names):
        return
    doc.extra[NO_REASON_COLUMN] = True
    doc.extra.setdefault(HALF_READ, _STATED)
    _say(doc, _STATED, _STATED_EN)
    for m, name in zip(found, names, strict=True):
        row = IndicatorRow(level3=Val(name, m.group(1), t.source_at(m.start(1))),
                           score=_val(t, m, 4 if m.group(4) is not None else 7), source=t.source_at(m.start()))
        weight = next((g for g in (2, 3, 5, 6, 8) if m.group(g) is not None), None)
        if weight is not None:
            row.weight = _val(t, m, weight)
        doc.indicators.append(row)


def _say(doc: Document, zh: str, en: str) -> None:
    """The report's problem saying no indicator was read now says where their scores came from."""
    doc.problems = [replace(p, message=p.message.replace(_NONE, zh),
                            message_en=(p.message_en or "").replace(_NONE_EN, en) or None) for p in doc.problems]
