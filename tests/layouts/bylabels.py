"""A project form whose table structure is damaged in the ways published text damages it, for the reading by labels
(``recognise.bylabels``): every cell on a line of its own, the rows run together on one line, the columns
interleaved (the row labels among the header's, the total row's label before it), a blank cell vanished (年初预算数
left empty), or each label followed by its own number (预算数：…). The labels' wording varies as the templates'
does (预算数 / 全年预算数 / 批复数, 执行数 / 实际支出数, 分值 / 权重, 得分 / 自评得分)."""

from __future__ import annotations

from layouts.grid import _n
from layouts.model import Project

DAMAGES = ("one_a_line", "run_together", "interleaved", "vanished", "label_value")
WORDINGS = (
    ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
    ("年初预算", "调整后预算数", "实际支出数", "权重", "预算执行率", "自评得分"),
    ("年初预算数", "批复数", "执行数", "分值", "执行率(%)", "得分"),
)


def _indicator_words(p: Project, wording: int) -> list[str]:
    weight, score = WORDINGS[wording][3], WORDINGS[wording][5]
    words = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", weight, score]
    level1 = level2 = ""
    for i in p.indicators:
        if i.level1 != level1:
            words.append(i.level1)
        if i.level2 != level2:
            words.append(i.level2)
        level1, level2 = i.level1, i.level2
        words += [i.name, i.target, i.actual, _n(i.weight), _n(i.score)]
    return [*words, "总分", _n(p.total_weight), _n(p.total)]


def damaged_text(p: Project, damage: str, wording: int = 0, weight_in_label: bool = False) -> str:
    """The form with its structure damaged by ``damage`` (one of ``DAMAGES``), labels worded as ``WORDINGS[wording]``;
    ``weight_in_label``: no 分值 column, the execution weight printed in the score's label (得分 (20分*执行率))."""
    initial, budget, executed, weight, rate, score = WORDINGS[wording]
    figures = [_n(p.initial), _n(p.budget), _n(p.executed), _n(p.exec_weight), f"{p.rate:.2f}%", _n(p.exec_score)]
    if weight_in_label:
        return damaged_text(p, damage, wording).replace(f" {weight} ", " ", 1).replace(
            f" {score} ", f" {score} ({p.exec_weight:.0f}分*执行率) ", 1).replace(f" {figures[3]} ", " ", 1)
    head = ["项目支出绩效自评表", f"({p.year}年度)", "项目名称", p.name, "主管部门", p.dept, "项目资金(万元)"]
    if damage == "label_value":
        funds = [f"{label}：{fig}" for label, fig in zip((budget, executed, rate, weight, score),
                                                         (figures[1], figures[2], figures[4], figures[3], figures[5]))]
    elif damage == "interleaved":  # the row labels among the column labels, the total's label first
        funds = ["年度资金总额", initial, "其中", budget, "当年财政拨款", executed, weight, rate, score, *figures]
    elif damage == "vanished":  # 年初预算数 left blank: five numbers under six columns
        funds = [initial, budget, executed, weight, rate, score, "年度资金总额", *figures[1:]]
    else:
        funds = [initial, budget, executed, weight, rate, score, "年度资金总额", *figures]
    words = [*head, *funds, "年度总体目标", "完成年度任务", *_indicator_words(p, wording)]
    if damage == "one_a_line":
        return "\n".join(words) + "\n"
    if damage == "run_together":  # the funds row's numbers run together with nothing between them
        at = words.index("年度资金总额")
        words[at + 1 : at + 7] = ["".join(figures)]
        words[at] += ":"
    return " ".join(words) + "\n"
