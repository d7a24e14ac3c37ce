"""评价等级 — a printed grade held against the bands that govern it.

The table's own bands come first, when its text states them ("90分（含）以上为优秀，80（含）-90分为良好，…",
"优（90分以上）、良（80-90分）…", "A级：得分≥90"); else the framework's (优/良/中/差). Grade names are mapped
before comparing (优秀 = 优, 良好 = 良, 中等 = 中, 较差 = 差). A total on a boundary two stated bands share may
carry either grade. Where the bands are unknown — a grade such as A/B/C/D or 合格 that the framework does not
name and the table does not define, or a total that falls in no band — the check says it could not be made
(``info``), never an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from jixiao.audit.common import doc_name, finding, loc
from jixiao.core.findings import Finding
from jixiao.core.numbers import HUNDRED
from jixiao.core.records import HALF_READ, Document
from jixiao.read.base import FileRead
from jixiao.read.recognise.gradebands import band_texts, canon, stated_bands


def file_texts(fr: FileRead | Document | None) -> list[str]:
    """The texts of a whole file (or of one document) that may state grade bands: its body, and table cells
    naming a grade."""
    if fr is None:
        return []
    return band_texts((t for t, _ in fr.body), (c.text for table in fr.tables for row in table.rows for c in row))


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
    own = stated_bands([*file_texts(doc), *texts])
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
