"""A page that begins inside a 四川 form's indicator rows (``layouts/sctail.py``): no title, name row nor header, the
rows above the cut not in the file, then perhaps the next form's beginning. Each row's columns follow its 指标性质
sign (``recognise.streamtail``): one number after the target is the weight, three the actual, weight and score, a
word before the numbers the actual. Read in every separator, cut anywhere, scored or not, with or without the next
form; the block is half read, so no sum over it is an error; a planted score over its weight is found."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.audit import audit_paths
from jixiao.core.records import HALF_READ, IndicatorRow
from jixiao.core.source import Source
from jixiao.read.recognise.streamtail import rows_by_nature
from jixiao.read.recognise.tokens import Token
from layouts import columns, degrade, model, render, sctail
from layouts.files import write

LAYOUTS = ["pipes", "pipes_collapsed", "row_lines", "cell_lines", "trailing_pipes", "lone_pipes", "pipes_trailing",
           "cell_per_line"]


def _tail_doc(result):  # the form whose end opens the file
    docs = [d for d in result.documents if d.title is None and d.indicators]
    assert len(docs) == 1, [(d.title, len(d.indicators)) for d in result.documents]
    return docs[0]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("start", [1, 3, 5])
@pytest.mark.parametrize("next_form", [False, True])
@pytest.mark.parametrize("scored", [False, True])
def test_the_end_of_a_form_reads_its_rows_by_their_nature_sign(tmp_path: Path, layout: str, start: int,
                                                               next_form: bool, scored: bool) -> None:
    form = sctail.invent(start, scored=scored, worded=scored and start == 3)
    result = audit_paths([str(write(tmp_path, getattr(render, layout)(sctail.rows(form, start, next_form))))])
    doc = _tail_doc(result)
    assert {r.level3.str_: r.weight.dec for r in doc.indicators} == {r.name: r.weight for r in form[start:]}
    assert {r.level3.str_: r.score.dec for r in doc.indicators} == {
        r.name: Decimal(r.score) if r.score else None for r in form[start:]}
    assert HALF_READ in doc.extra
    if not scored:  # 合计 100 over rows none of which has a score: the total weight
        assert (doc.total_weight.dec, doc.total_score.dec) == (Decimal(100), None)
    assert not [x.kind for x in result.findings if x.severity == "error"]


@pytest.mark.parametrize("layout", ["pipes_collapsed", "row_lines", "cell_lines", "flattened"])
@pytest.mark.parametrize("scored", [False, True])
@pytest.mark.parametrize("whole", [True, False])
def test_rows_whose_name_sign_and_target_run_together(tmp_path: Path, layout: str, scored: bool, whole: bool) -> None:
    """足额保障率=100% | 22.5: the cell split at its sign, the target keeping it (=100%, ≤30万元); flattened, the next
    form's title on the same line ends the tail where its word begins. The sign inside the target's cell says no
    指标性质 column: a lone number after it is read as the weight only when the total row holds 100 alone (the total
    weight, or a full score: the weight either way); under any other total (合计 37: the numbers may be scores) it is
    not read. A scored row (actual, weight, score) is read either way."""
    form = sctail.invent(4, scored=scored)
    cells = sctail.rows(form, 2, glued=True)
    if not whole:
        cells = [["合计", "37"] if r[0] == "合计" else r for r in cells]
    result = audit_paths([str(write(tmp_path, getattr(render, layout)(cells)))])
    if scored or whole:
        doc = _tail_doc(result)
        assert [(r.level3.str_, r.target.str_, r.weight.dec, r.score.dec) for r in doc.indicators] == [
            (r.name, f"{r.nature}{r.target}{r.unit}" if r.nature != "定性" else r.target, r.weight,
             Decimal(r.score) if r.score else None) for r in form[2:]]
    else:
        qualitative = {r.name for r in form if r.nature == "定性"}  # its sign stays in a cell of its own
        assert not [(r.level3.str_, r.weight.dec) for d in result.documents for r in d.indicators
                    if r.weight.dec is not None and r.level3.str_ not in qualitative]
    assert not [x.kind for x in result.findings if x.severity == "error"]


@pytest.mark.parametrize("layout", ["pipes_collapsed", "row_lines", "cell_lines"])
def test_a_score_over_its_weight_in_the_tail_is_found(tmp_path: Path, layout: str) -> None:
    form = sctail.invent(7, scored=True, over=True)
    result = audit_paths([str(write(tmp_path, getattr(render, layout)(sctail.rows(form, 2))))])
    doc = _tail_doc(result)
    assert doc.indicators[-1].score.dec == form[-1].weight + 2
    assert {x.kind for x in result.findings if x.severity == "error"} == {"score_bounds"}


def _toks(*texts: str) -> list[Token]:
    return [Token(t, Source("t.txt", line=k + 1)) for k, t in enumerate(texts)]


def test_two_numbers_after_the_target_are_not_told_apart() -> None:
    """完成值 | 权重 or 权重 | 得分: the row is kept, its numbers unread, and counted as such."""
    got = rows_by_nature(_toks("覆盖率", "=", "100", "%", "20", "质量指标", "合格率", "=", "100", "%", "100", "30", "合计"))
    assert got is not None
    rows, unclear = got
    assert [(r.level3.str_, r.weight.dec, r.score.dec) for r in rows] == [("覆盖率", Decimal(20), None),
                                                                          ("合格率", None, None)]
    assert unclear == 1


def test_rows_without_a_nature_sign_are_no_rows_of_this_grammar() -> None:
    assert rows_by_nature(_toks("覆盖率", "100%", "20", "合格率", "100%", "30", "合计")) is None


def _national_tail(seed: int, order: tuple[str, ...], cut: int, next_form: bool) -> tuple[list[Any], list[list[str]]]:
    """The 财政部 template's end: rows from the ``cut``-th indicator on, 总分, perhaps the next form's first rows."""
    p = model.invent(seed)
    rows = columns.rows(p, columns.labelled(("initial", "budget", "executed", "weight", "rate", "score"), order))
    head = next(k for k, r in enumerate(rows) if len(r) > 1 and r[1] == "一级指标")
    nxt = columns.rows(model.invent(seed + 50), columns.pick(seed + 50))[:4] if next_form else []
    return p.indicators[cut:], rows[head + 1 + cut:] + nxt


@pytest.mark.parametrize("layout", ["pipes", "pipes_collapsed", "row_lines", "cell_lines", "pipes_unled", "flattened"])
@pytest.mark.parametrize("cut", [1, 3])
@pytest.mark.parametrize("next_form", [False, True])
def test_the_end_of_a_scored_form_without_nature_signs_reads_by_its_rows_ends(tmp_path: Path, layout: str, cut: int,
                                                                             next_form: bool) -> None:
    """培训人次 | ≥82人次 | 90人次 | 11.00 | 9.00 | 偏差原因…: the row closes in its weight and score."""
    want, cells = _national_tail(cut + 3, ("target", "actual", "weight", "score"), cut, next_form)
    result = audit_paths([str(write(tmp_path, getattr(render, layout)(cells)))])
    doc = _tail_doc(result)
    assert [(r.level3.str_, r.target.str_, r.actual.str_, r.weight.dec, r.score.dec) for r in doc.indicators] == [
        (i.name, i.target, i.actual, i.weight, i.score) for i in want]
    assert HALF_READ in doc.extra
    assert not [x.kind for x in result.findings if x.severity == "error"]


@pytest.mark.parametrize("layout", ["pipes_collapsed", "row_lines"])
def test_a_tail_printing_its_weight_first_is_not_read_by_its_rows_ends(tmp_path: Path, layout: str) -> None:
    """安徽's 分值 | 年度指标值 | 实际完成值 | 得分: not this grammar, so no row is read (never a wrong weight)."""
    _, cells = _national_tail(4, ("weight", "target", "actual", "score"), 1, True)
    result = audit_paths([str(write(tmp_path, getattr(render, layout)(cells)))])
    assert not [d for d in result.documents if d.title is None and d.indicators]
    assert not [x.kind for x in result.findings if x.severity == "error"]


def _run_along(form: list[sctail.Row], start: int) -> str:
    """The form's end as a web page's text gives it: each row's levels, name, sign, target and unit run together, a
    space before its weight, all on one line (产出指标数量指标足额保障率=100% 22.5 …合计100 评价结论…)."""
    rows = sctail.rows(form, start, next_form=False, glued=True)
    cells = [(" " if "定性" in r else "").join(r[:-4]) + " " + r[-3] for r in rows if len(r) > 4]  # (定性: its own cell)
    return " ".join(cells) + " 合计100 评价结论按计划完成。存在问题无改进措施无项目负责人:财务负责人:\n"


@pytest.mark.parametrize("start", [0, 2])
def test_a_pdfs_spaces_inside_the_names_do_not_cut_them(tmp_path: Path, start: int) -> None:
    """足额保障 率=100%: the words before the sign end the row's name, wherever the PDF put its space; levels broken
    the same way (服务对象 满意度指标) are still levels. The whole block (start 0) is read by the form's sum, its end
    (start 2) by its rows' grammar: the names come out whole either way."""
    form = sctail.invent(6, scored=False)
    result = audit_paths([str(write(tmp_path, degrade.pdf_spaces(_run_along(form, start))))])
    doc = _tail_doc(result)
    assert [(r.level3.str_, r.weight.dec) for r in doc.indicators] == [(r.name, r.weight) for r in form[start:]]
    assert not [x.kind for x in result.findings if x.severity == "error"]


def test_weights_placed_by_the_total_of_100_alone_say_so(tmp_path: Path) -> None:
    """Signs inside their targets' cells (no 指标性质 column) and one number a row: only the 合计 100 makes those
    numbers weights (had the weight column been lost, they would be scores). The reading says so, with the count."""
    form = sctail.invent(6, scored=False)
    result = audit_paths([str(write(tmp_path, _run_along(form, 2)))])
    doc = _tail_doc(result)
    assert [r.weight.dec for r in doc.indicators] == [r.weight for r in form[2:]]
    said = [p for p in doc.problems if "仅因合计为100而作为权重读取" in p.message]
    glued = [r for r in form[2:] if r.nature != "定性"]  # (定性 stands in a cell of its own: its number a weight anyway)
    assert glued and [p.message.split("行")[0] for p in said] == [str(len(glued))]
    assert said[0].source is not None


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("start", [1, 2, 4])
def test_rows_with_an_actual_and_a_weight_are_placed_by_the_total(tmp_path: Path, layout: str, start: int) -> None:
    """A form's end whose rows print the actual and the weight, the score blank: two numbers after the target, which
    alone could be the weight and the score. Read so, the weights (the actuals: 200, 100, 95 …) would pass the total
    row's 100; read as actual and weight they do not: the rows are placed so, and that is
    said. The weights are read, no score invented, no error."""
    form = sctail.invent(start, measured=True)
    result = audit_paths([str(write(tmp_path, getattr(render, layout)(sctail.rows(form, start, False))))])
    doc = _tail_doc(result)
    assert {r.level3.str_: r.weight.dec for r in doc.indicators} == {r.name: r.weight for r in form[start:]}
    assert all(r.score.dec is None for r in doc.indicators)
    assert any("故读作完成值与权重" in p.message for p in doc.problems)
    assert not [x.kind for x in result.findings if x.severity == "error"]


def test_two_number_rows_stay_unread_when_the_total_allows_both_readings() -> None:
    """Two small numbers a row (8 8, 6 5): as weight and score or as actual and weight, the weights stay under 100
    either way; nothing tells them apart, so they are not placed."""
    from jixiao.read.recognise.streamtailtwo import place_by_total

    src = Source(file="x.txt", line=1)
    pairs = [(IndicatorRow(), Token("8", src), Token("8", src)), (IndicatorRow(), Token("6", src), Token("5", src))]
    assert place_by_total(pairs, Decimal(10), Decimal(100)) is None
    assert all(r.weight.dec is None for r, _, _ in pairs)
