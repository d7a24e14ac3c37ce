"""A 项目支出绩效目标表 in other templates' wordings: a title that does not say 表 (2024年部门项目绩效目标), and the
funds' total labelled with its unit (资金总额（万元）, the unit on its own line when cells come one a line), in the
shapes of ``layouts.targets`` (indented lines, one cell a line ending in " |", the whole table run together)."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("indented", "cell_pipes", "run_together")
TITLE = "2024年部门项目绩效目标"


def funds(seed: int) -> list[tuple[str, Decimal]]:
    rng = random.Random(seed)
    gov = Decimal(rng.randrange(100, 99999)) / 100
    own = Decimal(rng.randrange(0, 999)) / 100
    return [("资金总额", gov + own), ("其中：财政资金", gov), ("单位自筹", own)]


def text(seed: int, shape: str) -> str:
    (total, amount), *rest = funds(seed)
    head = ["项目名称", "乡村道路养护补助", "部门名称", "县交通运输局"]
    tail = ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "养护里程", "≥120公里"]
    if shape == "indented":
        lines = [TITLE, *(f"{a} {b}" for a, b in zip(head[::2], head[1::2])), f"{total}（万元） {amount:.2f}",
                 *(f"    {k} {v:.2f}" for k, v in rest), " ".join(tail[:4]), " ".join(tail[4:])]
    elif shape == "cell_pipes":
        cells = [TITLE, *head, total, "（万元）", f"{amount:.2f}", *(x for k, v in rest for x in (k, f"{v:.2f}")), *tail]
        lines = [f"{c} |" for c in cells]
    else:
        lines = ["".join([TITLE, *head, f"{total}（万元）{amount:.2f}", *(f"{k}{v:.2f}" for k, v in rest), *tail])]
    return "\n".join(["县交通运输局2024年部门预算", *lines]) + "\n"
