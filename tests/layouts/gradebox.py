"""An invented scoring-rule table whose 评分标准 is a box of grade columns (优秀 | 良好 | 合格 | 不合格: the points each
grade earns), run together with no separator as document-sharing pages give it: a group label with its weight
(日常管理(15分)), then each row's weight, its name and its grade points glued (5分建立台账并按月更新5432). Varied: the
grade words (three or four grades, spaced or not) and the header's other columns; where the row prints its weight
(before its name with or without its unit, after it, or glued before its grades); spaces between the grade points
or none, the last grade a band (0-2) now and then; the table run together or one cell a line; a total row after
the table or the text cut off inside the last group. A mistake can be planted: the first group's printed weight
one above what its rows make."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from decimal import Decimal

GRADES = (("优秀", "良好", "合格", "不合格"), ("优", "良", "中", "差"), ("好", "一般", "差"))
GROUPS = (
    ("日常管理", ("建立台账并按月更新", "明确专人负责巡查工作", "巡查记录完整规范")),
    ("项目实施", ("年度计划按期完成", "整改问题清单销号", "资金拨付符合进度")),
    ("公众参与", ("设立监督电话并公示", "开展宣传活动不少于两次")),
)
PLACES = ("before", "after", "glued", "bare")


@dataclass
class BoxRow:
    group: str
    name: str
    weight: int
    points: list[str]  # each grade's points as printed (5, or a band: 0-2)


@dataclass
class GradeBox:
    text: str
    rows: list[BoxRow]
    grades: tuple[str, ...]
    wrong_group: str  # the group whose printed weight is off ("" without a mistake)
    closed: bool  # a total row closes the table


def _points(rnd: random.Random, w: int, k: int, band: bool) -> list[str]:
    out = [w]
    for _ in range(k - 1):
        out.append(max(out[-1] - rnd.choice((1, 1, 2)), 0))
    cells = [str(p) for p in out]
    if band and out[-1] > 0:
        cells[-1] = f"0-{out[-1]}"  # the last grade a band of points
    return cells


def invent_gradebox(seed: int, mistake: bool = False) -> GradeBox:
    rnd = random.Random(seed)
    grades = GRADES[(seed // 3) % len(GRADES)]
    place = PLACES[seed % len(PLACES)]
    spaced = rnd.random() < 0.4 and place != "glued"
    closed = seed % 2 == 0
    groups = GROUPS if closed else GROUPS[:2]
    rows = [BoxRow(g, n, w, _points(rnd, w, len(grades), seed % 5 == 4)) for g, names in groups for n in names
            for w in [rnd.choice((4, 5, 6, 8))]]
    if not closed:
        rows = rows[:-1]  # the text ends inside the last group
    wrong = groups[0][0] if mistake else ""
    out = [f"某县{2019 + seed % 4}年度河道管护工作考核办法", "考核采用百分制，总得分≥90分为优秀。",
           "附件：某县河道管护工作考核评分细则"]
    head = ("考核项目分值考核内容评分标准得分备注", "考核项目考核内容分值", "考核内容 分值 评分标准 ")[seed % 3]
    body = head + (" " if seed % 2 else "").join(grades)
    for g, _ in groups:
        ws = [r.weight for r in rows if r.group == g]
        printed = sum(ws) + (1 if g == wrong else 0)
        if not closed and g == groups[-1][0]:
            printed = sum(ws) + rows[0].weight  # the cut row's weight belongs to it too
        body += f"{g}({printed}分)"
        for r in (r for r in rows if r.group == g):
            pts = (" " if spaced else "").join(r.points)
            if place == "before":
                body += f"{r.weight}分{r.name}{pts} "
            elif place == "bare":
                body += f"{r.weight}{r.name}{pts} "
            elif place == "after":
                body += f"{r.name}{r.weight}分{pts} "
            else:
                body += f"{r.name}{r.weight}{pts} "
    if closed:
        body += f"合计{sum(r.weight for r in rows)}"
    else:
        body += f"{rows[0].weight}分{groups[-1][1][-1][:4]}"  # a row cut inside its name
    out.append(body if seed % 4 != 3 else _cell_lines(body))
    return GradeBox("\n".join(out) + "\n", rows, grades, wrong, closed)


def _cell_lines(body: str) -> str:
    """The table one cell a line, as a page's table copied cell by cell gives it: every weight, name and grade point
    on a line of its own."""
    cells = re.findall(r"[^\d\s()]+\(\d+分\)|\d+分|\d-\d|\d|[^\d\s]+", body)
    return "\n".join(cells)


def weights(box: GradeBox) -> list[tuple[str, Decimal]]:
    return [(r.name, Decimal(r.weight)) for r in box.rows]
