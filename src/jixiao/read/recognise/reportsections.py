"""The parts' scores a report gives section by section (``reportparts.read_parts``): the outline's headings name the
parts, and each part's score stands in its heading after the name or closes the paragraph under it.

Reports scored against an evaluation scheme (绩效评价及考核办法, the 投入/过程/产出/效益 tree) walk the scheme's
outline: 一、资金保障方面,指标评价得分12 (the score in the heading, its 分 perhaps left out); (二)资金落实(6分): then a
paragraph ending …自评得6分 (the weight in the heading's bracket, the score in the text under it); (1)管理制度健全 ⏎ … ⏎
该项得3分. A heading is numbered (一、 (一) 1. 1、 (1) ①) at a line's start or after a space, its name short; its part's text runs
to the next heading. A part whose text gives its score once (or the same score each time) is read; one given two different scores,
a rule's points (达到95%的得3分, 否则不得分) and a deduction alone (扣1分) are not. Headings about the score itself
(二、自评得分情况, 综合评价结论) are no parts: their score is the report's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.records import HALF_READ, NO_REASON_COLUMN, Document, IndicatorRow, Val
from jixiao.read.recognise.transfer_text import Flat

# a heading: its number (一、 (一) 1. 1、 (1) ①), then its name up to a bracket, a colon, a comma or the line's end
_NUMBER = (r"(?:[一二三四五六七八九十]{1,3}\s*[、.]|[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]\s*[、.]?"
           r"|\d{1,2}\s*[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])")
# (the name stops where its score's words begin: 一、资金保障方面指标评价得分12, no mark between)
HEADING = re.compile(r"(?:(?<=\s)|^)" + _NUMBER
                     + r"\s*((?:(?!得\s*分|评\s*分|自\s*评\s*得|指\s*标\s*评\s*价\s*得)[^\s()（）:：,，。;；\d]){2,24})"
                     r"\s*(?:[(（]\s*(?:分\s*值|权\s*重|满\s*分)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分\s*[)）])?")
# a score said: the score word, then the number, its 分 perhaps left out where the clause ends there (得分12);
# 得 alone only with its 分 (自评得3分)
SAID = re.compile(r"(?:得\s*分|评\s*分)\s*(?:为|是|:|：)?\s*(\d+(?:\.\d+)?)\s*(?:分|(?=[\s,，。;；)）]|$))"
                  r"|(?<![获取记])得\s*(\d+(?:\.\d+)?)\s*分")
# a rule's points, not a part's score: 的/者/则/否则/即 before it in its clause, or a band after it (得满分, 90分以上)
_RULE_BEFORE = re.compile(r"(?:的|者|则|即|否|不|可|应|按|每|最高|最多|以上|以下)\s*$")
_BAND_AFTER = re.compile(r"\s*(?:\(\s*含\s*\)\s*)?(?:以\s*[上下]|及\s*以|之\s*间|-|~|至|到|为\s*[优良中差合])")
# what the report's total is said with in the clause of the score: never a part's
_WHOLE = re.compile(r"总|综合|最终|合计|整体|总体")
# … and the headings about the whole (二、自评结论, 自评得分情况, 评价结果, and the project's overview: 一、项目基本情况
# (自评得分100分)): their score is the report's
_WHOLE_HEAD = re.compile(r"总|综合|最终|合计|整体|总体|得\s*分|评\s*分|结\s*论|结\s*果|等\s*[级次]|基本情况|概\s*况")
_CLAUSE_END = re.compile(r"[,，。;；\n]")
_MIN_PARTS = 2
READ = "指标只从各部分的标题或段落读取了得分（未见指标值与完成值，未必是全部指标）"
READ_EN = "the parts' scores read from the headings or paragraphs of the report's outline (no targets or results seen)"


@dataclass(frozen=True, slots=True)
class Part:
    """A heading's part: its name, its weight perhaps, its score, where each stands."""

    name: str
    name_at: int
    weight: str | None
    weight_at: int
    score: str
    score_at: int


def _clause_start(text: str, at: int) -> int:
    lo = max(0, at - 40)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, at)]
    return ends[-1] if ends else lo


def _scores(text: str, lo: int, hi: int) -> list[tuple[str, int]]:
    """The scores said in ``text[lo:hi]`` that are a part's own (never a rule's points, a band or the whole's)."""
    out = []
    for m in SAID.finditer(text, lo, hi):
        g = 1 if m.group(1) is not None else 2
        before = text[_clause_start(text, m.start()):m.start()]
        if _RULE_BEFORE.search(before) or _WHOLE.search(before) or _BAND_AFTER.match(text, m.end()):
            continue
        out.append((m.group(g), m.start(g)))
    return out


def sections(text: str) -> list[Part]:
    """The parts ``text``'s outline scores, in order; none unless two parts or more are scored, each name once. A
    heading opens a line or follows a space (a text whose lines were joined by spaces); its part runs to the next."""
    heads = list(HEADING.finditer(text))
    parts: list[Part] = []
    for n, m in enumerate(heads):
        name = re.sub(r"\s", "", m.group(1))
        if _WHOLE_HEAD.search(name):
            continue
        end = heads[n + 1].start() if n + 1 < len(heads) else len(text)
        said = _scores(text, m.end(), end)
        if not said or len({Decimal(s) for s, _ in said}) != 1:
            continue
        score, at = said[-1]
        parts.append(Part(name, m.start(1), m.group(2), m.start(2), score, at))
    names = [p.name for p in parts]
    if len(parts) < _MIN_PARTS or len(set(names)) != len(names):
        return []
    return parts


_SELF = re.compile(r"自\s*评\s*得")


def self_scored(text: str) -> bool:
    """Whether ``text`` is a report scoring its outline's parts itself (自评得3分 under two parts or more): the weights
    its headings print are no rule table's."""
    return len(_SELF.findall(text)) >= _MIN_PARTS and bool(sections(text))


def section_scores(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s outline states its parts' scores: a score there is a part's, never the report's total."""
    return [(p.name_at, p.score_at + len(p.score)) for p in sections(text)]


def read_sections(doc: Document, t: Flat) -> bool:
    """The parts' scores (and weights) ``t``'s outline states, as indicator rows with their sources, where two or more
    are (whether any were). Whether every part is scored is not known: the rows are marked half read, so no sum is
    checked over them."""
    parts = sections(t.text)
    if not parts:
        return False
    doc.extra[NO_REASON_COLUMN] = True
    doc.extra.setdefault(HALF_READ, READ)
    for p in parts:
        row = IndicatorRow(level3=Val(p.name, p.name, t.source_at(p.name_at)),
                           score=Val(Decimal(p.score), p.score, t.source_at(p.score_at)), source=t.source_at(p.name_at))
        if p.weight is not None:
            row.weight = Val(Decimal(p.weight), p.weight, t.source_at(p.weight_at))
        doc.indicators.append(row)
    return True
