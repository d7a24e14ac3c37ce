"""A rule table whose column after the weight is named 考核内容 (考核项目 | 序号 | 考核指标 | 分值 | 考核内容: a 水土保持目标
责任制考核 table, a page of session 47). 考核内容 names the indicator in other tables, so the header had three name columns
and no rule: it was refused and nothing was read. Now a name column after the weight, where the rows are named before
it, is what a row is assessed on, its rule (``rulewords.settle``), and a table's header is judged after settling
(``ruletable_columns.header``). Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_ROWS = [("组织领导", "1", "工作领导机制", "15", "建立健全工作机制"),
         ("", "2", "目标责任制", "15", "建立并实施目标责任制和考核奖惩制度"),
         ("综合治理", "3", "治理任务完成", "40", "年度治理任务完成情况"),
         ("", "4", "治理资金落实", "30", "项目资金落实和使用情况")]


@pytest.mark.parametrize("after", ["考核内容", "评分标准"])
def test_content_after_weight_is_the_rule(tmp_path: Path, after: str) -> None:
    lines = ["某县水土保持目标责任制考核表", "", f"| 考核项目 | 序号 | 考核指标 | 分值 | {after} |"]
    lines += [f"| {' | '.join(r)} |" for r in _ROWS] + ["| 合计 | | | 100 | |"]
    docs = [d for d in read_path(write(tmp_path, "\n".join(lines) + "\n")).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    got = [(i.level3.str_, i.weight.dec, i.rule_text.str_) for i in docs[0].indicators]
    assert got == [(r[2], Decimal(r[3]), r[4]) for r in _ROWS]
    assert docs[0].total_weight.dec == Decimal(100)
