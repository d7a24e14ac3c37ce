"""Invented department-wide self-evaluation forms in the layouts the provinces publish besides the 湖南 one of
``deptform``:

* ``task_rows`` — the Ministry of Finance template (部门整体支出绩效自评表 of 2020 on): 部门名称, a 年度主要任务 block
  (任务名称 / 主要内容 / 预算数 / 执行数, one row a task, then 金额合计), the 年度资金总额 row with 年初预算数 /
  全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 and its parts (其中：基本支出 / 项目支出, or 财政拨款 / 其他资金),
  the goals, 年度绩效指标 (年度指标值 / 实际完成值 / 分值 / 得分) and 总分;
* ``ab_rows`` — the (A)/(B) layout (资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法),
  where the budget is the 年初预算数 and the rate is B/A; its indicators give 年度指标值(A) / 全年实际值(B).

Mistakes can be planted: ``parts`` (基本支出 + 项目支出 miss the total's 全年执行数 by 10), ``total`` (总分 is not the
sum of the scores: one more than it), ``rate`` (the printed 执行率 is not 全年执行数 ÷ 全年预算数), ``tasks`` (the
tasks' 执行数 miss their 金额合计 by 1, their 预算数 adding up).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from layouts.model import percent

CENT = Decimal("0.01")
VARIANT_MISTAKES = ("parts", "total", "rate", "tasks")
SPLITS = {"purpose": ("基本支出", "项目支出"), "source": ("财政拨款", "其他资金")}


@dataclass
class Variant:
    unit: str
    year: int
    initial: Decimal
    budget: Decimal
    executed: Decimal
    parts: dict[str, tuple[Decimal, Decimal, Decimal]]  # name → (年初预算数, 全年预算数, 全年执行数)
    tasks: list[tuple[str, Decimal, Decimal]]  # 任务名称, 预算数, 执行数
    indicators: list[tuple[str, str, str, Decimal, Decimal]]  # level1, level2, name, weight, score
    planted: str | None = None
    split: str = "purpose"
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def rate(self) -> Decimal:
        return percent(self.executed, self.budget)

    @property
    def execution_score(self) -> Decimal:
        return min(Decimal(10), (self.executed / self.budget * 10).quantize(CENT, ROUND_HALF_UP))

    @property
    def total_score(self) -> Decimal:
        return self.execution_score + sum((s for *_, s in self.indicators), Decimal(0))


def _money(rnd: random.Random, low: int, high: int) -> Decimal:
    return (Decimal(rnd.randint(low * 100, high * 100)) / 100).quantize(CENT)


def invent_variant(seed: int, mistake: str | None = None, split: str = "purpose") -> Variant:
    rnd = random.Random(seed)
    initial = _money(rnd, 400, 2500)
    budget = initial + _money(rnd, 0, 300)
    executed = budget - _money(rnd, 1, 40)
    share = Decimal(rnd.choice([45, 60, 72])) / 100
    a = ((initial * share).quantize(CENT), (budget * share).quantize(CENT), (executed * share).quantize(CENT))
    b = (initial - a[0], budget - a[1], executed - a[2])
    names = SPLITS[split]
    tasks = [(n, _money(rnd, 10, 90), Decimal(0)) for n in ("保障机构正常运转", "完成年度重点工作", "开展业务培训")]
    tasks = [(n, bud, (bud - _money(rnd, 0, 5)).quantize(CENT)) for n, bud, _ in tasks]
    weights = [Decimal(w) for w in rnd.choice([(20, 20, 20, 20, 10), (15, 15, 20, 30, 10)])]
    level = [("产出指标", "数量指标", "完成重点工作任务数"), ("产出指标", "质量指标", "工作任务完成合格率"),
             ("产出指标", "时效指标", "任务按时完成率"), ("效益指标", "社会效益指标", "群众办事便利度"),
             ("满意度指标", "服务对象满意度指标", "群众满意度")]
    inds = [(l1, l2, name, w, w - rnd.choice([0, 0, 1, 2])) for (l1, l2, name), w in zip(level, weights)]
    form = Variant(f"示例县{rnd.choice(['甲', '乙', '丙'])}局", 2019 + seed % 6, initial, budget, executed,
                   {names[0]: a, names[1]: b}, tasks, inds, mistake, split)
    if mistake == "parts":
        p0 = form.parts[names[0]]
        form.parts[names[0]] = (p0[0], p0[1], p0[2] + 10)
    return form


def _printed_rate(f: Variant) -> str:
    return f"{f.rate + (5 if f.planted == 'rate' else 0)}%"


def _total(f: Variant) -> str:
    return f"{f.total_score + (1 if f.planted == 'total' else 0)}"


def _indicator_rows(f: Variant, first: str) -> list[list[str]]:
    rows = [[first, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for l1, l2, name, w, s in f.indicators:
        rows.append(["", l1, l2, name, "≥90%", "95%", f"{w}", f"{s}", ""])
    return rows


def task_rows(f: Variant, funds: bool = True) -> list[list[str]]:
    """The Ministry of Finance template, cells as printed (blank cells kept as ""); ``funds=False``: the
    template's own layout, without a 年度资金总额 block (the tasks' 金额合计 is the department's total)."""
    rows = [["部门整体支出绩效自评表"], [f"（{f.year}年度）"],
            ["部门名称", f.unit],
            ["年度主要任务", "任务名称", "主要内容", "预算数（万元）", "执行数（万元）"]]
    for name, bud, exe in f.tasks:
        rows.append(["", name, f"{name}的各项工作", f"{bud}", f"{exe}"])
    executed = sum(e for *_, e in f.tasks) + (1 if f.planted == "tasks" else 0)
    rows.append(["", "金额合计", "", f"{sum(b for _, b, _ in f.tasks)}", f"{executed}"])
    if funds:
        rows += [["年度部门整体支出预算（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                 ["年度资金总额", f"{f.initial}", f"{f.budget}", f"{f.executed}", "10", _printed_rate(f),
                  f"{f.execution_score}"]]
        for k, (name, (i, b, e)) in enumerate(f.parts.items()):
            rows.append([("其中：" if k == 0 else "") + name, f"{i}", f"{b}", f"{e}", "—", "", "—"])
    rows += [["年度总体目标", "预期目标", "实际完成情况"],
             ["", "保障机构正常运转，完成年度重点工作。", "已完成年度重点工作。"]]
    rows += _indicator_rows(f, "年度绩效指标")
    if not funds:  # the execution scored as an indicator row of its own
        rows.append(["", "产出指标", "成本指标", "预算执行率", "≥90%", f"{f.rate}%", "10", f"{f.execution_score}", ""])
    rows.append(["总分", "", "", "", "", "", "100", _total(f), ""])
    return rows


def ab_rows(f: Variant) -> list[list[str]]:
    """The (A)/(B) layout: no 全年预算数 column, the budget is the 年初预算数 (A) and the rate B/A."""
    rows = [["部门整体支出绩效自评表"], [f"单位（盖章）：{f.unit}", f"填报日期：{f.year + 1}年2月3日"],
            ["部门（单位）名称", f.unit],
            ["部门（单位）总体资金（万元）", "资金来源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分",
             "得分计算方法"],
            ["", "年度资金总额：", f"{f.budget}", f"{f.executed}", "10", f"{f.execution_score}",
             "执行率*该指标分值，最高不得超过分值上限。"]]
    for name, (_, b, e) in f.parts.items():
        rows.append(["", name, f"{b}", f"{e}", "", "", ""])
    rows += [["", "其他", "", "", "", "", ""],
             ["年度总体目标", "年初设定目标", "年度总体目标完成情况"],
             ["", "保障机构正常运转，完成年度重点工作。", "已完成年度重点工作。"],
             ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值(A)", "全年实际值(B)", "分值", "得分",
              "得分计算方法"]]
    for l1, l2, name, w, s in f.indicators:
        rows.append(["", l1, l2, name, "≥90%", "95%", f"{w}", f"{s}", "B/A*该指标分值"])
    rows.append(["总分", "", "", "", "", "", "100", _total(f), ""])
    return rows


def source_task_rows(f: Variant) -> list[list[str]]:
    """The template with its tasks' 预算金额 split by source (总额 | 财政拨款 | 其他资金 under one label) and no
    funds block: the 金额合计 row is the department's total. ``planted`` "tasks" makes the first task's 财政拨款 one
    more than its 总额 allows."""
    rows = [["部门整体支出绩效自评表"], [f"（{f.year}年度）"], ["部门名称", f.unit],
            ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "", ""],
            ["", "", "", "总额", "财政拨款", "其他资金"]]
    for k, (name, budget, _) in enumerate(f.tasks):
        other = Decimal("5.00")
        grant = budget - other + (1 if k == 0 and f.planted == "tasks" else 0)
        rows.append(["", name, f"{name}的各项工作", f"{budget}", f"{grant}", f"{other}"])
    total = sum(b for _, b, _ in f.tasks)
    rows.append(["", "金额合计", "", f"{total}", f"{total - 5 * len(f.tasks)}", f"{Decimal(5 * len(f.tasks))}.00"])
    rows += [["年度总体目标", "预期目标", "实际完成情况"], ["", "保障机构正常运转。", "已完成。"]]
    rows += _indicator_rows(f, "年度绩效指标")
    rows.append(["总分", "", "", "", "", "", "90", f"{f.total_score - f.execution_score}", ""])
    return rows


def weighted_label_rows(f: Variant) -> list[list[str]]:
    """A department form whose level labels carry their weights (产出指标（60分） | 数量指标（20分）) and whose goals
    run long, as a score table's would: its indicator header still names 年度指标值 and 实际完成值."""
    rows = [["部门整体支出绩效自评表"], ["部门名称", f.unit],
            ["预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", f"{f.initial}", f"{f.budget}", f"{f.executed}", "10", f"{f.rate}%", f"{f.execution_score}"],
            ["部门总体绩效目标", " ".join(f"（{i}）完成第{i}项重点工作 提升服务水平" for i in range(1, 40))],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    l1: dict[str, Decimal] = {}
    l2: dict[str, Decimal] = {}
    for a, b, _, w, _ in f.indicators:
        l1[a] = l1.get(a, Decimal(0)) + w
        l2[b] = l2.get(b, Decimal(0)) + w
    seen: set[str] = set()
    for a, b, name, w, s in f.indicators:
        rows.append([f"{a}（{l1[a]}分）" if a not in seen else "", f"{b}（{l2[b]}分）" if b not in seen else "",
                     name, "≥90%", "95%", f"{w}", f"{s}"])
        seen |= {a, b}
    rows.append(["总分", "", "", "", "", "100", _total(f)])
    return rows


def core_flag_rows(f: Variant) -> list[list[str]]:
    """The 部门整体绩效自评表 whose rows end in 是否核心指标 (是/否): the execution block's amounts, rate, weight and
    score on one row under their labels, then one row an indicator with its 得分系数 (score ÷ weight)."""
    rows = [["部门整体绩效自评表"],
            ["主管部门", f.unit, "财政处室", "行政政法处", "自评总分（分）", f"{f.total_score}"],
            ["部门预算执行情况（万元）", "年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重",
             "执行率得分（分）"],
            ["", f"{f.initial}", f"{f.budget}", f"{f.executed}", _printed_rate(f), "10", f"{f.execution_score}"],
            ["当年绩效目标", "年初绩效目标", "全年（调整）绩效目标", "全年目标实际完成情况"],
            ["", "保障机构正常运转", "保障机构正常运转", "已完成"],
            ["绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）",
             "指标权重（分）", "指标得分（分）", "是否核心指标"]]
    for k, (*_, name, w, s) in enumerate(f.indicators):
        coef = (s / w * 100).quantize(Decimal(1))
        rows.append(["", name, "%", "定量指标", "90%", "", "95%", f"{coef}%", f"{w}", f"{s}", "是" if k % 2 else "否"])
    return rows


def unscored_rows(f: Variant) -> list[list[str]]:
    """A department form whose indicator block scores nothing (部门整体支出绩效指标: 指标性质 | 指标值 | 度量单位 |
    实际完成值 | 偏差原因, no 分值 nor 得分), its money in a table of key tasks (批复金额 / 实际支出 / 预算执行率) and no
    年度资金总额 row: the layout of the 部门整体支出绩效自评表 that ends in a 自评结论 rather than a score."""
    rows = [["部门整体支出绩效自评表"], [f"（{f.year}年度）"], ["一、部门基本情况"], ["部门名称", f.unit],
            ["部门总体目标"], ["部门职责", "负责全县业务的管理工作。"], ["总体绩效目标", "完成年度重点工作。"],
            ["二、部门年度目标"], ["财年", "目标", "实际完成情况"], [f"{f.year}", "完成年度重点工作", "已完成"],
            ["三、部门年度重点工作任务"],
            ["任务名称", "项目", "主要内容", "批复金额（万元）", "实际支出（万元）", "预算执行率", "未完成原因和改进措施"]]
    for name, bud, exe in f.tasks:
        rows.append([name, "基本支出", f"{name}的各项工作", f"{bud}", f"{exe}", f"{percent(exe, bud)}%", "无"])
    rows += [["四、部门整体支出绩效指标"],
             ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "偏差原因分析及改进措施"]]
    for l1, l2, name, *_ in f.indicators:
        rows.append([l1, l2, name, "≥", "90", "%", "95", "无"])
    rows += [["五、部门自评结论"], ["自评结论", "较好完成年度目标。"], ["存在问题", "无"], ["改进措施", "无"]]
    return rows
