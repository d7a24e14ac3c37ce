"""An invented project form (``layouts.model.invent``) as a docx preview gives the 自评权重 layout (江西's forms: 分解目标 |
自评权重 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 | 偏差及原因分析): the 自评权重 column, left of the level labels,
holds each first level's weight, 分值 and 得分 the row's. The rows of a second level run on with no separator, each
name numbered (任务1:完成培训人次), its target and actual glued to it and the 分值 and 得分 glued into one run of digits
(…130人次1515), a 偏差原因 between one row and the next. ``cut``: the row whose 分值 and 得分 the preview put on the
next line, after its values (…任务2:按期完成率=100% / 100%1010)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from layouts.grid import Variant, _n, rows
from layouts.model import Project


def _whole(d: Decimal) -> str:
    """A weight or score as such forms print it: a whole number without decimals (11, not 11.00)."""
    return str(int(d)) if d == d.to_integral_value() else _n(d)


def two_per_level(p: Project) -> Project:
    """The form with its first two rows under one second level (数量指标: 任务1, 任务2)."""
    p.indicators[1] = replace(p.indicators[1], level2=p.indicators[0].level2)
    return p


def self_weight(p: Project, cut: str = "") -> str:
    head = rows(p, Variant(reason_column=False))
    at = next(k for k, r in enumerate(head) if r[:1] == ["绩效指标"])
    out = ["".join(r) for r in head[:at]]
    out.append("绩效指标分解目标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析")
    l1w = p.level1_weights()
    line = ""
    last1 = last2 = ""
    numbered = 0
    for i in p.indicators:
        if i.level1 != last1:
            if line:
                out.append(line)
            line = f"{i.level1} {_whole(l1w[i.level1])} "
        if i.level2 != last2:
            line += f"{i.level2} "
            numbered = 0
        last1, last2 = i.level1, i.level2
        numbered += 1
        if i.name == cut:
            out.append(f"{line}任务{numbered}:{i.name}{i.target}{i.actual}")
            line = f"{_whole(i.weight)}{_whole(i.score)}{i.reason} "
            continue
        line += f"任务{numbered}:{i.name}{i.target}{i.actual}{_whole(i.weight)}{_whole(i.score)}{i.reason}"
        line += " " if i is p.indicators[-1] or p.indicators[p.indicators.index(i) + 1].level2 != i.level2 else ""
    out.append(line)
    out.append(f"总分 {_whole(p.total_weight)} {_n(p.total)}")
    return "\n".join(out) + "\n"
