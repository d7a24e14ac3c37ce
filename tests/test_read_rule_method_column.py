"""A 检查考评 table names two rule columns after its weight: what a row loses points for (检查考评标准) and how it is
checked (检查考评方法: 查看文件、台账). 大田's 县直部门森林防灭火工作责任目标考评细则 prints 检查考评项目 | 分值 |
检查考评标准 | 检查考评方法 | 得分, a cell a line: before, the header was refused for naming the rule column twice and
the table was not recognised. Now the standard is the row's rule and the method a column of its own
(``rulewords.settle``). Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_ROWS = [  # (检查考评项目, 分值, 检查考评标准, 检查考评方法)
    ("一、预防火灾发生", "35", "因履职不到位引发火灾的,每起扣10分,扣完为止。", "查看火灾报表"),
    ("二、隐患排查整治", "15", "隐患检查不到位的发现一处扣3分,扣完为止。", "查看文件、台账"),
    ("三、防火宣传巡查", "12", "宣传不到位的发现一次扣2分。", "查看值班记录等材料"),
    ("四、值班值守", "8", "没有执行零报告制度的一次扣1分。", "抽查值班电话"),
]


def _text(lines: bool, method_first: bool) -> str:
    head = ["检查考评项目", "分值", "检查考评方法", "检查考评标准", "得分"] if method_first else \
        ["检查考评项目", "分值", "检查考评标准", "检查考评方法", "得分"]
    out = ["某县县直部门工作责任目标考评细则", "被考评部门:", "考评时间:"]
    rows = [[n, w, how, std, " "] if method_first else [n, w, std, how, " "] for n, w, std, how in _ROWS]
    if lines:
        for cells in (head, *rows):
            out += [c for cell in cells for c in (cell, "")]
    else:
        out += [" | ".join(cells) + " |" for cells in (head, *rows)]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("lines", [True, False])
@pytest.mark.parametrize("method_first", [False, True])
def test_standard_is_the_rule_method_apart(tmp_path: Path, lines: bool, method_first: bool) -> None:
    docs = [d for d in read_path(write(tmp_path, _text(lines, method_first))).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    got = [((i.level3.str_ or i.level2.str_ or i.level1.str_ or "").replace(" ", ""), i.weight.dec, i.rule_text.str_)
           for i in docs[0].indicators]
    assert got == [(n, Decimal(w), std) for n, w, std, _ in _ROWS]
