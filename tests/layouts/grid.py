"""A form laid out as rows of cells, in the variants published (funds row and column labels, 分值 or
权重, 年初预算 present or absent, first-level weights in the label, a reason column or not)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from layouts.model import Project


@dataclass(frozen=True)
class Variant:
    current_label: str = "其中：当年财政拨款"
    carried_label: str = "上年结转资金"
    weight_label: str = "分值"
    initial: bool = True  # 年初预算数 column present
    level1_weight_in_label: bool = False
    reason_column: bool = True
    title: str = "项目支出绩效自评表"
    name_label: str = "项目名称"
    weight_first: bool = False  # 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分
    funds_label: str = "项目资金（万元）"
    funds_score_label: str = "得分"
    initial_blank: bool = False  # 年初预算数 printed in the header, its cells left blank
    amount_unit: str = ""  # amounts printed with their unit (620.82万元)
    weight_in_funds_label: bool = False  # 预算执行情况（万元）（20分）: no 分值 column, the weight in the label
    nature_columns: bool = False  # 指标性质 | 指标值 | 度量单位 in place of 年度指标值 (the 2021 national form)
    reason_first: bool = False  # 偏差原因 before 分值 and 得分 (… | 实际完成值 | 偏差原因 | 分值 | 得分)
    level2_weight_in_label: bool = False  # 数量指标（11分）: each second level's weight in its label
    rate_first: bool = False  # 执行率 before 分值 (… | 全年执行数 | 执行率 | 分值 | 得分), the order 四川's template prints


VARIANTS = {
    "national": Variant(),
    "sichuan": Variant(current_label="其中：财政资金", carried_label="财政专户管理资金", weight_label="权重"),
    "no_initial": Variant(initial=False, level1_weight_in_label=True),
    "anhui": Variant(current_label="其中：本年财政拨款", level1_weight_in_label=True, reason_column=False),
    "department": Variant(title="部门整体支出绩效自评表", name_label="部门名称"),
    "department_bare": Variant(title="部门整体支出绩效自评表", name_label="部门", funds_label="预算资金（万元）"),
    "department_hunan": Variant(title="部门整体支出绩效自评表", name_label="区级预算单位名称", funds_label="年度预算申请（万元）",
                                funds_score_label="自评得分"),
    "transfer": Variant(title="转移支付项目绩效自评表", name_label="转移支付名称", weight_label="权重"),
    "weight_first": Variant(weight_first=True, level1_weight_in_label=True),
    "blank_initial": Variant(initial=False, initial_blank=True),
    "nature": Variant(nature_columns=True),
    # the 20-point form of 湖北 / 云南: 预算执行情况（万元）（20分）| 预算数(A) | 执行数(B) | 执行率(B/A) | 得分（20分*执行率）
    "weight_in_label": Variant(initial=False, weight_in_funds_label=True, amount_unit="万元", funds_label="预算执行情况（万元）",
                               funds_score_label="得分（{w}分*执行率）"),
}


def _n(d: Decimal) -> str:
    return f"{d:.2f}"


def rows(p: Project, v: Variant) -> list[list[str]]:
    """The form as rows of cells (blank cells as "")."""
    weight = [] if v.weight_in_funds_label else [v.weight_label]
    cols = (["年初预算数"] if v.initial or v.initial_blank else []) + ["全年预算数", "全年执行数", *weight, "执行率",
                                                                     v.funds_score_label.format(w=p.exec_weight)]
    funds_label = f"{v.funds_label}（{p.exec_weight}分）" if v.weight_in_funds_label else v.funds_label
    weight_rate = [_n(p.exec_weight)] * (not v.weight_in_funds_label) + [f"{p.rate:.2f}%"]
    if v.rate_first and not v.weight_in_funds_label:
        cols[-3:-1] = cols[-2], cols[-3]
        weight_rate.reverse()

    def money(values: tuple[Decimal, Decimal, Decimal]) -> list[str]:
        amounts = [_n(x) + v.amount_unit for x in values]
        return [amounts[0]] * v.initial + [""] * v.initial_blank + amounts[1:]

    out = [
        [f"{v.title}（{p.year}年度）"],
        [v.name_label, p.name],
        ["主管部门", p.dept, "实施单位", p.unit],
        [funds_label, *cols],
        ["年度资金总额", *money((p.initial, p.budget, p.executed)), *weight_rate, _n(p.exec_score)],
        [v.current_label, *money(p.current), "", "", ""],
        [v.carried_label, *money(p.carried), "", "", ""],
        ["其他资金", "", "", "", "", "", ""],
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["完成年度工作任务", "已完成年度工作任务"],
        ["绩效指标", "一级指标", "二级指标", "三级指标",
         *([v.weight_label, "年度指标值", "实际完成值"] if v.weight_first else
           ["指标性质", "指标值", "度量单位", "实际完成值", v.weight_label] if v.nature_columns else
           ["年度指标值", "实际完成值", v.weight_label]),
         "得分", *(["偏差原因分析及改进措施"] if v.reason_column else [])],
    ]
    if v.reason_first:
        out[-1] = [*out[-1][:-3], out[-1][-1], *out[-1][-3:-1]]
    l1w = p.level1_weights()
    l2w: dict[str, Decimal] = {}
    for i in p.indicators:
        l2w[i.level2] = l2w.get(i.level2, Decimal(0)) + i.weight
    last1 = last2 = ""
    for i in p.indicators:
        l1 = i.level1 if i.level1 != last1 else ""
        if l1 and v.level1_weight_in_label:
            l1 = f"{l1}（{l1w[i.level1]}分）"
        l2 = i.level2 if i.level2 != last2 else ""
        if l2 and v.level2_weight_in_label:
            l2 = f"{l2}（{l2w[i.level2]:g}分）"
        last1, last2 = i.level1, i.level2
        if v.weight_first:
            cells = [_n(i.weight), i.target, i.actual]
        elif v.nature_columns:
            cells = [*_nature(i.target, i.actual), _n(i.weight)]
        else:
            cells = [i.target, i.actual, _n(i.weight)]
        if v.reason_first:
            out.append(["", l1, l2, i.name, *cells[:-1], i.reason, cells[-1], _n(i.score)])
        else:
            out.append(["", l1, l2, i.name, *cells, _n(i.score), *([i.reason] if v.reason_column else [])])
    out.append(["总分", "", "", "", "", "", _n(p.total_weight), _n(p.total)])
    return out


_QUANTITY = re.compile(r"^([≥≤=])(\d+(?:\.\d+)?)(.*)$")


def _nature(target: str, actual: str) -> list[str]:
    """年度指标值 and 实际完成值 as 指标性质 | 指标值 | 度量单位 | 实际完成值: ≥95% → ≥ | 95 | % | 97; a qualitative
    target → 定性 | 有效提升 | (no unit) | 有效提升."""
    m = _QUANTITY.match(target)
    if m is None:
        return ["定性", target, "", actual]
    done = re.match(r"^\d+(?:\.\d+)?", actual)
    return [m.group(1), m.group(2), m.group(3), done.group(0) if done else actual]


def budget_spanning(out: list[list[str]], upper: str = "预算数", lower: tuple[str, str] = ("年初预算", "全年预算")) -> list[list[str]]:
    """The funds header over two rows (a header of the form ``rows`` gives, 年初预算数 first): one budget label over
    the two budget columns (``upper``), their own labels (``lower``) on the row under it, the other columns'
    labels on the upper row only, as a merged cell prints them."""
    at = next(i for i, r in enumerate(out) if "全年执行数" in r)
    head = out[at]
    first = head.index("年初预算数")
    top = [*head[:first], upper, "", *head[first + 2 :]]
    under = ["" for _ in head]
    under[first : first + 2] = list(lower)
    return [*out[:at], top, under, *out[at + 1 :]]
