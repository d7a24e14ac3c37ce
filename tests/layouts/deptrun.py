"""An invented 部门整体绩效自评表 in the layout several 重庆 districts publish (主管部门 | 部门联系人 | 联系电话 | 自评总分,
the execution block 年初预算数 | 全年（调整）预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分, the goals, then
指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重(分) | 全年完成值 | 指标得分(分) | 说明), to be rendered with its
cells run together (a document preview: ``one_run`` or ``chunked``). Figures are invented; ``total`` plants a
自评总分 one above the sum of the scores (and prints every row so that it splits one way: ``CLEAR_ROWS``).

``ROWS`` holds rows whose run-together figures split one way only under the form's arithmetic (weight within what
the execution leaves, score within the weight), one (``SHAPE``) whose readings agree only once target and actual
are printed alike, and one (``AMBIGUOUS``) whose score cannot be told (2810810: 28 | 10 | 8 | 10 or 28 | 10 | 81 | 0).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from layouts.model import percent

# name, unit, target, weight, actual, score
ROWS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("重点任务完成率", "%", "90", "20", "100", "20"),
    ("森林火灾受害率", "%", "0.9", "20", "0", "20"),
    ("有害生物成灾率", "%", "0.4", "10", "0.1", "10"),
    ("公益林管护面积", "万亩", "28", "10", "8", "10"),
    ("群众满意度", "%", "95", "30", "100", "28"),
)
# the same with the ambiguous row printed so that it splits one way (2.8 | 10 | 3.1 | 10): every figure readable
CLEAR_ROWS = tuple(r if r[0] != "公益林管护面积" else ("造林面积", "万亩", "2.8", "10", "3.1", "10") for r in ROWS)
SHAPE = "有害生物成灾率"  # 0.4 | 10 | 0.1 | 10, or 0.4 | 10 | 0.11 | 0 printed unlike its target
AMBIGUOUS = "公益林管护面积"


@dataclass
class RunForm:
    unit: str
    year: int
    budget: Decimal
    executed: Decimal
    weight: Decimal
    planted: str | None = None

    @property
    def rate(self) -> Decimal:
        return percent(self.executed, self.budget)

    @property
    def execution_score(self) -> Decimal:
        return (self.weight * self.rate / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def total(self) -> Decimal:
        return self.execution_score + sum(Decimal(r[5]) for r in ROWS) + (1 if self.planted == "total" else 0)

    def rows(self) -> tuple[tuple[str, str, str, str, str, str], ...]:
        return CLEAR_ROWS if self.planted == "total" else ROWS


def invent_run(seed: int, planted: str | None = None) -> RunForm:
    budget = Decimal(1000 + 37 * seed).quantize(Decimal("0.01"))
    return RunForm(f"示例区{'甲乙丙丁'[seed % 4]}局", 2020 + seed % 4, budget,
                   (budget * Decimal("0.7927")).quantize(Decimal("0.01")), Decimal(10), planted)


def run_rows(f: RunForm) -> list[list[str]]:
    rows = [[f"{f.unit}{f.year}年度部门整体绩效自评表"],
            ["主管部门", f.unit, "部门联系人", "李四", "联系电话", "", "自评总分(分)", f"{f.total}"],
            ["年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分"],
            ["年度总金额", f"{f.budget}", f"{f.budget}", f"{f.executed}", f"{f.rate}", f"{f.weight}",
             f"{f.execution_score}"],
            ["年初绩效目标", "全年(调整)绩效目标", "全年目标实际完成情况"],
            ["保障机构运转，完成年度任务。", "保障机构运转，完成年度任务。", "已完成。"],
            ["绩效指标", "指标名称", "计量单位", "指标性质", "指标值", "指标权重(分)", "全年完成值", "指标得分(分)",
             "说明"]]
    rows += [[name, unit, "", target, weight, actual, score, ""]
             for name, unit, target, weight, actual, score in f.rows()]
    rows.append(["评价结论", "较好完成年度目标。"])
    return rows


def chunked(rows: list[list[str]], width: int = 120) -> str:
    """A document-sharing preview: the cells run together, cut into numbered chunks ("1、…", "2、…") of ``width``
    characters, a chunk a line."""
    text = "".join(c for r in rows for c in r)
    return "\n".join(f"{k + 1}、{text[i:i + width]}" for k, i in enumerate(range(0, len(text), width))) + "\n"
