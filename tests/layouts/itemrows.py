"""An invented scoring-rule table whose rows are numbered items run together (序号 | 项目 | 分值 | 评分标准 as a
document-preview page gives it): each row its list mark, its name (a gloss in brackets after it now and then), its
weight with its unit and its rule, whose own items are numbered in another style (1、… 2、… under a row 一) and award
or deduct points no larger than the weight; the rows under group labels that print their weight. Varied: the list
marks (一 / 一、 / 1. / (1)), the weight bare (10分) or in brackets (〔10分〕), a total row after the table or the
text cut inside the last row's rule. A mistake can be planted: the first group's printed weight one above what its
rows make."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

GROUPS = (
    ("队伍建设", (("人员配备", "专职人员到位"), ("业务培训", ""), ("考勤管理", "日常考勤和请假"))),
    ("服务管理", (("台账资料", ""), ("投诉处理", "办结和回访"), ("信息公开", ""))),
)
MARKS = ("bare", "cn", "ar", "br")
_CN = "一二三四五六七八九十"


@dataclass
class ItemRow:
    group: str
    name: str
    weight: int


@dataclass
class ItemTable:
    text: str
    rows: list[ItemRow]
    wrong_group: str
    closed: bool


def _mark(style: str, k: int) -> str:
    return {"bare": _CN[k - 1], "cn": f"{_CN[k - 1]}、", "ar": f"{k}.", "br": f"({k})"}[style]


def _rule(rnd: random.Random, w: int, style: str) -> str:
    """A rule whose items award or deduct points within the weight, numbered in a style unlike the rows'."""
    inner = "①②③" if style in ("ar", "br") else ("1、", "2、", "3、")
    parts = [f"{inner[0]}制度健全、记录完整的得{w}分", f"{inner[1]}每缺一项扣{max(w // 4, 1)}分",
             f"{inner[2]}未开展的不得分。"]
    return "；".join(parts[: rnd.choice((2, 3))])


def invent_items(seed: int, mistake: bool = False) -> ItemTable:
    rnd = random.Random(seed)
    style = MARKS[seed % len(MARKS)]
    bracket = seed % 3 == 1
    closed = seed % 2 == 0
    rows = [ItemRow(g, n, rnd.choice((4, 5, 6, 8, 10))) for g, items in GROUPS for n, _ in items]
    wrong = GROUPS[0][0] if mistake else ""
    head = ("序号项 目分值检查标准及评分办法扣分原因实得分" if style == "bare" else "考核项目分值考核标准评分办法备注")
    body = head
    k = 0
    for g, items in GROUPS:
        printed = sum(r.weight for r in rows if r.group == g) + (1 if g == wrong else 0)
        body += f"{g}({printed}分)"
        for (name, gloss), row in zip(items, (r for r in rows if r.group == g), strict=True):
            k += 1
            weight = f"〔{row.weight}分〕" if bracket else f"{row.weight}分"
            body += f"{_mark(style, k)}{name}{f'({gloss})' if gloss else ''}{weight}{_rule(rnd, row.weight, style)} "
    if closed:
        body += f"合计{sum(r.weight for r in rows)}分"
    else:
        body = body[: body.rstrip().rfind("；")]  # cut inside the last row's rule
    text = f"某单位{2018 + seed % 5}年度管理工作考核细则\n为规范考核工作，制定本细则。\n{body}\n"
    return ItemTable(text, rows, wrong, closed)


def weights(t: ItemTable) -> list[tuple[str, Decimal]]:
    return [(r.name, Decimal(r.weight)) for r in t.rows]
