"""A 测评 / 检查考评 table's header names its columns with the assessor's words before the column's noun (测评标准 |
测评方法, 检查考评项目 | 检查考评标准): they are the rule and name columns (``rulewords._ASSESSED``). Where the header's
levels are followed by a standard before the weight and a method after it (一级指标 | 二级指标 | 测评标准 | 分值 | 测评方法
| 督查情况, 保山's 民族团结 测评指标), the standard is what a row assesses: each row is named by it, a second row of a level
starting with its standard. Before, the table was not recognised. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_ROWS = [  # (一级, 二级, 测评标准, 分值, 测评方法)
    ("重视学习工作", "加强 学习 教育", "组织专题学习不少于四次,有学习记录和考核办法。", "12", "听取汇报 材料审核"),
    ("", "", "开展主题宣传教育活动,群众知晓率达到百分之九十以上。", "9", "实地检查"),
    ("", "健全 工作 机制", "把创建工作纳入年度议事日程,主要领导担任组长。", "7", "材料审核"),
    ("", "", "做到有计划、有方案、有检查、有总结。", "6", "材料审核 实地检查"),
    ("依法维护稳定", "化解 矛盾 纠纷", "有健全的矛盾排查调处机制和突发事件处置预案。", "11", "日常掌握"),
]


def _pipes(method_first: bool) -> str:
    head = "一级 指标 | 二级 指标 | 测评标准 | 分值 | 测评 方法 | 督查情况 |"
    lines = ["某市创建“进机关”测评指标", head]
    for l1, l2, std, w, how in _ROWS:
        cells = [c for c in (l1, l2) if c] + [std, w, how, ""]
        lines.append(" | ".join(cells) + " |")
        lines.append("| ||" if method_first else "|")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("stray", [True, False])
def test_rows_named_by_their_standard(tmp_path: Path, stray: bool) -> None:
    (doc,) = [d for d in read_path(write(tmp_path, _pipes(stray))).documents if d.type == "assessment_rules"]
    got = [(i.level3.str_ or i.level2.str_, i.weight.dec) for i in doc.indicators]
    assert [(n.replace(" ", "") if n else n, w) for n, w in got] == [(r[2], Decimal(r[3])) for r in _ROWS]
    assert [i.level1.str_ for i in doc.indicators] == ["重视学习工作"] * 4 + ["依法维护稳定"]
