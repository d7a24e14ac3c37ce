"""The 评价内容 | 分值 | 自评分 rows of a project form read from its text (``recognise.stream``): the older form's
项目决策 and 项目管理 items (决策依据 2 2, 财务制度 3 3 …) whose 评价标准 prose the PDF interleaved with them.

Read by meaning: an item is a short name followed by its weight, a bare number, and then by its score, the next
bare number; a number the prose gives as points (``1 分``, ``0.5 分,扣完为止``) is the rule's, never the row's, and a
first level's label with its points (项目管理 13 分) standing between a name and its weight is skipped. A score
above its weight is kept (a mistake to report) only when the weights add up to the levels' points. Which first level an item falls under is not read (the interleaving puts a level's
label after its first items), but the items together must add up to the points the levels' labels give; where
they do not, a row was lost or misread, and no sum over the rows is checked.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.core.records import HALF_READ, NO_REASON_COLUMN, Document, IndicatorRow, Problem, Val
from jixiao.read.recognise.common import problem
from jixiao.read.recognise.formspec import LEVEL1
from jixiao.read.recognise.tokens import Token, number

HEAD = "评价内容"  # the header's first label; 分值 and 自评分 / 得分 follow it
_REACH = 10  # tokens after a weight in which its score stands
_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_NOT_NAMES = frozenset(("分值", "自评分", "得分", "复核分", "评价内容", "项目权重", "评价标准及依据", "评价标准"))
_ENDS = ("项目年度目标", "一级指标", "指标名称", "三级指标")
_POINTS = re.compile(r"\(?(\d+(?:\.\d+)?)\s*分\)?$")  # (the stream's tokens are folded: brackets half width)


def opens(toks: list[Token], k: int) -> bool:
    """The header 评价内容 | 分值 | 自评分 at ``k``."""
    follow = {t.text for t in toks[k + 1 : k + 4]}
    return toks[k].text == HEAD and "分值" in follow and not follow.isdisjoint(("自评分", "得分"))


def _points(toks: list[Token], j: int) -> bool:
    """A number the prose gives as points: followed by 分 (``1 分``, ``0.5 分,扣完为止``)."""
    return j + 1 < len(toks) and toks[j + 1].text.startswith("分")


def _bare(toks: list[Token], j: int) -> Decimal | None:
    t = toks[j].text
    if t.endswith("%") or _points(toks, j):
        return None
    return number(t)


def _level(text: str) -> bool:
    return text in LEVEL1 or text.startswith(("项目决策", "项目管理", "项目绩效", "项目产出", "项目效益"))


def read_decision(toks: list[Token], start: int, doc: Document, problems: list[Problem]) -> int:
    """The rows from the header at ``start`` to the next block; returns how many were read."""
    level_points: dict[str, Decimal] = {}
    weights = Decimal(0)
    read = 0
    k = start + 1
    while k < len(toks) and toks[k].text not in _ENDS:
        t = toks[k].text
        if _level(t):
            inner = _POINTS.search(t)  # 项目决策2分, 项目管理(13分): the points in the label's own cell
            if inner is not None:
                level_points.setdefault(t[: inner.start()].rstrip("("), Decimal(inner.group(1)))
            elif k + 2 < len(toks) and _points(toks, k + 1) and (p := number(toks[k + 1].text)) is not None:
                level_points.setdefault(t, p)
            k += 1
            continue
        if not _NAME.match(t) or t in _NOT_NAMES:
            k += 1
            continue
        j = k + 1
        if j < len(toks) and _level(toks[j].text):  # 组织机构 项目管理 13 分 2 2: the level's label between
            if _points(toks, j + 1) and (p := number(toks[j + 1].text)) is not None:
                level_points.setdefault(toks[j].text, p)
                j += 3
            else:
                j += 1
        weight = _bare(toks, j) if j < len(toks) else None
        if weight is None:
            k += 1
            continue
        at = next((m for m in range(j + 1, min(len(toks), j + 1 + _REACH)) if _bare(toks, m) is not None), None)
        if at is None:
            k += 1
            continue
        score, name = toks[at], toks[k]
        doc.indicators.append(IndicatorRow(
            level3=Val(name.text, name.text, name.source),
            weight=Val(weight, toks[j].text, toks[j].source),
            score=Val(number(score.text), score.text, score.source),
            source=name.source,
        ))
        weights += weight
        read += 1
        k = at + 1
    if read and not any("原因" in t.text for t in toks):
        doc.extra[NO_REASON_COLUMN] = True  # 评价标准及依据 beside the scores, no 偏差原因 column to leave blank
    if read:
        problems.append(problem("“评价内容 分值 自评分”各行按名称之后的分值与自评分读取（评价标准中的“N 分”不计）",
                                "the 评价内容 rows read as each name's weight and score (the rules' \"N 分\" left out)",
                                toks[start].source))
    points = sum(level_points.values(), Decimal(0))
    if weights != points:  # not confirmed: a score above its weight is rather a number misplaced than a mistake
        over = [r for r in doc.indicators[len(doc.indicators) - read :] if (r.score.dec or 0) > (r.weight.dec or 0)]
        for r in over:
            doc.indicators.remove(r)
            weights -= r.weight.dec or 0
        read -= len(over)
    if read and points and weights != points:
        said = "、".join(f"{lv}{p}分" for lv, p in level_points.items())
        doc.extra.setdefault(HALF_READ, f"评价内容各行的分值之和{weights}与一级指标的分值（{said}）不符")
        problems.append(problem(f"评价内容各行的分值之和{weights}与一级指标的分值（{said}）不符，可能有行未能读取",
                                f"the items' weights add up to {weights}, not to their first levels' points: a row "
                                "may be lost", toks[start].source))
    return read
