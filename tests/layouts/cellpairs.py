"""An invented provincial special-fund evaluation index (省级专项资金绩效评价指标) as a law site prints it: one cell a line
with ``| `` before it, no header (the excerpt starts mid-table), each row its name, its weight alone on the next
line, its formula, five grade columns (``x<85%`` … ``x=100%``), check marks (``√``) and empty cells, sometimes a
remark; the group labels' weights in brackets on the line before their names (``(20分)`` / ``项目管理``, ``| (4分)`` /
``资金到位``); some rows before the first label (their group's label lost with the excerpt's start), the last group
cut by the excerpt's end, or a group misprinted (its rows not making its label)."""

from __future__ import annotations

import random
from dataclasses import dataclass

GROUPS = (
    ("资金到位", ("财政资金到位率", "配套资金到位率", "拨付进度")),
    ("资金使用", ("资金使用合规性", "支出进度", "会计核算规范性")),
    ("项目实施", ("项目开工率", "项目完成率")),
)
LEAD = ("支持方向", "资金集中")
GRADES = ("x<85%", "85%≤x<90%", "90%≤x<95%", "95%≤x<100%", "x=100%")


@dataclass(frozen=True)
class Row:
    name: str
    weight: int | None  # None: no group's sum confirms it


def _row(name: str, weight: int, rnd: random.Random, remark: bool = False) -> list[str]:
    cells = [name, str(weight), f"实际{name[:2]}/计划{name[:2]}×100%", *GRADES]
    cells += [rnd.choice(("√", "")) for _ in range(5)]
    if remark or rnd.random() < 0.4:
        cells.append(f"考核{name}是否符合规定")
    return cells


def invent(seed: int, *, cut: bool = False, misprint: bool = False) -> tuple[str, list[Row]]:
    rnd = random.Random(seed)
    lines = ["分配结果"]
    rows: list[Row] = []
    for name in LEAD:  # before the first label: their group lost, no weight confirmed
        lines += [f"| {c}" if k else c for k, c in enumerate(_row(name, 4, rnd, remark=name == LEAD[0]))]
        rows.append(Row(name, None))
    bad = rnd.randrange(len(GROUPS)) if misprint else None
    outer = 0
    groups = []
    for g, (label, names) in enumerate(GROUPS):
        weights = [rnd.choice((1, 2, 3)) for _ in names]
        shown = sum(weights) + (1 if g == bad else 0)
        outer += shown
        groups.append((label, names, weights, shown))
    lines += [f"({outer + 6}分)", "项目管理"]  # the outer group: its other rows beyond the excerpt, unconfirmed
    for g, (label, names, weights, shown) in enumerate(groups):
        lines += [f"| ({shown}分)", label]
        last = cut and g == len(groups) - 1
        for k, (name, w) in enumerate(zip(names, weights, strict=True)):
            cells = _row(name, w, rnd)
            if last and k == len(names) - 1:
                lines.append(cells[0])  # the excerpt ends after the last row's name: its group falls short
                break
            lines += [f"| {c}" if j else c for j, c in enumerate(cells)]
            rows.append(Row(name, w if g != bad and not last else None))
    return "\n".join(lines) + "\n", rows
