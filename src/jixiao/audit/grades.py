"""评价等级 — a printed grade held against the bands that govern it.

The table's own bands come first, when its text states them ("90分（含）以上为优秀，80（含）-90分为良好，…",
"优（90分以上）、良（80-90分）…", "A级：得分≥90"); else the framework's (优/良/中/差). Grade names are mapped
before comparing (优秀 = 优, 良好 = 良, 中等 = 中, 较差 = 差). A total on a boundary two stated bands share may
carry either grade. Where the bands are unknown — a grade such as A/B/C/D or 合格 that the framework does not
name and the table does not define, or a total that falls in no band — the check says it could not be made
(``info``), never an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jixiao.audit.common import doc_name, finding, loc
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED, normalize_text
from jixiao.core.records import HALF_READ, Document
from jixiao.read.base import FileRead

# the names one scale gives its grades in more than one way
CANON = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}
_NAME = r"(优秀|良好|中等|较差|不合格|基本合格|合格|优|良|中|差|[A-D]级?)"
_N = r"(\d+(?:\.\d+)?)"
_INC = r"(?:\(含\d*(?:\.\d+)?分?\))"
_EXC = r"(?:\(不含\d*(?:\.\d+)?分?\))"
_TO = r"(?:-|—|–|～|~|至|到)"
# a condition then the grade it earns: "90分(含)以上为优秀", "得分在80-90分之间的评为良"
_COND_NAME = re.compile(r"([^，。；;,、：:]{1,30}?)(?:的|者)?(?:为|评为|定为|划为|属于|即为|评定为)[“\"'「]?" + _NAME
                        + r"(?![\u3400-\u9fff])")
# the grade then its condition: "优(90分以上)", "优秀：90分(含)以上", "A级:≥90"
_NAME_COND = re.compile(r"(?<![\u3400-\u9fff])" + _NAME + r"(?:等级|等次)?[”\"']?[(:：]([^)，。；;,、]{1,24})")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class StatedBand:
    """A band the document states, with its ends' inclusion as written (一 end may be open)."""

    grade: str
    low: Decimal | None
    low_in: bool
    high: Decimal | None
    high_in: bool

    def holds(self, total: Decimal) -> bool:
        if self.low is not None and (total < self.low or (total == self.low and not self.low_in)):
            return False
        return self.high is None or total < self.high or (total == self.high and self.high_in)


def canon(name: str) -> str:
    name = normalize_text(name).strip().rstrip("级")
    return CANON.get(name, name)


def _interval(cond: str) -> tuple[Decimal | None, bool, Decimal | None, bool] | None:
    """(low, low included, high, high included) of a condition on the total, or None when it states none."""
    if "%" in cond:  # a rate's tiers (满意度90%以上为优), not the total's
        return None
    if m := re.search(_N + r"分?(" + _INC + r")?分?" + _TO + r"(不足|低于|小于)?" + _N + r"分?(" + _INC + "|" + _EXC
                      + r")?", cond):
        high_mark = m.group(5) or ""
        # "80(含)-90": the upper end belongs to the next band; "80-90(含)", "80-89": it is this band's
        high_in = "含" in high_mark and "不含" not in high_mark or not (m.group(2) or m.group(3) or high_mark)
        return Decimal(m.group(1)), True, Decimal(m.group(4)), high_in
    if m := re.search(_N + r"\s*(?:≤|<=)[^\d<≤]{0,8}(<|≤|<=)\s*" + _N, cond):
        return Decimal(m.group(1)), True, Decimal(m.group(3)), m.group(2) != "<"
    if m := re.search(r"(≥|>=|不低于|不少于|大于等于|>|高于|超过|大于)\s*" + _N, cond):
        return Decimal(m.group(2)), m.group(1) in ("≥", ">=", "不低于", "不少于", "大于等于"), None, False
    if m := re.search(r"(≤|<=|不高于|不超过|小于等于|<|低于|不足|小于)\s*" + _N, cond):
        return None, False, Decimal(m.group(2)), m.group(1) in ("≤", "<=", "不高于", "不超过", "小于等于")
    if m := re.search(_N + r"分?" + _EXC + r"?(?:及|\(含\))?以上" + r"(" + _EXC + r")?", cond):
        return Decimal(m.group(1)), "不含" not in m.group(0), None, False
    if m := re.search(_N + r"分?(?:\(含\))?(?:及)?以下(" + _EXC + r")?", cond):
        return None, False, Decimal(m.group(1)), "不含" not in m.group(0)
    return None


def stated_bands(texts: Iterable[str]) -> tuple[StatedBand, ...]:
    """The grade bands a document states in its text; none unless two grades of one scale are defined."""
    found: dict[str, StatedBand] = {}
    for raw in texts:
        text = _SPACE.sub("", normalize_text(raw)).replace("（", "(").replace("）", ")")
        pairs = [(m.group(2), m.group(1)) for m in _COND_NAME.finditer(text)]
        pairs += [(m.group(1), m.group(2)) for m in _NAME_COND.finditer(text)]
        for name, cond in pairs:
            iv = _interval(cond)
            if iv is not None and name not in found:
                found[name] = StatedBand(name, *iv)
    return tuple(found.values()) if len(found) >= 2 else ()


def _grade_words(text: str) -> bool:
    return bool(re.search(_NAME, text)) and bool(re.search(r"\d", text))


def _texts(doc: Document) -> list[str]:
    out = [t for t, _ in doc.body]
    return out + [c.text for table in doc.tables for row in table.rows for c in row if _grade_words(c.text)]


def file_texts(fr: FileRead | None) -> list[str]:
    """The texts of a whole file that may state grade bands (its body, and table cells naming a grade)."""
    if fr is None:
        return []
    return [t for t, _ in fr.body] + [c.text for table in fr.tables for row in table.rows for c in row
                                      if _grade_words(c.text)]


def full_marks(doc: Document) -> Decimal | None:
    """A score table's full marks: its total weight as printed, else the sum of its rows' weights when all of
    them were read; None when unknown (a cut excerpt)."""
    if doc.total_weight.dec is not None:
        return doc.total_weight.dec
    weights = [i.weight.dec for i in doc.indicators]
    if doc.extra.get(HALF_READ) or not weights or any(w is None for w in weights):
        return None
    return sum((w for w in weights if w is not None), Decimal(0))


def check_printed_grade(doc: Document, bands: Sequence[Any], texts: Iterable[str] = (),
                        out_of: Decimal | None = HUNDRED) -> list[Finding]:
    """The printed grade against the bands the document (or ``texts``, its file's) states, else ``bands`` (each
    with ``grade`` and ``holds``, on 100 points: used only when ``out_of``, the table's full marks, is 100): an
    error only when the bands are known and the total falls in bands of another grade."""
    grade = (doc.grade.str_ or "").strip()
    total = doc.total_score.dec
    if not grade or total is None:
        return []
    name = doc_name(doc)
    own = stated_bands([*_texts(doc), *texts])
    if not own and out_of != HUNDRED:  # the framework's bands are on 100 points
        full = "未能读出" if out_of is None else f"为{out_of}分"
        return [finding(
            "cannot_verify", "info", name, loc(doc.grade, doc.total_score),
            f"表中未说明等级区间，且满分{full}（不是100分），框架的等级区间不适用，无法核对评价等级“{grade}”。",
            f"the grade '{grade}' cannot be checked: the table states no grade bands and its full marks are "
            f"{'unknown' if out_of is None else out_of}, not the 100 the framework's bands assume.",
            grade, None, "评价等级",
        )]
    scale: Sequence[Any] = own or bands
    whose_zh, whose_en = ("表中所列", "the table's own") if own else ("框架", "the framework's")
    known = {canon(b.grade) for b in scale}
    named = sorted({b.grade for b in scale if b.holds(total)})  # as the scale writes them
    holding = {canon(n) for n in named}
    if canon(grade) not in known or not holding:
        why_zh = f"等级“{grade}”不在{whose_zh}等级之中" if canon(grade) not in known else f"总分{total}不落在任何等级区间"
        return [finding(
            "cannot_verify", "info", name, loc(doc.grade, doc.total_score),
            f"{why_zh}，无法核对评价等级。",
            f"the grade '{grade}' cannot be checked: {whose_en} grade bands do not define it for a total of {total}.",
            grade, None, "评价等级",
        )]
    if canon(grade) in holding:
        return []
    expected = "或".join(named)
    return [finding(
        "grade", "error", name, loc(doc.grade),
        f"按{whose_zh}等级区间，总分{total}对应等级“{expected}”，表中为“{grade}”。",
        f"By {whose_en} grade bands a total of {total} is grade {expected}, the table says {grade}.",
        grade, expected, "评分等级",
    )]
