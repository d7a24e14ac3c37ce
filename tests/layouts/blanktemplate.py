"""An invented department score table (一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分) whose rules give points
(…的，得5分；否则不得分。), as a blank template (the 得分 column empty) or filled in, its cells one a line or run
along one line. The levels are printed on their group's first row only. In the template, the number after a rule
is the next row's weight, never a score; filled in, it is the row's score."""

from __future__ import annotations

import random

TREE = (("投入", (("预算编制", ("目标设定合理性", "预算编制科学性")),)),
        ("过程", (("资金管理", ("资金到位率", "预算执行率")), ("组织实施", ("管理制度健全性",)))),
        ("产出", (("职责履行", ("重点工作完成率", "工作质量达标率")),)))
SHAPES = ("cell_lines", "one_line")


def invent_template(seed: int, shape: str, filled: bool = False) -> tuple[str, list[tuple[str, int, int]]]:
    """The text, and each row's name, weight and score (the score printed only when ``filled``)."""
    rnd = random.Random(seed)
    rows: list[tuple[str, int, int]] = []
    cells = ["某局2022年度部门整体支出绩效评价指标体系", "一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"]
    for l1, subs in TREE:
        cells.append(l1)
        for l2, names in subs:
            cells.append(l2)
            for name in names:
                w = rnd.choice((4, 5, 6, 8, 10))
                score = rnd.randint(w // 2, w)
                rows.append((name, w, score))
                cells += [name, str(w), f"{name}达到要求的，得{w}分；否则每项扣{w // 2}分，扣完为止。"]
                if filled:
                    cells.append(str(score))
    cells += ["合计", str(sum(w for _, w, _ in rows))]
    if filled:
        cells.append(str(sum(s for _, _, s in rows)))
    sep = "\n" if shape == "cell_lines" else " "
    return sep.join(cells) + "\n", rows
