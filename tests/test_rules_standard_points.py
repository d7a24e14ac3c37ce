"""A rule outline whose headings print their weight as 标准分 in a bracket ("一、政务服务工作(标准分30分)", "(一)政务服务标准化
(标准分10分)", 宁国 2023's wording): the name is the heading before the bracket, never 标准分, and the weights nest by
their sums (invented figures)."""

from __future__ import annotations

from pathlib import Path

from jixiao.read import read_path

TEXT = """2031年度政务服务工作乡镇考核细则
一、政务服务工作(标准分30分)
(一)政务服务标准化(标准分10分)
1.事项认领及动态管理情况。事项应领尽领的得3分;未认领的每项扣0.5分。
2.办事指南编制情况。指南要素齐全的得7分;有缺项的每项扣1分。
(二)网上办事(标准分20分)
1.网上可办率达到95%的得10分,每低1个百分点扣1分。
2.好差评工作开展情况,差评整改率100%的得10分。
二、热线工作(标准分70分)
(一)热线接听(标准分30分)
按时签收率100%的得30分,超时一件扣1分。
(二)热线办理(标准分40分)
按期办结率100%的得20分;群众满意率90%以上的得20分。
"""


def test_standard_points_in_brackets_name_their_headings(tmp_path: Path) -> None:
    p = tmp_path / "rules.txt"
    p.write_text(TEXT, encoding="utf-8")
    doc = next(d for d in read_path(p).documents if d.type == "assessment_rules")
    rows = [(i.level1.str_, i.level3.str_, i.weight.str_) for i in doc.indicators]
    assert [(n, w) for _, n, w in rows] == [("政务服务标准化", "10"), ("网上办事", "20"), ("热线接听", "30"),
                                             ("热线办理", "40")]
    assert [g for g, _, _ in rows] == ["政务服务工作(30分)"] * 2 + ["热线工作(70分)"] * 2
    assert not any("标准分" in (n or "") for _, n, _ in rows)


def test_a_group_its_headings_do_not_make_is_found(tmp_path: Path) -> None:
    from jixiao.audit import audit_paths

    p = tmp_path / "rules.txt"
    p.write_text(TEXT.replace("网上办事(标准分20分)", "网上办事(标准分25分)"), encoding="utf-8")
    found = [(f.kind, f.row, f.reported, f.recomputed) for f in audit_paths([p]).findings if f.kind == "tree_weight"]
    assert found == [("tree_weight", "政务服务工作(30分)", "30", "35")]
