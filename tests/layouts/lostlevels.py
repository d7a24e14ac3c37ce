"""The template form as county sites print it (天长 2022, 历城 2019 in the corpus): the first-level cells were
images or merged cells the conversion dropped, so only their weights are left, ``（50分）`` on a line of its
own before the rows; each name carries the template's numbering (指标1:), the template's empty rows
(指标2: / ……) stay between the real ones, a target is glued onto its name when the actual cell was left
blank, and the 执行率 cell of the total row is blank (five numbers under six headers)."""

from __future__ import annotations

from decimal import Decimal

from layouts.grid import _n
from layouts.model import Project


def lost_level_rows(p: Project, level_weights: dict[str, Decimal] | None = None, weights_shown: bool = True,
                    glued: int = 2) -> list[list[str]]:
    """The form as rows of cells; ``level_weights`` overrides the first-level weights printed (a planted
    mistake), ``weights_shown`` False loses the lost labels' weights too, and the ``glued``-th row prints its target run onto its
    name with the actual cell blank."""
    l1w = p.level1_weights() if level_weights is None else level_weights
    out = [
        ["项目支出绩效自评表"],
        [f"（{p.year}年度）"],
        ["项目名称", p.name],
        ["主管部门", p.dept, "实施单位", p.unit],
        ["项目资金（万元）", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        ["年度资金总额:", _n(p.initial), _n(p.budget), _n(p.executed), _n(p.exec_weight), "", _n(p.exec_score)],
        ["其中:本年财政拨款", *(_n(x) for x in p.current), "-", "-"],
        ["上年结转资金", *(_n(x) for x in p.carried), "-", "-"],
        ["其他资金", "-", "-"],
        ["年度总体目标完成情况", "预期目标", "实际完成情况"],
        ["完成年度工作任务。", "完成年度目标。"],
        ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
    ]
    last1 = last2 = ""
    for k, i in enumerate(p.indicators):
        if i.level1 != last1:
            if i.level1 == "满意度指标":
                out.append([i.level1, f"（{l1w[i.level1]}分）"])  # its label kept, and its weight
            elif weights_shown:
                out.append([f"（{l1w[i.level1]}分）"])
        if i.level2 != last2:
            out.append([i.level2])
        last1, last2 = i.level1, i.level2
        name = f"指标1:{i.name}"
        values = [i.target, i.actual]
        if k == glued:
            name, values = name + i.target, []
        out.append([name, *values, _n(i.weight), _n(i.score)])
        out.append(["指标2:"])
        out.append(["……"])
    out.append(["总分", _n(p.total_weight), _n(p.total)])
    out.append(["注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。"])
    return out
