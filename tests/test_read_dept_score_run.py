"""A department score table run together whose header puts the weight after the name and the score after the rule
(一级指标二级指标三级指标指标分值指标解释计分标准自评得分备注), the whole table in one run or a preview's chunks: each row
is its name, its weight glued after it, its explanation and rule closing in their stops, then its score glued before
the next name. The weight is read after the name and the score after the stop (the rule tables' reading took the
score for the weight: every row unread and false tree_weight errors), confirmed by the groups' weights and the
scores' bounds; the glued total (合计7563.5) is cut where its weight is the rows' sum. A wrong total is found; a
table the arithmetic does not confirm is not read, with no error (generator ``tests/layouts/scores``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.render import one_run
from layouts.scorepreview import previewed
from layouts.scores import INPUT_LEVELS, LEVELS, RULE_OPENINGS, ScoreTable, invent_scores, score_rows

LEVEL_SETS = {"部门": LEVELS, "投入过程": INPUT_LEVELS}
SHAPES = {"one_run": one_run, "preview": previewed}


@pytest.mark.parametrize("levels", sorted(LEVEL_SETS))
@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("seed", [1, 3, 5])
def test_a_score_table_run_together_reads_weights_after_names_and_scores_after_stops(
        tmp_path: Path, levels: str, shape: str, seed: int) -> None:
    t = invent_scores(seed, levels=LEVEL_SETS[levels])
    text = SHAPES[shape](score_rows(t, openings=RULE_OPENINGS))
    read_whole(tmp_path, text, t)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_wrong_total_of_a_score_table_run_together_is_found(tmp_path: Path, shape: str) -> None:
    t = invent_scores(3, "total", levels=LEVELS)
    path = write(tmp_path, SHAPES[shape](score_rows(t, openings=RULE_OPENINGS)))
    assert "total_sum" in {f.kind for f in audit_paths([str(path)]).findings if f.severity == "error"}


@pytest.mark.parametrize("mistake", ["score_over_weight", "level_weight"])
def test_a_score_table_run_together_the_arithmetic_does_not_confirm_raises_no_error(tmp_path: Path,
                                                                                    mistake: str) -> None:
    """A score above its weight, a group whose rows do not make its weight: the reading is not confirmed, nothing
    of it becomes an arithmetic error."""
    t = invent_scores(3, mistake, levels=LEVELS)
    path = write(tmp_path, one_run(score_rows(t, openings=RULE_OPENINGS)))
    assert [f.message for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


def read_whole(tmp_path: Path, text: str, t: ScoreTable) -> None:
    """The score table read from ``text`` holds every row of ``t`` (name, weight, score) and its total, and its audit
    raises no error."""
    doc = one(tmp_path, text, "dept_evaluation")
    assert [(i.level3.value, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (x.name, x.weight, x.score) for x in t.leaves]
    assert doc.total_score.dec == t.total
    assert _errors(tmp_path, text) == []


def _errors(tmp_path: Path, text: str) -> list[str]:
    return [f.message for f in audit_paths([str(write(tmp_path, text, "b.txt"))]).findings if f.severity == "error"]


def _titled(rows: list[list[str]]) -> list[list[str]]:
    return [["部门整体支出绩效评价评分表"], *rows]


@pytest.mark.parametrize("levels", sorted(LEVEL_SETS))
@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("seed", [1, 3, 5])
def test_a_score_table_run_together_rule_first_cuts_each_weight_and_score_by_the_groups(
        tmp_path: Path, levels: str, shape: str, seed: int) -> None:
    """评分标准 | 分值 | 自评得分: …扣完为止。1514.5目标实现…: each row's weight and score run together after its stop are
    cut the one way every group's weight allows (the rules' reading took 1514.5 for a weight: nothing read)."""
    t = invent_scores(seed, levels=LEVEL_SETS[levels])
    text = SHAPES[shape](_titled(score_rows(t, rule_first=True, openings=RULE_OPENINGS)))
    doc = one(tmp_path, text, "dept_evaluation")
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(x.weight, x.score) for x in t.leaves]
    assert all((i.level3.value or "").startswith(x.name) for i, x in zip(doc.indicators, t.leaves, strict=True))
    assert doc.total_score.dec == t.total
    assert _errors(tmp_path, text) == []


def test_a_wrong_total_of_a_rule_first_score_table_run_together_is_found(tmp_path: Path) -> None:
    t = invent_scores(5, "total", levels=INPUT_LEVELS)
    path = write(tmp_path, one_run(_titled(score_rows(t, rule_first=True, openings=RULE_OPENINGS))))
    assert "total_sum" in {f.kind for f in audit_paths([str(path)]).findings if f.severity == "error"}
