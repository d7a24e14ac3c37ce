"""Indicator tables whose weights are printed in the labels (部门决策(25分) | 目标设定(10分) | 相关性(5分)): department
score tables and scoring-rule tables in every layout text gives them. The tree is rebuilt, the figures read, the
planted mistakes found, and nothing is ever an error that the reading cannot vouch for (generators in
``tests/layouts/labeltree``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.findings import Finding
from jixiao.core.records import Document
from jixiao.read import read_file, read_path
from jixiao.read.draft import draft_framework
from layouts.labeltree import TREE_MISTAKES, TreeTable, invent_tree, placeholder_then_table, tree_rows
from layouts.render import RENDERERS

ROW_LAYOUTS = ("pipes", "pipes_collapsed", "row_lines")  # rows reach the text as rows: levels told by the row


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "table.txt"
    p.write_text(text, encoding="utf-8")
    return p


def _doc(path: Path) -> Document:
    rr = read_path(path)
    assert len(rr.documents) == 1, [p.message for p in rr.problems]
    return rr.documents[0]


def _leaves(doc: Document) -> list[tuple[str | None, Decimal | None, Decimal | None]]:
    return [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators]


def _want(t: TreeTable, cut: int | None = None) -> list[tuple[str | None, Decimal | None, Decimal | None]]:
    return [(x.name, x.weight, x.score) for x in t.leaves[:cut]]


def _serious(findings: Iterable[Finding]) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.severity, f.row) for f in findings if f.severity in ("error", "suspect", "warning")]


@pytest.mark.parametrize("weight_column", [False, True])
@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_score_tables_with_weights_in_the_labels(tmp_path: Path, layout: str, merged: bool,
                                                 weight_column: bool) -> None:
    t = invent_tree(1)
    path = _write(tmp_path, RENDERERS[layout](tree_rows(t, merged, weight_column)))
    doc = _doc(path)
    assert doc.type == "dept_evaluation" and doc.total_score.dec == t.total
    assert _leaves(doc) == _want(t)
    first = doc.indicators[0]
    assert (first.level1.str_, first.level2.str_) == (
        f"部门决策({t.label_weights['部门决策']}分)", f"目标设定({t.label_weights['目标设定']}分)")
    assert doc.title is not None and "部门整体支出绩效评价得分表" in doc.title and doc.year == 2020
    assert _serious(audit_paths([str(path)]).findings) == []


@pytest.mark.parametrize("weight_column", [False, True])
@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_rule_tables_with_weights_in_the_labels_are_read_and_drafted(tmp_path: Path, layout: str,
                                                                    weight_column: bool) -> None:
    from jixiao.frameworks.loader import load_framework_text

    t = invent_tree(2, scored=False)
    path = _write(tmp_path, RENDERERS[layout](tree_rows(t, True, weight_column)))
    doc = _doc(path)
    assert doc.type == "assessment_rules"
    assert _leaves(doc) == _want(t)  # never a score the table does not print
    assert _serious(audit_paths([str(path)]).findings) == []
    draft = draft_framework(read_file(path))
    assert draft is not None and draft.leaves == len(t.leaves) and draft.notes == []
    summed = sum(x.weight for x in t.leaves)
    # no total printed: the draft says the weights' sum and leaves total_weight to the user, never writing the sum
    # as the table's (a table read in part would add up to less, and the check would then agree with the reading)
    assert f"# TODO: total_weight — 表中未印总分，已读各指标分值之和为 {summed}" in draft.text
    assert "\ntotal_weight:" not in draft.text
    assert draft.todo == len(t.leaves)  # the table states no rule: the user's to choose, marked TODO
    # what `jixiao framework check` validates: the rules left to the user, each located, and the total against the
    # default of 100 until the user writes it
    _, problems = load_framework_text(draft.text, str(path))
    todo = [p for p in problems if "TODO" in p.message]
    assert len(todo) == len(t.leaves) and [p.message for p in problems if p not in todo] == [
        f"一级指标权重之和 {summed} 不等于总分 100"], problems
    filled = re.sub(r"(?m)^( +)rule: TODO$", r"\1rule: proportional\n\1params: {full_at: 100}", draft.text)
    filled = filled.replace("\nindicators:", f"\ntotal_weight: {summed}\nindicators:", 1)  # the user's total
    fw, problems = load_framework_text(filled, str(path))
    assert fw is not None and problems == [], problems


@pytest.mark.parametrize("mistake", TREE_MISTAKES)
@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_planted_mistakes_in_score_tables_are_found(tmp_path: Path, layout: str, mistake: str) -> None:
    t = invent_tree(2, True, mistake)
    found = _serious(audit_paths([str(_write(tmp_path, RENDERERS[layout](tree_rows(t))))]).findings)
    severity = "error" if layout in ROW_LAYOUTS or mistake != "level_weight" else "suspect"
    expected = {"level_weight": ("tree_weight", severity, f"资金管理({t.label_weights['资金管理']}分)"),
                "total": ("total_sum", "error", "总分"),
                "score_over_weight": ("score_bounds", "error", t.leaves[2].name)}[mistake]
    assert found == [expected]


@pytest.mark.parametrize("layout", ROW_LAYOUTS)
def test_a_level_weight_mistake_in_a_rule_table_is_an_error_only_where_the_rows_tell_the_levels(
        tmp_path: Path, layout: str) -> None:
    t = invent_tree(2, False, "level_weight")
    found = _serious(audit_paths([str(_write(tmp_path, RENDERERS[layout](tree_rows(t))))]).findings)
    assert found == [("tree_weight", "error", f"资金管理({t.label_weights['资金管理']}分)")]


@pytest.mark.parametrize("layout", sorted(RENDERERS))
@pytest.mark.parametrize("scored", [True, False])
def test_a_table_cut_short_never_gives_an_error(tmp_path: Path, layout: str, scored: bool) -> None:
    """The excerpt ends inside a group: that group's sum is not checked (said), and nothing is an error."""
    t = invent_tree(2, scored)
    path = _write(tmp_path, RENDERERS[layout](tree_rows(t, True, False, False, 7)))
    doc = _doc(path)
    assert _leaves(doc)[:7] == _want(t, 7)
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []
    if layout in ROW_LAYOUTS:
        assert _leaves(doc) == _want(t, 7)
        assert any("截断" in p.message for p in doc.problems)


@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_levels_whose_names_were_lost_keep_their_weights_and_no_false_error(tmp_path: Path, layout: str) -> None:
    """A converter kept only "(20分)" / "(10)" of merged level cells: the leaves are read, the nameless levels
    make no group of their own (never two groups merged by an empty name)."""
    t = invent_tree(3)
    path = _write(tmp_path, RENDERERS[layout](tree_rows(t, True, False, True)))
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []
    if layout != "flattened":
        assert _leaves(_doc(path)) == _want(t)


def test_a_project_forms_indicator_block_is_left_to_the_project_readers(tmp_path: Path) -> None:
    t = invent_tree(4)
    rows = [["项目支出绩效自评表"], ["项目名称", "示例项目"], ["年度资金总额", "10", "10", "10"], *tree_rows(t)[1:]]
    from jixiao.read.recognise import labeltree

    assert labeltree.recognise(read_file(_write(tmp_path, RENDERERS["pipes"](rows)))) == []


@pytest.mark.parametrize("scored", [True, False])
@pytest.mark.parametrize("layout", ["row_lines", "flattened", "pipes"])
def test_labels_wrapped_by_a_pdf_are_joined_back(tmp_path: Path, layout: str, scored: bool) -> None:
    from layouts.labeltree import pdf_wraps

    t = invent_tree(1, scored)
    path = _write(tmp_path, RENDERERS[layout](pdf_wraps(tree_rows(t))))
    doc = _doc(path)
    assert _leaves(doc) == _want(t)
    assert doc.indicators[0].level1.str_ == f"部门决策({t.label_weights['部门决策']}分)"
    assert _serious(audit_paths([str(path)]).findings) == []


@pytest.mark.parametrize("scored", [True, False])
@pytest.mark.parametrize("layout", sorted(RENDERERS))
def test_a_rule_column_beside_labels_with_weights(tmp_path: Path, layout: str, scored: bool) -> None:
    """The rule is kept with its leaf; a rule that speaks of deductions (每降低1个百分点扣0.5分) is not taken for a
    deduction made, in any layout (a run of cells is no row)."""
    from layouts.labeltree import rule_column_rows

    t = invent_tree(5, scored)
    path = _write(tmp_path, RENDERERS[layout](rule_column_rows(t)))
    doc = _doc(path)
    assert doc.type == ("dept_evaluation" if scored else "assessment_rules")
    assert _leaves(doc) == _want(t)
    assert all((i.rule_text.str_ or "").startswith(f"{i.level3.str_}达到要求的得满分") for i in doc.indicators)
    assert _serious(audit_paths([str(path)]).findings) == []


def test_levels_whose_names_were_lost_are_drafted_for_the_user_to_name(tmp_path: Path) -> None:
    """'(20分)' left of the leaves: the draft keeps the group and its weight and asks for the name, never
    inventing one; two nameless groups are never merged into one."""
    t = invent_tree(2, scored=False)
    path = _write(tmp_path, RENDERERS["pipes"](tree_rows(t, True, False, True)))
    draft = draft_framework(read_file(path))
    assert draft is not None and draft.leaves == len(t.leaves) and draft.notes == []
    assert draft.text.count('name: "TODO"') == len({x.level1 for x in t.leaves} | {x.level2 for x in t.leaves})
    assert draft.text.count("the table lost this level's name") == draft.text.count('name: "TODO"')
    assert f"已读各指标分值之和为 {sum(x.weight for x in t.leaves)}" in draft.text


@pytest.mark.parametrize("blank_rows", [0, 3])
@pytest.mark.parametrize("layout", sorted(set(RENDERERS) - {"flattened"}))
def test_a_placeholder_group_before_another_tables_header_ends_nothing(tmp_path: Path, layout: str,
                                                                       blank_rows: int) -> None:
    """A group left for the department to fill (履职成效(10分) | 部门特性指标 | | |) with the table's last groups after
    it and a second table's header just below: those groups are the first table's still (the header ends the table
    only where it opens, no label nor number before it)."""
    from jixiao.read.recognise import labeltree

    t = invent_tree(2, scored=False)
    rows, want = placeholder_then_table(t, blank_rows)
    path = _write(tmp_path, RENDERERS[layout](rows))
    for doc in (labeltree.recognise(read_file(path))[0],  # the label tree itself, not only a second reading
                [d for d in read_path(path).documents if d.type == "assessment_rules"][0]):
        assert [(i.level3.str_, i.weight.dec) for i in doc.indicators] == [(x.name, x.weight) for x in want]
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []
