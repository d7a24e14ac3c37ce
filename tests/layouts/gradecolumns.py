"""An invented rule table with grade columns beside the criterion (评价标准 | 优 | 良 | 中 | 差: the points each grade
earns, or the band of the measure that earns it), three levels, the first two printing their weights in their
labels (项目决策(20分)). Varied: the grade words (优/良/中/差, 优秀/良好/合格/不合格, 优/良/一般/较差); what the grade
cells hold (points 5 | 4 | 3 | 0-2, bands x≥95% | 90%≤x<95% …); the shape the text gives it: whole pipe rows,
one cell a line, one cell a line with a lone pipe between cells. A mistake can be planted: one second level's
printed weight one above what its rows make."""

from __future__ import annotations

import random

from layouts.ruleleaves import Leaf

GRADES = (("优", "良", "中", "差"), ("优秀", "良好", "合格", "不合格"), ("优", "良", "一般", "较差"))
TREE = (("项目决策", (("项目立项", ("立项依据充分性", "立项程序规范性")), ("绩效目标", ("绩效目标合理性", "绩效指标明确性")))),
        ("项目管理", (("资金管理", ("资金到位率", "预算执行率", "资金使用合规性")), ("组织实施", ("管理制度健全性",)))),
        ("项目绩效", (("项目产出", ("实际完成率", "质量达标率")), ("项目效益", ("服务对象满意度",)))))
SHAPES = ("whole_rows", "cell_lines", "pipe_lines")


def _grade_cells(rnd: random.Random, w: int, bands: bool) -> list[str]:
    if bands:
        return ["x≥95%", "90%≤x<95%", "80%≤x<90%", "x<80%"]
    return [str(w), str(w - 1), str(w - 2), f"0-{w - 3}"] if w > 3 else [str(w), "2", "1", "0"]


def invent_grade_columns(seed: int, shape: str, mistake: bool = False) -> tuple[str, list[Leaf], str]:
    """The text, its leaves and the second level whose printed weight is off (with ``mistake``)."""
    rnd = random.Random(seed)
    grades = rnd.choice(GRADES)
    bands = rnd.random() < 0.4
    leaves = [Leaf(l1, l2, n, rnd.choice((4, 5, 6, 8, 10))) for l1, subs in TREE for l2, names in subs for n in names]
    wrong = TREE[0][1][1][0] if mistake else ""
    head = ["一级指标", "二级指标", "三级指标", "分值", "评价标准", *grades]
    rows: list[list[str]] = []
    seen: set[str] = set()
    for x in leaves:
        cells = []
        for level, key in ((x.level1, "level1"), (x.level2, "level2")):
            w = sum(y.weight for y in leaves if getattr(y, key) == level) + (1 if level == wrong else 0)
            cells.append("" if level in seen else f"{level}({w}分)")
            seen.add(level)
        rows.append([*cells, x.name, str(x.weight), f"{x.name}是否达到要求", *_grade_cells(rnd, x.weight, bands)])
    total = ["合计", "", "", str(sum(x.weight for x in leaves))]
    lines = ["某专项资金绩效评价指标及评分标准"]
    for row in [head, *rows, total]:
        if shape == "whole_rows":
            lines.append("| " + " | ".join(row) + " |")
        else:
            for c in (c for c in row if c):
                lines += [c, "|"] if shape == "pipe_lines" else [c]
    return "\n".join(lines) + "\n", leaves, wrong
