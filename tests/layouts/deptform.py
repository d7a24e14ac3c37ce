"""An invented department-wide self-evaluation form (部门整体支出绩效自评表) in the layout several provinces
use: the 年度资金总额 row, then the same money split by source (按收入性质分: 一般公共预算, 政府性基金拨款,
纳入专户管理的非税收入拨款, 其他资金) and by purpose (按支出性质分: 基本支出, 项目支出), then the goals and the
indicator rows. Mistakes can be planted: the purpose split giving another total, a part that does not add up."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

DEPT_MISTAKES = ("split_mismatch", "split_parts")
CENT = Decimal("0.01")


@dataclass
class DeptForm:
    unit: str
    year: int
    initial: Decimal
    budget: Decimal
    executed: Decimal
    income: dict[str, Decimal]  # 一般公共预算 … (blank when absent)
    spending: dict[str, Decimal]  # 基本支出, 项目支出
    income_total: Decimal
    spending_total: Decimal
    indicators: list[tuple[str, str, str, Decimal, Decimal]]  # level1, level2, name, weight, score
    planted: str | None = None


def _money(rnd: random.Random, low: int, high: int) -> Decimal:
    return (Decimal(rnd.randint(low * 100, high * 100)) / 100).quantize(CENT)


def invent_dept(seed: int, mistake: str | None = None) -> DeptForm:
    rnd = random.Random(seed)
    budget = _money(rnd, 500, 3000)
    executed = budget if rnd.random() < 0.5 else (budget - _money(rnd, 1, 50))
    public = (executed * Decimal(rnd.choice([60, 70, 80])) / 100).quantize(CENT)
    fund = _money(rnd, 1, 90)
    other = executed - public - fund
    basic = (executed * Decimal(rnd.choice([40, 55, 65])) / 100).quantize(CENT)
    project = executed - basic
    income = {"一般公共预算": public, "政府性基金拨款": fund, "其他资金": other}
    spending = {"基本支出": basic, "项目支出": project}
    inds = [("产出指标", "数量指标", "完成重点工作任务数", Decimal(20), Decimal(20)),
            ("产出指标", "质量指标", "工作任务完成合格率", Decimal(20), Decimal(18)),
            ("效益指标", "社会效益指标", "群众办事便利度", Decimal(30), Decimal(28)),
            ("满意度指标", "服务对象满意度指标", "群众满意度", Decimal(20), Decimal(19))]
    form = DeptForm(f"示例县{rnd.choice(['甲', '乙', '丙'])}乡人民政府", 2020 + seed % 5, _money(rnd, 300, 500), budget,
                    executed, income, spending, executed, executed, inds, mistake)
    if mistake == "split_mismatch":  # the purpose split adds up, but to another total
        form.spending["项目支出"] -= Decimal("104.45")
        form.spending_total -= Decimal("104.45")
    elif mistake == "split_parts":  # a part that does not add up to its split
        form.spending["基本支出"] += Decimal("10.00")
    return form


def dept_rows(f: DeptForm) -> list[list[str]]:
    """The form's rows as cells (blank cells kept as "")."""
    rate = (f.executed / f.budget * 100).quantize(CENT)
    score = min(Decimal(10), (f.executed / f.budget * 10).quantize(CENT))
    inc = list(f.income.items())
    spe = list(f.spending.items())
    rows = [[f"{f.year}年度部门整体支出绩效自评表"],
            ["预算部门、单位名称", f.unit],
            ["年度预算申请(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分"],
            ["年度资金总额", f"{f.initial}", f"{f.budget}", f"{f.executed}", "10", f"{rate}%", f"{score}"],
            [f"按收入性质分:{f.income_total}", f"按支出性质分:{f.spending_total}"],
            [f"其中: {inc[0][0]}:{inc[0][1]}", f"其中:{spe[0][0]}:{spe[0][1]}"],
            [f"{inc[1][0]}:{inc[1][1]}", f"{spe[1][0]}:{spe[1][1]}"],
            ["纳入专户管理的非税收入拨款:", ""],
            [f"{inc[2][0]}:{inc[2][1]}", ""],
            ["年度总体目标", "预期目标", "实际完成情况"],
            ["", "保障机构正常运转，完成年度重点工作。", "已完成。"],
            ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    for l1, l2, name, w, s in f.indicators:
        rows.append(["", l1, l2, name, "≥90%", "95%", f"{w}", f"{s}"])
    return rows


def purpose_rows(f: DeptForm, mistake: str | None = None) -> list[list[str]]:
    """The other common department layout: the 年度资金总额 row, then its rows by purpose (其中：基本支出 / 项目支出)
    with the same amount columns; ``mistake`` "purpose_parts" makes the parts miss the total's 全年执行数 by 10."""
    basic = f.spending["基本支出"]
    share = (basic / f.executed) if f.executed else Decimal(0)
    b_init, b_budget = (f.initial * share).quantize(CENT), (f.budget * share).quantize(CENT)
    b_exec = basic + (Decimal(10) if mistake == "purpose_parts" else 0)
    rate = (f.executed / f.budget * 100).quantize(CENT)
    score = min(Decimal(10), (f.executed / f.budget * 10).quantize(CENT))
    return [[f"{f.year}年度部门整体支出绩效自评表"],
            ["部门名称", f.unit],
            ["年度预算(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", f"{f.initial}", f"{f.budget}", f"{f.executed}", "10", f"{rate}%", f"{score}"],
            ["其中：基本支出", f"{b_init}", f"{b_budget}", f"{b_exec}", "—", "—", "—"],
            ["项目支出", f"{f.initial - b_init}", f"{f.budget - b_budget}", f"{f.executed - basic}", "—", "—", "—"],
            ["年度总体目标", "预期目标", "实际完成情况"],
            ["", "保障机构正常运转，完成年度重点工作。", "已完成。"]]
