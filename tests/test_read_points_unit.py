"""Weights and scores printed with their unit (分值 10分, 得分 9.5分; 总分 100分): the number is the figure, in every
shape the text reaches the reader (table cells, rows flattened, cells run together: 11分9分)."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import one
from layouts.grid import VARIANTS, rows
from layouts.model import Project, invent
from layouts.render import RENDERERS, run_together


def _points(p: Project, rs: list[list[str]], whole: bool) -> list[list[str]]:
    """Each indicator row's 分值 and 得分 (columns 7 and 8 of the national form) printed with 分."""
    names = {i.name for i in p.indicators}
    out = []
    for r in rs:
        if len(r) > 7 and r[3] in names:
            r = list(r)
            for k in (6, 7):
                r[k] = (r[k][:-3] if whole and r[k].endswith(".00") else r[k]) + "分"
        out.append(r)
    return out


@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "row_lines", "flattened", "cell_lines", "run_together"])
@pytest.mark.parametrize("whole", [True, False])
@pytest.mark.parametrize("seed", [1, 2])
def test_points_printed_with_their_unit_are_read(tmp_path: Path, layout: str, whole: bool, seed: int) -> None:
    p = invent(seed)
    text = {**RENDERERS, "run_together": run_together}[layout](_points(p, rows(p, VARIANTS["national"]), whole))
    doc = one(tmp_path, text)
    assert [(r.level3.str_, r.weight.dec, r.score.dec) for r in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert doc.total_score.dec == p.total
