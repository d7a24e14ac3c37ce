"""Rule tables whose rows are an outline's items run together (1.政府组织(75分)食安办1.1经费保障201.1.1经费纳入预算。
(10分)…): each row is the sentence after its outline number (1.1.2) that its bracketed weight closes, the number
glued to the second level's weight before it or not; the first level's label (1.) is the rows' group, and printed
again over a page's rows it is the same group, never a new one (generator: ``layouts.runlabels.outline_items``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read.recognise import ruletable_labels
from jixiao.read.text import read_text_file
from layouts.files import write
from layouts.labeltree import invent_tree
from layouts.runlabels import outline_items


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_outline_items_read_as_rows_under_their_first_level(tmp_path: Path, seed: int) -> None:
    t = invent_tree(seed, scored=False)
    path = write(tmp_path, outline_items(t), "rules.txt")
    docs = ruletable_labels.recognise(read_text_file(path))
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    rows = docs[0].indicators
    assert [(i.level3.str_, i.weight.dec) for i in rows] == [(f"{x.name}是否达到要求", x.weight) for x in t.leaves]
    assert [i.level1.str_ for i in rows] == [f"{x.level1}({t.label_weights[x.level1]}分)" for x in t.leaves]
