"""Indicator names numbered by the template (指标1：完成培训人次) in the text shapes that lose a table's cells: rows
run together (the name, its values and figures in one word) and PDF rows whose cells wrap onto the lines after
them, the 偏差原因 text included. The name's numbering is no figure of the row, and a wrapped name is joined
back whole (完成培训 / 人次; 项目总成 / 本 with ≤1418.91 / 万元 and 1406.14万 / 元), whatever follows the score."""

from __future__ import annotations

from pathlib import Path

import pytest

from layouts.files import one
from layouts.grid import VARIANTS, rows
from layouts.model import Project, invent
from layouts.render import run_together, wrapped_cells, wrapped_rows


def _numbered(p: Project, rs: list[list[str]], mark: str) -> list[list[str]]:
    names = {i.name for i in p.indicators}
    return [[f"{mark}{c}" if c in names else c for c in r] for r in rs]


def _read(doc: object, p: Project) -> list[tuple[str, object, object]]:
    out = []
    for i in p.indicators:
        row = next((r for r in doc.indicators if r.level3.str_ and r.level3.str_.endswith(i.name)), None)  # type: ignore[attr-defined]
        out.append((i.name, row.weight.dec if row else None, row.score.dec if row else None))
    return out


@pytest.mark.parametrize("variant", ["national", "anhui", "department", "no_initial"])
@pytest.mark.parametrize("mark", ["指标1：", "指标1:", "指标2："])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_numbered_names_in_rows_run_together_are_read(tmp_path: Path, variant: str, mark: str, seed: int) -> None:
    p = invent(seed)
    doc = one(tmp_path, run_together(_numbered(p, rows(p, VARIANTS[variant]), mark)))
    assert _read(doc, p) == [(i.name, i.weight, i.score) for i in p.indicators]
    assert doc.total_score.dec == p.total


@pytest.mark.parametrize("variant", ["national", "department", "transfer"])
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_numbered_names_wrapped_over_pdf_lines_are_joined_whole(tmp_path: Path, variant: str, seed: int) -> None:
    # 指标1：完成培训 ≥82人次 90人次 11.00 9.00 部分任务延后完成 / 人次 ，下年度加强进度 / 管理: the name's end and the
    # 偏差原因's end on the lines after the row; 指标1：项目总成 ≤1418.91 1406.14万 11.00 11.00 / 本 万元 元
    p = invent(seed)
    doc = one(tmp_path, wrapped_rows(_numbered(p, rows(p, VARIANTS[variant]), "指标1：")))
    got = {r.level3.str_: (r.weight.dec, r.score.dec) for r in doc.indicators}
    for i in p.indicators:  # 服务覆盖 / 面 and 长效机制 / 建立 too: of the text cells, only the one as wide as its column wraps
        assert got.get(f"指标1:{i.name}") == (i.weight, i.score), (i.name, got)
    cost = next(r for r in doc.indicators if r.level3.str_ == "指标1:项目总成本")
    assert cost.target.str_ and cost.target.str_.endswith("万元") and cost.actual.str_ and cost.actual.str_.endswith("万元")
    for i in p.indicators:  # the 偏差原因 wrapped over two lines after its row, joined whole
        if i.reason:
            note = next(r for r in doc.indicators if r.level3.str_ == f"指标1:{i.name}").deviation_note.str_
            assert note == i.reason.replace("，", ""), (i.name, note)
    satisfied = next(r for r in doc.indicators if r.level3.str_ == "指标1:群众满意度")
    assert satisfied.level2.str_ == "服务对象满意度指标"


def _headless(rs: list[list[str]]) -> list[list[str]]:
    return [r for r in rs if "三级指标" not in r]


@pytest.mark.parametrize("variant", ["national", "no_initial", "department"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_wrapped_rows_without_a_header_read_one_way_under_both_template_headers(
        tmp_path: Path, variant: str, seed: int) -> None:
    # no header row: the template headers with and without 偏差原因 both make the weights' sum; they read the same
    # figures, one joining a name's wrapped end the other left off (长效机制 / 建立), so they are one reading, not
    # two; the ）of 产出指标（44分 wrapped onto the line after a row is the label's, never the row's name's
    p = invent(seed)
    doc = one(tmp_path, wrapped_rows(_headless(rows(p, VARIANTS[variant]))))
    got = {r.level3.str_: (r.weight.dec, r.score.dec) for r in doc.indicators}
    for i in p.indicators[:6]:
        assert got.get(i.name) == (i.weight, i.score), (i.name, got)


@pytest.mark.parametrize("variant", ["national", "weight_first", "department", "sichuan"])
@pytest.mark.parametrize("mark", ["", "指标1："])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_names_and_units_wrapped_one_cell_a_line_are_joined_whole(
        tmp_path: Path, variant: str, mark: str, seed: int) -> None:
    # one cell a line, long cells wrapped at 8 characters (指标1：项目总成 / 本 / ≤1418.91 / 万元 / 1406.14万 / 元): the
    # numbered name is never the row before's 偏差原因, the unit is its figure's, a text target printed twice (健全 健全)
    # closes the row so the words before it are the name's (长效机制 / 建立)
    p = invent(seed)
    doc = one(tmp_path, wrapped_cells(_numbered(p, rows(p, VARIANTS[variant]), mark)))
    assert [(r.level3.str_, r.weight.dec, r.score.dec) for r in doc.indicators] == [
        (mark.replace("：", ":") + i.name, i.weight, i.score) for i in p.indicators]
    cost = next(r for r in doc.indicators if r.level3.str_ and r.level3.str_.endswith("项目总成本"))
    assert (cost.target.str_ or "").endswith("万元") and (cost.actual.str_ or "").endswith("万元")
