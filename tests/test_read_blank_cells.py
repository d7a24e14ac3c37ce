"""Indicator rows whose blank cells vanished from the text (generators in ``tests/layouts/blanks.py``): a form not
scored yet (得分 blank) or one whose 完成值 were left blank gives two numbers after a 度量单位 where three columns
stand; and a form not scored whose cells ran together ends each row in its weight alone (``…374人次11``). The
form's arithmetic places them (the weights make 100 with the execution block's, or each first level's printed
weight), recorded as chosen so; where several readings fit, nothing is placed; where none does, the rows are read in
the header's order and the weights' sum reported."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import audit_paths
from jixiao.core.source import Source
from jixiao.read.recognise.streamlevels import cost_is_first
from jixiao.read.recognise.tokens import Token
from layouts import blanks
from layouts.files import one as _one
from layouts.files import write as _write
from layouts.grid import VARIANTS, rows
from layouts.model import Project, cost_first_level, invent
from layouts.render import cell_per_line, flattened, pipes, pipes_collapsed, row_lines, run_together

COLLAPSED = {"row_lines": row_lines, "flattened": flattened, "cell_per_line": cell_per_line,
             "pipes_collapsed": pipes_collapsed}
# the 2021 national form's columns (指标性质 | 指标值 | 度量单位 | 完成值), with 分值 or 权重 (四川)
NATURE = {"分值": VARIANTS["nature"], "权重": replace(VARIANTS["nature"], weight_label="权重")}


def _whole(p: Project) -> Project:
    for i in p.indicators:
        i.weight, i.score = Decimal(int(i.weight)), Decimal(int(i.score))
    return p


@pytest.mark.parametrize("label", sorted(NATURE))
@pytest.mark.parametrize("layout", sorted(COLLAPSED))
def test_a_form_not_scored_reads_its_weights_by_their_sum(tmp_path: Path, layout: str, label: str) -> None:
    p = invent(3)
    doc = _one(tmp_path, COLLAPSED[layout](blanks.not_scored(rows(p, NATURE[label]))))
    assert [(i.level3.str_, i.weight.dec, i.score.value) for i in doc.indicators] == [
        (i.name, i.weight, None) for i in p.indicators]
    assert any("的两个数值按分值之和" in x.message and "为完成值" in x.message for x in doc.problems)


@pytest.mark.parametrize("layout", sorted(COLLAPSED))
def test_rows_whose_actual_is_blank_read_weight_and_score_by_their_sum(tmp_path: Path, layout: str) -> None:
    p = invent(12)
    doc = _one(tmp_path, COLLAPSED[layout](blanks.actual_blank(rows(p, NATURE["权重"]))))
    quantitative = [i for i in p.indicators if i.target[:1] in "≥≤="]
    read = {i.level3.str_: (i.weight.dec, i.score.dec) for i in doc.indicators}
    assert all(read[i.name] == (i.weight, i.score) for i in quantitative)
    assert any("的两个数值按分值之和" in x.message and "为得分" in x.message for x in doc.problems)


@pytest.mark.parametrize("layout", ["row_lines", "flattened"])
def test_weights_that_do_not_add_up_are_read_in_the_headers_order_and_found(tmp_path: Path, layout: str) -> None:
    """One weight printed one point high (the weights make 101): neither reading of the two numbers makes the
    weights add up, so the form's arithmetic fails whichever cell is blank. The rows are read in the header's order
    (no row scored: 完成值 then 分值), each says so, and the audit finds the weights' sum 101: 疑似, as the table's
    one-figure rows leave it half read (a whole table's sum is checked as an error: the scored form below)."""
    p = invent(3)
    grid = blanks.not_scored(rows(p, NATURE["分值"]))
    head = next(k for k, r in enumerate(grid) if r[:1] == ["绩效指标"])
    at = grid[head].index("分值")
    grid[head + 1][at] = f"{p.indicators[0].weight + 1:.2f}"
    path = _write(tmp_path, COLLAPSED[layout](grid))
    doc = _one(tmp_path, path.read_text(encoding="utf-8"))
    want = {i.name: i.weight for i in p.indicators} | {p.indicators[0].name: p.indicators[0].weight + 1}
    assert {i.level3.str_: i.weight.dec for i in doc.indicators} == want
    assert all(i.score.value is None for i in doc.indicators)
    assert any("按表头栏目顺序读取" in x.message and "为完成值" in x.message for x in doc.problems)
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "weight_sum"]
    assert [(f.severity, f.recomputed) for f in found] == [("suspect", "101.00")]


@pytest.mark.parametrize("layout", ["row_lines", "cell_per_line"])
def test_a_scored_forms_rows_whose_weights_do_not_add_up_are_read_as_weight_and_score(tmp_path: Path,
                                                                                     layout: str) -> None:
    """A scored form whose rows left their 完成值 blank, one weight printed one point high: read in the header's
    order as 分值 then 得分 (the form scores its other rows), and the weights' sum is found."""
    p = _whole(invent(12))
    grid = blanks.actual_blank(rows(p, NATURE["权重"]), every=1)
    head = next(k for k, r in enumerate(grid) if r[:1] == ["绩效指标"])
    at = grid[head].index("权重")
    grid[head + 1][at] = f"{p.indicators[0].weight + 1}"
    path = _write(tmp_path, COLLAPSED[layout](grid))
    doc = _one(tmp_path, path.read_text(encoding="utf-8"))
    read = {i.level3.str_: (i.weight.dec, i.score.dec) for i in doc.indicators}
    quantitative = [i for i in p.indicators[1:] if i.target[:1] in "≥≤="]
    assert quantitative and all(read[i.name] == (i.weight, i.score) for i in quantitative)
    assert any("按表头栏目顺序读取" in x.message and "为得分" in x.message for x in doc.problems)
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "weight_sum"]
    assert [f.severity for f in found] == ["error"]


@pytest.mark.parametrize("variant", ["national", "sichuan", "no_initial"])
def test_rows_run_together_in_a_form_not_scored_end_in_their_weight(tmp_path: Path, variant: str) -> None:
    """``群众满意度≥90%96%20``: 20 the weight, not 2 and 0; the cut weights would make 19, not 100."""
    p = _whole(invent(3))
    text = run_together(blanks.whole_numbers(blanks.not_scored(rows(p, VARIANTS[variant]))))
    doc = _one(tmp_path, text)
    read = {i.level3.str_: (i.weight.dec, i.score.value) for i in doc.indicators}
    runs = [i for i in p.indicators if i.target[:1] in "≥≤="]
    assert all(read[i.name] == (i.weight, None) for i in runs)
    assert any("读作分值、得分栏空白" in x.message for x in doc.problems)
    result = audit_paths([str(_write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


def test_rows_run_together_are_placed_by_their_first_levels_weights(tmp_path: Path) -> None:
    """安徽's layout prints each first level's weight (产出指标（40分）): with a row left unread the total cannot
    decide, the first levels do; no row keeps a weight cut from its run."""
    p = _whole(invent(3, exec_weight=20))
    doc = _one(tmp_path, run_together(blanks.whole_numbers(blanks.not_scored(rows(p, VARIANTS["anhui"])))))
    want = {i.name: i.weight for i in p.indicators}
    read = [(i.level3.str_, i.weight.dec) for i in doc.indicators if i.level3.str_ in want]
    assert len(read) >= 4 and all(want[name] == w for name, w in read)
    assert all(i.score.value is None for i in doc.indicators)
    assert any("各一级指标的分值" in x.message for x in doc.problems)


@pytest.mark.parametrize("nature", [False, True])
@pytest.mark.parametrize("layout", sorted(COLLAPSED))
def test_a_reason_column_before_the_weights_is_the_rows_own(tmp_path: Path, layout: str, nature: bool) -> None:
    """… | 实际完成值 | 偏差原因 | 分值 | 得分: the reason's text stands before the row's figures; it is that row's
    偏差原因, not the next row's name nor the previous row's reason."""
    p = invent(3)
    v = replace(NATURE["分值"] if nature else VARIANTS["national"], reason_first=True)
    doc = _one(tmp_path, COLLAPSED[layout](rows(p, v)))
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    reasons = [i.deviation_note.str_ for i in doc.indicators]
    assert reasons == [i.reason.replace("，", ",") or None for i in p.indicators]


@pytest.mark.parametrize("layout", sorted(COLLAPSED))
def test_a_bare_actual_before_a_lone_weight_is_never_read_as_the_weight(tmp_path: Path, layout: str) -> None:
    """… | ≥95% | 97 | 11 in a form not scored: 97 is the 完成值 and 11 the weight (the weights then make 100), not
    a weight of 97 scored 11; a row ending in 374 11 is read alike."""
    p = invent(3)
    doc = _one(tmp_path, COLLAPSED[layout](blanks.not_scored(blanks.bare_actual(rows(p, VARIANTS["national"])))))
    assert [(i.level3.str_, i.weight.dec, i.score.value) for i in doc.indicators] == [
        (i.name, i.weight, None) for i in p.indicators]
    assert any("的两个数值按分值之和" in x.message and "为完成值" in x.message for x in doc.problems)


@pytest.mark.parametrize("layout", ["row_lines", "cell_per_line"])
def test_two_figures_the_sums_do_not_place_are_read_in_order_and_the_sum_found(tmp_path: Path, layout: str) -> None:
    """The same form with a qualitative row's weight one point high: no reading of the rows' two figures makes the
    weights add up; the rows are read 完成值 then 分值 (no row scored), said so, and the sum 101 is found."""
    p = invent(3)
    grid = blanks.not_scored(blanks.bare_actual(rows(p, VARIANTS["national"])))
    head = next(k for k, r in enumerate(grid) if r[:1] == ["绩效指标"])
    grid[head + 5][grid[head].index("分值")] = f"{p.indicators[4].weight + 1:.2f}"  # a qualitative row's weight
    path = _write(tmp_path, COLLAPSED[layout](grid))
    doc = _one(tmp_path, path.read_text(encoding="utf-8"))
    quantitative = {i.name: i.weight for i in p.indicators if i.target[:1] in "≥≤="}
    assert all(i.weight.dec == quantitative[i.level3.str_] and i.score.value is None
               for i in doc.indicators if i.level3.str_ in quantitative)
    assert any("按表头栏目顺序读取" in x.message for x in doc.problems)
    assert any("都不等于" in x.message for x in doc.problems)
    found = [f for f in audit_paths([str(path)]).findings if f.kind == "weight_sum"]
    assert [(f.severity, f.recomputed) for f in found] == [("suspect", "101.00")]


@pytest.mark.parametrize("layout", sorted(COLLAPSED))
def test_rows_whose_actual_is_blank_are_scored_by_the_total(tmp_path: Path, layout: str) -> None:
    """完成值 blank on every other row, each such row's two figures equal (11 11): both readings make the weights
    100; the printed total score (the scores make it) tells that the second is the score."""
    p = invent(3)
    doc = _one(tmp_path, COLLAPSED[layout](blanks.actual_blank(rows(p, VARIANTS["national"]))))
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert not any("可能不完整" in x.message for x in doc.problems)


@pytest.mark.parametrize("variant", ["national", "nature", "no_initial"])
@pytest.mark.parametrize("layout", ["pipes", *sorted(COLLAPSED), "run_together"])
@pytest.mark.parametrize(("newer", "l1w"), [(False, False), (False, True), (True, False), (True, True)])
def test_second_levels_printing_their_weights_are_labels(
        tmp_path: Path, layout: str, variant: str, newer: bool, l1w: bool) -> None:
    """数量指标（11分）| 完成培训人次 | …: the second level's weight is the level's, never a row's name or figure;
    成本指标（11分） among second levels that print their weights is one of them when its first level has room
    for it or a row follows it, and a first level (the newer template) when 经济成本指标 follows it or 产出指标's
    printed weight is already made: never a false 一级指标权重之和 error."""
    p = cost_first_level(invent(3)) if newer else invent(3)
    render = COLLAPSED.get(layout) or {"pipes": pipes, "run_together": run_together}[layout]
    v = replace(VARIANTS[variant], level2_weight_in_label=True, level1_weight_in_label=l1w)
    text = render(rows(p, v))
    doc = _one(tmp_path, text)
    assert [(i.level3.str_, i.weight.dec, i.score.dec) for i in doc.indicators] == [
        (i.name, i.weight, i.score) for i in p.indicators]
    assert [(i.level1.str_ or "")[:4] for i in doc.indicators] == [i.level1[:4] for i in p.indicators]
    result = audit_paths([str(_write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("layout", sorted(COLLAPSED))
def test_rows_left_open_do_not_turn_a_first_level_into_a_second(tmp_path: Path, layout: str) -> None:
    """安徽's layout (效益指标（24分）… 满意度指标（16分）) with 完成值 blank on every other row: while a row of 效益指标
    waits for its two figures to be placed, 满意度指标 after it is still a first level; no false error."""
    p = invent(3, exec_weight=20)
    text = COLLAPSED[layout](blanks.actual_blank(rows(p, VARIANTS["anhui"])))
    doc = _one(tmp_path, text)
    assert [(i.level1.str_ or "")[:4] for i in doc.indicators] == [i.level1[:4] for i in p.indicators]
    assert [(i.weight.dec, i.score.dec) for i in doc.indicators] == [(i.weight, i.score) for i in p.indicators]
    result = audit_paths([str(_write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize("variant", ["no_initial", "anhui"])
def test_a_weight_cut_from_the_digits_of_a_value_is_not_read(tmp_path: Path, variant: str) -> None:
    """``项目总成本≤2505.23万元2450.1111.00`` in a form not scored: 245 | 0.11 | 11.00 would be a score above its
    weight, a cut inside the 完成值's digits that nothing confirms; the row is not read so, and no error is made
    of it."""
    p = invent(3, exec_weight=20 if variant == "anhui" else 10)
    text = run_together(blanks.not_scored(blanks.bare_actual(rows(p, VARIANTS[variant]))))
    doc = _one(tmp_path, text)
    assert not any((i.score.dec or 0) > (i.weight.dec or 0) for i in doc.indicators)
    result = audit_paths([str(_write(tmp_path, text, "b.txt"))])
    assert [f.message for f in result.findings if f.severity == "error"] == []


@pytest.mark.parametrize(("cells", "room", "first"), [
    (["成本指标(11分)", "经济成本指标", "项目总成本"], None, True),  # a 成本 second level follows: a first level
    (["成本指标(11分)", "项目总成本", "≤300万元"], None, False),  # a row right under it: a second level
    (["成本指标", "(11分)", "经济成本指标"], Decimal(0), True),  # no room left in 产出指标, 经济成本指标 after it
    (["成本指标(11分)", "项目总成本"], Decimal(0), None),  # no room, yet a row right under it: nothing tells
    (["成本指标(11分)", "项目总成本"], Decimal(11), False),  # room for its 11
    (["成本指标(11分)", "经济成本指标"], Decimal(11), None),  # the room and the label after it disagree
    (["成本指标(11分)", "(5分)"], None, None),  # nothing tells
])
def test_cost_level_is_decided_by_the_room_or_the_label_after_it(
        cells: list[str], room: Decimal | None, first: bool | None) -> None:
    """成本指标(N分) among second levels that print their weights: first or second level by the room its open first
    level leaves or by what follows it; where they disagree or neither tells, undecided (the reader then leaves
    the level unread and says so), never a guess."""
    toks = [Token(c, Source("t.txt", line=n + 1)) for n, c in enumerate(cells)]
    assert cost_is_first(toks, 0, room) is first
