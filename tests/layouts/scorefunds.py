"""An invented department score table (部门整体支出绩效评价评分表: 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 评分依据
| 得分) that opens with the department's funds block (预算执行情况: 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 |
得分), every figure consistent with the form's arithmetic unless a mistake is planted; the table's 合计 counts the
block's points or not (``counted``)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

TWO = Decimal("0.01")
ROWS = (("投入", "预算配置", "财政供养人员控制率", "以100%为标准，每超过一个百分点扣0.5分", "在职{a}人，编制{b}人"),
        ("", "", "“三公经费”变动率", "变动率≤0计满分，每超过一个百分点扣0.5分", "“三公经费”较上年下降"),
        ("过程", "预算执行", "预算完成率", "100%计满分，每低于5%扣2分", "预算完成率见上表"),
        ("", "预算管理", "管理制度健全性", "制度健全计满分，每缺一项扣1分", "制度健全"),
        ("产出", "职责履行", "重点工作完成率", "完成率100%计满分", "完成全部重点工作{c}项"),
        ("效果", "履职效益", "社会效益", "效益明显计满分，酌情扣分", "群众办事便利度明显提升"))


@dataclass
class ScoreFunds:
    initial: Decimal
    budget: Decimal
    executed: Decimal
    weights: list[Decimal]
    scores: list[Decimal]
    counted: bool
    wrong_rate: bool = False

    @property
    def rate(self) -> Decimal:
        return (self.executed / self.budget * 100).quantize(TWO, ROUND_HALF_UP)

    @property
    def score(self) -> Decimal:
        return (Decimal(10) * min(self.rate, Decimal(100)) / 100).quantize(TWO, ROUND_HALF_UP)

    @property
    def total(self) -> Decimal:
        return sum(self.scores, Decimal(0)) + (self.score if self.counted else 0)


def invent(seed: int, counted: bool = True, wrong_rate: bool = False) -> ScoreFunds:
    rnd = random.Random(seed)
    budget = Decimal(rnd.randint(10_000, 900_000)) / 100
    executed = (budget * Decimal(rnd.randint(800, 1000)) / 1000).quantize(TWO, ROUND_HALF_UP)
    weights = [Decimal(w) for w in (5, 5, 10, 10, 35, 25)]
    scores = [w if rnd.random() < 0.6 else w - rnd.randint(1, 3) for w in weights]
    return ScoreFunds(budget, budget, executed, weights, scores, counted, wrong_rate)


def rows(f: ScoreFunds, title: str = "部门整体支出绩效评价评分表") -> list[list[str]]:
    rate = f.rate + (3 if f.wrong_rate else 0)
    out = [[f"{title}（2023年度）"], ["部门名称", "示例县甲局"],
           ["预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
           ["年度资金总额", f"{f.initial:.2f}", f"{f.budget:.2f}", f"{f.executed:.2f}", f"{rate:.2f}%", "10",
            f"{f.score:.2f}"],
           ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "评分依据", "得分"]]
    for (l1, l2, name, rule, basis), w, s in zip(ROWS, f.weights, f.scores, strict=True):
        out.append([l1, l2, name, f"{w}", rule, basis.format(a=36, b=40, c=12), f"{s}"])
    whole = sum(f.weights, Decimal(0)) + (10 if f.counted else 0)
    out.append(["合计", "", "", f"{whole}", "", "", f"{f.total}"])
    return out
