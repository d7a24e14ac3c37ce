"""The 20-point project form of 湖北 and 云南 (项目支出绩效自评表 with 预算执行情况（万元）（20分）| 预算数（A）| 执行数（B）|
执行率（B/A）| 得分（20分*执行率）, then 年度绩效目标（80分）| 一级指标 | 二级指标 | 三级指标 | 年初目标值（A）| 实际完成值（B）|
得分): no weight per indicator, the first levels' weights printed in their labels. Invented figures, consistent unless
a mistake is planted (``MISTAKES``); the indicator header row dropped on request (a page that lost it)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from layouts.model import _r2

MISTAKES = ("rate", "total")
KINDS = {"rate": "execution_rate", "total": "total_sum"}
_ROWS = (  # 一级指标 (its weight), 二级指标, 三级指标, 年初目标值, 实际完成值, the row's share of its first level
    ("产出指标", 40, "数量指标", "培训人次", "≥200人次", "230人次"),
    ("产出指标", 40, "质量指标", "合格率", "≥95%", "98%"),
    ("产出指标", 40, "时效指标", "完成及时率", "100%", "100%"),
    ("产出指标", 40, "成本指标", "人均成本", "≤300元", "280元"),
    ("效益指标", 30, "社会效益指标", "群众知晓率", "≥90%", "93%"),
    ("效益指标", 30, "可持续影响指标", "长效机制", "健全", "健全"),
    ("满意度指标", 10, "服务对象满意度指标", "满意度", "≥90%", "95%"),
)


@dataclass
class Form20:
    budget: Decimal
    executed: Decimal
    rate: Decimal  # percent, as printed
    exec_score: Decimal
    scores: dict[str, Decimal]  # 三级指标 → 得分
    total: Decimal


def invent(seed: int, mistake: str | None = None) -> Form20:
    rng = random.Random(seed)
    budget = Decimal(rng.randint(1_000, 90_000)) / 100
    executed = _r2(budget * Decimal(rng.randint(70, 100)) / 100)
    rate = _r2(executed / budget * 100)
    exec_score = _r2(Decimal(20) * min(rate, Decimal(100)) / 100)
    count = {l1: sum(1 for r in _ROWS if r[0] == l1) for l1, *_ in _ROWS}
    scores: dict[str, Decimal] = {}
    for l1, w1, _, name, _, _ in _ROWS:
        full = Decimal(w1) / count[l1]
        scores[name] = full if rng.random() < 0.7 else full - 1
    total = exec_score + sum(scores.values(), Decimal(0))
    if mistake == "rate":
        rate += Decimal("3.00")
    elif mistake == "total":
        total += 2
    return Form20(budget, executed, rate, exec_score, scores, total)


def rows(f: Form20, header: bool = True) -> list[list[str]]:
    out = [["2022年度项目支出绩效自评表"], ["单位名称：示例县示例局", "填报日期：2023年4月15日"],
           ["项目名称", "示例项目", "主管部门", "示例县示例局"],
           ["预算执行情况（万元）（20分）", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"],
           ["年度财政资金总额", f"{f.budget}", f"{f.executed}", f"{f.rate}%", f"{f.exec_score}"]]
    if header:
        out.append(["年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"])
    last = ""
    for l1, w1, l2, name, target, actual in _ROWS:
        out.append(["", f"{l1}（{w1}分）" if l1 != last else "", l2, name, target, actual, f"{f.scores[name]}"])
        last = l1
    out.append(["总分", f"{f.total}"])
    return out
