"""A rule table whose 得分 column is left blank, its rows one a line with the empty cells collapsed (决策(20分) | 项目立项(10分)
| 立项依据充分性 | 5 | 评分标准 …, then 立项程序规范性 | 5 | …): the evaluation score table's reader took each row's
"score" from the next row's weight (``evalform._scores_off_rows``). A score is never read from another row's line in
a table that gives each row a line: the file is a rule table, no score is read, and no error is raised."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path

ROWS = [("决策(20分)", "项目立项(10分)", "立项依据充分性", 5), ("", "", "立项程序规范性", 5),
        ("", "绩效目标(10分)", "绩效目标合理性", 5), ("", "", "绩效指标明确性", 5),
        ("过程(20分)", "资金管理(10分)", "资金到位率", 5), ("", "", "预算执行率", 5),
        ("", "组织实施(10分)", "管理制度健全性", 5), ("", "", "制度执行有效性", 5),
        ("产出(40分)", "产出数量(20分)", "实际完成率", 20), ("", "产出质量(20分)", "质量达标率", 20),
        ("效益(20分)", "项目效益(20分)", "社会效益", 10), ("", "", "满意度", 10)]


def _table(collapsed: bool) -> str:
    lines = ["项目支出绩效评价指标体系及评分标准", "| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分 |"]
    for a, b, c, w in ROWS:
        lines.append(f"| {a} | {b} | {c} | {w} | 符合要求得{w}分，否则酌情扣分。 | |")
    lines.append("| 合计 | | | 100 | | |")
    if collapsed:
        lines = [re.sub(r"(\| )+\|", "|", x).strip("| ") for x in lines]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("collapsed", [False, True])
def test_no_score_is_taken_from_the_next_row(tmp_path: Path, collapsed: bool) -> None:
    p = tmp_path / "rules.txt"
    p.write_text(_table(collapsed), encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["assessment_rules"]
    assert all(i.score.value is None for i in docs[0].indicators)
    assert [f for f in audit_paths([str(p)]).findings if f.severity == "error"] == []
