"""A scoring-rule table run together with spaces: the first row's name glued to the header's last label and each
next name glued to the rule before it are the rows' own names, every row read with its weight (generator:
``tests/layouts/spacedrules``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.files import write
from layouts.spacedrules import invent_spaced_rules


@pytest.mark.parametrize("total", [False, True])
@pytest.mark.parametrize("last_column", ["备注", "评分标准"])
@pytest.mark.parametrize("seed", range(3))
def test_names_glued_to_the_header_and_the_rule_before(tmp_path: Path, seed: int, last_column: str,
                                                       total: bool) -> None:
    text, rows = invent_spaced_rules(seed, last_column, total)
    docs = read_path(write(tmp_path, text)).documents
    assert len(docs) == 1 and docs[0].type == "assessment_rules"
    assert [(i.level3.str_, i.weight.dec) for i in docs[0].indicators] == rows
    if total:
        assert docs[0].total_weight.dec == sum(w for _, w in rows)
