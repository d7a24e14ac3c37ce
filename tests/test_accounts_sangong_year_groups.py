"""A 三公 table across the page in two year groups whose heads print the year without 年 ("2010三公经费财政拨款决算数")
or with it, one cell a line in any of the shapes text gives, is read group by group; the 说明's "比上年执行数减少" is a
change against last year's 决算 (执行数 is what was spent), checked against the table (generator:
``tests/layouts/sangong_groups.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import one, write
from layouts.sangong_groups import CELL_SHAPES, GROUP_WORDS, year_groups_text


@pytest.mark.parametrize("words", GROUP_WORDS)
@pytest.mark.parametrize("shape", CELL_SHAPES)
def test_every_figure_under_its_year_group(tmp_path: Path, words: str, shape: str) -> None:
    text, fig = year_groups_text(3, words, shape)
    doc = one(tmp_path, text, "sangong")
    t = doc.extra["accounts"].tables[0]
    assert {r.item: (r.get("上年决算数").dec, r.get("预算数").dec) for r in t.rows} == fig
    assert doc.year is not None and str(doc.year) in words.format(y=doc.year, s="预算") + text


@pytest.mark.parametrize("words", GROUP_WORDS[:2])
@pytest.mark.parametrize("seed", [1, 2, 5])
def test_the_notes_change_against_last_years_spending(tmp_path: Path, words: str, seed: int) -> None:
    """Each item's "预算数比上年执行数减少C" is checked against the 决算 group: right, nothing is said; set off by 0.45,
    the one finding is on 公务接待费 (never an error on a figure the table reading did not give)."""
    for plant in (False, True):
        text, _ = year_groups_text(seed, words, "bare", plant)
        found = [f for f in audit_paths([str(write(tmp_path, text, f"p{plant}.txt"))]).findings
                 if f.severity in ("error", "suspect", "warning")]
        assert [f.row for f in found] == (["公务接待费"] if plant else []), [f.message for f in found]
