"""An invented department score table (评分表 with 指标分值, 指标解释, 计分标准, 自评得分), laid out as rows of cells;
mistakes can be planted (a score above its weight, a level label whose weight its rows do not make, a total
that is not the sum)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

SCORE_MISTAKES = ("score_over_weight", "level_weight", "total")
LEVELS = (
    ("部门预算管理", (("预算编制", ("目标制定", "目标实现", "编制准确")), ("预算执行", ("执行进度", "预算调整", "结转结余")))),
    ("部门绩效管理", (("绩效管理", ("绩效自评", "结果应用")),)),
)
# the 部门整体支出绩效评价 indicator set, whose levels do not say 部门 (投入 / 过程 / 产出 / 效果)
INPUT_LEVELS = (
    ("投入", (("预算配置", ("财政供养人员控制率", "“三公经费”变动率", "重点支出安排率")),)),
    ("过程", (("预算执行", ("预算调整率", "支付进度", "资金结余")), ("预算管理", ("管理制度健全性", "资金使用合规性")))),
)
# how a rule printed before the weight opens: a figure after a comparison word, a sign, or words
RULE_OPENINGS = ("以100%为标准。{name}每低于标准一个百分点扣0.5分，扣完为止。",
                 "达到95%的计满分，{name}每低一个百分点扣1分。",
                 "不超过3次的计满分；{name}每多1次扣1分，扣完为止。",
                 "按100%计算，{name}未达到的酌情扣分。",
                 "≥90%计满分，{name}低于90%不得分。")


@dataclass
class Leaf:
    level1: str
    level2: str
    name: str
    weight: Decimal
    score: Decimal


@dataclass
class ScoreTable:
    leaves: list[Leaf]
    level_weights: dict[str, Decimal]  # printed in the labels
    total: Decimal
    planted: str | None = None


def invent_scores(seed: int, mistake: str | None = None, levels: tuple = LEVELS) -> ScoreTable:
    rnd = random.Random(seed)
    leaves: list[Leaf] = []
    for l1, groups in levels:
        for l2, names in groups:
            for name in names:
                w = Decimal(rnd.choice([5, 10, 15]))
                s = w - Decimal(rnd.choice([0, 0, 1, 2])) - Decimal(rnd.choice([0, 5])) / 10
                leaves.append(Leaf(l1, l2, name, w, s))
    weights: dict[str, Decimal] = {}
    for leaf in leaves:
        weights[leaf.level1] = weights.get(leaf.level1, Decimal(0)) + leaf.weight
        weights[leaf.level2] = weights.get(leaf.level2, Decimal(0)) + leaf.weight
    total = sum((leaf.score for leaf in leaves), Decimal(0))
    t = ScoreTable(leaves, weights, total, mistake)
    if mistake == "score_over_weight":
        first = leaves[0]
        t.total += first.weight + 1 - first.score
        first.score = first.weight + 1
    elif mistake == "level_weight":
        t.level_weights[leaves[-1].level2] += 5
        t.level_weights[leaves[-1].level1] += 5
    elif mistake == "total":
        t.total += 3
    return t


def score_rows(t: ScoreTable, rule_first: bool = False, weight: str = "指标分值", score: str = "自评得分",
               openings: tuple[str, ...] = RULE_OPENINGS[:1]) -> list[list[str]]:
    """The table's rows; ``rule_first``: the 评分标准 column before 分值 (一级 | 二级 | 三级 | 评分标准 | 分值 |
    自评得分 | 扣分原因), as some departments print it, each row's rule opening as ``openings`` say in turn, with no
    title; ``weight``, ``score``: the words of those columns (应得分, 实得分 …)."""
    if rule_first:
        return _rule_first_rows(t, weight, score, openings)
    out = [["部门整体支出绩效评价评分表"],
           ["一级指标", "二级指标", "三级指标", weight, "指标解释", "计分标准", score, "备注"]]
    last1 = last2 = ""
    for leaf in t.leaves:
        l1 = f"{leaf.level1}({t.level_weights[leaf.level1]}分)" if leaf.level1 != last1 else ""
        l2 = f"{leaf.level2}({t.level_weights[leaf.level2]}分)" if leaf.level2 != last2 else ""
        last1, last2 = leaf.level1, leaf.level2
        out.append([l1, l2, leaf.name, f"{leaf.weight}", f"评价部门{leaf.name}情况。",
                    "完全达到的得满分，每发现一处问题扣1分，扣完为止。", f"{leaf.score}", ""])
    total_w = sum((leaf.weight for leaf in t.leaves), Decimal(0))
    out.append(["合计", "", "", f"{total_w}", "", "", f"{t.total}", ""])
    return out


def _rule_first_rows(t: ScoreTable, weight: str = "分值", score: str = "自评得分",
                     openings: tuple[str, ...] = RULE_OPENINGS[:1]) -> list[list[str]]:
    weight = "分值" if weight == "指标分值" else weight  # (the default of the other layout)
    out = [["一级指标", "二级指标", "三级指标", "评分标准", weight, score, "扣分原因和其他说明"]]
    last1 = last2 = ""
    for k, leaf in enumerate(t.leaves):
        l1 = f"{leaf.level1}({t.level_weights[leaf.level1]}分)" if leaf.level1 != last1 else ""
        l2 = f"{leaf.level2}({t.level_weights[leaf.level2]}分)" if leaf.level2 != last2 else ""
        last1, last2 = leaf.level1, leaf.level2
        cells = [c for c in (l1, l2) if c]  # merged cells: printed once, on the group's first row
        out.append([*cells, leaf.name, openings[k % len(openings)].format(name=leaf.name),
                    f"{leaf.weight}", f"{leaf.score}", ""])
    total_w = sum((leaf.weight for leaf in t.leaves), Decimal(0))
    out.append(["合计", "", "", "", f"{total_w}", f"{t.total}", ""])
    return out
