"""Text of thousands of short lines that each look like a form's row (a name row, a header, a pipe header) read in
time that grows with the text: three recognisers once went over the rest of the file from each such row (the next
form's start searched among all later ones, a run of header labels scanned again from each of its cells, the
plain labels after each header looked at again), so 50,000 lines ran for minutes. Measured in this process's CPU
time (the best of a few runs): four times the lines cost under seven times the CPU (linear gives about 4, those
quadratics 10 to 16), eight times the header lines under eleven times (linear about 8, the quadratic 14)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import hostile_files as h
import pytest

from jixiao.core.records import Document
from jixiao.read import read_file
from jixiao.read.base import FileRead
from jixiao.read.recognise import labeltree, project, ruletable

SHAPES: list[tuple[str, str, Callable[[FileRead], list[Document]], int, int, int]] = [  # n lines, times more, bound
    ("name rows", "项目名称\t测试\n", project.recognise, 1000, 4, 7),
    ("pipe headers", "| 一级指标 | 二级指标 | 三级指标 | 分值 |\n|---|---|---|---|\n", ruletable.recognise, 150, 4, 7),
    ("indicator headers", "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n", labeltree.recognise, 1000,
     8, 11),
]


def _cost(tmp_path: Path, line: str, n: int, recognise: Callable[[FileRead], list[Document]], runs: int = 3) -> float:
    path = tmp_path / f"lines{n}.txt"
    path.write_text(line * n, encoding="utf-8")
    fr = read_file(path)
    return h.best_cpu(lambda: recognise(fr), runs)


@pytest.mark.parametrize(("name", "line", "recognise", "n", "times", "bound"), SHAPES, ids=[s[0] for s in SHAPES])
def test_repeated_rows_cost_linear_time(tmp_path: Path, name: str, line: str,
                                        recognise: Callable[[FileRead], list[Document]], n: int, times: int,
                                        bound: int) -> None:
    _cost(tmp_path, line, 10, recognise)  # (the recognisers' modules imported outside the measure)
    small, large = _cost(tmp_path, line, n, recognise), _cost(tmp_path, line, times * n, recognise, 2)
    assert large < bound * small + 0.02, f"{name}: {n} lines {small:.3f}s, {times * n} lines {large:.3f}s"
