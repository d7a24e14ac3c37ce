"""A rule table with a weight column per level (目标管理事项 | 分值 | 一级指标 | 分值 | 评分标准 | 自评分), its 自评分
column blank, the rows flattened to spaces: the department score table's reader, which knows one weight column, took
the first figure after a row's name and weight as its score (the next item's weight, or 1 of 一个以上得0.5分), and
the audit raised an `error` for a "score" above its weight. The table has no score: it is read as a rule table
(each item's weight under its matter's), no score is read and no error raised."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.audit import audit_paths
from jixiao.read import read_path

TEXT = ("乡镇林业发展工作目标考核细则 填报单位: 自评分: 目标管理事项 分值 一级指标 分值 评 分 标 准 自评分 "
        "造林绿化 3 新造林面积 1.5 完成新造林任务得1.5分;未完成的不得分。 "
        "苗木成活率 1 成活率达到85%,得1分;未到达的每减少10%,减0.2分。 "
        "义务植树 0.5 组织义务植树活动2次以上得0.5分;未组织的不得分。 "
        "林地管护 2 护林员到岗 1 护林员全部到岗得1分;缺岗的不得分。 "
        "防火示范点 1 建有防火示范点1个以上得1分;未建的不得分。\n")


def test_a_blank_self_score_column_is_no_score(tmp_path: Path) -> None:
    p = tmp_path / "rules.txt"
    p.write_text(TEXT, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["assessment_rules"]
    rows = {i.level3.str_: i.weight.dec for i in docs[0].indicators}
    assert rows == {"新造林面积": Decimal("1.5"), "苗木成活率": Decimal(1), "义务植树": Decimal("0.5"),
                    "护林员到岗": Decimal(1), "防火示范点": Decimal(1)}
    assert all(i.score.value is None for i in docs[0].indicators)
    assert [f.message for f in audit_paths([str(p)]).findings if f.severity == "error"] == []
