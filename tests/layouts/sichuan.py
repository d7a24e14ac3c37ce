"""四川's 部门预算项目支出绩效自评表 (报表编号 510000_0013zp): 预算执行情况（10分）| 年度预算数（万元）| 年初预算 | 调整后预算数
| 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 (执行率 before 权重), funds rows 总额 / 其中：财政资金 / 财政专户管理资金 / 单位资金 /
其他资金, then 绩效指标（90分）| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |
未完成原因分析, 合计, 评价结论. Often published before scoring: 完成值 and 得分 blank, 合计 the total weight (100).
Invented figures; the indicator header row dropped on request, a rate mistake planted on request."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Sichuan:
    initial: Decimal
    budget: Decimal
    executed: Decimal
    rate: str  # as printed
    weights: dict[str, Decimal]  # 三级指标 → 权重


_ROWS = (("产出指标", "数量指标", "发放覆盖率", 50), ("", "时效指标", "发放及时率", 10),
         ("效益指标", "社会效益指标", "足额保障率", 30))


def invent(seed: int, mistake: str | None = None) -> Sichuan:
    rng = random.Random(seed)
    initial = Decimal(rng.randint(1_000, 90_000)) / 100
    budget = initial + Decimal(rng.randint(0, 5_000)) / 100
    rate = "95.00%" if mistake == "rate" else "100.00%"
    return Sichuan(initial, budget, budget, rate, {name: Decimal(w) for _, _, name, w in _ROWS})


def rows(f: Sichuan, header: bool = True, scored: bool = False, funds_header: bool = True) -> list[list[str]]:
    out = [["部门预算项目支出绩效自评表（2023年度）"], ["项目名称", "51000021R000000019951-工资性支出"],
           ["主管部门", "示例县发展和改革局本级"], ["实施单位（盖章）", "示例县发展和改革局"],
           ["项目年度目标", "年度目标完成情况"], ["严格执行相关政策，保障工资及时、足额发放。", "已完成"],
           ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
           ["", "总额", f"{f.initial}", f"{f.budget}", f"{f.executed}", f.rate, "10", "10" if scored else "", ""],
           ["", "其中：财政资金", f"{f.initial}", f"{f.budget}", f"{f.executed}", f.rate, "/", "/", ""],
           ["", "财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", ""],
           ["", "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/", ""],
           ["", "其他资金", "", "", "", "", "/", "/", ""]]
    if not funds_header:
        out.remove(out[6])
    if header:
        out.append(["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
                    "未完成原因分析"])
    for l1, l2, name, w in _ROWS:
        out.append(["", l1, l2, name, "=", "100", "%", "100" if scored else "", f"{w}", f"{w}" if scored else "", ""])
    out.append(["合计", "100", "100" if scored else "", ""])
    return out + [["评价结论", "项目按计划完成"], ["存在问题", "无"], ["改进措施", "无"]]
