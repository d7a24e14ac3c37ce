"""A 部门整体支出绩效目标表 published one cell a line (invented figures): 部门名称, the 年度主要任务 block (任务名称 |
主要内容 | 预算金额（万元） over 总额 | 财政拨款 | 其他资金), a row per task ending in its three amounts, the 金额合计 row,
then the 年度总体目标 and the indicators. On a budget's page (its first line says 部门预算) or filed alone; a column's
合计 off by one, or a task's 总额 not its sources' sum, planted on request."""

from __future__ import annotations

import random
from decimal import Decimal

SHAPES = ("lines", "cell_pipes")
LABELS = ("总额", "财政拨款", "其他资金")
TITLE = "2024年部门整体支出绩效目标表"
TASKS = (("农业产业发展", "扶持特色产业"), ("高标准农田建设", "建设高标准农田1万亩"), ("动物防疫", "重大动物疫病强制免疫"))


def tasks(seed: int, whole_off: bool = False) -> list[tuple[str, tuple[Decimal, Decimal, Decimal]]]:
    rng = random.Random(seed)
    out = []
    for k, (name, _) in enumerate(TASKS):
        gov = Decimal(rng.randrange(100, 99999)) / 100
        other = Decimal(rng.randrange(0, 2)) * Decimal(rng.randrange(0, 9999)) / 100
        out.append((name, (gov + other + (Decimal(1) if whole_off and k == 1 else 0), gov, other)))
    return out


def totals(seed: int, total_off: bool = False) -> tuple[Decimal, Decimal, Decimal]:
    rows = [v for _, v in tasks(seed)]
    whole, gov, other = (sum((r[j] for r in rows), Decimal(0)) for j in range(3))
    return whole, gov + (Decimal(1) if total_off else 0), other


def text(seed: int, shape: str, budget_page: bool = True, total_off: bool = False, whole_off: bool = False) -> str:
    cells = [TITLE, "部门名称", "县农业农村局", "年度主要任务", "任务名称", "主要内容", "预算金额（万元）", *LABELS]
    for (name, (whole, gov, other)), (_, content) in zip(tasks(seed, whole_off), TASKS, strict=True):
        cells += [name, content, f"{whole:.2f}", f"{gov:.2f}", f"{other:.2f}"]
    cells += ["金额合计", *(f"{v:.2f}" for v in totals(seed, total_off))]
    cells += ["年度总体目标", "推进农业高质量发展，保障粮食安全。", "年度绩效指标", "一级指标", "二级指标", "三级指标",
              "指标值", "产出指标", "数量指标", "新建高标准农田", "≥1万亩", "质量指标", "验收合格率", "100%",
              "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"]
    lines = cells if shape == "lines" else [f"{c} |" for c in cells]
    return "\n".join(["县农业农村局2024年部门预算", *lines] if budget_page else lines) + "\n"
