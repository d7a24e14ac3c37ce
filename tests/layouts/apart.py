"""An invented project form whose indicator names and figures came out apart (山西稷山's text: a spreadsheet
flattened with the header's words between the first row's cells, the last rows' figures and the 总分 row's
printed before their names), from ``layouts.model.invent``."""

from __future__ import annotations

from layouts.model import Project


def apart_text(p: Project, moved: int = 3) -> str:
    """The form on one line: the funds block, the first row's cells among the header's words, the middle rows
    in order, then the figures of the last ``moved`` rows and of 总分, then their names and the 总分 label."""
    head = (f"示例县项目支出绩效自评表 ({p.year}年度) 项目名称 {p.name} 主管部门 {p.dept} 项目资金 年初预算数 (万元) "
            f"年度资金总额 其中 当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 {p.budget} {p.executed} "
            f"{p.exec_weight} {p.rate}% {p.exec_score} {p.budget} {p.executed} — {p.rate}% — 上年结转资金 — — 其他资金 — — "
            "年度总体目标 一级指标 二级指标 三级指标")
    rows = p.indicators
    first = rows[0]
    words = [f"{first.level2} 指标1:{first.name} 绩效指标 {p.unit} {first.level1} 实际 指标值 完成值 {first.target}",
             f"分值 得分 偏差原因分析及改进措 施 {first.actual} {first.weight} {first.score} {first.reason}"]
    middle = [f"{r.level2} 指标1:{r.name} {r.target} {r.actual} {r.weight} {r.score} {r.reason}" for r in rows[1:-moved]]
    last = rows[-moved:]
    figures = [f"{r.target} {r.actual} {r.weight} {r.score}" for r in last] + [f"{p.total_weight} {p.total}"]
    names = [f"{r.level2} 指标1:{r.name}" for r in last] + ["总分"]
    return " ".join([head, *words, *middle, *figures, *names]).replace("  ", " ") + "\n"
