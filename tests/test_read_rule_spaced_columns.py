"""Rule tables that print each level's weight in a 分值 column of its own (一级指标 分值 二级指标 分值 三级指标 分值),
as a document preview gives them: every cell kept apart by one space (部门决策 12 目标设定 5 绩效目标 2 …) and
each 评分标准 awarding its row's weight in bracketed parts (目标明确(1分)，目标量化(1分)). The bare weights are the
rows and levels, the bracketed ones the rules' sub-scores: the reading is taken where the levels' sums confirm
it (generator: ``layouts.runlabels.weight_columns_spaced``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read.recognise import ruletable_labels
from jixiao.read.text import read_text_file
from layouts.files import write
from layouts.labeltree import invent_tree
from layouts.runlabels import weight_columns_spaced


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("cut", [None, 7])
def test_spaced_weight_columns_read_by_their_sums(tmp_path: Path, seed: int, cut: int | None) -> None:
    t = invent_tree(seed, scored=False)
    path = write(tmp_path, weight_columns_spaced(t, cut), "rules.txt")
    docs = ruletable_labels.recognise(read_text_file(path))  # (the reader alone: forced mode)
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [
        (x.name, x.weight) for x in t.leaves[:cut]]
    if cut is None:
        assert docs[0].total_weight.dec == sum(x.weight for x in t.leaves)


def test_a_level_weight_misprinted_above_its_rows_keeps_the_reading(tmp_path: Path) -> None:
    t = invent_tree(2, scored=False, mistake="level_weight")
    path = write(tmp_path, weight_columns_spaced(t), "rules.txt")
    docs = ruletable_labels.recognise(read_text_file(path))
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == [(x.name, x.weight) for x in t.leaves]
