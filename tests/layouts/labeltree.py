"""An invented indicator table whose weights are printed in the labels (部门决策(25分) | 目标设定(10分) |
绩效目标合理性(5分)), as department-wide evaluations and scoring-rule tables print them: with a 得分 column
(a score table) or without scores (a rule table), the leaves' weights in their labels or in a 分值 column.
Rows as cells the way merged ranges reach text: a level's label only on its group's first row (``merged``:
the row then starts at that level's cell) or in a blank-kept column. Mistakes can be planted."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from decimal import Decimal

TREE_MISTAKES = ("level_weight", "total", "score_over_weight")
TREE = (
    ("部门决策", (("目标设定", ("绩效目标合理性", "绩效指标明确性")), ("预算配置", ("财政供养人员控制率", "重点支出安排率")))),
    ("部门管理", (("资金管理", ("预算执行率", "结转结余率", "资金使用合规性")), ("资产管理", ("资产管理安全性",)))),
    ("部门绩效", (("履职效能", ("重点工作完成率",)), ("满意度", ("社会公众满意度", "服务对象满意度")))),
)


@dataclass
class TreeLeaf:
    level1: str
    level2: str
    name: str
    weight: Decimal
    score: Decimal | None


@dataclass
class TreeTable:
    title: str
    leaves: list[TreeLeaf]
    label_weights: dict[str, Decimal]  # as printed in the level labels
    total: Decimal | None


def invent_tree(seed: int, scored: bool = True, mistake: str | None = None) -> TreeTable:
    rnd = random.Random(seed)
    leaves: list[TreeLeaf] = []
    for l1, groups in TREE:
        for l2, names in groups:
            for name in names:
                w = Decimal(rnd.choice([2, 3, 4, 5, 6, 8, 10]))
                s = (w - Decimal(rnd.choice([0, 0, 0, 1])) - Decimal(rnd.choice([0, 5])) / 10) if scored else None
                leaves.append(TreeLeaf(l1, l2, name, w, s))
    weights: dict[str, Decimal] = {}
    for leaf in leaves:
        weights[leaf.level1] = weights.get(leaf.level1, Decimal(0)) + leaf.weight
        weights[leaf.level2] = weights.get(leaf.level2, Decimal(0)) + leaf.weight
    total = sum((leaf.score or Decimal(0) for leaf in leaves), Decimal(0)) if scored else None
    kind = "评价得分表" if scored else "评价指标体系"
    t = TreeTable(f"{2019 + seed % 5}年度部门整体支出绩效{kind}", leaves, weights, total)
    if mistake == "level_weight":  # a group's label says more than its leaves make
        t.label_weights[leaves[4].level2] += 2
    elif mistake == "total" and t.total is not None:
        t.total += 3
    elif mistake == "score_over_weight":
        leaf = leaves[2]
        if t.total is not None and leaf.score is not None:
            t.total += leaf.weight + 1 - leaf.score
        leaf.score = leaf.weight + 1
    return t


def tree_rows(t: TreeTable, merged: bool = True, weight_column: bool = False, names_lost: bool = False,
              cut: int | None = None) -> list[list[str]]:
    """The table's rows: 一级指标 | 二级指标 | 三级指标 [| 分值] [| 得分]; ``merged``: a level's label only on the
    first row of its group and the row starting there (rowspans lost); else blank cells kept. ``names_lost``:
    the level labels keep only their weights ("(20分)", some "(10)"), as a converter leaves merged cells;
    ``cut``: the excerpt ends after that many leaves (no total row)."""
    scored = t.total is not None
    head = ["一级指标", "二级指标", "三级指标", *(["分值"] if weight_column else []), *(["得分"] if scored else [])]
    out = [[t.title], head]
    last1 = last2 = ""
    for leaf in t.leaves:
        l1 = f"{leaf.level1}({t.label_weights[leaf.level1]}分)" if leaf.level1 != last1 else ""
        l2 = f"{leaf.level2}({t.label_weights[leaf.level2]}分)" if leaf.level2 != last2 else ""
        if names_lost:
            l1 = f"({t.label_weights[leaf.level1]}分)" if l1 else ""
            l2 = f"({t.label_weights[leaf.level2]})" if l2 else ""
        last1, last2 = leaf.level1, leaf.level2
        name = leaf.name if weight_column else f"{leaf.name}({leaf.weight}分)"
        tail = [*([f"{leaf.weight}"] if weight_column else []), *([f"{leaf.score}"] if scored else [])]
        cells = [l1, l2, name, *tail]
        out.append([c for c in cells[:2] if c] + cells[2:] if merged else cells)
        if cut is not None and len(out) - 2 >= cut:
            return out
    if scored:
        total_w = sum((leaf.weight for leaf in t.leaves), Decimal(0))
        out.append(["合计", *([f"{total_w}"] if weight_column else []), f"{t.total}"])
    return out


def pdf_wraps(rows: list[list[str]]) -> list[list[str]]:
    """Labels as PDF text gives them: a space where the cell wrapped (部门决 策(25 分)), one inside a header word."""
    out = []
    for r in rows:
        cells = []
        for c in r:
            if len(c) > 4 and not c[0].isdigit() and c not in ("一级指标", "二级指标", "三级指标"):
                c = re.sub(r"\((\d+(?:\.\d+)?)分\)", r"(\1 分)", c[:3] + " " + c[3:])
            cells.append("一级指 标" if c == "一级指标" else c)
        out.append(cells)
    return out


def rule_column_rows(t: TreeTable) -> list[list[str]]:
    """一级指标 | 二级指标 | 三级指标 | 评分标准 [| 自评得分]: the weights in the labels, the rule in a column of its own
    ("…每降低1个百分点扣0.5分…", which is a rule, not a deduction made)."""
    scored = t.total is not None
    out = [[t.title], ["一级指标", "二级指标", "三级指标", "评分标准", *(["自评得分"] if scored else [])]]
    last1 = last2 = ""
    for leaf in t.leaves:
        l1 = f"{leaf.level1}({t.label_weights[leaf.level1]}分)" if leaf.level1 != last1 else ""
        l2 = f"{leaf.level2}({t.label_weights[leaf.level2]}分)" if leaf.level2 != last2 else ""
        last1, last2 = leaf.level1, leaf.level2
        rule = f"{leaf.name}达到要求的得满分，每降低1个百分点扣0.5分，扣完为止。"
        cells = [l1, l2, f"{leaf.name}({leaf.weight}分)", rule, *([f"{leaf.score}"] if scored else [])]
        out.append([c for c in cells[:2] if c] + cells[2:])
    if scored:
        out.append(["合计", "", f"{t.total}"])
    return out


def placeholder_then_table(t: TreeTable, blank_rows: int = 3, word: str = "部门特性指标",
                           weight: int = 10) -> tuple[list[list[str]], list[TreeLeaf]]:
    """A rule table whose last first level opens with a group left for each department to fill (履职成效(10分) |
    部门特性指标, then blank rows), its other groups after it, then a second table's title and header close below
    (单位名称/项目名称, 一级指标 | 二级指标 | 三级指标 | 分值 | 得分): the rows, and the leaves a reader must give the first
    table (the placeholder group a leaf of its weight, the second table none of them)."""
    last = t.leaves[-1].level1
    t.label_weights[last] += weight
    rows = tree_rows(t)
    at = next(k for k, r in enumerate(rows) if r and r[0].startswith(f"{last}("))
    rows[at] = rows[at][1:]
    group = TreeLeaf(last, "履职成效", "履职成效", Decimal(weight), None)
    rows[at:at] = [[f"{last}({t.label_weights[last]}分)", f"履职成效({weight}分)", word], *[[""] for _ in range(blank_rows)]]
    second = [["单位名称/项目名称"], ["一级指标", "二级指标", "三级指标", "分值", "得分"],
              ["(20分)", "(10分)", "必要性", "5", ""], ["可行性", "5", ""]]
    want = [*t.leaves[: next(k for k, x in enumerate(t.leaves) if x.level1 == last)], group,
            *[x for x in t.leaves if x.level1 == last]]
    return rows + second, want
