"""A project's (or a transfer's) evaluation score sheet whose header is printed over two rows and each cell on a line
of its own between lone pipes (铜陵郊区's 农村公益事业财政奖补项目绩效评价自评表: 序号 | 一级指标 | 二级指标 | 三级指标 |
指标说明 | 指标 | 县级 | 市级, then 分值 | 评分 | 评分 under the last three). Before, the header was not found (指标分值
and 县级评分 were split over two rows), and a scored table that is no department's was dropped: the file was read
from one sentence of its text. Now the two rows are joined (``ruletable_pipes._two_row_header``), the 县级 score is
the row's and the 市级 review column is left (``rulewords.settle``), and the sheet is a project evaluation
(``ruletable``: first levels 决策 / 过程). A row whose rule grants bonus points (加1分, 最多加2分) may score above its
weight by them, never more (``audit.totals.check_bounds``); and a rule's own words (得2分;每缺一项扣1分) are no
scoring's arithmetic (``audit.dept``). Invented figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts.files import write

# (序号, 一级指标, 二级指标, 三级指标, 指标说明, 分值, 县级评分)
_ROWS = [
    ("1", "决策(12)", "项目立项", "集体议事", "议事记录完整,得3分;每缺一个项目记录扣1分", "3", "3"),
    ("2", "", "", "申报程序", "申报材料齐全,得3分;每缺一项扣1分", "3", "2"),
    ("3", "", "资金投入", "预算安排", "按标准安排资金,得6分", "6", "6"),
    ("4", "过程(28)", "资金管理", "管理制度", "资金管理制度健全,得4分", "4", "4"),
    ("5", "", "", "核算管理", "实行专账核算,得6分", "6", "6"),
    ("6", "", "组织实施", "工作部署", "纳入重点工作部署,得2分;领导有批示的,一个加1分,最多加2分", "2", "{bonus}"),
    ("7", "", "", "项目管理", "项目管理制度健全,得16分", "16", "15"),
]


def _text(bonus: str) -> str:
    out = ["|", "2022年度某县农村公益事业奖补项目绩效评价自评表", "|", "|", "填报单位:某县财政局", "|", "|", "|"]
    head = ["序号", "一级指标", "二级指标", "三级指标", "指标说明", "指标", "县级", "市级"]
    out += [x for c in head for x in (c, "|")] + ["|"]
    out += [x for c in ("分值", "评分", "评分") for x in (c, "|")] + ["|"]
    for row in _ROWS:
        cells = [c.replace("{bonus}", bonus) for c in row]
        for c in cells:
            out += [c, "|"] if c else ["|"]
        out += ["|", "|"]  # the 市级 score left blank, then the row's end
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("bonus", ["4", "3"])
def test_two_row_header_score_sheet_read_as_project_evaluation(tmp_path: Path, bonus: str) -> None:
    docs = read_path(write(tmp_path, _text(bonus))).documents
    assert [d.type for d in docs] == ["project_self_evaluation"]
    got = [(i.level3.str_, i.weight.dec, i.score.dec) for i in docs[0].indicators]
    assert got == [(r[3], Decimal(r[5]), Decimal(r[6].replace("{bonus}", bonus))) for r in _ROWS]
    assert [i.level1.str_ for i in docs[0].indicators] == ["决策(12)"] * 3 + ["过程(28)"] * 4


def test_bonus_points_are_no_score_above_weight(tmp_path: Path) -> None:
    """工作部署 weighs 2 and its rule adds at most 2: 4 is within, 5 is over."""
    within = audit_paths([write(tmp_path, _text("4"))])
    assert not [f for f in within.findings if f.kind == "score_bounds"]
    assert not [f for f in within.findings if f.kind == "evidence_arithmetic"]  # 得3分;每缺…扣1分 is a rule
    assert not [f for f in within.findings if f.severity == "error"]
    (tmp_path / "over").mkdir()
    over = audit_paths([write(tmp_path / "over", _text("5"))])
    bounds = [f for f in over.findings if f.kind == "score_bounds"]
    assert [(f.severity, f.row, f.reported, f.recomputed) for f in bounds] == [("error", "工作部署", "5", "2")]
