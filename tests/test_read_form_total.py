"""A project form's total and grade under every label published forms give them: the total row as 总分, 合计, 总计,
得分合计, 综合得分, 自评总分 or 总得分 (spaces inside: 合  计), the grade under 评分等级, 自评等级, 绩效等级, 评价等级, 评定等级 or
等级 alone after the total, in a cell of its own or after its label and a colon (自评等级：良). Generated forms
(``layouts/columns.py``) in four separators; a planted total mistake found under each label."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts import columns, model, render
from layouts.files import write

TOTALS = ["总分", "合计", "总计", "得分合计", "综合得分", "自评总分", "总得分", "合  计"]
GRADES = [(["评价等级", "优"], "优"), (["自评等级：良"], "良"), (["等级", "优秀"], "优秀"), (["评定等级", "良好"], "良好"),
          (["绩效等级：优"], "优"), (["自评等级：基本合格"], "基本合格")]
LAYOUTS = ["pipes", "pipes_collapsed", "row_lines", "cell_lines"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("label", TOTALS)
def test_the_total_row_under_each_label(tmp_path: Path, layout: str, label: str) -> None:
    seed = TOTALS.index(label) + 1
    p = model.invent(seed)
    rows = columns.rows(p, columns.pick(seed))
    rows[-1][0] = label
    result = audit_paths([str(write(tmp_path, getattr(render, layout)(rows)))])
    (doc,) = result.documents
    assert (doc.total_weight.dec, doc.total_score.dec) == (p.total_weight, p.total)
    assert not [x.kind for x in result.findings if x.severity == "error"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("cells", "grade"), GRADES)
def test_the_grade_under_each_label(tmp_path: Path, layout: str, cells: list[str], grade: str) -> None:
    p = model.invent(3)
    rows = [*columns.rows(p, columns.pick(3)), cells]
    (doc,) = audit_paths([str(write(tmp_path, getattr(render, layout)(rows)))]).documents
    assert doc.grade.str_ == grade
    assert doc.total_score.dec == p.total


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("label", ["得分合计", "综合得分", "总得分"])
def test_a_total_mistake_is_found_under_the_other_labels(tmp_path: Path, layout: str, label: str) -> None:
    p = model.invent(5, mistake="total")
    rows = columns.rows(p, columns.pick(5))
    rows[-1][0] = label
    result = audit_paths([str(write(tmp_path, getattr(render, layout)(rows)))])
    assert "total_sum" in {x.kind for x in result.findings if x.severity == "error"}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_words_after_a_grade_label_that_are_no_grade_are_not_a_grade(tmp_path: Path, layout: str) -> None:
    """自评等级：待定 (or 优良中差, the scale): no grade read; and a grade read before is not replaced by one said later."""
    p = model.invent(3)
    (doc,) = audit_paths([str(write(tmp_path, getattr(render, layout)(
        [*columns.rows(p, columns.pick(3)), ["自评等级：待定"]]), "a.txt"))]).documents
    assert doc.grade.value is None
    (doc,) = audit_paths([str(write(tmp_path, getattr(render, layout)(
        [*columns.rows(p, columns.pick(3)), ["评价等级", "良"], ["自评等级：优良中差"]]), "b.txt"))]).documents
    assert doc.grade.str_ == "良"
