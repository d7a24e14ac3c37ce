"""An invented page of a rule table continued from the page before (no header): groups that print their weight
alone in brackets ((35分)), rows numbered by their group (3.1 道路。requirement。 | 0~7 |), the weight a range of
points from nothing (0~7) or a number, the cells between pipes run along lines. A mistake can be planted: one row's
weight one above, so its group's rows no longer make the group's weight."""

from __future__ import annotations

import random

NAMES = ("道路", "供水", "排水", "绿化", "路灯", "垃圾收集", "公厕改造", "村容整洁", "河塘清淤", "庭院美化", "宣传栏")


def invent_numbered_rows(seed: int, mistake: bool = False) -> tuple[str, list[tuple[str, str, int]], str]:
    """The text, each row's group, name and weight, and the group whose rows were planted wrong (with ``mistake``)."""
    rnd = random.Random(seed)
    names = iter(rnd.sample(NAMES, len(NAMES)))
    rows: list[tuple[str, str, int]] = []
    cells = ["某省村庄整治评价标准(试行)", "第 [1] [2] 页"]
    first = rnd.randint(2, 4)
    wrong = str(first + 1) if mistake else ""
    for g in (str(first), str(first + 1)):
        group = [(g, next(names), rnd.choice((3, 4, 5, 7))) for _ in range(rnd.randint(3, 4))]
        cells.append(f"({sum(w for _, _, w in group)}分)")
        for r, (_, name, w) in enumerate(group, 1):
            printed = w + 1 if g == wrong and r == 1 else w
            cells += [f"{g}.{r} {name}。{name}设施齐全，运行正常。", f"0~{printed}" if rnd.random() < 0.7 else str(printed)]
        rows += group
    lines, line = [], []
    for c in cells:  # cells between pipes, a few to a line
        line.append(c)
        if len(line) == 3:
            lines.append(" | ".join(line) + " |")
            line = []
    lines.append(" | ".join(line))
    return "\n".join(lines) + "\n", rows, wrong
