"""An invented 共性指标 rule table (一级 / 二级 / 三级指标, 指标解释, 指标说明, 分值) as page text gives it: the 分值 cell
spliced into the 指标说明 cell after its first line, so that each row reads name, its explanation sentence, then the
lead of its points (评价要点：, 评分依据：…) and the weight before the points (①…；②…。), or its formula sentence
(X=(A/B)×100%。) and the weight before the formula's notes. Shapes: one cell a line, or run together with no
separator (the row's name glued to its explanation); the levels' weights printed (20分) or (20). A total row may
close the table, or the text end inside a level whose rows it does not reach; a mistake can be planted: one group's
weight one more than its rows make (a group the text goes on past, or the last)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

SHAPES = ("lines", "run")
LEVEL1 = ("投入", "过程", "产出", "效果")
LEVEL2 = ("项目立项", "资金落实", "业务管理", "财务管理", "产出数量", "产出质量", "项目效益", "满意程度")
ROWS = ("立项依据充分性", "立项程序规范性", "绩效目标合理性", "绩效指标明确性", "管理制度健全性", "制度执行有效性",
        "项目质量可控性", "资金使用合规性", "实际完成率", "完成及时性", "质量达标率", "服务对象满意度")
EXPLAIN = ("项目的设立是否符合相关要求，用以反映和考核项目立项的规范情况。",
           "依据所设定的目标是否清晰可衡量，用以反映和考核目标的明细化情况。",
           "项目实施单位的业务管理制度是否健全，用以反映和考核制度对项目的保障情况。",
           "项目资金的使用是否符合财务管理制度，用以反映和考核资金的规范运行情况。")
LEADS = ("评价要点：", "评分要点：", "考核要点：", "评分依据：", "评价标准:")  # the lead of a row's points
POINTS = ("①是否按照规定的程序申请设立；②所提交的材料是否符合要求；③事前是否已经过必要的论证。",
          "①是否符合国家法律法规；②是否与单位职责密切相关；③是否为促进事业发展所必需。",
          "①是否已制定相应的管理制度；②管理制度是否合法、合规、完整。")


@dataclass(frozen=True)
class Row:
    name: str
    weight: Decimal
    level1: str
    level2: str


def invent_lead_rules(seed: int, shape: str, bare_levels: bool = False, total: bool = False,
                      mistake: bool = False, cut: bool = False,
                      mistake_in: tuple[int, int] = (1, 0)) -> tuple[str, list[Row], Decimal]:
    """The text, its rows (name, weight as printed, levels) and the table's total weight (``mistake_in``: the first
    and second level of the group whose weight is planted wrong; (1, 1) is the last group)."""
    rnd = random.Random(seed)
    names = iter(rnd.sample(ROWS, len(ROWS)))
    unit = "" if bare_levels else "分"
    plan = [[[rnd.choice([2, 3, 4, 5]) for _ in range(rnd.randint(2, 3))] for _ in range(2)] for _ in range(2)]
    cells = ["某县财政专项资金绩效评价共性指标表", "一级指标", "二级指标", "三级指标", "指标解释", "指标说明", "分值"]
    rows: list[Row] = []
    for a, groups in enumerate(plan):
        cells += [LEVEL1[a], f"({sum(map(sum, groups))}{unit})"]
        for b, weights in enumerate(groups):
            group = LEVEL2[2 * a + b]
            off = 1 if mistake and (a, b) == mistake_in else 0  # the group's weight printed one more than its rows
            cells += [group, f"({sum(weights) + off}{unit})"]
            for w in weights:
                name = next(names)
                cells += [name, rnd.choice(EXPLAIN)]
                if rnd.random() < 0.3:  # a rate defined by its formula: the weight after the formula
                    cells += [f"{name}=(实际完成数/计划完成数)×100%。", str(w), "实际完成数：一定时期内实际完成的工作量。"]
                else:
                    cells += [rnd.choice(LEADS), str(w), rnd.choice(POINTS)]
                rows.append(Row(name, Decimal(w), LEVEL1[a], group))
    whole = sum(r.weight for r in rows)
    if cut:  # the page ends after the next level's label, inside its first row's explanation: no row of it read
        cells += [LEVEL2[-1], f"({rnd.choice([4, 6])}{unit})", "服务对象满意度", "服务对象对项目实施的效果"]
    elif total:
        cells += ["合计", str(whole)]
    text = "\n".join(cells) if shape == "lines" else cells[0] + "\n" + "".join(cells[1:])
    return text + "\n", rows, whole
