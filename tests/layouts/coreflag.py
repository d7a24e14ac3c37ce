"""An invented 部门整体绩效自评表 whose indicator rows end in a 是否核心指标 cell (是/否), with the execution block
执行率 | 执行率权重 | 执行率得分 and 自评总分 in the header; mistakes can be planted."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from layouts.model import over_weight

CORE_MISTAKES = ("total", "score_over_weight")
NAMES = (("财政供养人员控制率", "%", "100%", "{p}%"), ("预算完成率", "%", "90%", "{p}%"),
         ("管理制度健全性", "", "健全", "健全"), ("资金使用合规性", "", "合规", "合规"),
         ("培训次数", "次", "20次", "{n}次"), ("宣传活动次数", "次", "40次", "{m}次"),
         ("稿件播发数量", "篇", "2000篇", "{k}篇"), ("服务保障能力提升", "%", "90%", "{q}%"))
WEIGHTS = (5, 5, 10, 10, 15, 15, 15, 15)  # with the execution block's 10: 100


@dataclass
class CoreRow:
    name: str
    unit: str
    target: str
    actual: str
    weight: Decimal
    score: Decimal
    core: str


@dataclass
class CoreForm:
    dept: str
    rate: Decimal
    exec_weight: Decimal
    exec_score: Decimal
    rows: list[CoreRow]
    total: Decimal


def invent_core(seed: int, mistake: str | None = None) -> CoreForm:
    rnd = random.Random(seed)
    fill = {"p": rnd.randint(90, 100), "n": rnd.randint(20, 30), "m": rnd.randint(40, 60), "k": rnd.randint(2000, 3000),
            "q": rnd.randint(90, 99)}
    rows = []
    for (name, unit, target, actual), w in zip(NAMES, WEIGHTS, strict=True):
        weight = Decimal(w)
        score = weight if rnd.random() < 0.7 else weight - Decimal(rnd.choice([1, 2]))
        rows.append(CoreRow(name, unit, target, actual.format(**fill), weight, score, rnd.choice(["是", "否"])))
    rate = Decimal(rnd.randint(70, 100))
    exec_score = Decimal(10) * rate / 100
    f = CoreForm("示例区融媒体中心", rate, Decimal(10), exec_score, rows, exec_score + sum(r.score for r in rows))
    if mistake == "total":
        f.total += 2
    elif mistake == "score_over_weight":
        f.total = over_weight(f.total, f.rows[4])
    return f


def core_rows(f: CoreForm) -> list[list[str]]:
    out = [["部门整体绩效自评表"],
           ["主管部门", "示例区财政局", "自评总分（分）", f"{f.total}"],
           ["部门名称", f.dept, "联系人", "张三"],
           ["部门预算执行情况", "年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重", "执行率得分（分）"],
           ["", "", "", "", f"{f.rate}%", f"{f.exec_weight}", f"{f.exec_score}"],
           ["当年绩效目标", "完成部门年度工作任务"],
           ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）", "指标权重（分）",
            "指标得分（分）", "是否核心指标"]]
    for r in f.rows:
        coef = f"{(r.score / r.weight * 100).quantize(Decimal(1))}%"  # score = weight × coefficient
        out.append([r.name, r.unit, "定量指标" if r.unit else "定性指标", r.target, "", r.actual, coef, f"{r.weight}",
                    f"{r.score}", r.core])
    return out
