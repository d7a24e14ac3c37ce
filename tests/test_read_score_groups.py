"""Score tables whose groups are rows of their own (一、… | 30 | | 29, then 1、… | 15 | … | 14): each group read as
its rows' level by its numbering and its arithmetic, the rows' names without their list marks, the group's
printed score checked against its rows (generators in ``tests/layouts/groups``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from jixiao.audit import audit_paths
from jixiao.cli import app
from jixiao.read import read_path
from layouts.files import write
from layouts.groups import group_grid, group_pipes, invent_groups


def _read(tmp_path: Path, text: str) -> tuple[list[tuple[str | None, str | None, Decimal | None, Decimal | None]],
                                              Decimal | None, list[tuple[str, str, str | None]]]:
    path = write(tmp_path, text, "score.txt")
    docs = read_path(path).documents
    assert len(docs) == 1 and docs[0].type == "dept_evaluation"
    rows = [(i.level1.str_, i.level3.str_, i.weight.dec, i.score.dec) for i in docs[0].indicators]
    found = [(f.kind, f.severity, f.row) for f in audit_paths([str(path)]).findings
             if f.severity in ("error", "suspect", "warning")]
    return rows, docs[0].total_score.dec, found


@pytest.mark.parametrize("dotted", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_group_rows_become_levels(tmp_path: Path, seed: int, dotted: bool) -> None:
    t = invent_groups(seed)
    rows, total, found = _read(tmp_path, group_pipes(t, dotted))
    assert rows == [(f"{name}({w}分)", leaf, lw, ls) for name, w, _, leaves in t.groups for leaf, lw, ls in leaves]
    assert total == t.total and found == []


@pytest.mark.parametrize("seed", [1, 4])
def test_a_groups_score_that_is_not_its_rows_sum_is_found(tmp_path: Path, seed: int) -> None:
    t = invent_groups(seed, mistake=True)
    name, w, s, _ = t.groups[0]
    _, _, found = _read(tmp_path, group_pipes(t))
    assert found == [("tree_score", "error", f"{name}({w}分)")]


BANDS = "注：评价结果分为四个等级：90分（含）以上为优秀，80（含）-90分为良好，60（含）-80分为中，60分以下为差。"


def test_a_rule_table_with_group_rows_drafts_a_framework_that_passes_its_check(tmp_path: Path) -> None:
    """`jixiao framework draft`: the groups as first levels, the table's own grade bands as the draft's grades
    (60 is 中's: its 含 is written, 以下 is only the convention); with the rules chosen, `framework check` passes."""
    t = invent_groups(2)
    path = write(tmp_path, group_pipes(t, scored=False, note=BANDS), "rules.txt")
    out = CliRunner().invoke(app, ["framework", "draft", str(path)])
    assert out.exit_code == 0, out.output
    doc = YAML(typ="safe").load(out.stdout)
    assert [(n["name"], n["weight"], [(c["name"], c["weight"]) for c in n["children"]]) for n in doc["indicators"]] == [
        (name, w, [(leaf, lw) for leaf, lw, _ in leaves]) for name, w, _, leaves in t.groups]
    assert doc["grades"] == [{"grade": "差", "min": 0, "max": 60}, {"grade": "中", "min": 60, "max": 80},
                             {"grade": "良好", "min": 80, "max": 90}, {"grade": "优秀", "min": 90}]
    assert "舍入表中未给出" in out.stderr and "等级分数线" not in out.stderr
    draft = tmp_path / "my.yaml"
    draft.write_text(out.stdout.replace("rule: TODO", "rule: manual"), encoding="utf-8")
    checked = CliRunner().invoke(app, ["framework", "check", str(draft)])
    assert checked.exit_code == 0, checked.output


def test_bands_whose_boundaries_the_words_leave_open_are_not_drafted(tmp_path: Path) -> None:
    """80-90分为良 and 90分以上为优 both claim 90: the draft says so and writes no grades (never invented)."""
    t = invent_groups(3)
    note = "注：90分以上为优，80-90分为良，60-80分为中，60分以下为差。"
    out = CliRunner().invoke(app, ["framework", "draft", str(write(tmp_path, group_pipes(t, scored=False, note=note),
                                                                   "rules.txt"))])
    assert out.exit_code == 0 and "grades:" not in out.stdout
    assert "# TODO: grades — 表中写有等级分数线，但边界归属不明" in out.stdout


@pytest.mark.parametrize("seed", [1, 2])
def test_group_rows_of_a_whole_rule_table_become_levels(tmp_path: Path, seed: int) -> None:
    """A pipe table read by its columns: the group rows were rows of their own and the weights counted twice."""
    t = invent_groups(seed)
    path = write(tmp_path, group_grid(t), "rules.txt")
    docs = read_path(path).documents
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    assert [(i.level1.str_, i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [
        (f"{name}({w}分)", leaf, lw) for name, w, _, leaves in t.groups for leaf, lw, _ in leaves]
    assert [f.kind for f in audit_paths([str(path)]).findings if f.severity in ("error", "suspect")] == []
