"""An invented scoring-rule table (评价指标体系 / 评分细则: levels, 分值, 评分标准, no scores), laid out as rows
of cells; the first levels print their weights in the label or not, the rule before or after the weight."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

RULE_LEVELS = (
    ("预算编制", (("目标管理", ("绩效目标编报", "目标设定质量")), ("预算编审", ("预算编制准确性", "项目库管理")))),
    ("预算执行", (("执行进度", ("支出进度", "预算调整率")), ("资金管理", ("资金使用合规性", "结转结余控制")))),
    ("绩效管理", (("绩效监控", ("监控开展情况",)), ("结果应用", ("问题整改", "信息公开")))),
)


@dataclass
class RuleLeaf:
    level1: str
    level2: str
    name: str
    weight: Decimal
    rule: str


@dataclass
class RuleTable:
    title: str
    leaves: list[RuleLeaf]

    def weights(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for leaf in self.leaves:
            out[leaf.level1] = out.get(leaf.level1, Decimal(0)) + leaf.weight
            out[leaf.level2] = out.get(leaf.level2, Decimal(0)) + leaf.weight
        return out


def invent_rules(seed: int) -> RuleTable:
    """Weights that make 100 (the last leaf takes what is left)."""
    rnd = random.Random(seed)
    leaves: list[RuleLeaf] = []
    for l1, groups in RULE_LEVELS:
        for l2, names in groups:
            for name in names:
                w = Decimal(rnd.choice([4, 5, 6, 8, 10]))
                rule = f"{name}符合要求的得满分；每发现一处问题扣{rnd.choice([1, 2])}分，扣完为止。"
                leaves.append(RuleLeaf(l1, l2, name, w, rule))
    rest = 100 - sum((x.weight for x in leaves[:-1]), Decimal(0))
    leaves[-1].weight = rest
    return RuleTable(f"{2020 + seed % 5}年度部门预算绩效管理考核评分细则", leaves)


def rule_rows(t: RuleTable, rule_first: bool = False, level_weights: bool = True,
              words: tuple[str, str] = ("分值", "评分标准")) -> list[list[str]]:
    """The table's rows: 一级 | 二级 | 三级 | 分值 | 评分标准 (or 评分标准 before 分值); first levels print their
    weight in the label when ``level_weights``; ``words``: the weight and rule columns' labels."""
    w = t.weights()
    weight, rule = words
    head = ["一级指标", "二级指标", "三级指标", *([rule, weight] if rule_first else [weight, rule])]
    out = [[t.title], head]
    last1 = last2 = ""
    for leaf in t.leaves:
        l1 = (f"{leaf.level1}({w[leaf.level1]}分)" if level_weights else leaf.level1) if leaf.level1 != last1 else ""
        l2 = leaf.level2 if leaf.level2 != last2 else ""
        last1, last2 = leaf.level1, leaf.level2
        cells = [leaf.rule, f"{leaf.weight}"] if rule_first else [f"{leaf.weight}", leaf.rule]
        out.append([l1, l2, leaf.name, *cells])
    out.append(["合计", "", "", *(["", "100"] if rule_first else ["100", ""])])
    return out


RULE_MISTAKES = ("level_weight", "total")


def plant(t: RuleTable, mistake: str, rows: list[list[str]]) -> list[list[str]]:
    """``rows`` of ``t`` with a mistake planted: a first level's printed weight off by 3, or the 合计 row off by 5."""
    first = t.leaves[0].level1
    w = t.weights()[first]
    out = [list(r) for r in rows]
    for r in out:
        for k, c in enumerate(r):
            if mistake == "level_weight" and c == f"{first}({w}分)":
                r[k] = f"{first}({w + 3}分)"
            if mistake == "total" and r[0] == "合计" and c == "100":
                r[k] = "105"
    return out


def labelled_rows(t: RuleTable) -> list[list[str]]:
    """评价指标 | 分值 | 评价标准 | 评价依据, each leaf's weight printed in its label in the 分值 column
    (任务分解 (2分)), the first level unweighted and merged down, no total row."""
    out = [["评价指标", "分值", "评价标准", "评价依据"]]
    last = ""
    for leaf in t.leaves:
        first = leaf.level1 if leaf.level1 != last else ""
        last = leaf.level1
        out.append([first, f"{leaf.name} ({leaf.weight}分)", leaf.rule, "自评报告及佐证材料" if first else ""])
    return out
