"""An invented project evaluation form in the 决策 / 过程 / 产出 / 效益 layout (项目支出绩效自评表 of the
four-level framework: first levels with their weights in the label, 参考分值 before 指标值 and 全年实际值,
the funds block without a weight of its own, 自评得分 in the header); mistakes can be planted."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from layouts.model import Indicator as Row
from layouts.model import over_weight

DECISION_MISTAKES = ("total", "score_over_weight", "rate")
# (first level, second level, name, target, actual, weight)
ROWS = (
    ("项目决策", "项目立项", "立项依据充分性", "充分", "充分", 3),
    ("项目决策", "绩效目标", "目标设定合理性", "合理", "合理", 3),
    ("项目决策", "资金投入", "预算编制科学性", "科学", "科学", 4),
    ("项目过程", "资金管理", "预算执行率", "100%", "{rate}%", 10),
    ("项目过程", "资金管理", "资金使用合规性", "合规", "合规", 5),
    ("项目过程", "组织实施", "管理制度健全性", "健全", "健全", 5),
    ("项目产出", "数量指标", "培训人次", "{n}人次", "{m}人次", 15),
    ("项目产出", "质量指标", "培训合格率", "≥95%", "{q}%", 10),
    ("项目产出", "时效指标", "完成及时率", "100%", "100%", 5),
    ("项目效益", "社会效益指标", "群众知晓率", "≥90%", "{q}%", 20),
    ("项目效益", "满意度指标", "服务对象满意度", "≥90%", "{q}%", 20),
)


@dataclass
class DecisionForm:
    name: str
    initial: Decimal
    budget: Decimal
    executed: Decimal
    rate: Decimal
    rows: list[Row]
    total: Decimal
    planted: str | None = None

    def level_weights(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for r in self.rows:
            out[r.level1] = out.get(r.level1, Decimal(0)) + r.weight
        return out


def invent_decision(seed: int, mistake: str | None = None) -> DecisionForm:
    rnd = random.Random(seed)
    budget = Decimal(rnd.randint(1_000, 90_000)) / 100
    executed = (budget * Decimal(rnd.randint(850, 1000)) / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)
    rate = (executed / budget * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    fill = {"rate": rate, "n": rnd.randint(100, 900), "q": rnd.randint(91, 99)}
    fill["m"] = fill["n"] + rnd.randint(0, 30)
    rows: list[Row] = []
    for l1, l2, name, target, actual, w in ROWS:
        weight = Decimal(w)
        score = weight if rnd.random() < 0.6 else weight - Decimal(rnd.randint(1, 2))
        rows.append(Row(l1, l2, name, target.format(**fill), actual.format(**fill), weight, score))
    total = sum((r.score for r in rows), Decimal(0))
    f = DecisionForm(f"示例学校{seed}号公用经费", budget, budget, executed, rate, rows, total, mistake)
    if mistake == "total":
        f.total += 3
    elif mistake == "score_over_weight":
        f.total = over_weight(f.total, f.rows[6])
    elif mistake == "rate":
        f.rate += Decimal("2.00")
    return f


def decision_rows(f: DecisionForm) -> list[list[str]]:
    """The form as rows of cells (blank cells as "")."""
    weights = f.level_weights()
    out = [
        ["项目支出绩效自评表（2021年度）"],
        ["项目名称", f.name],
        ["主管部门", "示例市教育局", "实施单位", "示例市第一中学", "自评得分", f"{f.total}"],
        ["项目资金（万元）", "年度资金总额", "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)"],
        ["", "", f"{f.initial}", f"{f.budget}", f"{f.executed}", f"{f.rate}%"],
        ["年度总体目标", "年初设定目标", "保障学校正常运转", "年度总体目标完成情况", "已保障学校正常运转"],
        ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
    ]
    last1 = last2 = ""
    for r in f.rows:
        l1 = f"{r.level1}({weights[r.level1]}分)" if r.level1 != last1 else ""
        l2 = r.level2 if r.level2 != last2 else ""
        last1, last2 = r.level1, r.level2
        out.append([l1, l2, r.name, f"{r.weight}", r.target, r.actual, f"{r.score}", ""])
    return out
