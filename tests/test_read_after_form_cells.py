"""A department's score table printed one cell a line, a lone ``|`` line after each cell, after a project's form
on the same page: the text table reader takes the score table's header lines into the form's pipe table as one
more row, so the form seemed to hold every line down to the scores. The lines a form holds are its rows up to the
last one a value was read from and those right after it; a row after a blank line past it is another document's
(``read.complement._held_lines``), and the score table is read as the department's, every weight and score."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.read import read_path
from layouts.archive import form
from layouts.scores import INPUT_LEVELS, invent_scores, score_rows


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_score_table_after_a_form_is_read(tmp_path: Path, seed: int) -> None:
    t = invent_scores(seed, levels=INPUT_LEVELS)
    rows = score_rows(t)
    cells = [x for row in rows[1:] for x in row if x]
    text = "\n".join([*form(), rows[0][0], *(y for x in cells for y in (x, "|"))]) + "\n"
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    docs = read_path(p).documents
    assert [d.type for d in docs] == ["project_self_evaluation", "dept_evaluation"]
    dept = docs[1]
    got = [(i.level3.str_, i.weight.dec, i.score.dec) for i in dept.indicators]
    assert got == [(x.name, x.weight, x.score) for x in t.leaves]
    assert docs[0].funds["total"].executed.dec == 18
