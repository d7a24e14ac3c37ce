"""A rule table a cell a line whose header prints no weight label (一级指标 | 二级指标 | 评分标准) though each row prints its
weight between its name and its rule (洮南市农机购置补贴政策落实绩效管理考核指标, a page of session 47), under a title that
ends in 考核指标. Before, the title was taken for a name column and no weight column was found: only the four first
levels' bracketed weights were read. Now a title before 一级指标 is no column, and where three rows or more print a
number right before their rule's text, the weight column's label is put back, said in its label (分值(表头未印))
(``ruletable_pipes._unlabelled_weight``). Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write

_ROWS = [("1", "制度建设", "20分)", "建立健全管理制度", "20", "建立资金管理等制度的得20分,每缺一项扣5分。"),
         ("2", "重点工作", "50分)", "补贴对象公示", "20", "按规定公示补贴对象的得20分,未公示的扣10分。"),
         ("3", "", "", "信息公开", "18", "按时公开信息的得18分,不及时的每次扣1分。"),
         ("4", "", "", "材料上报", "12", "按要求上报材料的得12分,不完整的每次扣0.5分。")]


def _text(labelled: bool) -> str:
    head = ["一级指标", "二级指标", *(["分值"] if labelled else []), "评分标准"]
    cells = [c for row in _ROWS for c in row if c]
    return "\n\n".join(["示例市农机补贴政策落实绩效管理考核指标", "日期: 2023-06-08", *head, *cells]) + "\n"


@pytest.mark.parametrize("labelled", [False, True])
def test_weight_column_without_its_label(tmp_path: Path, labelled: bool) -> None:
    docs = [d for d in read_path(write(tmp_path, _text(labelled))).documents if d.type == "assessment_rules"]
    assert len(docs) == 1
    got = [(i.level3.str_, i.weight.dec) for i in docs[0].indicators]
    assert got == [(r[3], Decimal(r[4])) for r in _ROWS]
