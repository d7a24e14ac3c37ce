"""A department's score table whose header runs over three rows, the score column named only in the first (湛江市
部门(单位)整体支出绩效自评评分表: 评价指标 | 指标说明 | 评分标准 | 扣分原因 | 得分, over 一级指标 | 二级指标 | 三级指标,
over 名称 | 权重(%) | 名称 | 权重(%) | 名称 | 权重(%)). Before, the header was read from its level words on, the 得分
above them lost: the scores were never read and the table was taken for a scoring-rule table. Now the score column
the first row names stands after the levels' weights (``labeltree_atoms.find_header``): each row's score is read, the
table is the department's, and a score above its weight is found. Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

# (name, weight, score) of each row with a score, in order
_ROWS = [("工作小组组建", "8", "8"), ("材料报送及时性", "5", "5"), ("材料报送质量", "5", "4"), ("目标申报情况", "6", "6"),
         ("目标合理性", "6", "5")]


def _text(scores: list[str]) -> str:
    s = scores
    return "\n".join([
        "某市部门(单位)整体支出绩效自评评分表", "单位: | |||||||||",
        "评价指标 | 指标说明 | 评分标准 | 扣分原因 | 得分 | |||||", "一级指标 | 二级指标 | 三级指标 | |||||||",
        "名称 | 权重(%) | 名称 | 权重(%) | 名称 | 权重(%) | ||||",
        f"前期准备 | 18 | 自评工作 | 18 | 工作小组组建 | 8 | 是否成立评价工作小组。 | 未成立的扣8分。 | {s[0]} | |",
        f"材料报送及时性 | 5 | 是否按时报送材料。 | 按时报送得5分。 | {s[1]} | |||||",
        f"材料报送质量 | 5 | 材料是否真实齐全。 | 真实齐全得5分。 | {s[2]} | |||||",
        f"目标设置 | 12 | 目标申报情况 | 6 | 是否按规定申报。 | 按规定申报得6分。 | {s[3]} | |||",
        f"目标合理性 | 6 | 目标是否符合实际。 | 符合得6分。 | {s[4]} | |||||"]) + "\n"


def test_the_score_column_named_above_the_levels_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, _text([s for _, _, s in _ROWS]), "score.txt")
    (doc,) = read_path(path).documents
    assert doc.type == "dept_evaluation"
    scored = [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators if i.score.dec is not None]
    assert scored == [(n, Decimal(w), Decimal(s)) for n, w, s in _ROWS]
    assert not [f for f in audit_paths([str(path)]).findings if f.severity == "error"]


@pytest.mark.parametrize("row", range(len(_ROWS)))
def test_a_score_above_its_weight_is_found(tmp_path: Path, row: int) -> None:
    scores = [s for _, _, s in _ROWS]
    scores[row] = str(int(_ROWS[row][1]) + 2)
    path = write(tmp_path, _text(scores), "score.txt")
    found = [f for f in audit_paths([str(path)]).findings if f.severity == "error"]
    assert [f.row for f in found] == [_ROWS[row][0]]
