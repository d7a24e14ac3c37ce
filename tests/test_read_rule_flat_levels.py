"""A rule table with a 分值 column whose rows run together with their weighted level labels (部门决策(24分)目标设定(20分)
绩效目标合理性10): the labels are the rows' levels (each under the one before while its weight fits there), the
name is the rest, the weight the digits ending the row; a label tree that took the labels for the rows is read
again this way (generators in ``tests/layouts/labeltree``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_path
from layouts import render
from layouts.labeltree import invent_tree, tree_rows


@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_weighted_levels_at_the_rows_heads(tmp_path: Path, seed: int, blank: bool) -> None:
    t = invent_tree(seed, scored=False)
    path = tmp_path / "rules.txt"
    path.write_text(render.run_together(tree_rows(t, merged=not blank, weight_column=True)), encoding="utf-8")
    docs = read_path(path).documents
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    assert [(i.level1.str_, i.level2.str_, i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [
        (f"{x.level1}({t.label_weights[x.level1]}分)", f"{x.level2}({t.label_weights[x.level2]}分)", x.name, x.weight)
        for x in t.leaves]
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


def test_a_first_level_whose_rows_have_no_second(tmp_path: Path) -> None:
    """投入(20分)在职人员控制率10 … 过程(30分)预算完成率15: a label that does not fit in the level before it opens a
    first level of its own."""
    text = ("部门整体支出绩效评价指标体系\n一级指标三级指标分值\n投入(20分)在职人员控制率10\n三公经费变动率10\n"
            "过程(30分)预算完成率15\n资金使用合规性15\n")
    path = tmp_path / "rules.txt"
    path.write_text(text, encoding="utf-8")
    docs = read_path(path).documents
    assert [(i.level1.str_, i.level3.str_, i.weight.dec) for d in docs for i in d.indicators] == [
        ("投入(20分)", "在职人员控制率", 10), ("投入(20分)", "三公经费变动率", 10),
        ("过程(30分)", "预算完成率", 15), ("过程(30分)", "资金使用合规性", 15)]


@pytest.mark.parametrize("shape", ["pipes_unled", "run_together"])
@pytest.mark.parametrize("scored", [False, True])
def test_weight_columns_in_pipes_without_a_leading_pipe_or_run_together(tmp_path: Path, shape: str,
                                                                         scored: bool) -> None:
    """一级指标 | 二级指标 | 三级指标 | 分值 [| 得分] with no pipe opening the rows (绩效指标明确性 | 10 |), or run
    together: a pipe parts the words as a space does, never part of a name."""
    t = invent_tree(4, scored=scored)
    path = tmp_path / "rules.txt"
    path.write_text(getattr(render, shape)(tree_rows(t, weight_column=True)), encoding="utf-8")
    docs = read_path(path).documents
    assert len(docs) == 1
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in docs[0].indicators] == [
        (x.name, x.weight, x.score) for x in t.leaves]
