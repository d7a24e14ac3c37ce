"""Scoring tables with the weights in their labels whose table structure was lost (document-preview pages run
everything together; law sites give one cell a line, a first-level label one character a line): the tree is
rebuilt from the labels and their sums, the figures read, the planted mistakes found, never a false error, and a
rule table drafted into a framework that ``framework check`` reads (generators in ``tests/layouts/runlabels``)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from typer.testing import CliRunner

from jixiao.audit import audit_paths
from jixiao.cli import app
from jixiao.core.records import Document
from jixiao.read import read_file, read_path
from layouts.files import write
from layouts.labeltree import TREE_MISTAKES, TreeTable, invent_tree
from layouts.runlabels import RULE_LAYOUTS, RUN_LAYOUTS, SCORED_LAYOUTS

Leaf = tuple[str | None, Decimal | None, Decimal | None]


def _read(tmp_path: Path, text: str) -> tuple[Path, Document, list[tuple[str, str, str | None]]]:
    """The file written, its one document and the findings that report something (error, suspect, warning)."""
    path = write(tmp_path, text, "table.txt")
    rr = read_path(path)
    assert len(rr.documents) == 1, [p.message for p in rr.problems]
    found = [(f.kind, f.severity, f.row) for f in audit_paths([str(path)]).findings
             if f.severity in ("error", "suspect", "warning")]
    return path, rr.documents[0], found


def _rows(doc: Document, t: TreeTable | None = None, cut: int | None = None) -> list[Leaf]:
    """The rows read (name, weight, score), or with ``t`` the rows the invented table has."""
    if t is not None:
        return [(x.name, x.weight, x.score) for x in t.leaves[:cut]]
    return [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("layout", sorted(SCORED_LAYOUTS))
def test_score_tables_whose_structure_was_lost(tmp_path: Path, layout: str, seed: int) -> None:
    t = invent_tree(seed)
    _, doc, found = _read(tmp_path, SCORED_LAYOUTS[layout](t))
    assert doc.type == "dept_evaluation" and doc.total_score.dec == t.total
    assert _rows(doc) == _rows(doc, t)
    first = doc.indicators[0]
    assert (first.level1.str_, first.level2.str_) == (
        f"部门决策({t.label_weights['部门决策']}分)", f"目标设定({t.label_weights['目标设定']}分)")
    if layout != "scores_only":
        assert all((i.rule_text.str_ or "").startswith(f"{i.level3.str_}达到要求的得满分") for i in doc.indicators)
    assert doc.title is not None and "部门整体支出绩效评价得分表" in doc.title
    assert found == []


@pytest.mark.parametrize("seed", [2, 5])
@pytest.mark.parametrize("layout", sorted(RULE_LAYOUTS))
def test_rule_tables_whose_structure_was_lost_are_read_and_drafted(tmp_path: Path, layout: str, seed: int) -> None:
    """`jixiao framework draft FILE > my.yaml`, then `jixiao framework check my.yaml`: the rules the text does
    not state are the only problems, each located and marked TODO; once chosen, the draft passes."""
    t = invent_tree(seed, scored=False)
    path, doc, found = _read(tmp_path, RULE_LAYOUTS[layout](t))
    assert doc.type == "assessment_rules"
    assert [(i.level1.str_, i.level2.str_) for i in doc.indicators] == [
        (f"{x.level1}({t.label_weights[x.level1]}分)", f"{x.level2}({t.label_weights[x.level2]}分)") for x in t.leaves]
    assert _rows(doc) == _rows(doc, t)  # never a score the table does not print
    assert doc.total_weight.dec == sum(x.weight for x in t.leaves)
    assert found == []
    runner = CliRunner()
    out = runner.invoke(app, ["framework", "draft", str(path)])
    assert out.exit_code == 0, out.output
    yaml = YAML(typ="safe").load(out.stdout)
    assert yaml["total_weight"] == sum(x.weight for x in t.leaves)
    assert [(n["name"], n["weight"]) for n in yaml["indicators"]] == [
        (name, t.label_weights[name]) for name in dict.fromkeys(x.level1 for x in t.leaves)]
    draft = tmp_path / "my.yaml"
    draft.write_text(out.stdout, encoding="utf-8")
    todo = len(re.findall(r"(?m)^ +rule: TODO$", out.stdout))
    checked = runner.invoke(app, ["framework", "check", str(draft)])
    assert checked.exit_code == (2 if todo else 0), checked.output
    assert len([ln for ln in checked.stderr.splitlines() if "TODO" in ln and ln.startswith(f"{draft}:")]) == todo
    draft.write_text(out.stdout.replace("rule: TODO", "rule: manual"), encoding="utf-8")
    assert runner.invoke(app, ["framework", "check", str(draft)]).exit_code == 0


@pytest.mark.parametrize("mistake", TREE_MISTAKES)
@pytest.mark.parametrize("layout", sorted(SCORED_LAYOUTS))
def test_planted_mistakes_are_found(tmp_path: Path, layout: str, mistake: str) -> None:
    t = invent_tree(2, True, mistake)
    _, _, found = _read(tmp_path, SCORED_LAYOUTS[layout](t))
    # the levels were placed by their weights: a level whose rows do not make its weight may be their misplacement
    expected = {"level_weight": ("tree_weight", "suspect", f"资金管理({t.label_weights['资金管理']}分)"),
                "total": ("total_sum", "error", "总分"),
                "score_over_weight": ("score_bounds", "error", t.leaves[2].name)}[mistake]
    assert found == [expected]


@pytest.mark.parametrize("scored", [True, False])
@pytest.mark.parametrize("layout", sorted(RUN_LAYOUTS))
def test_a_table_cut_short_is_said_and_never_an_error(tmp_path: Path, layout: str, scored: bool) -> None:
    t = invent_tree(2, scored)
    _, doc, found = _read(tmp_path, RUN_LAYOUTS[layout](t, cut=7))
    assert _rows(doc) == _rows(doc, t, 7)
    assert doc.extra.get("indicators_incomplete")
    assert [f for f in found if f[1] == "error"] == []


def test_a_row_whose_text_holds_two_lone_numbers_has_no_score_guessed(tmp_path: Path) -> None:
    """重点工作(15分) followed by two unnamed items each with its score: neither is taken for the row's."""
    text = ("2021年度部门整体支出绩效评价指标体系评分表一级指标二级指标评分标准得分履职效能(35分)工作目标(20分)"
            "目标依据充分性(10分)是否依据法律法规设定。已完成10工作目标合理性(10分)是否符合客观实际。已完成9"
            "重点工作(15分)村集体经济发展有提升已完成7.5征地拆迁按时完成已完成7.5总分34\n")
    _, doc, _ = _read(tmp_path, text)
    assert doc.type == "dept_evaluation"
    assert _rows(doc) == [("目标依据充分性", Decimal(10), Decimal(10)), ("工作目标合理性", Decimal(10), Decimal(9)),
                            ("重点工作", Decimal(15), None)]
    assert any("重点工作" in p.message and "得分" in p.message for p in doc.problems)


def test_a_project_form_is_left_to_the_project_readers(tmp_path: Path) -> None:
    from jixiao.read.recognise import ruletable_labels

    t = invent_tree(4)
    text = "项目支出绩效自评表\n年度资金总额 10 10 10\n" + RUN_LAYOUTS["run_together"](t)
    assert ruletable_labels.recognise(read_file(write(tmp_path, text))) == []


def test_names_keep_their_bracketed_notes_but_not_list_marks(tmp_path: Path) -> None:
    """科技(制度、方法、机制等)创新(5分): the note is part of the name; (二)项目组织(8分): the list mark is not."""
    text = ("部门整体支出绩效评价指标体系评分细则\n一级指标二级指标三级指标评分标准\n"
            "(一)可持续发展能力(15分)重点改革(重点工作)完成情况(5分)按期完成的得5分，否则不得分。"
            "科技(制度、方法、机制等)创新(5分)有创新的得5分，否则不得分。人才培养(5分)开展培训的得5分，否则不得分。"
            "(二)项目组织(8分)组织管理(6分)到位的得6分。项目档案(2分)齐全的得2分。合计23\n")
    _, doc, found = _read(tmp_path, text)
    assert doc.type == "assessment_rules"
    assert [(i.level1.str_, i.level3.str_, i.weight.dec) for i in doc.indicators] == [
        ("可持续发展能力(15分)", "重点改革(重点工作)完成情况", Decimal(5)),
        ("可持续发展能力(15分)", "科技(制度、方法、机制等)创新", Decimal(5)),
        ("可持续发展能力(15分)", "人才培养", Decimal(5)),
        ("项目组织(8分)", "组织管理", Decimal(6)), ("项目组织(8分)", "项目档案", Decimal(2))]
    assert doc.total_weight.dec == 23 and found == []


@pytest.mark.parametrize("after", ["| 优", " 评价等级：优", "分 等级为优"])
def test_the_grade_after_the_total_is_read(tmp_path: Path, after: str) -> None:
    t = invent_tree(1)
    text = SCORED_LAYOUTS["run_together"](t).rstrip("\n") + f"{after}\n"
    _, doc, found = _read(tmp_path, text)
    assert doc.total_score.dec == t.total and doc.grade.str_ == "优" and found == []


def test_weights_in_square_brackets(tmp_path: Path) -> None:
    text = ("项目支出绩效评价评分细则\n一、项目决策【10分】1.立项依据充分性【5分】依据充分的得5分，否则不得分。"
            "2.绩效目标合理性[5分]目标合理的得5分，否则不得分。二、项目管理【6分】1.资金到位率【6分】全部到位的得6分，"
            "每降低1个百分点扣0.5分。合计16\n")
    _, doc, found = _read(tmp_path, text)
    assert [(i.level1.str_, i.level3.str_, i.weight.dec) for i in doc.indicators] == [
        ("项目决策(10分)", "立项依据充分性", Decimal(5)), ("项目决策(10分)", "绩效目标合理性", Decimal(5)),
        ("项目管理(6分)", "资金到位率", Decimal(6))]
    assert doc.type == "assessment_rules" and doc.total_weight.dec == 16 and found == []


@st.composite
def _trees(draw: st.DrawFn) -> list[tuple[int, Decimal]]:
    """A three-level indicator tree in reading order: (depth, weight), each group's weight its rows' sum."""
    out: list[tuple[int, Decimal]] = []
    for _ in range(draw(st.integers(1, 4))):
        groups = [[Decimal(draw(st.integers(1, 12))) for _ in range(draw(st.integers(1, 4)))]
                  for _ in range(draw(st.integers(1, 3)))]
        out.append((0, sum((sum(g, Decimal(0)) for g in groups), Decimal(0))))
        for g in groups:
            out += [(1, sum(g, Decimal(0))), *((2, w) for w in g)]
    return out


@settings(max_examples=150, deadline=None)
@given(_trees())
def test_a_pure_list_is_always_read_into_groups_that_make_their_weights(tree: list[tuple[int, Decimal]]) -> None:
    """Whatever the weights, the sums reading of a whole list (closed by its total) finds a reading (the true one
    is among them), every first level is a group, and every group's rows make its weight exactly."""
    from jixiao.read.recognise.ruletable_sums import parse

    weights = [w for _, w in tree]
    parent = parse(weights, cut=False)
    assert parent is not None
    assert all(parent[i] is not None or any(p == i for p in parent) for i in range(len(weights)))
    for g in set(p for p in parent if p is not None):
        assert sum((weights[i] for i, p in enumerate(parent) if p == g), Decimal(0)) == weights[g]
