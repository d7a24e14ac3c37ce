"""Invented department-wide forms whose funds block is labelled the ways templates label it: the block's title naming
the department's spending (部门整体支出预算执行情况, which a reader cuts into 部门 | 整体支出 | 预算执行情况, its middle
word the name of a total row), its total row the bare 合计 right under a header that ends in 得分 (read together they
are the label 得分合计), and its columns in either template order (分值 | 执行率 or 执行率 | 分值).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

LABELS = {"initial_budget": "年初预算数", "annual_budget": "全年预算数", "executed": "全年执行数", "weight": "分值",
          "rate": "执行率", "score": "得分"}
ORDERS = {"weight_first": ("initial_budget", "annual_budget", "executed", "weight", "rate", "score"),
          "rate_first": ("initial_budget", "annual_budget", "executed", "rate", "weight", "score")}


@dataclass
class DeptFunds:
    initial: Decimal
    budget: Decimal
    executed: Decimal
    planted: str | None = None

    @property
    def rate(self) -> Decimal:
        return (self.executed / self.budget * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def score(self) -> Decimal:
        return (Decimal(10) * self.rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)

    def printed(self, field: str) -> str:
        rate = self.rate + (4 if self.planted == "rate" else 0)
        return {"initial_budget": f"{self.initial}", "annual_budget": f"{self.budget}", "executed": f"{self.executed}",
                "weight": "10", "rate": f"{rate}%", "score": f"{self.score}"}[field]


def dept_funds_rows(f: DeptFunds, title: str, total: str, order: str) -> list[list[str]]:
    """The form, cells as printed (blank cells as "")."""
    cols = ORDERS[order]
    rows = [["部门整体支出绩效自评表"], ["（2022年度）"], ["部门名称", "示例县甲局"],
            [title, *(LABELS[c] for c in cols)], [total, *(f.printed(c) for c in cols)],
            ["年度总体目标", "预期目标", "实际完成情况"], ["", "保障机构运转", "已完成"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["", "产出指标", "数量指标", "完成重点工作任务数", "≥10项", "12项", "45", "45"],
            ["", "效益指标", "社会效益指标", "群众办事便利度", "明显提升", "明显提升", "45", "42"]]
    rows.append(["总分", "", "", "", "", "", "100", f"{f.score + 87}"])
    return rows
