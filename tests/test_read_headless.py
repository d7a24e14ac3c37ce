"""An indicator block printed with no header row (``recognise.streamheadless``): its columns read under the template
orders and kept only when the form's arithmetic confirms one reading (the weights make what the form leaves the
indicators; the scores, where printed, the total less the execution block's). Generated forms (``tests/layouts``),
in every column order the templates print, every separator, with the execution block worth 10 or 20 points; the end
of a 四川 form whose scores are blank (合计 the total weight); planted mistakes found; no reading that the sums do not
confirm."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.read import read_file
from jixiao.read.recognise import stream
from layouts.files import one as _one
from layouts.files import write as _write
from layouts.grid import VARIANTS, rows
from layouts.model import MISTAKES, Project, invent
from layouts.render import RENDERERS, cell_per_line

EXPECTED = {"rate": "execution_rate", "total": "total_sum", "score_over_weight": "score_bounds"}
FOOTER = [["评价结论", "项目按计划完成"], ["存在问题", "无"], ["改进措施", "无"]]


def _header_at(grid: list[list[str]]) -> int:
    return next(k for k, r in enumerate(grid) if "三级指标" in r)


def _headless(grid: list[list[str]]) -> list[list[str]]:
    """The form with its indicator header row lost."""
    return grid[: _header_at(grid)] + grid[_header_at(grid) + 1 :]


def _tail(grid: list[list[str]], scores: bool = True) -> list[list[str]]:
    """Only the form's end: its indicator rows (their scores left blank when ``scores`` is False, the total row
    then holding the total weight alone), the total, the closing rows."""
    k = _header_at(grid)
    at = grid[k].index("得分")
    body = [list(r) for r in grid[k + 1 :]]
    if not scores:
        for r in body[:-1]:
            r[at] = ""
        body[-1][-1] = ""
    return body + FOOTER


def _figures(p: Project) -> dict[str, tuple[Decimal, Decimal]]:
    return {i.name: (i.weight, i.score) for i in p.indicators}


def _read(doc: object) -> dict[str, tuple[Decimal | None, Decimal | None]]:
    return {r.level3.str_ or "": (r.weight.dec, r.score.dec) for r in doc.indicators}  # type: ignore[attr-defined]


@pytest.mark.parametrize("weight", [10, 20])
@pytest.mark.parametrize("variant", ["national", "sichuan", "nature", "weight_first", "anhui", "transfer"])
@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "cell_lines", "row_lines", "flattened", "lone_pipes"])
def test_rows_without_their_header_are_read_by_the_forms_sums(tmp_path: Path, layout: str, variant: str,
                                                              weight: int) -> None:
    p = invent(11 + weight, exec_weight=weight)
    path = _write(tmp_path, RENDERERS[layout](_headless(rows(p, VARIANTS[variant]))))
    result = audit_paths([str(path)])
    (doc,) = result.documents
    assert _read(doc) == _figures(p)
    assert doc.total_score.dec == p.total
    assert any(x.message.startswith("指标表没有表头，各栏按表式的栏目顺序读取") for x in doc.problems)
    assert not [f.kind for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("mistake", MISTAKES)
@pytest.mark.parametrize("variant", ["national", "sichuan", "weight_first"])
@pytest.mark.parametrize("layout", ["pipes", "cell_lines", "flattened"])
def test_mistakes_planted_in_a_headless_form_are_found(tmp_path: Path, layout: str, variant: str, mistake: str) -> None:
    p = invent(5, exec_weight=20 if variant == "weight_first" else 10, mistake=mistake)
    result = audit_paths([str(_write(tmp_path, RENDERERS[layout](_headless(rows(p, VARIANTS[variant])))))])
    assert {f.kind for f in result.findings if f.severity == "error"} == {EXPECTED[mistake]}


@pytest.mark.parametrize("weight", [10, 20])
@pytest.mark.parametrize("layout", ["pipes", "row_lines", "cell_per_line", "flattened"])
def test_the_end_of_a_form_with_blank_scores_reads_its_weights_and_total_weight(tmp_path: Path, layout: str,
                                                                                weight: int) -> None:
    """四川's 部门预算项目支出绩效自评表 cut after its header: 指标值 and 权重 filled, 完成值 and 得分 blank, 合计 100
    (the weights make 100 less the execution block's 10 or 20 points the page does not hold)."""
    p = invent(3, exec_weight=weight)
    render = cell_per_line if layout == "cell_per_line" else RENDERERS[layout]
    path = _write(tmp_path, render(_tail(rows(p, VARIANTS["sichuan"]), scores=False)))
    result = audit_paths([str(path)])
    (doc,) = result.documents
    assert _read(doc) == {name: (w, None) for name, (w, _) in _figures(p).items()}
    assert (doc.total_weight.dec, doc.total_score.dec) == (Decimal(100), None)
    assert not [f.kind for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("variant", ["anhui", "weight_first"])
def test_first_level_weights_short_of_an_execution_block_not_on_the_page_are_no_error(tmp_path: Path,
                                                                                    variant: str) -> None:
    """产出指标（40分）+ 效益指标（24分）+ 满意度指标（16分） = 80 on the end of a form whose 20-point execution block the
    page lacks: the sum cannot be checked, and is not an error."""
    p = invent(9, exec_weight=20)
    result = audit_paths([str(_write(tmp_path, RENDERERS["row_lines"](_tail(rows(p, VARIANTS[variant])))))])
    (doc,) = result.documents
    assert _read(doc) == _figures(p)
    assert not [f.kind for f in result.findings if f.severity == "error"]
    assert any(f.kind == "cannot_verify" and "预算执行部分的分值未读出" in f.message for f in result.findings)


def test_rows_whose_weights_no_order_makes_add_up_are_not_read(tmp_path: Path) -> None:
    """One weight printed 2 points high: no column order makes the form's sum, so no row is read (said), and no sum
    is checked on a reading the form does not confirm."""
    p = invent(4)
    grid = _headless(rows(p, VARIANTS["national"]))
    row = next(r for r in grid if p.indicators[0].name in r)
    row[row.index(f"{p.indicators[0].weight:.2f}")] = f"{p.indicators[0].weight + 2:.2f}"
    path = _write(tmp_path, RENDERERS["pipes"](grid))
    result = audit_paths([str(path)])
    (doc,) = result.documents
    assert not doc.indicators
    assert not [f.kind for f in result.findings if f.severity == "error"]
    (by_anchors,) = stream.recognise(read_file(path))  # the stream reading says why it read no row
    assert not by_anchors.indicators
    assert any("分值之和均与表内总分不符" in x.message for x in by_anchors.problems)


def test_a_whole_form_reads_as_before(tmp_path: Path) -> None:
    """The header printed: read by it, the template orders never tried."""
    p = invent(8)
    doc = _one(tmp_path, RENDERERS["pipes"](rows(p, VARIANTS["sichuan"])))
    assert _read(doc) == _figures(p)
    assert not any(x.message.startswith("指标表没有表头") for x in doc.problems)


def test_a_mistake_on_columns_told_apart_by_a_templates_points_is_a_suspicion(tmp_path: Path) -> None:
    """The end of a form, no execution block on the page: its columns are told apart only because the weights make
    100 less the 10 points a template gives that block, so a planted mistake is found as a suspicion, never an
    arithmetic error on a reading the page itself does not confirm."""
    p = invent(6, exec_weight=10, mistake="score_over_weight")
    result = audit_paths([str(_write(tmp_path, RENDERERS["pipes"](_tail(rows(p, VARIANTS["national"])))))])
    (doc,) = result.documents
    assert "表式给预算执行的10分" in doc.extra["columns_assumed"]
    assert _read(doc) == _figures(p)
    assert not [f.kind for f in result.findings if f.severity == "error"]
    assert "score_bounds" in {f.kind for f in result.findings if f.severity == "suspect"}
