"""Invented scoring rules written as a numbered list, not a table: sections that print their weight (一、档案管理〔6分〕),
each followed (after a short lead now and then: 考核内容及评分方法：) by its items, numbered 1. 2. 3., each a
requirement whose points close it. Varied: the section marks (一、 / (一)), the item marks (1. / (1) / 1、), the
points in brackets (〔〕 () 【】) or after a comma (…不得分，1分), the lead, a note of bonus points before the list
(加2分: no weight), and the text cut inside the last item. A mistake can be planted: the first section's printed
weight one above what its items make."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

SECTIONS = (
    ("档案管理", ("病历书写规范并按时归档", "处方点评每月开展一次", "药品出入库账物相符")),
    ("安全生产", ("消防设施定期检查并有记录", "危险化学品专人专柜保管")),
    ("群众满意", ("开展满意度调查不少于两次", "投诉件按时办结")),
)
_CN = "一二三四五六七八九十"
BRACKETS = (("〔", "〕"), ("(", ")"), ("【", "】"))


@dataclass
class ListItem:
    section: str
    name: str
    weight: Decimal


@dataclass
class RuleList:
    text: str
    items: list[ListItem]
    wrong: str


def _mark(style: int, k: int) -> str:
    return (f"{k}.", f"({k})", f"{k}、")[style]


def invent_rule_list(seed: int, mistake: bool = False) -> RuleList:
    rnd = random.Random(seed)
    style = seed % 3
    left, right = BRACKETS[(seed // 3) % 3]
    lead = "考核内容及评分方法：" if seed % 2 else ""

    def points(w: Decimal) -> str:  # the item's points in brackets, or after a comma (…不得分，1分)
        return f"{left}{w}分{right}" if seed % 5 else f"，{w}分"

    items = [ListItem(s, n, Decimal(rnd.choice(("0.5", "1", "1.5", "2", "3")))) for s, names in SECTIONS for n in names]
    wrong = SECTIONS[0][0] if mistake else ""
    out = [f"某县{2018 + seed % 5}年卫生院院长绩效考核细则",
           "备注：开展适宜技术每项加2分，最高不超过4分。", f"附件{seed % 3 + 1}："]
    for j, (sec, _) in enumerate(SECTIONS):
        mine = [x for x in items if x.section == sec]
        printed = sum((x.weight for x in mine), Decimal(0)) + (1 if sec == wrong else 0)
        parts = [f"{_mark(style, k)}{x.name}，未达到要求的不得分{points(x.weight)}" for k, x in enumerate(mine, 1)]
        out.append(f"{_CN[j]}、{sec}" if seed % 4 < 2 else f"({_CN[j]}){sec}")
        out[-1] += f"{left}{printed}分{right}"
        out.append(lead + "；".join(parts) + "。")
    out.append(f"{'四、' if seed % 4 < 2 else '(四)'}其他要求：{_mark(style, 1)}按时上报材料，逾期")  # cut inside the last item: no weight
    return RuleList("\n".join(out) + "\n", items, wrong)
