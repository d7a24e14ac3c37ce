"""A project form whose funds and indicator columns come in any order and under any of the labels published
forms give them (分值/权重, 全年预算数/调整后预算数, 全年执行数/实际执行数, 执行率/预算执行率 …): the reader
must place every figure by the label over its column, never by the column's position in one template."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from layouts.model import Project

# The labels each column is printed under on published forms (the first is the 财政部 template's).
FUNDS_LABELS: dict[str, tuple[str, ...]] = {
    "initial": ("年初预算数", "年初预算", "年初预算数（万元）"),
    "budget": ("全年预算数", "调整后预算数", "全年预算数（A）", "调整预算数", "预算数"),
    "executed": ("全年执行数", "实际执行数", "全年执行数（B）", "预算执行数", "执行数"),
    "weight": ("分值", "权重", "分值（10分）"),
    "rate": ("执行率", "预算执行率", "执行率（B/A）"),
    "score": ("得分", "自评得分", "自评分"),
}
INDICATOR_LABELS: dict[str, tuple[str, ...]] = {
    "target": ("年度指标值", "年度目标值", "指标值", "预期指标值", "目标值"),
    "actual": ("实际完成值", "全年实际值", "完成值", "实际值"),
    "weight": ("分值", "权重"),
    "score": ("得分", "自评得分", "自评分"),
}
# The orders the columns are printed in (the money columns keep theirs: 年初 before 全年 before 执行).
FUNDS_ORDERS: tuple[tuple[str, ...], ...] = (
    ("initial", "budget", "executed", "weight", "rate", "score"),  # 财政部 2020
    ("initial", "budget", "executed", "rate", "weight", "score"),  # 四川: 预算执行率 | 权重 | 得分
    ("budget", "executed", "weight", "rate", "score"),  # no 年初预算数
    ("budget", "executed", "rate", "weight", "score"),
    ("initial", "budget", "executed", "rate", "score", "weight"),
)
INDICATOR_ORDERS: tuple[tuple[str, ...], ...] = (
    ("target", "actual", "weight", "score"),
    ("weight", "target", "actual", "score"),  # 安徽: 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分
)


@dataclass(frozen=True)
class Columns:
    funds: tuple[tuple[str, str], ...]  # (field, label) in printed order
    indicators: tuple[tuple[str, str], ...]
    total_label: str = "总分"


def pick(seed: int) -> Columns:
    """A random choice of orders and labels (each label of a column from its list)."""
    rnd = random.Random(seed)
    f = rnd.choice(FUNDS_ORDERS)
    i = rnd.choice(INDICATOR_ORDERS)
    return Columns(tuple((k, rnd.choice(FUNDS_LABELS[k])) for k in f),
                   tuple((k, rnd.choice(INDICATOR_LABELS[k])) for k in i), rnd.choice(("总分", "合计")))


def labelled(f: Sequence[str], i: Sequence[str], flabels: dict[str, str] | None = None,
             ilabels: dict[str, str] | None = None) -> Columns:
    """Columns in the orders ``f`` and ``i``, each under its first label unless ``flabels`` / ``ilabels`` say."""
    fl, il = flabels or {}, ilabels or {}
    return Columns(tuple((k, fl.get(k, FUNDS_LABELS[k][0])) for k in f),
                   tuple((k, il.get(k, INDICATOR_LABELS[k][0])) for k in i))


def _n(d: object) -> str:
    return f"{d:.2f}"


def rows(p: Project, c: Columns) -> list[list[str]]:
    """The form as rows of cells (blank cells as "")."""
    fields = [k for k, _ in c.funds]
    total = {"initial": _n(p.initial), "budget": _n(p.budget), "executed": _n(p.executed),
             "weight": _n(p.exec_weight), "rate": f"{p.rate:.2f}%", "score": _n(p.exec_score)}

    def part(values: tuple[object, object, object]) -> list[str]:
        money = dict(zip(("initial", "budget", "executed"), (_n(x) for x in values), strict=True))
        return [money.get(k, "") for k in fields]

    out = [
        [f"项目支出绩效自评表（{p.year}年度）"],
        ["项目名称", p.name],
        ["主管部门", p.dept, "实施单位", p.unit],
        ["项目资金（万元）", *(label for _, label in c.funds)],
        ["年度资金总额", *(total[k] for k in fields)],
        ["其中：当年财政拨款", *part(p.current)],
        ["上年结转资金", *part(p.carried)],
        ["其他资金", *([""] * len(fields))],
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["完成年度工作任务", "已完成年度工作任务"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", *(label for _, label in c.indicators), "偏差原因分析及改进措施"],
    ]
    last1 = last2 = ""
    for ind in p.indicators:
        cell = {"target": ind.target, "actual": ind.actual, "weight": _n(ind.weight), "score": _n(ind.score)}
        l1 = ind.level1 if ind.level1 != last1 else ""
        l2 = ind.level2 if ind.level2 != last2 else ""
        last1, last2 = ind.level1, ind.level2
        out.append(["", l1, l2, ind.name, *(cell[k] for k, _ in c.indicators), ind.reason])
    at = {k: n for n, (k, _) in enumerate(c.indicators)}
    tail = [""] * len(c.indicators)
    tail[at["weight"]], tail[at["score"]] = _n(p.total_weight), _n(p.total)
    out.append([c.total_label, "", "", "", *tail])
    return out
