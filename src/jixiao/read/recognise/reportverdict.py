"""A report's verdict: the total score it gives the project and the grade beside it, and the one execution rate a report
states when its budget and spending cannot be read (``recognise.report``).

Reports state the verdict in many ways. Its own wordings (自评得分为92.5分, 综合评分92.5分, 绩效评分100分 …: the
vocabulary ``reportwords.SCORE_TOTAL``) come first. Where none stands, a bare 得分 / 评分 is the total only when its
clause goes on to grade it (项目得分92.5分，评价等级为优; 自评结果：得分88分，评定为“良”): an indicator's score is never
graded in its clause. Or the score is printed against the whole scale (92.5分（满分100分）): an indicator has smaller
full marks. Or the total's wording names no points (自评得分：95。). Never a threshold (90分以上为优, 得分90分及以上的评为优) nor an indicator's score (预算执行率指标得分为9分)
where the total is said.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.records import Document, Val
from jixiao.read.recognise.common import sentence_end, sentence_start, squash
from jixiao.read.recognise.gradebands import GRADE_NAMES
from jixiao.read.recognise.reportparts import POINTS_NUMBER, part_brackets, stated_parts
from jixiao.read.recognise.reportsections import section_scores
from jixiao.read.recognise.reportwords import GRADE, RATE, SCORE, SCORE_TOTAL, SCORE_TOTAL_UNNAMED, grade_said
from jixiao.read.recognise.transfer_text import Flat

NEAR = 60  # characters around the score within which its grade stands (a department's report's too)
# never a threshold: a number of points, then 以上 / 以下 / 及以上 / 之间 …
_NOT_BAND = r"(?!\s*(?:\(\s*含\s*\)\s*)?(?:以\s*[上下]|及\s*以|之\s*间|-|~|至|到))"
# the scale's full marks in brackets after a score: (满分100分)
_OF_100 = r"\s*\(\s*满\s*分\s*(?:为\s*)?100\s*分\s*\)"
# a clause grading what it follows: ，评价等级为优 / ，等级：良好 / ，评定为“良” / ，结果为合格 (a grade's name, never a band)
_GRADES = "|".join(GRADE_NAMES)  # (``gradebands``' names, longest first where one holds another)
# (one run of white space between two words: each optional piece carries its own after it, never two runs around it)
_GRADES_IT = (r"\s*(?:[,、]\s*)?(?:(?:评\s*价|绩\s*效|自\s*评|综\s*合)\s*)?"
              r"(?:(?:等\s*[级次]|结\s*果|评\s*级)\s*(?:(?:为|是|:)\s*)?|评\s*定\s*为\s*|评\s*为\s*)"
              rf"(?:[\"“]\s*)?(?:{_GRADES})")
# 得分 / 评分 alone, then its points, then (after the full marks perhaps) the clause grading it
SCORE_GRADED = re.compile(r"(?:得|评)\s*分\s*(?:(?:为|是|:)\s*)?" + POINTS_NUMBER + _NOT_BAND + rf"(?=(?:{_OF_100})?{_GRADES_IT})")
# a score printed against the whole scale: 92.5分(满分100分)
SCORE_OF_100 = re.compile(r"(?<![\d.])" + POINTS_NUMBER + rf"(?={_OF_100})")
# the grade said right after the score with its verb alone (95分，为优 / 95分,属于良好 / 95分，评为“优秀”)
_GRADE_AFTER = re.compile(r"\s*(?:[,、]\s*)?(?:为|属\s*于|评\s*为|评\s*定\s*为)\s*(?:[\"“]\s*)?"
                          rf"({_GRADES})(?![\u3400-\u9fff])")
# a scale's threshold after a score, whatever wording found it (自评得分90分以上为优秀, 自评得分90(含)以上为优): never a total
_BAND_AFTER = re.compile(_NOT_BAND.replace("(?!", "(?=", 1))
# a rule's rate: its clause goes on to what the rate earns (预算执行率达到95%的得满分, 执行率100%者得10分, 95%以上,
# 达到60%时得6分, 为60%则该项得6分), or names points before the clause ends
_RATE_RULE = re.compile(r"\s*(?:[,，]\s*)?(?:的|者|得|扣|及|时|则|即|以\s*[上下])|[^,，。;；]{0,20}?\d\s*分")
_POINTS = re.compile(r"\d\s*分|分\s*为|以\s*[上下]|[≥≤<>]")
# what an indicator's score follows (预算执行率指标得分为9分, 满意度得分为8分, 完成数量评分为5分): never the total
_OF_INDICATOR = re.compile(r"(?:指\s*标|率|度|数\s*量|质\s*量|时\s*效|成\s*本|效\s*益)\s*$")


# a clause scoring a part, not the whole (满意度测评得分95分(满分100分), 产出指标得分45分): never the total
_OF_PART = re.compile(r"满\s*意|指\s*标")
_CLAUSE_END = re.compile(r"[,，。;；\n]")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last comma, full stop, semicolon or line break before it)."""
    lo = max(0, at - 40)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, at)]
    return ends[-1] if ends else lo


def score_said(text: str) -> re.Match[str] | None:
    """The statement of the report's total score (its group 1), by the surest wording the text uses; 得分为 / 评分为
    alone last, and never after an indicator's name; never a part's score in its heading (二、预算执行情况(自评得分10分))."""
    # (an indicator's score in a heading or a sentence, or a part's in the outline's sections where no heading's
    # bracket scores the parts: ``reportparts.read_parts`` reads one or the other)
    brackets = part_brackets(text)
    parts = brackets + stated_parts(text) + ([] if brackets else section_scores(text))

    def whole(m: re.Match[str]) -> bool:
        return (not any(lo <= m.start() < hi for lo, hi in parts) and not _BAND_AFTER.match(text, m.end())
                and not _OF_PART.search(text, _clause_start(text, m.start()), m.start()))

    for pattern in (SCORE_TOTAL, SCORE_GRADED, SCORE_OF_100, SCORE_TOTAL_UNNAMED):
        found = next((m for m in pattern.finditer(text) if whole(m)), None)
        if found is not None:
            return found
    return next((m for m in SCORE.finditer(text)
                 if whole(m) and not _OF_INDICATOR.search(text, max(0, m.start() - 6), m.start())), None)


def read_verdict(doc: Document, t: Flat) -> None:
    """``doc``'s total score and the grade stated within reach of it (or, with no score, the one grade the report
    gives), each with its source; nothing where the text states none."""
    score = score_said(t.text)
    if score is not None:
        doc.total_score = Val(Decimal(score.group(1)), score.group(1), t.source_at(score.start(1)))
    grade = (_grade_alone(t.text) if score is None
             else _GRADE_AFTER.match(t.text, score.end())
             or grade_said(t.text, max(0, score.start() - NEAR), score.end() + NEAR))
    if grade is not None:
        doc.grade = Val(squash(grade.group(1)), grade.group(1), t.source_at(grade.start(1)))


def _grade_alone(text: str) -> re.Match[str] | None:
    """The grade a report gives without a score (本项目自评等级为“优”, 综合评价结论为良好, 绩效自评为“优”): one grade
    only, said in a sentence that states no points (a scale's bands 90分以上为优, 等级分为优(90分以上)… never)."""
    said = [m for m in GRADE.finditer(text)
            if not _POINTS.search(text, sentence_start(text, m.start()), sentence_end(text, m.end()))]
    return said[0] if len({squash(m.group(1)) for m in said}) == 1 else None


def rate_alone(doc: Document, t: Flat) -> None:
    """Where no budget or spending could be read, the execution rate the report states, when it states one value only
    and never as a band (执行率90%以上) or in a scoring rule (执行率达到95%的得满分, 执行率100%，得10分): nothing is checked with it, the reader sees what the report said."""
    rates = [m for m in RATE.finditer(t.text) if not _RATE_RULE.match(t.text, m.end())]
    if len({m.group(1) for m in rates}) == 1:
        m = rates[0]
        doc.funds["total"].rate = Val(Decimal(m.group(1)), m.group(1) + "%", t.source_at(m.start(1)))
