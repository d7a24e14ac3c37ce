"""A form as a spreadsheet or PDF preview flattens it with its columns interleaved (稷山 2020 in the corpus): the
indicator header's column labels come after the first row's name and among its figures, the last ``tail`` rows
give their figures first and their names after them, the total row's figures stand before its label, and the
template numbers every name (指标1:). All the money is the year's (上年结转资金 — —). One line of text, words
separated by spaces."""

from __future__ import annotations

from layouts.grid import _n
from layouts.model import Project


def interleaved_text(p: Project, tail: int = 3, weights: list[str] | None = None) -> str:
    """The form as one line; ``weights`` overrides the weights printed on the rows (a planted misprint)."""
    ws = weights or [_n(i.weight) for i in p.indicators]
    words = [
        "项目支出绩效自评表", f"({p.year}年度)", "项目名称", p.name, "主管部门", p.dept, "项目资金", "年初预算数", "(万元)",
        "年度资金总额", "其中:当年财政拨款", "实施单位", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        _n(p.budget), _n(p.executed), _n(p.exec_weight), f"{p.rate:.2f}%", _n(p.exec_score),
        _n(p.budget), _n(p.executed), "—", f"{p.rate:.2f}%", "—", "上年结转资金", "—", "—", "其他资金", "—", "—",
        "年度总体目标", "一级指标", "二级指标", "三级指标",
    ]
    rows = p.indicators
    head, last = rows[: len(rows) - tail], rows[len(rows) - tail :]
    level2 = ""
    for k, (i, w) in enumerate(zip(head, ws)):
        if k == 0:  # the first row: its name, the first level, then the header labels among its figures
            words += [i.level2, f"指标1:{i.name}", "绩效指标", p.unit, i.level1, "实际", "指标值", "完成值", i.target,
                      "分值", "得分", "偏差原因分析及改进措", "施", i.actual, w, _n(i.score)]
        else:
            words += [*(["满意度指标"] if i.level1 == "满意度指标" else []), *([i.level2] if i.level2 != level2 else []),
                      f"指标1:{i.name}", i.target, i.actual, w, _n(i.score)]
        level2 = i.level2
    for i, w in zip(last, ws[len(head) :]):  # the last rows' figures before their names
        words += [i.target, i.actual, w, _n(i.score)]
    words += [_n(p.total_weight), _n(p.total)]
    for i in last:  # the first-level labels lost but 满意度指标's (the older forms put it under 效益指标)
        words += [*(["满意度指标"] if i.level1 == "满意度指标" else []), i.level2, f"指标1:{i.name}"]
    words.append("总分")
    return " ".join(words) + "\n"
