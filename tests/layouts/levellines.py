"""An invented three-level rule table (评价指标体系: 一级指标 / 二级指标 / 三级指标, 分值, 评分标准) one cell a line, as
pages and PDFs give it when the table's structure is lost. Varied: each level's weight on a line of its own after
its label (the header 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评分标准), or in brackets in the label
(决策(20分)), the bracket wrapped onto the next line (项目立项 / (10分)); the leaves' rules one sentence, or two
lines. The 合计 row closes the table; a mistake can be planted: the 合计 printed one above what the leaves make."""

from __future__ import annotations

import random

from layouts.ruleleaves import Leaf

TREE = (("决策", (("项目立项", ("立项依据充分性", "立项程序规范性")), ("绩效目标", ("绩效目标合理性", "绩效指标明确性")),
                ("资金投入", ("预算编制科学性", "资金分配合理性")))),
        ("过程", (("资金管理", ("资金到位率", "预算执行率", "资金使用合规性")), ("组织实施", ("管理制度健全性", "制度执行有效性")))),
        ("产出", (("产出数量", ("实际完成率",)), ("产出质量", ("质量达标率",)), ("产出时效", ("完成及时性",)))),
        ("效益", (("项目效益", ("社会效益", "可持续影响")), ("满意度", ("服务对象满意度",)))))
SHAPES = ("weight_lines", "in_label", "wrapped_label")


def _rule(rnd: random.Random, name: str, w: int) -> list[str]:
    one = f"{name}达到要求的，得{w}分；每低一个百分点扣0.5分，扣完为止。"
    return [f"{name}完全达到要求的，", f"得{w}分；否则酌情扣分。"] if rnd.random() < 0.3 else [one]


def invent_level_lines(seed: int, shape: str, mistake: bool = False) -> tuple[str, list[Leaf], int]:
    """The text, its leaves and the total the 合计 row prints."""
    rnd = random.Random(seed)
    leaves: list[Leaf] = []
    for l1, subs in TREE:
        for l2, names in rnd.sample(subs, rnd.randint(1, len(subs))):
            leaves += [Leaf(l1, l2, n, rnd.choice((2, 3, 4, 5, 6, 8, 10))) for n in names]
    head = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评分标准"] if shape == "weight_lines" \
        else ["一级指标", "二级指标", "三级指标", "分值", "评分标准"]
    lines = ["某县2023年度项目支出绩效评价指标体系", *head]

    def label(name: str, w: int) -> list[str]:
        if shape == "weight_lines":
            return [name, str(w)]
        return [f"{name}({w}分)"] if shape == "in_label" else [name, f"({w}分)"]

    seen: set[str] = set()
    for leaf in leaves:
        for key, level in (("1", leaf.level1), ("2", leaf.level2)):
            if key + level not in seen:
                seen.add(key + level)
                w = sum(x.weight for x in leaves if (x.level1 if key == "1" else x.level2) == level)
                lines += label(level, w)
        lines += [leaf.name, str(leaf.weight), *_rule(rnd, leaf.name, leaf.weight)]
    total = sum(x.weight for x in leaves) + (1 if mistake else 0)
    lines += ["合计", str(total)]
    return "\n".join(lines) + "\n", leaves, total
