"""An invented indicator table (评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值 | 备注) as a spreadsheet
copied into a page gives it: one row a line, the cells run together with no separator, so a row's target value
and weight meet as one run of digits (达到预计值2100 and 10 make 210010), the 总分 a few blank lines below its
label. Mistakes can be planted: a total that is not the weights' sum."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

# (category, name, 说明, target as printed); a target of a bare count glues to its weight's digits
ROWS = (
    ("产出", "数量指标", "资助学生人数", "达到预计值", "{n}"),
    ("", "", "资金支出率", "达到目标值", "95%"),
    ("", "质量指标", "建档立卡学生覆盖率", "", "100%"),
    ("", "", "受助对象满意度", "达到目标值", "90%以上"),
    ("", "时效指标", "资金及时发放率", "达到目标值", "100%"),
    ("效益", "社会效益指标", "帮扶家庭户数", "不少于", "{m}"),
    ("", "成本指标", "资助标准达标率", "", "100%"),
)


@dataclass
class FlatTable:
    title: str
    rows: list[tuple[str, str, str, str, Decimal]]  # category label, name, 说明, target, weight
    total: Decimal


def invent_flat(seed: int, mistake: bool = False) -> FlatTable:
    rnd = random.Random(seed)
    weights = [Decimal(rnd.choice([5, 10, 15, 20])) for _ in ROWS]
    rows = []
    level = ""
    for (l1, l2, name, saying, target), w in zip(ROWS, weights):
        level = l2 or level
        count = target.format(n=rnd.choice([1200, 2100, 36]), m=rnd.choice([3, 12, 40]))
        rows.append((l1 + l2, name, saying, count, w))
    total = sum(weights, Decimal(0)) + (5 if mistake else 0)
    return FlatTable(f"{2018 + seed % 5}年度某县高中助学金项目绩效评价指标表", rows, total)


def flat_text(t: FlatTable) -> str:
    out = [t.title, "", "评价指标评价内容指标名称指标说明目标值分值备注"]
    out += [f"{label}{name}{saying}{target}{w}" for label, name, saying, target, w in t.rows]
    out += ["总分", "", "", f"{t.total}", "", f"{t.title}.xlsx"]
    return "\n".join(out) + "\n"


def levels(t: FlatTable) -> list[str | None]:
    """The category label each row stands under (carried down from the row that prints it)."""
    out: list[str | None] = []
    level: str | None = None
    for label, *_ in t.rows:
        level = next((c for c in ("数量指标", "质量指标", "时效指标", "社会效益指标", "成本指标") if label.endswith(c)), level)
        out.append(level)
    return out
