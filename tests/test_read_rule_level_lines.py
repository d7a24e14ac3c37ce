"""A three-level rule table one cell a line, the levels' weights on lines of their own or in their labels: the
leaves read with their weights under both their levels, the level rows never taken for leaves (their weights
would be counted twice, and the 合计 found wrong when it is right), and a 合计 that is wrong found with the
leaves' sum (generator: ``tests/layouts/levellines``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from layouts.files import write
from layouts.levellines import SHAPES, invent_level_lines
from layouts.ruleleaves import read_leaves


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("shape", SHAPES)
def test_three_levels_one_cell_a_line(tmp_path: Path, shape: str, seed: int) -> None:
    text, leaves, total = invent_level_lines(seed, shape)
    path = write(tmp_path, text)
    doc = read_leaves(path, leaves)
    assert doc.total_weight.dec == total
    assert [f for f in audit_paths([str(path)]).findings if f.severity == "error"] == []


@pytest.mark.parametrize("shape", SHAPES)
def test_a_wrong_total_found_with_the_leaves_sum(tmp_path: Path, shape: str) -> None:
    text, leaves, total = invent_level_lines(7, shape, mistake=True)
    found = [(f.reported, f.recomputed) for f in audit_paths([str(write(tmp_path, text))]).findings
             if f.severity == "error"]
    assert found == [(str(total), str(sum(x.weight for x in leaves)))]
