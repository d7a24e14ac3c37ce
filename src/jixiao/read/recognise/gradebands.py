"""等级分数线 — the grade bands a document states in its words ("90分（含）以上为优秀，80（含）-90分为良好，…",
"优（90分以上）、良（80-90分）…", "A级：总分≥90；B级：80≤总分<90"), each end's inclusion as written, and grade
names mapped to one scale (优秀 = 优, 良好 = 良, 中等 = 中, 较差 = 差). Rate tiers (满意度90%以上为优) are not
bands. The audit holds a printed grade against them (``jixiao.audit.grades``); ``framework draft`` writes them
as the draft's ``grades`` when they are half-open bands without gaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from jixiao.core.numbers import normalize_text
from jixiao.read.recognise.common import gapped

# the names one scale gives its grades in more than one way
CANON = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}
_NAME = r"(优秀|良好|中等|较差|不合格|基本合格|合格|优|良|中|差|[A-D]级?)"
_N = r"(\d+(?:\.\d+)?)"
# (the patterns match texts ``normalize_text`` folded: brackets, colons, commas, semicolons and ～ are half width)
_INC = r"(?:\(含\d*(?:\.\d+)?分?\))"
_EXC = r"(?:\(不含\d*(?:\.\d+)?分?\))"
_TO = r"(?:-|—|–|~|至|到)"
# a condition then the grade it earns: "90分(含)以上为优秀", "得分在80-90分之间的评为良"
_COND_NAME = re.compile(r"([^。;,、:]{1,30}?)(?:的|者)?(?:为|评为|定为|划为|属于|即为|评定为)[“\"'「]?" + _NAME
                        + r"(?![\u3400-\u9fff])")
# the grade then its condition: "优(90分以上)", "优秀：90分(含)以上", "A级:≥90"
_NAME_COND = re.compile(r"(?<![\u3400-\u9fff])" + _NAME + r"(?:等级|等次)?[”\"']?[(:]([^)。;,、]{1,24})")
_SPACE = re.compile(r"\s+")
# a grade's label and the words that give it (评价等级为"优", 自评等级：良好, 评价结果 | 合格, 自评结果优秀, 评价结论为
# 良, 等级评定为良, 评级为良, 评价级别：优)
# (one run of separators between two words: three runs around two optional words went cubic on a long run of spaces
# or empty cells after a label, 34 s on 2,000 spaces; review 1 of session 22)
_SAY = r"[\s|:：]*(?:(?:评\s*定\s*为|评\s*为|为|是)[\s|:：]*)?(?:[\"“”'「]\s*)?"
# the names a grade is printed by, each before any name it holds (优秀 before 优, 不合格 before 合格): the one list
# of them, for the patterns here and for a cell that is a grade alone (``streamtotal``)
GRADE_NAMES = ("优秀", "良好", "中等", "较差", "较好", "一般", "不合格", "基本合格", "合格", "及格", "优", "良", "中", "差")
_NAMES = gapped("|".join(GRADE_NAMES))
_LABEL = (r"(?:(?:自\s*评|评\s*价|评\s*定|绩\s*效)\s*)?(?:等\s*[级次]|评\s*级|级\s*别|结\s*[果论]"
          + rf"(?=[\s|:：为是评]|{_NAMES}))" + _SAY)
_GRADE_NAME = "(" + _NAMES + r")(?![\u3400-\u9fff])"
_AS_GRADE = r"[\"”'」]?\s*(?:等\s*[级次]|档\s*次)"  # 优等级, “良”等次, 优秀档次
# a grade stated after its label, or before the word for a grade (评定为“优”等级, 达到良好等次), wherever a text says
# it (reports' sentences, a form's cells)
GRADE_SAID = re.compile("(?:" + _LABEL + "|" + r"(?:评\s*定\s*为|评\s*为|为|属(?:\s*于)?|达\s*到)\s*[\"“'「]?"
                        + f"(?=(?:{_NAMES}){_AS_GRADE})"
                        # 综合评定为优秀 / 评为“良好”: the verb of grading alone, the grade standing by itself
                        + r"|(?:评\s*定\s*为|评\s*为)\s*[\"“'「]?" + rf"(?=(?:{_NAMES})[\"”'」]?(?![\u3400-\u9fff])))"
                        + f"({_NAMES})" + rf"(?:(?![\u3400-\u9fff])|(?={_AS_GRADE}))")
# a grade where a score table prints it: after its total (总分 94 | 优, 总分94 评价等级:良好), or after a label
# (评价等级 | A级)
_GRADE_AFTER = re.compile(r"[\s|分]*(?:(?:" + _LABEL + ")?" + _GRADE_NAME + "|" + _LABEL + r"([A-D])级?(?![A-Za-z\d]))")


@dataclass(frozen=True, slots=True)
class StatedBand:
    """A band the document states, with its ends' inclusion as written (一 end may be open)."""

    grade: str
    low: Decimal | None
    low_in: bool
    high: Decimal | None
    high_in: bool
    firm_low: bool = False  # the lower end's inclusion is written (含, 及, ≥), not the 以上/以下 convention

    def holds(self, total: Decimal) -> bool:
        if self.low is not None and (total < self.low or (total == self.low and not self.low_in)):
            return False
        return self.high is None or total < self.high or (total == self.high and self.high_in)


def grade_after(text: str, pos: int = 0) -> tuple[str, int] | None:
    """The grade printed at ``pos`` of ``text`` (after a total, or after its label), and its offset."""
    m = _GRADE_AFTER.match(text, pos)
    if m is None:
        return None
    k = 1 if m.group(1) else 2
    return m.group(k), m.start(k)


def canon(name: str) -> str:
    name = normalize_text(name).strip().rstrip("级")
    return CANON.get(name, name)


# the conditions a band is stated by (``_interval``): a range, between two signs, at least, at most, 以上, 以下
_RANGE = re.compile(_N + r"分?(" + _INC + r")?分?" + _TO + r"(不足|低于|小于)?" + _N + r"分?(" + _INC + "|" + _EXC + r")?")
_BETWEEN = re.compile(_N + r"\s*(?:≤|<=)[^\d<≤]{0,8}(<|≤|<=)\s*" + _N)
_AT_LEAST = re.compile(r"(≥|>=|不低于|不少于|大于等于|>|高于|超过|大于)\s*" + _N)
_AT_MOST = re.compile(r"(≤|<=|不高于|不超过|小于等于|<|低于|不足|小于)\s*" + _N)
_ABOVE = re.compile(_N + r"分?" + _EXC + r"?(?:及|\(含\))?以上(" + _EXC + r")?")
_BELOW = re.compile(_N + r"分?(?:\(含\))?(?:及)?以下(" + _EXC + r")?")


def _interval(cond: str) -> tuple[Decimal | None, bool, Decimal | None, bool, bool] | None:
    """(low, low included, high, high included, low's inclusion written) of a condition on the total, or None
    when it states none."""
    if "%" in cond:  # a rate's tiers (满意度90%以上为优), not the total's
        return None
    if m := _RANGE.search(cond):
        high_mark = m.group(5) or ""
        # "80(含)-90": the upper end belongs to the next band; "80-90(含)", "80-89": it is this band's
        high_in = "含" in high_mark and "不含" not in high_mark or not (m.group(2) or m.group(3) or high_mark)
        return Decimal(m.group(1)), True, Decimal(m.group(4)), high_in, bool(m.group(2))
    if m := _BETWEEN.search(cond):
        return Decimal(m.group(1)), True, Decimal(m.group(3)), m.group(2) != "<", True
    if m := _AT_LEAST.search(cond):
        return Decimal(m.group(2)), m.group(1) in ("≥", ">=", "不低于", "不少于", "大于等于"), None, False, True
    if m := _AT_MOST.search(cond):
        return None, False, Decimal(m.group(2)), m.group(1) in ("≤", "<=", "不高于", "不超过", "小于等于"), True
    if m := _ABOVE.search(cond):
        return Decimal(m.group(1)), "不含" not in m.group(0), None, False, bool(re.search(r"含|及", m.group(0)))
    if m := _BELOW.search(cond):
        return None, False, Decimal(m.group(1)), "不含" not in m.group(0), True
    return None


def stated_bands(texts: Iterable[str]) -> tuple[StatedBand, ...]:
    """The grade bands a document states in its text; none unless two grades of one scale are defined."""
    found: dict[str, StatedBand] = {}
    for raw in texts:
        text = _SPACE.sub("", normalize_text(raw))
        pairs = [(m.group(2), m.group(1)) for m in _COND_NAME.finditer(text)]
        pairs += [(m.group(1), m.group(2)) for m in _NAME_COND.finditer(text)]
        for name, cond in pairs:
            iv = _interval(cond)
            if iv is not None and name not in found:
                found[name] = StatedBand(name, *iv)
    return tuple(found.values()) if len(found) >= 2 else ()


def _grade_words(text: str) -> bool:
    return bool(re.search(_NAME, text)) and bool(re.search(r"\d", text))


def band_texts(body: Iterable[str], cells: Iterable[str]) -> list[str]:
    """The texts that may state grade bands: the body's lines, and the table cells naming a grade by a number."""
    return [*body, *(c for c in cells if _grade_words(c))]


def half_open(bands: tuple[StatedBand, ...], top: Decimal | None) -> list[tuple[str, Decimal, Decimal | None]] | None:
    """The stated bands as a framework's half-open ``[min, max)`` bands from 0 up, when they are exactly that
    (each lower end included, each upper end excluded and the next band's lower end, the top band open or at
    ``top``); None when the words leave a boundary to either side or a gap (then nothing is written for them)."""
    ordered = sorted(bands, key=lambda b: b.low if b.low is not None else Decimal(-1))
    out: list[tuple[str, Decimal, Decimal | None]] = []
    for k, b in enumerate(ordered):
        low = b.low if b.low is not None else Decimal(0)
        if (b.low is not None and not b.low_in) or (k == 0 and low != 0):
            return None
        if k + 1 < len(ordered):
            nxt = ordered[k + 1]
            # "60(含)-80为中，60以下为差": the written 含 gives 60 to 中 over the 以下 convention
            if b.high is None or b.high != nxt.low or not nxt.low_in or (b.high_in and not nxt.firm_low):
                return None
        elif b.high is not None and b.high != top:
            return None
        out.append((b.grade, low, b.high if k + 1 < len(ordered) else None))
    return out
